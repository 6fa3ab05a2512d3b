"""perf28 (session 16): a match's text span reads the character after its last letter before it runs the
trailing-marks regex (``_MARKS``), in ``KeyedText.span`` and inline in ``AliasMatcher.find``. Against round
27's span (kept here: the regex at every span) on any text, on text with marks and tatweel after the names,
and on news."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.match import _MARKS, _TRAILING_MARKS, AliasMatcher, Pattern, keyed

MATCHER = AliasMatcher(
    [
        ("روسيا", Pattern("actor", "RUS")),
        ("الكرملين", Pattern("actor", "MET:KREMLIN")),
        ("موسكو", Pattern("actor", "city:moscow")),
        ("القوات", Pattern("sector", "MIL")),
    ],
    proclitics=["و", "ب", "ل", "ف", "وب"],
)
# diacritics (fatha, shadda, superscript alef, a Quranic mark), tatweel, and characters next to them
_MARKED = ["\u064e", "\u0651", "\u0670", "\u06d6", "\u0640", "\u0610", "\u061b", "\u0660", "\u06ee", " ", "،"]


def _span27(kt, key_start: int, key_end: int) -> tuple[int, int]:
    """KeyedText.span as round 27 left it (main at e6197f6)."""
    start = kt.origin[key_start]
    end = kt.origin[key_end - 1] + 1
    m = _TRAILING_MARKS.match(kt.text, end)
    return start, (m.end() if m else end)


def test_match28_marks_are_every_character_that_opens_a_run() -> None:
    every = {chr(c) for c in range(sys.maxunicode + 1) if _TRAILING_MARKS.match(chr(c))}
    assert every == _MARKS and "\u0640" in _MARKS and len(_MARKS) > 50


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(["روسيا", "وروسيا", "بالكرملين", "موسكو", "مُوسْكُو", "القوات", "x"]), max_size=10),
    st.lists(st.text(alphabet=st.sampled_from(_MARKED), max_size=3), min_size=10, max_size=10),
    st.text(max_size=20).filter(lambda t: "\U0010fffe" not in t),
)
def test_match28_find_spans_equal_round27(words, marks, noise) -> None:
    """Names followed by runs of marks, tatweel, digits and spaces (or nothing: the text's end)."""
    text = "".join(w + m for w, m in zip(words, marks, strict=False)) + noise
    kt = keyed(text)
    for m in MATCHER.find(kt):
        assert (m.start, m.end) == _span27(kt, m.key_start, m.key_end)
    n = len(kt.key)
    for ks in range(n):
        for ke in range(ks + 1, min(n, ks + 6) + 1):
            assert kt.span(ks, ke) == _span27(kt, ks, ke)


def test_match28_spans_equal_round27_on_news(kb, sample_stories) -> None:
    matcher = kb.matcher()
    spans = 0
    for story in sample_stories:
        kt = keyed(story.text)
        for m in matcher.find(kt):
            old = _span27(kt, m.key_start, m.key_end)
            assert (m.start, m.end) == old == kt.span(m.key_start, m.key_end)
            spans += 1
    assert spans > 1000
    kt = keyed("قالت روسيـا وموسكوَّ إن")  # tatweel inside, marks after the name
    found = matcher.find(kt)
    assert [kt.text[m.start : m.end] for m in found][-1] == "موسكوَّ"
    assert all((m.start, m.end) == _span27(kt, m.key_start, m.key_end) for m in found)

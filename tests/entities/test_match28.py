"""perf28 (session 16): a match's text span reads the character after its last letter before it runs the
trailing-marks regex (``_MARKS``), in ``KeyedText.span`` and inline in ``AliasMatcher.find``: against round
27's span (kept here: the regex at every span) on any text, on text with marks and tatweel after the names,
and on news. And ``keyed`` finds the characters it changes and the presentation forms in one pass
(``_FIND_CHANGED``): against the character walk (``_keyed_slow``) and round 27's search for the forms."""

from __future__ import annotations

import sys
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities import match
from marsad.entities.match import (
    _CHANGES,
    _DROP,
    _MARKS,
    _PRESENTATION,
    _TRAILING_MARKS,
    _TRANSLATE,
    AliasMatcher,
    Pattern,
    _keyed_slow,
    keyed,
)

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


# letters the key folds, presentation forms (a lam-alef ligature, the Allah ligature, the range's ends), the
# byte-order mark (dropped, just past the range), the noncharacter and its stand-in, marks, spaces, "_"
_KEYED = [*"ابةىأإؤ٣x", " ", "\t", "\n", "_", "\u064e", "\u0640", "\u200f", "\ufeff", "\ufefc", "\ufdf2"]
_KEYED += ["\ufb50", "\ufefe", "\ufb4f", "\ufeff", _DROP, "\ufffd"]
KEYED_TEXT = st.one_of(st.text(alphabet=st.sampled_from(_KEYED), max_size=40), st.text(max_size=40))


@settings(max_examples=600)
@given(KEYED_TEXT)
def test_match28_keyed_is_the_character_walk(text) -> None:
    kt, walk = keyed(text), _keyed_slow(text)
    assert (kt.key, list(kt.origin)) == (walk.key, list(walk.origin))


@settings(max_examples=600)
@given(KEYED_TEXT)
def test_match28_keyed_takes_the_walk_where_round27_did(text) -> None:
    """Round 27 searched the text for a presentation form first; the walk runs exactly for those texts."""
    with mock.patch.object(match, "_keyed_slow", wraps=_keyed_slow) as slow:
        keyed(text)
    assert slow.called == bool(_PRESENTATION.search(text))


@given(KEYED_TEXT)
def test_match28_changes_are_the_translation(text) -> None:
    text = text.replace(_DROP, "\ufffd")
    assert "".join(_CHANGES.get(c, c) for c in text) == _TRANSLATE(text)

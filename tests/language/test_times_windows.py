"""The time scan's trigger windows: the fast trigger search must give exactly the windows of the
plain one (every trigger word in one Aho-Corasick automaton, each hit checked in Python)."""

from __future__ import annotations

import json
import re
from importlib import resources

import ahocorasick
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.scan import ScanText
from marsad.language.times import (
    CLITIC_PREFIX,
    DIGIT_AFTER,
    DIGIT_BEFORE,
    NUMBER_RUN,
    WINDOW_AFTER,
    WINDOW_BEFORE,
    _windows,
    time_words,
)


def _reference_automaton() -> ahocorasick.Automaton:
    by_word: dict[str, set[str]] = {}
    for name, gate in time_words().gates.items():
        for w in gate:
            if w not in ("#digit", "#year"):
                by_word.setdefault(w, set()).add(name)
    automaton = ahocorasick.Automaton()
    for w, names in by_word.items():
        automaton.add_word(w, (len(w), frozenset(names)))
    automaton.make_automaton()
    return automaton


REFERENCE = _reference_automaton()


def _reference_windows(folded: str) -> dict[str, list[tuple[int, int]]]:
    """The windows as the time scan computed them before the one-letter triggers got their regex."""
    n = len(folded)
    raw: dict[str, list[tuple[int, int]]] = {}
    for end, (length, names) in REFERENCE.iter(folded):
        start = end - length + 1
        if end + 1 < n and folded[end + 1].isalpha():
            continue
        if start > 0 and folded[start - 1].isalpha():
            w0 = start
            while w0 > 0 and w0 > start - 5 and folded[w0 - 1].isalpha():
                w0 -= 1
            if (w0 > 0 and folded[w0 - 1].isalpha()) or not CLITIC_PREFIX.match(folded, w0, start):
                continue
        a, b = max(0, start - WINDOW_BEFORE), min(n, end + 1 + WINDOW_AFTER)
        for name in names:
            raw.setdefault(name, []).append((a, b))
    digit_names = [name for name, gate in time_words().gates.items() if gate & {"#digit", "#year"}]
    spans = [
        (max(0, m.start() - DIGIT_BEFORE), min(n, m.end() + DIGIT_AFTER)) for m in NUMBER_RUN.finditer(folded)
    ]
    if spans:
        for name in digit_names:
            raw.setdefault(name, []).extend(spans)
    merged: dict[str, list[tuple[int, int]]] = {}
    for name, found in raw.items():
        out: list[tuple[int, int]] = []
        for a, b in sorted(found):
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        merged[name] = out
    return merged


def test_times_windows_equal_the_plain_trigger_search_on_news() -> None:
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in sample.splitlines()]
    with_h = 0
    for text in texts:
        folded = ScanText.of(text).folded
        expected = _reference_windows(folded)
        assert _windows(folded) == expected
        with_h += "hijri_year" in expected
    assert with_h > 10  # له، به، فيه ... and the real hijri years open windows of the ه trigger


# Letters around the one-letter trigger ه: the clitic letters (و ف ب ل ا), others, digits, a Latin
# letter, a superscript digit (not a letter, yet \w), spaces and punctuation.
ALPHABET = "هوفبلاتيمنة0123456789x²  ،.-/"


@settings(max_examples=400)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_times_windows_equal_the_plain_trigger_search_on_any_text(text: str) -> None:
    folded = ScanText.of(text).folded
    assert _windows(folded) == _reference_windows(folded)


@given(
    st.lists(
        st.sampled_from(["ه", "له", "وله", "فبه", "بالله", "حكومته", "1445", "هـ", "عام", "اب", " ", "،"])
    )
)
def test_times_windows_equal_on_word_sequences(words: list[str]) -> None:
    folded = ScanText.of(" ".join(words)).folded
    assert _windows(folded) == _reference_windows(folded)


# The number-run pattern as it was written before it opened with a class (the reference).
_OLD_NUMBER_RUN = re.compile(r"\d+(?:[/.\-]\d+)*")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="0129٣۴/.-ab \n", max_size=60))
def test_times_number_runs_match_as_before(text: str) -> None:
    assert [m.span() for m in NUMBER_RUN.finditer(text)] == [m.span() for m in _OLD_NUMBER_RUN.finditer(text)]

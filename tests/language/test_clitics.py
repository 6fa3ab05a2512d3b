"""Clitic analysis: the speed tables give the same answers as the plain tests they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.clitics import _is_arabic, analyze, analyze_uncached, clitic_rules

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآؤئ" + "هماكنا" + "a1٣ـ\u064e"


@settings(max_examples=400, deadline=None)
@given(word=st.text(alphabet=LETTERS + "\u0620\u0700\u061f ", max_size=12))
def test_clitics_arabic_test_as_per_character(word: str) -> None:
    assert _is_arabic(word) == all("\u0621" <= ch <= "\u06ff" for ch in word)


@settings(max_examples=400, deadline=None)
@given(rest=st.text(alphabet=LETTERS, max_size=10))
def test_clitics_enclitics_by_last_letter_keep_order(rest: str) -> None:
    rules = clitic_rules()
    expected = [enc for enc in rules.enclitics if rest.endswith(enc)]
    got = [enc for enc in rules.enclitics_by_last.get(rest[-1:], ()) if rest.endswith(enc)]
    assert got == expected


def test_clitics_split_on_news_words() -> None:
    assert analyze("وقال").clitics == ("و+",)
    assert analyze("حكومته").clitics == ("+ه",)
    assert analyze("وزير").clitics == ()


@settings(max_examples=400, deadline=None)
@given(word=st.text(alphabet=LETTERS + "لل", max_size=12))
def test_clitics_uncached_analysis_equals_the_cached_one(word: str) -> None:
    # the tokenizer calls analyze_uncached (it caches its own fields per surface form)
    assert analyze_uncached(word) == analyze(word)

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


def _proclitic_splits_reference(word: str, rules) -> list:
    # _proclitic_splits before round 11: str.startswith for every clitic, no first-letter gate
    out = [((), word)]
    conj_options = [((), word)] + [((c + "+",), word[1:]) for c in rules.conjunctions if word.startswith(c)]
    for conj, rest in conj_options:
        if conj:
            out.append((conj, rest))
        for p in rules.prepositions:
            if rest.startswith(p) and len(rest) > 1:
                after = rest[1:]
                if p == "ل" and after.startswith("ل") and not after.startswith("ال"):
                    out.append(((*conj, "ل+"), "ال" + after[1:]))
                out.append(((*conj, p + "+"), after))
        if rest.startswith(rules.future) and len(rest) > 4 and rest[1] in rules.future_before:
            out.append(((*conj, rules.future + "+"), rest[1:]))
    return out


CLITIC_WORDS = ("وللصين", "فسيزور", "وبالأسلحة", "كالعادة", "للبنان", "وسنلتقي", "فلن", "سيارة", "والتقى")


@settings(max_examples=500, deadline=None)
@given(
    word=st.sampled_from(CLITIC_WORDS)
    | st.text(alphabet=st.sampled_from("وفبلكسيتنأال" + LETTERS), max_size=9)
    | st.tuples(
        st.sampled_from(["و", "ف", "وب", "فل", "ول", "ك", "س", "وس", ""]), st.sampled_from(CLITIC_WORDS)
    ).map("".join)
)
def test_clitics_proclitic_splits_gate_equals_every_startswith(word: str) -> None:
    from marsad.language.clitics import _evidence, _proclitic_splits, article_free_counts

    rules = clitic_rules()
    # the gate reads each clitic's first letter: every clitic of the data has one
    assert all(rules.conjunctions) and all(rules.prepositions) and rules.future
    assert _proclitic_splits(word, rules) == _proclitic_splits_reference(word, rules)
    counts = article_free_counts()
    for _, rest in _proclitic_splits(word, rules):
        old_key = rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest
        assert _evidence(rest, counts) == counts.get(old_key, 0)


def test_clitics_proclitic_splits_on_real_words() -> None:
    rules = clitic_rules()
    splits = {w: _proclitic_splits_reference(w, rules) for w in CLITIC_WORDS}
    from marsad.language.clitics import _proclitic_splits

    assert all(_proclitic_splits(w, rules) == s for w, s in splits.items())
    assert (("و+", "ل+"), "الصين") in splits["وللصين"] and (("ف+", "س+"), "يزور") in splits["فسيزور"]

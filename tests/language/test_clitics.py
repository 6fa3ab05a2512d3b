"""Clitic analysis: the speed tables give the same answers as the plain tests they replace."""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.clitics import (
    MIN_BOOSTED,
    MIN_EVIDENCE,
    MIN_STEM,
    Analysis,
    CliticRules,
    _factor,
    _is_arabic,
    _unknown_word,
    analysis_fields,
    analyze,
    analyze_uncached,
    clitic_rules,
)
from marsad.language.normalize import light_key, normalize_key
from marsad.language.wordfreq import article_free_counts

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
    assert analyze_uncached(word) == analyze(word)


# The analysis as it was before round 14 (kept as the reference): every split enumerated by
# ``startswith`` per clitic, the pronoun suffixes and the base's second spelling found again for each
# split, the rules read for every candidate.
def _reference_splits(word: str, rules: CliticRules) -> list[tuple[tuple[str, ...], str]]:
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
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


def _reference_evidence(base: str, counts: dict[str, int]) -> int:
    key = base[2:] if base.startswith("ال") and len(base) > 3 else base
    return counts.get(key, 0)


def _reference_variants(base: str) -> list[str]:
    out = [base]
    if base.endswith("ت"):
        out.append(base[:-1] + "ة")
    elif base.endswith("ا"):
        out.append(base[:-1] + "ى")
    return out


def _reference_analysis(word: str) -> Analysis:
    light = light_key(word)
    if not light or not _is_arabic(light):
        return Analysis(normalize_key(word), (), 0)
    rules = clitic_rules()
    if light in rules.never_split:
        return Analysis(normalize_key(light), (), 0)
    counts = article_free_counts()
    best: tuple[float, int, tuple[str, ...], str, tuple[str, ...]] = (
        float(_reference_evidence(light, counts)),
        0,
        (),
        light,
        (),
    )
    for pro, rest in _reference_splits(light, rules):
        candidates: list[tuple[str, tuple[str, ...]]] = [(rest, ())]
        if not rest.startswith("ال"):
            for enc in rules.enclitics_by_last.get(rest[-1:], ()):
                if rest.endswith(enc) and len(rest) - len(enc) >= MIN_STEM:
                    candidates.extend((v, ("+" + enc,)) for v in _reference_variants(rest[: -len(enc)]))
        for base, enc in candidates:
            n = len(pro) + len(enc)
            if n == 0 or len(base) < MIN_STEM or (base.startswith("ال") and len(base) < 2 + MIN_STEM):
                continue
            evidence = _reference_evidence(base, counts)
            factor, boosted = _factor(pro, rest, len(enc), rules)
            if evidence < (MIN_BOOSTED if boosted else MIN_EVIDENCE):
                continue
            score = evidence * factor
            if score > best[0] or (score == best[0] and score > 0 and n < best[1]):
                best = (score, n, pro, base, enc)
    _, _, pro, base, enc = best
    known = best[0] > 0
    if not known:
        pro, base, enc = _unknown_word(light, rules)
    if base.startswith(rules.article) and len(base) >= 2 + MIN_STEM and base not in rules.article_words:
        pro = (*pro, rules.article + "+")
        base = base[2:]
    prefix_len = len(light) - len(base) - sum(len(e) - 1 for e in enc)
    return Analysis(normalize_key(base), (*pro, *enc), prefix_len, known)


# Words made of clitics around news words (common ones, so that splits find evidence and compete),
# letters that look like clitics, the ت/ا spellings before a suffix, and noise.
PIECES = [
    *"وفبلكس",
    "ال",
    "لل",
    *"يتنأ",
    "ه",
    "ها",
    "هم",
    "هما",
    "كم",
    "نا",
    "قال",
    "حكومت",
    "حكومة",
    "مستوا",
    "لبنان",
    "صين",
    "وزير",
    "بلاد",
    "رئيس",
    "عام",
    "يقول",
    "توجه",
    "أضاف",
    "منه",
    "لل",
    "ا",
    "ى",
    "ة",
    "ز",
    "ـ",
    "\u064e",
    "a",
    "3",
]
clitic_words = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join) | st.text(
    alphabet=LETTERS + "لل", max_size=12
)


@settings(max_examples=1500, deadline=None)
@given(word=clitic_words)
def test_clitics_analysis_as_the_reference(word: str) -> None:
    assert analyze_uncached(word) == _reference_analysis(word)
    stem, clitics, prefix_len, known = analysis_fields(word)
    assert Analysis(stem, clitics, prefix_len, known) == analyze_uncached(word)


def test_clitics_analysis_as_the_reference_on_news_words() -> None:
    path = resources.files("marsad").joinpath("samples", "ant_news_sample.jsonl")
    words = {
        w for line in path.read_text(encoding="utf-8").splitlines() for w in json.loads(line)["text"].split()
    }
    assert len(words) > 5000
    split = 0
    for word in words:
        expected = _reference_analysis(word)
        assert analyze_uncached(word) == expected, word
        split += bool(expected.clitics)
    assert split > 1000  # the comparison saw splits, not only whole words

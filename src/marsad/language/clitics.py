"""Clitic segmentation of one Arabic word: proclitics (و ف ب ل ك س, the article ال/لل) and pronoun
suffixes (ـه ـها ـهم ـهما ـنا ـكم ...).

Why hand-written: no maintained offline segmenter is available (camel-tools needs a morphology
database downloaded at run time; Farasa and MADAMIRA are Java services), and a regex that strips every
letter that looks like a clitic is wrong on frequent words (وزير is not و + زير; بلاد, فرض, كما).

How: every segmentation the clitic grammar allows is a candidate; its evidence is how often its base
occurs as a word (with or without the article) in 2 million words of news (:mod:`wordfreq`), halved
for each clitic split off, so a split wins only when the base is a markedly commoner word than the
whole (وقال → و + قال, but وزير stays). Function words that fool the count are listed in
``data/clitics.toml``. A word never seen in the news (a new name, وبزشكيان) is split only at a
conjunction before four or more letters and at the article, the cases that are nearly always right.
The result is cached per word form, so the cost falls on the first occurrence only.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from marsad.errors import ModelError
from marsad.language.normalize import light_key, normalize_key
from marsad.language.wordfreq import article_free_counts

PENALTY = 0.5
"""Evidence factor for a preposition or a pronoun suffix split off: the base must be a markedly
commoner word than the whole (بلاد stays, منه → من + ه)."""
CONJ_FACTOR = 2.0
"""و and ف are so productive that news writes وقال more often than قال: a conjunction is split off
when the rest is at least half as common as the whole (and three letters or more, or a function word
of two)."""
VERB_FACTOR = 20.0
"""Before an imperfect-verb prefix or the article (وأضاف، ويقول، والصين) and for the future س
(سيتوجهون), a split needs only a twentieth of the whole's evidence, and at least MIN_BOOSTED."""
MIN_EVIDENCE = 5
MIN_BOOSTED = 20
VERB_PREFIXES = ("أ", "إ", "ي", "ت", "ن")
MIN_STEM = 2
_ARABIC_BLOCK = re.compile("[\u0621-\u06ff]*")
"""Characters of the Arabic block from hamza on (the empty word too, as ``all()`` of nothing)."""


@dataclass(frozen=True, slots=True)
class CliticRules:
    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: str
    future_before: frozenset[str]
    article: str
    enclitics: tuple[str, ...]
    proclitic_letters: frozenset[str]
    """The conjunctions, prepositions and the future marker (one letter each): a word that opens with
    none of them has no proclitic split (most new words), so the splits are not enumerated."""
    conjunction_tags: MappingProxyType[str, tuple[str, ...]]
    """Conjunction -> its clitics tuple (``("و+",)``)."""
    preposition_tags: MappingProxyType[str, str]
    """Preposition -> its clitic (``"ب+"``)."""
    enclitics_by_last: MappingProxyType[str, tuple[str, ...]]
    """``enclitics`` grouped by their last letter, each group in the order of ``enclitics``: a word is
    tested only against the suffixes its own last letter can end (a new word tries every split)."""
    never_split: frozenset[str]
    article_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Analysis:
    stem: str
    """The base without clitics, as a matching key (:func:`normalize_key`)."""
    clitics: tuple[str, ...]
    """Proclitics as ``"و+"``, enclitics as ``"+ها"``, in textual order."""
    prefix_len: int
    """Letters (of the light key) taken by proclitics, for trimming a span to its stem."""
    known: bool = True
    """False for a word the news never showed, segmented by the fallback rules only."""


@cache  # read-only data, loaded once per process
def clitic_rules() -> CliticRules:
    raw = tomllib.loads(
        resources.files("marsad.language").joinpath("data", "clitics.toml").read_text(encoding="utf-8")
    )
    proclitics = (*raw["conjunctions"], *raw["prepositions"], raw["future"])
    if any(len(p) != 1 for p in proclitics):  # the splits take one letter per proclitic
        raise ModelError(f"clitics.toml: a proclitic is not one letter: {proclitics}")
    enclitics = tuple(sorted(raw["enclitics"], key=len, reverse=True))
    by_last: dict[str, tuple[str, ...]] = {}
    for enc in enclitics:
        by_last[enc[-1]] = (*by_last.get(enc[-1], ()), enc)
    return CliticRules(
        conjunctions=tuple(raw["conjunctions"]),
        prepositions=tuple(raw["prepositions"]),
        future=raw["future"],
        future_before=frozenset(raw["future_before"]),
        article=raw["article"],
        proclitic_letters=frozenset(proclitics),
        conjunction_tags=MappingProxyType({c: (c + "+",) for c in raw["conjunctions"]}),
        preposition_tags=MappingProxyType({p: p + "+" for p in raw["prepositions"]}),
        enclitics=enclitics,
        enclitics_by_last=MappingProxyType(by_last),
        never_split=frozenset(raw["never_split"]),
        article_words=frozenset(raw["article_words"]),
    )


def _is_arabic(word: str) -> bool:
    # one C-level match instead of a generator step per character (every new word passes here)
    return _ARABIC_BLOCK.fullmatch(word) is not None


def _proclitic_splits(word: str, rules: CliticRules) -> list[tuple[tuple[str, ...], str]]:
    """(proclitics, rest) for every proclitic sequence the grammar allows; ``لل`` gives ل+ and the
    rest keeps its article (``ال...``), so the article is decided later with the rest. Every
    proclitic is one letter, so each place takes at most one: a dictionary probe by the letter there
    instead of a ``startswith`` per clitic (a new word form with a proclitic letter comes here)."""
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    conj = rules.conjunction_tags.get(word[0])
    options = (((), word), (conj, word[1:])) if conj is not None else (((), word),)
    for pro, rest in options:
        if pro:
            out.append((pro, rest))
        if len(rest) > 1:
            first = rest[0]
            prep = rules.preposition_tags.get(first)
            if prep is not None:
                after = rest[1:]
                if first == "ل" and after.startswith("ل") and not after.startswith("ال"):
                    out.append(((*pro, "ل+"), "ال" + after[1:]))  # للصين: ل + الصين
                out.append(((*pro, prep), after))  # للبنان: ل + لبنان
            if first == rules.future and len(rest) > 4 and rest[1] in rules.future_before:
                out.append(((*pro, rules.future + "+"), rest[1:]))
    return out


def _factor(pro: tuple[str, ...], rest: str, n_enc: int, rules: CliticRules) -> tuple[float, bool]:
    """How much evidence a split needs (see the constants); True when a boosted rule applied."""
    factor, boosted = PENALTY**n_enc, False
    for i, p in enumerate(pro):
        letter = p[0]
        if letter == rules.future:
            factor *= VERB_FACTOR  # the verb after س has four letters or more: evidence >= MIN_EVIDENCE
        elif letter in rules.conjunctions and i == 0:
            after = rest if len(pro) == 1 else ""
            if after.startswith(VERB_PREFIXES) or (after.startswith(rules.article) and len(after) >= 4):
                factor, boosted = factor * VERB_FACTOR, True
            else:
                factor *= CONJ_FACTOR
        else:
            factor *= PENALTY
    return factor, boosted


@lru_cache(maxsize=262_144)  # per word form: news repeats its vocabulary, so most calls are hits
def analyze(word: str) -> Analysis:
    """Clitic analysis of one word (any spelling; diacritics ignored)."""
    return analyze_uncached(word)


def analyze_uncached(word: str) -> Analysis:
    """:func:`analyze` without its cache."""
    return Analysis(*analysis_fields(word))


def analysis_fields(word: str) -> tuple[str, tuple[str, ...], int, bool]:
    """The fields of :func:`analyze_uncached`'s :class:`Analysis` in their order (stem, clitics,
    prefix_len, known), for a caller that caches what it keeps of the analysis itself (the tokenizer,
    per surface form): a second cache would only hold one more object per word for the garbage
    collector to walk at every full collection, and the frozen dataclass's ``__init__`` (a generic
    ``object.__setattr__`` per field) cost a quarter of a new word's analysis."""
    light = light_key(word)
    if not light or _ARABIC_BLOCK.fullmatch(light) is None:
        return normalize_key(word), (), 0, True
    rules = clitic_rules()
    if light in rules.never_split:
        return normalize_key(light), (), 0, True
    get = article_free_counts().get
    best_score = float(get(light[2:] if light.startswith("ال") and len(light) > 3 else light, 0))
    best_n = 0
    best: tuple[tuple[str, ...], str, tuple[str, ...]] = ((), light, ())
    # Every rest of a split ends as the word does, so the pronoun suffixes it can end with, and the
    # spelling of the base before each (ـته ← ة), are found once per word, not once per split (a new
    # word form tries every split: this ran for each of them, 2,000 new forms per 100 articles).
    suffixes = [
        (("+" + enc,), len(enc), _variant_end(light[: -len(enc)]))
        for enc in rules.enclitics_by_last.get(light[-1], ())
        if light.endswith(enc)
    ]
    # (the whole word alone when it opens with no proclitic letter)
    splits = _proclitic_splits(light, rules) if light[0] in rules.proclitic_letters else [((), light)]
    for pro, rest in splits:
        n_pro = len(pro)
        candidates: list[tuple[str, tuple[str, ...]]] = [(rest, ())] if n_pro else []
        if suffixes and not rest.startswith("ال"):
            for enc, size, end in suffixes:
                if len(rest) - size >= MIN_STEM:
                    base = rest[:-size]
                    candidates.append((base, enc))
                    if end:
                        candidates.append((base[:-1] + end, enc))
        for base, enc in candidates:
            # The article-free key the counts are pooled under (see wordfreq.article_free_counts).
            if base.startswith("ال"):
                if len(base) < 2 + MIN_STEM:
                    continue
                evidence = get(base[2:] if len(base) > 3 else base, 0)
            elif len(base) < MIN_STEM:
                continue
            else:
                evidence = get(base, 0)
            if evidence < _MIN_ANY:
                continue  # below both thresholds: the rules need not be read
            factor, boosted = _factor(pro, rest, len(enc), rules)
            if evidence < (MIN_BOOSTED if boosted else MIN_EVIDENCE):
                continue
            n = n_pro + len(enc)
            score = evidence * factor
            if score > best_score or (score == best_score and score > 0 and n < best_n):
                best_score, best_n, best = score, n, (pro, base, enc)
    pro, base, enc = best
    known = best_score > 0
    if not known:
        pro, base, enc = _unknown_word(light, rules)
    if base.startswith(rules.article) and len(base) >= 2 + MIN_STEM and base not in rules.article_words:
        pro = (*pro, rules.article + "+")
        base = base[2:]
    # Letters the proclitics take in the written word (لل writes ل + ال in two letters).
    prefix_len = len(light) - len(base) - (len(enc[0]) - 1 if enc else 0)
    return normalize_key(base), (*pro, *enc), prefix_len, known


_MIN_ANY = min(MIN_EVIDENCE, MIN_BOOSTED)


def _variant_end(base: str) -> str:
    """Before a pronoun suffix ة is written ت and ى is written ا (حكومته ← حكومة, مستواه ← مستوى): the
    letter that replaces the last one of ``base`` for its second spelling, or "" when it has none."""
    return "ة" if base.endswith("ت") else "ى" if base.endswith("ا") else ""


def _unknown_word(light: str, rules: CliticRules) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """A word the news never showed: split only a conjunction before 4+ letters and the article."""
    pro: tuple[str, ...] = ()
    base = light
    if base[0] in rules.conjunctions and len(base) - 1 >= 4:
        pro, base = (base[0] + "+",), base[1:]
    if base.startswith("لل") and len(base) >= 4 and not base.startswith("الل"):
        pro, base = (*pro, "ل+"), "ال" + base[2:]
    return pro, base, ()

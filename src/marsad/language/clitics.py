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
        enclitics=enclitics,
        enclitics_by_last=MappingProxyType(by_last),
        never_split=frozenset(raw["never_split"]),
        article_words=frozenset(raw["article_words"]),
    )


def _is_arabic(word: str) -> bool:
    # one C-level match instead of a generator step per character (every new word passes here)
    return _ARABIC_BLOCK.fullmatch(word) is not None


def _evidence(base: str, counts: dict[str, int]) -> int:
    key = base[2:] if base.startswith("ال") and len(base) > 3 else base
    return counts.get(key, 0)


def _proclitic_splits(word: str, rules: CliticRules) -> list[tuple[tuple[str, ...], str]]:
    """(proclitics, rest) for every proclitic sequence the grammar allows; ``لل`` gives ل+ and the
    rest keeps its article (``ال...``), so the article is decided later with the rest."""
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    conj_options = [((), word)] + [((c + "+",), word[1:]) for c in rules.conjunctions if word.startswith(c)]
    for conj, rest in conj_options:
        if conj:
            out.append((conj, rest))
        for p in rules.prepositions:
            if rest.startswith(p) and len(rest) > 1:
                after = rest[1:]
                if p == "ل" and after.startswith("ل") and not after.startswith("ال"):
                    out.append(((*conj, "ل+"), "ال" + after[1:]))  # للصين: ل + الصين
                out.append(((*conj, p + "+"), after))  # للبنان: ل + لبنان
        if rest.startswith(rules.future) and len(rest) > 4 and rest[1] in rules.future_before:
            out.append(((*conj, rules.future + "+"), rest[1:]))
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


def _base_variants(base: str) -> list[str]:
    """Before a pronoun suffix ة is written ت and ى is written ا: حكومته ← حكومة, مستواه ← مستوى."""
    out = [base]
    if base.endswith("ت"):
        out.append(base[:-1] + "ة")
    elif base.endswith("ا"):
        out.append(base[:-1] + "ى")
    return out


@lru_cache(maxsize=262_144)  # per word form: news repeats its vocabulary, so most calls are hits
def analyze(word: str) -> Analysis:
    """Clitic analysis of one word (any spelling; diacritics ignored)."""
    return analyze_uncached(word)


def analyze_uncached(word: str) -> Analysis:
    """:func:`analyze` without its cache, for a caller that caches what it keeps of the analysis
    itself (the tokenizer, per surface form): a second cache would only hold one more object per
    word for the garbage collector to walk at every full collection."""
    light = light_key(word)
    if not light or not _is_arabic(light):
        return Analysis(normalize_key(word), (), 0)
    rules = clitic_rules()
    if light in rules.never_split:
        return Analysis(normalize_key(light), (), 0)
    counts = article_free_counts()
    best: tuple[float, int, tuple[str, ...], str, tuple[str, ...]] = (
        float(_evidence(light, counts)),
        0,
        (),
        light,
        (),
    )
    for pro, rest in _proclitic_splits(light, rules):
        candidates: list[tuple[str, tuple[str, ...]]] = [(rest, ())]
        if not rest.startswith("ال"):
            for enc in rules.enclitics_by_last.get(rest[-1:], ()):
                if rest.endswith(enc) and len(rest) - len(enc) >= MIN_STEM:
                    candidates.extend((v, ("+" + enc,)) for v in _base_variants(rest[: -len(enc)]))
        for base, enc in candidates:
            n = len(pro) + len(enc)
            if n == 0 or len(base) < MIN_STEM or (base.startswith("ال") and len(base) < 2 + MIN_STEM):
                continue
            evidence = _evidence(base, counts)
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
    # Letters the proclitics take in the written word (لل writes ل + ال in two letters).
    prefix_len = len(light) - len(base) - sum(len(e) - 1 for e in enc)
    return Analysis(normalize_key(base), (*pro, *enc), prefix_len, known)


def _unknown_word(light: str, rules: CliticRules) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """A word the news never showed: split only a conjunction before 4+ letters and the article."""
    pro: tuple[str, ...] = ()
    base = light
    if base[0] in rules.conjunctions and len(base) - 1 >= 4:
        pro, base = (base[0] + "+",), base[1:]
    if base.startswith("لل") and len(base) >= 4 and not base.startswith("الل"):
        pro, base = (*pro, "ل+"), "ال" + base[2:]
    return pro, base, ()

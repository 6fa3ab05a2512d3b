"""Token features for the CRF: word forms, clitic-stripped stems, affixes, word clusters, gazetteer
matches and a window of two tokens either side. No feature looks at predicted tags, so a sentence's
features are computed once, in one pass.

Clitics: Arabic glues conjunctions (و، ف), prepositions (ب، ل، ك) and the article (ال) to the word, so
"والصين", "بالصين" and "للصين" are all "الصين" for NER. A proclitic is stripped only when what remains
is a more frequent word in the news text than the whole token, so "وزير" stays "وزير" (not و+زير) and
"بوتين" stays "بوتين"; this vocabulary check stands in for a morphological analyser, which marsad does
not ship.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from sys import intern
from types import MappingProxyType
from typing import Any

from marsad.entities.ner.clusters import WordClusters, word_key
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.errors import ModelError

# Conjunction + preposition + article sequences, longest first. "لل" is ل + ال with the alef dropped.
PROCLITICS = (
    "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال",
    "لل", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip
ARTICLE = "ال"
# PROCLITICS by first letter, in the same order: a word is tried against the few sequences its
# first letter can start (most words start with none of و ف ب ل ك).
PROCLITICS_BY_LETTER = MappingProxyType(
    {
        letter: tuple(p for p in PROCLITICS if p[0] == letter)
        for letter in dict.fromkeys(p[0] for p in PROCLITICS)
    }
)
LATIN_RE = re.compile(r"[A-Za-z]")
ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
PUNCT_RE = re.compile(r"^[^\w]+$")
# Long-vowel letters, which transliterated names are written with or without (كاراكاس، كراكاس).
VOWEL_LETTERS = ("ا", "و", "ي", "ى")
# Character n-grams of the bare form, for words of at least MIN_NGRAM_BARE letters.
NGRAM = 3
MIN_NGRAM_BARE = 4


@dataclass(frozen=True, slots=True)
class WordForms:
    key: str
    stem: str
    """Without conjunction/preposition proclitics; keeps the article."""
    bare: str
    """The stem without the article."""
    proclitic: str


# A WordForms made field by field through its slots' descriptors: the frozen dataclass's keyword
# ``__init__`` builds a dict of its arguments and sets each field by a generic ``object.__setattr__``
# (a new word form of an unseen article makes one). ``FORMS_FIELDS`` must list every field of
# WordForms in order (a test checks).
FORMS_FIELDS = ("key", "stem", "bare", "proclitic")
_SET_KEY, _SET_STEM, _SET_BARE, _SET_PROCLITIC = (getattr(WordForms, name).__set__ for name in FORMS_FIELDS)
_new = object.__new__


def split_proclitics(key: str, clusters: WordClusters) -> WordForms:
    """Strip proclitics when the news vocabulary says the rest is the more common word."""
    stem, pre = key, ""
    candidates = PROCLITICS_BY_LETTER.get(key[:1])
    if candidates:
        count = clusters.counts.get
        whole = count(key, 0)
        for p in candidates:
            if key.startswith(p) and len(key) - len(p) >= 2:
                rest = key[len(p) :]
                if p.endswith("لل") or p.endswith("ال"):
                    rest = ARTICLE + rest
                if count(rest, 0) > whole:
                    stem, pre = rest, p
                    break
    bare = stem[2:] if stem.startswith(ARTICLE) and len(stem) >= 4 else stem
    forms = _new(WordForms)  # WordForms(key=key, stem=stem, bare=bare, proclitic=pre), see FORMS_FIELDS
    _SET_KEY(forms, key)
    _SET_STEM(forms, stem)
    _SET_BARE(forms, bare)
    _SET_PROCLITIC(forms, pre)
    return forms


def shape(token: str) -> str:
    return _shape(token, word_key(token))


def _shape(token: str, key: str) -> str:
    """``shape`` given the token's ``word_key``."""
    if token.isdigit() or ("0" in key and not ARABIC_RE.search(token)):
        return "num"
    if PUNCT_RE.match(token):
        return "punct"
    if LATIN_RE.search(token):
        return "Latn-cap" if token[:1].isupper() else "Latn"
    if ARABIC_RE.search(token):
        return "Arab"
    return "other"


def skeleton(bare: str) -> str | None:
    """The bare form without its long-vowel letters after the first letter, so that the spellings
    of one foreign name meet (كاراكاس and كراكاس are both كركس); None for words too short to say."""
    if len(bare) < MIN_NGRAM_BARE:
        return None
    rest = bare[1:]
    for letter in VOWEL_LETTERS:  # str.replace per letter: C loops, cheaper than a regex sub
        rest = rest.replace(letter, "")
    sk = bare[0] + rest
    return sk if len(sk) >= 3 else None


def char_ngrams(bare: str) -> list[str]:
    """The distinct character trigrams of ``<bare>`` (edges marked), sorted; none for short words.
    They carry what the fixed prefixes and suffixes miss: a foreign name's letter patterns inside the
    word (ـسكـ، ـيتشـ، ـغو)."""
    if len(bare) < MIN_NGRAM_BARE:
        return []
    marked = f"<{bare}>"
    return sorted({marked[i : i + NGRAM] for i in range(len(marked) - NGRAM + 1)})


def skeleton_index(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Skeleton -> the gazetteer types whose names hold a word of that skeleton: a one-word name's
    type (LOC), or P+type (PLOC) for a word of a longer name."""
    index: dict[str, set[str]] = {}
    for words, kind in gazetteer.entries.items():
        for w in words:
            sk = skeleton(w)
            if sk:
                index.setdefault(sk, set()).add(kind if len(words) == 1 else "P" + kind)
    return {sk: tuple(sorted(kinds)) for sk, kinds in index.items()}


# Window offsets, and the attribute-name prefixes built once rather than per token.
WINDOW = (-2, -1, 1, 2)
PAD_ATTRS = tuple(f"{off}:pad" for off in WINDOW)
GZ_PREFIXES = tuple(f"{off}:gz:" for off in WINDOW)
# Distinct word forms remembered by one extractor; a day of news has far fewer.
TYPE_CACHE_SIZE = 200_000
# Bare forms whose values a FeatureExtractor keeps (about 500 bytes each: 25 MB at the bound).
BARE_CACHE_SIZE = 50_000
# The attribute-name prefixes of a word form's attributes, in the order the CRF sums them; the
# values of :class:`TypeValues` go with them one to one. The tagger's decoder looks each value up in
# a table per prefix (:mod:`decode`) instead of formatting the ~50 strings of a new word form.
BIAS = "bias"
HEAD_PREFIXES = (
    "w:", "st:", "ba:", "pre:", "p2:", "p3:", "s1:", "s2:", "s3:", "sh:", "len:", "fq:", "c0:", "c1:", "c2:", "c3:",
)  # fmt: skip
TAIL_PREFIXES = ("al:", "aa:", "p4:", "s4:")
SKELETON_PREFIX = "sk:"
NGRAM_PREFIX = "ng:"
BEFORE_PREFIXES = tuple(tuple(f"{off}:{k}:" for k in ("st", "c1", "c2")) for off in WINDOW)
"""Per WINDOW offset, what a token gives that neighbour before the neighbour's ``gz``."""
AFTER_PREFIXES = tuple(
    tuple(f"{off}:{k}:" for k in ("ba", "aa", "c3", "sh", "s2")) if abs(off) == 1 else () for off in WINDOW
)
"""Per WINDOW offset, what a token gives that neighbour after its ``gz`` (then its skeleton types,
under ``AFTER_SKELETON_PREFIXES``); nothing at the offsets two away."""
AFTER_SKELETON_PREFIXES = tuple(f"{off}:sk:" if abs(off) == 1 else "" for off in WINDOW)


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ calls object.__setattr__ per field
class TypeValues:
    """The values of a token's word-form attributes, without their names (see the prefixes above)."""

    forms: WordForms
    head: tuple[str, ...]
    """Values of HEAD_PREFIXES (after the constant ``bias``)."""
    tail: tuple[str, ...]
    """Values of TAIL_PREFIXES."""
    skeletons: tuple[str, ...]
    """Gazetteer types of the bare form's skeleton (``sk:``)."""
    ngrams: tuple[str, ...]
    """Character trigrams of the bare form, sorted (``ng:``)."""
    before: tuple[str, ...]
    """Values of BEFORE_PREFIXES (the same at every offset)."""
    after: tuple[str, ...]
    """Values of AFTER_PREFIXES at the offsets that have them."""


@dataclass(frozen=True, slots=True)
class TypeAttributes:
    """The crfsuite attributes of a token that depend on its word form alone (all but the
    gazetteer labels, which depend on the neighbours), in the order :meth:`FeatureExtractor.sentence`
    lists them, so that both give the CRF the same sum in the same order."""

    forms: WordForms
    head: tuple[str, ...]
    """The token's own attributes before ``gz``."""
    tail: tuple[str, ...]
    """The token's own attributes after ``gz``."""
    neighbour: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    """Per offset of WINDOW, what this token gives a neighbour: the attributes before and after
    the neighbour's ``gz``."""

    @classmethod
    def of(cls, v: TypeValues) -> TypeAttributes:
        # Tuples of strings, not lists: the cyclic garbage collector stops tracking them.
        return cls(
            forms=v.forms,
            head=(BIAS, *map(str.__add__, HEAD_PREFIXES, v.head)),
            tail=(
                *map(str.__add__, TAIL_PREFIXES, v.tail),
                *(SKELETON_PREFIX + kind for kind in v.skeletons),
                *(NGRAM_PREFIX + gram for gram in v.ngrams),
            ),
            neighbour=tuple(
                (
                    tuple(map(str.__add__, before, v.before)),
                    (*map(str.__add__, after, v.after), *(sk + kind for kind in v.skeletons))
                    if after
                    else (),
                )
                for before, after, sk in zip(
                    BEFORE_PREFIXES, AFTER_PREFIXES, AFTER_SKELETON_PREFIXES, strict=True
                )
            ),
        )


@dataclass(slots=True)
class FeatureExtractor:
    """Turns a sentence's tokens into crfsuite features. Holds its resources explicitly.

    :meth:`sentence` gives feature dicts (training, inspection); :meth:`sentence_attributes` gives
    the same features as crfsuite attribute strings, fast, for tagging: the per-token work (clitic
    splitting, cluster and count look-ups, affixes, window-prefixed names) depends only on the word
    form and news repeats its words, so it is done once per form and kept in a bounded
    per-instance cache; and pycrfsuite reads string lists faster than dicts."""

    clusters: WordClusters
    gazetteer: Gazetteer
    cache_size: int = TYPE_CACHE_SIZE
    _types: dict[str, TypeAttributes] = field(default_factory=dict, repr=False, compare=False)
    _values: dict[str, TypeValues] = field(default_factory=dict, repr=False, compare=False)
    _bares: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False, compare=False)
    """Bare form -> the values that depend on it alone (see ``_bare_values``)."""
    _skeletons: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.clusters.granularities) < 3:
            raise ModelError("word clusters need at least three granularities (coarse to fine)")
        self._skeletons = skeleton_index(self.gazetteer)

    def _skeleton_types(self, bare: str) -> tuple[str, ...]:
        sk = skeleton(bare)
        return self._skeletons.get(sk, ()) if sk else ()

    def _forms(self, token: str) -> WordForms:
        return split_proclitics(word_key(token), self.clusters)

    def _article_affinity(self, forms: WordForms) -> str:
        """How often the word takes the article in the news, in five bins. Arabic has no capital
        letters, but foreign and personal names (بوتين، شافيز) almost never take ال, common nouns do."""
        return self._affinity(forms.bare)

    def _affinity(self, bare_form: str) -> str:
        """``_article_affinity`` of a bare form."""
        bare, with_al = self.clusters.count(bare_form), self.clusters.count(ARTICLE + bare_form)
        if bare + with_al == 0:
            return "unk"
        return str(min(int(5 * with_al / (bare + with_al)), 4))

    def _cluster(self, forms: WordForms) -> tuple[int, ...] | None:
        return self.clusters.get(forms.key) or self.clusters.get(forms.stem) or self.clusters.get(forms.bare)

    def sentence(self, tokens: list[str]) -> list[dict[str, Any]]:
        n = len(tokens)
        forms = [self._forms(t) for t in tokens]
        clusters = [self._cluster(f) for f in forms]
        shapes = [shape(t) for t in tokens]
        gaz = self.gazetteer.tag([f.bare for f in forms])
        affinity = [self._article_affinity(f) for f in forms]
        skeletons = [self._skeleton_types(f.bare) for f in forms]
        levels = len(self.clusters.granularities)
        cl = [tuple(str(x) for x in c) if c else ("-",) * levels for c in clusters]

        def at(i: int) -> int | None:
            return i if 0 <= i < n else None

        out: list[dict[str, Any]] = []
        for i, f in enumerate(forms):
            key = f.key
            count = self.clusters.count(f.stem)
            feats: dict[str, Any] = {
                "bias": 1.0,
                "w": key,
                "st": f.stem,
                "ba": f.bare,
                "pre": f.proclitic,
                "p2": f.bare[:2],
                "p3": f.bare[:3],
                "s1": f.bare[-1:],
                "s2": f.bare[-2:],
                "s3": f.bare[-3:],
                "sh": shapes[i],
                "len": str(min(len(f.bare), 8)),
                "fq": str(min(int(math.log2(count + 1)), 12)),
                "c0": cl[i][0],
                "c1": cl[i][1],
                "c2": cl[i][2],
                "c3": cl[i][-1],  # the finest level
                "gz": gaz[i],
                "al": "1" if f.stem.startswith(ARTICLE) else "0",
                "aa": affinity[i],
                "p4": f.bare[:4],
                "s4": f.bare[-4:],
            }
            for kind in skeletons[i]:
                feats[f"sk:{kind}"] = 1.0
            for gram in char_ngrams(f.bare):
                feats[f"ng:{gram}"] = 1.0
            if i == 0:
                feats["BOS"] = 1.0
            if i == n - 1:
                feats["EOS"] = 1.0
            for off in (-2, -1, 1, 2):
                j = at(i + off)
                if j is None:
                    feats[f"{off}:pad"] = 1.0
                    continue
                g = forms[j]
                feats[f"{off}:st"] = g.stem
                feats[f"{off}:c1"] = cl[j][1]
                feats[f"{off}:c2"] = cl[j][2]
                feats[f"{off}:gz"] = gaz[j]
                if abs(off) == 1:
                    feats[f"{off}:ba"] = g.bare
                    feats[f"{off}:aa"] = affinity[j]
                    feats[f"{off}:c3"] = cl[j][-1]
                    feats[f"{off}:sh"] = shapes[j]
                    feats[f"{off}:s2"] = g.bare[-2:]
                    for kind in skeletons[j]:
                        feats[f"{off}:sk:{kind}"] = 1.0
            j = at(i - 1)
            if j is not None:
                feats["-1|0"] = f"{forms[j].stem}|{f.stem}"
            j = at(i + 1)
            if j is not None:
                feats["0|+1"] = f"{f.stem}|{forms[j].stem}"
            out.append(feats)
        return out

    def type_values(self, token: str) -> TypeValues:
        """The values of a token's word-form attributes, cached per token string."""
        cached = self._values.get(token)
        if cached is not None:
            return cached
        if len(self._values) >= self.cache_size:
            self._values.clear()  # a crude bound: refilling costs one pass of misses
        values = self._values[token] = self.values_of(token)
        return values

    def values_of(self, token: str) -> TypeValues:
        """:meth:`type_values` without the cache: for a caller that keeps what it derives from the
        values itself (the decoder keeps each form's scores), so that the cache would only hold two
        objects per form for the garbage collector to walk at every full collection.

        Runs once per new word form of an unseen article: the values object is filled slot by slot
        (the dataclass's keyword ``__init__`` first builds a dict of its seven arguments), the
        shape reads the word key already made (``shape`` makes it again) and the cluster ids are
        turned to strings by ``map`` rather than a generator."""
        f = self._forms(token)
        key, bare, stem = f.key, f.bare, f.stem
        clusters = self.clusters
        ids = clusters.ids.get
        c = ids(key) or ids(stem) or ids(bare)  # _cluster
        cl = tuple(map(str, c)) if c else ("-",) * len(clusters.granularities)
        sh = _shape(token, key)
        # Nearly half the new forms of an unseen article have a bare form seen before (another
        # clitic on a known word: والمحادثات after المحادثات); what depends on the bare alone is kept.
        known = self._bares.get(bare)
        if known is None:
            if len(self._bares) >= BARE_CACHE_SIZE:
                self._bares.clear()  # a crude bound, as the values cache's
            known = self._bares[bare] = self._bare_values(bare)
        p2, p3, s1, s2, s3, size, p4, s4, aa, skeletons, ngrams = known
        fq = min(int(math.log2(clusters.counts.get(stem, 0) + 1)), 12)
        v = _new(TypeValues)
        v.forms = f
        # fmt: off
        v.head = (
            key, stem, bare, f.proclitic, p2, p3, s1, s2, s3, sh, size, str(fq), cl[0], cl[1], cl[2], cl[-1],
        )
        # fmt: on
        v.tail = ("1" if stem.startswith(ARTICLE) else "0", aa, p4, s4)
        v.skeletons = skeletons
        v.ngrams = ngrams
        v.before = (stem, cl[1], cl[2])
        v.after = (bare, aa, cl[-1], sh, s2)
        return v

    def _bare_values(self, bare: str) -> tuple[Any, ...]:
        """The values of a form that its bare form decides: its affixes (p2 p3 s1 s2 s3), length, p4
        s4, article affinity, skeleton types and trigrams. The affixes and trigrams are interned:
        they recur from one bare form to the next, and the 30,000 bare forms of 2,000 ANT articles
        then take about 15 MB in the memo, against 41 MB with a copy of each per form."""
        affixes = map(intern, (bare[:2], bare[:3], bare[-1:], bare[-2:], bare[-3:]))
        return (
            *affixes, str(min(len(bare), 8)), intern(bare[:4]), intern(bare[-4:]),
            self._affinity(bare), self._skeleton_types(bare), tuple(map(intern, char_ngrams(bare))),
        )  # fmt: skip

    def type_attributes(self, token: str) -> TypeAttributes:
        """The word-form part of a token's attributes as crfsuite strings, cached per token string."""
        cached = self._types.get(token)
        if cached is not None:
            return cached
        if len(self._types) >= self.cache_size:
            self._types.clear()
        attrs = self._types[token] = TypeAttributes.of(self.type_values(token))
        return attrs

    def sentence_attributes(self, tokens: list[str]) -> list[list[str]]:
        """The features of :meth:`sentence` as crfsuite attribute strings (``key:value`` for a
        string feature, ``key`` for a 1.0 one), in the same order: what the tagger feeds the CRF."""
        n = len(tokens)
        types = [self.type_attributes(t) for t in tokens]
        stems = [t.forms.stem for t in types]
        gaz = self.gazetteer.tag([t.forms.bare for t in types])
        out: list[list[str]] = []
        for i, ta in enumerate(types):
            attrs = [*ta.head, "gz:" + gaz[i], *ta.tail]
            if i == 0:
                attrs.append("BOS")
            if i == n - 1:
                attrs.append("EOS")
            for w, off in enumerate(WINDOW):
                j = i + off
                if not 0 <= j < n:
                    attrs.append(PAD_ATTRS[w])
                    continue
                before, after = types[j].neighbour[w]
                attrs += before
                attrs.append(GZ_PREFIXES[w] + gaz[j])
                attrs += after
            if i > 0:
                attrs.append(f"-1|0:{stems[i - 1]}|{stems[i]}")
            if i < n - 1:
                attrs.append(f"0|+1:{stems[i]}|{stems[i + 1]}")
            out.append(attrs)
        return out

"""A new word form's NER values (perf18): ``values_of`` and ``split_proclitics`` build their objects slot
by slot; they must give exactly what the dataclass constructors gave (the old forms are kept here)."""

from __future__ import annotations

import dataclasses
import math
from sys import intern

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.ner.clusters import word_key
from marsad.entities.ner.features import (
    ARTICLE,
    FORMS_FIELDS,
    TypeValues,
    WordForms,
    char_ngrams,
    shape,
    split_proclitics,
)
from marsad.entities.ner.tokenize import TOKEN_RE


def _old_split_proclitics(key, clusters) -> WordForms:
    """The forms through the dataclass's constructor (reading every slot: an unset one raises)."""
    f = split_proclitics(key, clusters)
    return WordForms(**{name: getattr(f, name) for name in FORMS_FIELDS})


def _old_values_of(extractor, token: str) -> TypeValues:
    """``FeatureExtractor.values_of`` before perf18: the constructors, ``shape`` and ``_cluster``."""
    f = _old_split_proclitics(word_key(token), extractor.clusters)
    c = extractor._cluster(f)
    cl = tuple(str(x) for x in c) if c else ("-",) * len(extractor.clusters.granularities)
    sh = shape(token)
    aa = extractor._article_affinity(f)
    bare, stem = f.bare, f.stem
    fq = min(int(math.log2(extractor.clusters.count(stem) + 1)), 12)
    s2 = bare[-2:]
    head = (
        f.key, stem, bare, f.proclitic, bare[:2], bare[:3], bare[-1:], s2, bare[-3:],
        sh, str(min(len(bare), 8)), str(fq), cl[0], cl[1], cl[2], cl[-1],
    )  # fmt: skip
    return TypeValues(
        forms=f,
        head=head,
        tail=("1" if stem.startswith(ARTICLE) else "0", aa, bare[:4], bare[-4:]),
        skeletons=extractor._skeleton_types(bare),
        ngrams=tuple(char_ngrams(bare)),
        before=(stem, cl[1], cl[2]),
        after=(bare, aa, cl[-1], sh, s2),
    )


def _fields(v: TypeValues) -> tuple:
    return tuple(getattr(v, f.name) for f in dataclasses.fields(TypeValues))


def test_values_of_forms_fields_list_every_field_in_order() -> None:
    assert tuple(f.name for f in dataclasses.fields(WordForms)) == FORMS_FIELDS
    forms = split_proclitics("والصين", _Counts({"الصين": 9}))
    assert forms == WordForms(key="والصين", stem="الصين", bare="صين", proclitic="وال")
    assert hash(forms) == hash(WordForms(key="والصين", stem="الصين", bare="صين", proclitic="وال"))


class _Counts:
    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts


def test_values_of_equals_the_old_form_on_the_sample_news(ner_tagger, sample_stories) -> None:
    extractor = ner_tagger.extractor
    tokens = {m.group() for s in sample_stories for m in TOKEN_RE.finditer(s.text)}
    assert len(tokens) > 5_000
    with_clusters = 0
    bares = [extractor.values_of(t).forms.bare for t in tokens]
    assert len(set(bares)) < 0.8 * len(bares)  # the bare-form values are read back often
    for token in sorted(tokens):
        new, old = extractor.values_of(token), _old_values_of(extractor, token)
        assert _fields(new) == _fields(old), token
        assert new.forms == old.forms and type(new) is TypeValues
        with_clusters += old.head[12] != "-"
    assert 1_000 < with_clusters < len(tokens)  # both branches of the cluster ids are met


def test_values_of_bare_memo_is_bounded_and_changes_nothing(monkeypatch) -> None:
    from marsad.entities.ner import features
    from marsad.entities.ner.clusters import WordClusters
    from marsad.entities.ner.features import FeatureExtractor
    from marsad.entities.ner.gazetteer import Gazetteer

    counts = {"الصين": 900, "صين": 5, "موسكو": 400, "زير": 3}
    clusters = WordClusters(granularities=(2, 4, 8), ids={w: (1, 2, 3) for w in counts}, counts=counts)
    gaz = Gazetteer(entries={("صين",): "LOC"}, max_len=1)
    monkeypatch.setattr(features, "BARE_CACHE_SIZE", 2)
    small = FeatureExtractor(clusters=clusters, gazetteer=gaz)
    tokens = ["والصين", "بالصين", "الصين", "صين", "بموسكو", "موسكو", "وزير", "2002", "والصين", "موسكو"]
    for token in tokens:
        assert _fields(small.values_of(token)) == _fields(_old_values_of(small, token)), token
        assert len(small._bares) <= 2
    # the affixes and trigrams kept are interned: one copy of each however many bare forms hold it
    kept = [s for values in small._bares.values() for s in (*values[:5], *values[6:8], *values[10])]
    assert "<مو" in kept and all(s is intern(s) for s in kept)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="والبكفلصينوزرتماى0123456789٠٣x%.-ـً", min_size=1, max_size=12))
def test_values_of_equals_the_old_form_on_arbitrary_tokens(ner_tagger, token: str) -> None:
    extractor = ner_tagger.extractor
    assert _fields(extractor.values_of(token)) == _fields(_old_values_of(extractor, token))


def _old_attribute_rows(decoder, v: TypeValues) -> tuple[list[int], list[int]]:
    """``CrfDecoder._attribute_rows`` before perf18: one map and filter per prefix group."""
    t = decoder._prefixes
    get = dict.get
    rows: list[int] = []
    starts: list[int] = [0]
    if t.bias:
        rows.append(t.bias)
    rows += filter(None, map(get, t.head, v.head))
    rows += filter(None, map(get, t.tail, v.tail))
    if v.skeletons:
        rows += filter(None, map(t.skeleton.get, v.skeletons))
    rows += filter(None, map(t.ngram.get, v.ngrams))
    for before, after, after_skeleton in t.neighbours:
        starts.append(len(rows))
        rows += filter(None, map(get, before, v.before))
        if after:
            rows += filter(None, map(get, after, v.after))
            if v.skeletons:
                rows += filter(None, map(after_skeleton.get, v.skeletons))
    return rows, starts


def test_attribute_rows_equal_the_old_form_on_the_sample_news(ner_tagger, sample_stories) -> None:
    decoder = ner_tagger.decoder
    tokens = sorted({m.group() for s in sample_stories for m in TOKEN_RE.finditer(s.text)})
    rows: list[int] = []
    starts: list[int] = []
    old_rows: list[int] = []
    old_starts: list[int] = []
    with_skeletons = 0
    for token in tokens:
        v = decoder.extractor.values_of(token)
        decoder._attribute_rows(v, rows, starts)
        r, s = _old_attribute_rows(decoder, v)
        old_starts += [len(old_rows) + k for k in s]
        old_rows += r
        with_skeletons += bool(v.skeletons)
    assert (rows, starts) == (old_rows, old_starts)
    assert len(starts) == 5 * len(tokens) and len(rows) > 20 * len(tokens)
    assert with_skeletons > 100  # the after-skeleton tables are read

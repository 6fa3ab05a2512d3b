from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.clusters import WordClusters, word_key
from marsad.entities.ner.corpus import read_conll
from marsad.entities.ner.features import FeatureExtractor, char_ngrams, shape, skeleton, split_proclitics
from marsad.entities.ner.gazetteer import Gazetteer
from support import shared_file


@pytest.fixture(scope="module")
def clusters() -> WordClusters:
    counts = {"الصين": 900, "وزير": 500, "زير": 3, "موسكو": 400, "صين": 5, "بوتين": 300, "وتين": 1}
    return WordClusters(granularities=(2, 4, 8), ids={w: (1, 2, 3) for w in counts}, counts=counts)


@pytest.mark.parametrize(
    ("token", "stem", "bare", "pre"),
    [
        ("والصين", "الصين", "صين", "وال"),
        ("للصين", "الصين", "صين", "لل"),
        ("بالصين", "الصين", "صين", "بال"),
        ("وزير", "وزير", "وزير", ""),  # و+زير would be a rarer word: not split
        ("بوتين", "بوتين", "بوتين", ""),
        ("بموسكو", "موسكو", "موسكو", "ب"),
    ],
)
def test_features_split_proclitics(clusters, token: str, stem: str, bare: str, pre: str) -> None:
    forms = split_proclitics(word_key(token), clusters)
    assert (forms.stem, forms.bare, forms.proclitic) == (stem, bare, pre)


def test_features_word_key_normalizes_and_masks_digits() -> None:
    assert word_key("إسرائيل") == word_key("اسرائيل")
    assert word_key("2002") == word_key("١٩٩٩") == "0000"


@pytest.mark.parametrize(
    ("token", "kind"), [("2002", "num"), ("،", "punct"), ("Charles", "Latn-cap"), ("بوتين", "Arab")]
)
def test_features_shape(token: str, kind: str) -> None:
    assert shape(token) == kind


def test_features_sentence_window_and_gazetteer(clusters) -> None:
    gaz = Gazetteer(entries={("صين",): "LOC"}, max_len=1)
    feats = FeatureExtractor(clusters=clusters, gazetteer=gaz).sentence(["زار", "بوتين", "والصين"])
    assert len(feats) == 3
    assert feats[0]["BOS"] == 1.0 and feats[2]["EOS"] == 1.0
    assert feats[2]["gz"] == "B-LOC" and feats[1]["1:gz"] == "B-LOC"
    assert feats[1]["-1:st"] == "زار" and feats[1]["w"] == "بوتين"
    assert feats[1]["c2"] == "3" and feats[0]["c2"] == "-"


@pytest.mark.parametrize(
    ("bare", "skel"),
    [
        ("كاراكاس", "كركس"),
        ("كراكاس", "كركس"),
        ("فنزويلا", "فنزل"),
        ("ايران", "ارن"),
        ("روما", "رم"),
        ("في", None),
    ],
)
def test_features_skeleton_drops_inner_long_vowels(bare: str, skel: str | None) -> None:
    # رم is too short a skeleton to say anything: None, like a short word
    assert skeleton(bare) == (skel if skel and len(skel) >= 3 else None)


def test_features_char_ngrams_mark_edges() -> None:
    assert char_ngrams("موسكو") == sorted({"<مو", "موس", "وسك", "سكو", "كو>"})
    assert char_ngrams("قال") == []


def test_features_gazetteer_skeleton_matches_a_variant_spelling(clusters) -> None:
    # كراكاس is not in the gazetteer, كاراكاس is; the skeleton feature carries the type over, to the
    # token itself and to its neighbours, and marks words of longer names with P.
    gaz = Gazetteer(entries={("كاراكاس",): "LOC", ("هوغو", "تشافيز"): "PERS"}, max_len=2)
    extractor = FeatureExtractor(clusters=clusters, gazetteer=gaz)
    feats = extractor.sentence(["زار", "تشافز", "كراكاس"])
    assert feats[2]["gz"] == "O" and feats[2]["sk:LOC"] == 1.0
    assert feats[1]["1:sk:LOC"] == 1.0 and feats[1]["sk:PPERS"] == 1.0
    assert not any(k.startswith("sk:") for k in feats[0])
    assert feats[2]["ng:<كر"] == 1.0
    assert extractor.sentence_attributes(["زار", "تشافز", "كراكاس"]) == _as_attributes(feats)


def _as_attributes(feats: list[dict]) -> list[list[str]]:
    """pycrfsuite's own reading of a feature dict: key:value for strings, the key for weights."""
    return [[f"{k}:{v}" if isinstance(v, str) else k for k, v in d.items()] for d in feats]


def test_features_cached_attributes_equal_feature_dicts(clusters) -> None:
    gaz = Gazetteer(entries={("صين",): "LOC"}, max_len=1)
    extractor = FeatureExtractor(clusters=clusters, gazetteer=gaz, cache_size=3)
    sent = ["زار", "بوتين", "والصين", "زار", "بوتين", "2002"]
    for _ in range(2):  # the second pass reads the cache, which overflowed and was cleared once
        assert extractor.sentence_attributes(sent) == _as_attributes(extractor.sentence(sent))
    assert len(extractor._types) <= 3
    assert extractor.sentence_attributes([]) == []


def test_features_cached_attributes_equal_on_anercorp(ner_tagger) -> None:
    extractor = ner_tagger.extractor
    for sent in read_conll(shared_file("data/anercorp_camel/train.txt"))[:400]:
        assert extractor.sentence_attributes(sent.tokens) == _as_attributes(extractor.sentence(sent.tokens))


@given(st.text(alphabet="اويىبكرسمن0123456789٠١٢٣۴x²½ـً", max_size=12))
def test_features_word_key_and_skeleton_equal_their_regex_forms(token: str) -> None:
    # word_key skips the digit regex for letter-only keys; skeleton deletes the long vowels with
    # str.replace: both must give what the regexes gave.
    import re

    from marsad.language.normalize import normalize_key

    assert word_key(token) == re.sub(r"\d", "0", normalize_key(token))
    bare = normalize_key(token)
    expected = None
    if len(bare) >= 4:
        sk = bare[0] + re.sub("[اويى]", "", bare[1:])
        expected = sk if len(sk) >= 3 else None
    assert skeleton(bare) == expected


def test_features_values_of_equals_the_cached_values_and_leaves_the_cache_alone(clusters) -> None:
    gaz = Gazetteer(entries={("صين",): "LOC"}, max_len=1)
    extractor = FeatureExtractor(clusters=clusters, gazetteer=gaz)
    tokens = ["زار", "بوتين", "والصين", "بالصين", "2002", "3.5", "؟", "x"]
    fresh = [extractor.values_of(t) for t in tokens]
    assert extractor._values == {}  # the decoder keeps its own per-form table: no second copy
    assert fresh == [extractor.type_values(t) for t in tokens]
    assert set(extractor._values) == set(tokens)

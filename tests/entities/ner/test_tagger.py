from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.entities.ner import NerTagger
from marsad.errors import ModelError
from marsad.model import Story
from support import assert_offsets

VALID = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}


def test_ner_loads_shipped_model(ner_tagger) -> None:
    assert isinstance(ner_tagger, NerTagger)


def test_ner_missing_model_raises_model_error(tmp_path) -> None:
    with pytest.raises(ModelError):
        NerTagger.load(tmp_path)


def test_ner_tags_known_names(ner_tagger) -> None:
    tokens = [
        "قال",
        "الرئيس",
        "الروسي",
        "فلاديمير",
        "بوتين",
        "في",
        "موسكو",
        "إن",
        "روسيا",
        "لن",
        "تنسحب",
        ".",
    ]
    tags = ner_tagger.tag(tokens)
    assert len(tags) == len(tokens)
    assert set(tags) <= VALID
    assert tags[3:5] == ["B-PERS", "I-PERS"]
    assert tags[6] == "B-LOC"
    assert tags[8] == "B-LOC"


def test_ner_tags_with_clitics(ner_tagger) -> None:
    tokens = [
        "وصل",
        "وزير",
        "الخارجية",
        "إلى",
        "بكين",
        "والتقى",
        "نظيره",
        "في",
        "وزارة",
        "الخارجية",
        "الصينية",
        ".",
    ]
    tags = ner_tagger.tag(tokens)
    assert tags[4] == "B-LOC"


def test_ner_empty_sentence(ner_tagger) -> None:
    assert ner_tagger.tag([]) == []
    assert ner_tagger.tag_sentences([[], ["بيروت"]])[0] == []


def test_ner_entity_spans_on_story(ner_tagger) -> None:
    text = "بيروت (رويترز) - قال الرئيس الأمريكي جو بايدن،\nإن واشنطن ستدعم لبنان."
    story = Story(id="s", role="main", text=text)
    story.entities = ner_tagger.entity_spans(story)
    assert_offsets(story)
    found = {(e.text, e.type) for e in story.entities}
    assert ("بيروت", "LOC") in found
    assert ("لبنان", "LOC") in found
    assert all(e.actor is None for e in story.entities)


ARABISH = st.text(
    alphabet=st.sampled_from(list("بوتينموسكالصحرفقدغ ،.()\n\t-\"'0123456789٣abcَُِّـ\u200c%")),
    max_size=200,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(ARABISH, st.text(max_size=120)))
def test_ner_entity_spans_offsets_exact_on_any_text(ner_tagger, text: str) -> None:
    story = Story(id="p", role="main", text=text)
    story.entities = ner_tagger.entity_spans(story)
    assert_offsets(story)
    for e in story.entities:
        assert e.type in {"PERS", "LOC", "ORG", "MISC"}
        assert e.start < e.end
        assert e.text.strip() == e.text


def test_ner_second_pass_carries_a_name_across_sentences(ner_tagger) -> None:
    # An unfamiliar name: the first sentence alone leaves أسوماني untagged; as one story, the
    # second pass sees that the first pass tagged it PERS in the other sentences.
    lines = (
        "قال رئيس وزراء جزر القمر أزالي أسوماني في مؤتمر صحفي في موروني إن الحكومة ستجري انتخابات .",
        "وأضاف أسوماني أن المعارضة رفضت العرض .",
        "وكان أسوماني قد وصل إلى السلطة عام 1999 .",
    )
    doc = [line.split(" ") for line in lines]
    alone = [ner_tagger.tag(s) for s in doc]
    assert alone[0][6] == "O"
    assert alone[2][1] == "B-PERS"
    together = ner_tagger.tag_sentences(doc)
    # With the net multiplied in, the full name أزالي أسوماني is one entity (as ANERcorp marks it).
    assert together[0][5:7] == ["B-PERS", "I-PERS"]
    assert together[1][1] == together[2][1] == "B-PERS"
    assert together[0][11] == "B-LOC"  # موروني


def test_ner_shipped_model_multiplies_the_net_into_the_second_pass(ner_tagger, monkeypatch) -> None:
    import numpy as np

    from marsad.entities.ner.neural import LABELS

    assert ner_tagger.net is not None, "the shipped model directory should hold ner_net.npz"
    tokens = ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "."]
    assert any(t != "O" for t in ner_tagger.tag(tokens))
    # A net that is certain every token is O outweighs the CRF's scores: the tags follow it.
    certain = np.full(len(LABELS), -1e6)
    certain[LABELS.index("O")] = 0.0
    monkeypatch.setattr(
        ner_tagger.net, "log_probs", lambda sents: [np.tile(certain, (len(s), 1)) for s in sents]
    )
    assert ner_tagger.tag(tokens) == ["O"] * len(tokens)
    # The first pass alone never sees the net.
    assert any(t != "O" for t in ner_tagger.first_pass([tokens])[0])

"""``make_entity`` (perf18) builds an Entity slot by slot; it must give what the dataclass constructor
gives, and the linker and NER tagger that use it the same entities as with the constructor."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest

import marsad.entities.link
import marsad.entities.ner.tagger
from marsad.ingest import Failure, iter_inputs
from marsad.model import ENTITY_FIELDS, Entity, make_entity
from marsad.pipeline import Pipeline


def test_make_entity_fields_list_every_field_and_equal_the_constructor() -> None:
    assert tuple(f.name for f in dataclasses.fields(Entity)) == ENTITY_FIELDS
    full = ("صرح", 3, 9, "بوتين", "PER", "RUS:GOV", "RUS", "GOV", "president", 0.93)[1:]
    assert make_entity(*full) == Entity(**dict(zip(ENTITY_FIELDS, full, strict=True)))
    bare = make_entity(0, 5, "موسكو", "LOC")
    assert bare == Entity(start=0, end=5, text="موسكو", type="LOC")
    assert [getattr(bare, name) for name in ENTITY_FIELDS[4:]] == [None] * 5


def _old_make_entity(
    start, end, text, type, actor=None, country=None, sector=None, role=None, confidence=None
):
    return Entity(
        start=start, end=end, text=text, type=type, actor=actor, country=country, sector=sector, role=role,
        confidence=confidence,
    )  # fmt: skip


@pytest.fixture(scope="module")
def sample_articles():
    path = str(resources.files("marsad").joinpath("samples/ant_news_sample.jsonl"))
    return [a for a in iter_inputs([path]) if not isinstance(a, Failure)][:60]


def test_make_entity_gives_the_constructors_entities_on_the_sample_news(sample_articles, monkeypatch) -> None:
    import copy

    pipe = Pipeline.from_settings(upto="entities")
    new = [s.entities for a in sample_articles for s in pipe.run(copy.deepcopy(a)).stories]
    monkeypatch.setattr(marsad.entities.link, "make_entity", _old_make_entity)
    monkeypatch.setattr(marsad.entities.ner.tagger, "make_entity", _old_make_entity)
    old = [s.entities for a in sample_articles for s in pipe.run(copy.deepcopy(a)).stories]
    assert new == old
    flat = [e for es in new for e in es]
    assert len(flat) > 1_000 and all(type(e) is Entity for e in flat)
    assert any(e.actor for e in flat) and any(e.confidence is None for e in flat)  # linker and NER both

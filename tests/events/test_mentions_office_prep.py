"""``mentions._office_prep`` asks whether the definite word before a name belongs to an entity only where it
reads that (perf23): ``_mentions`` scanned the sentence's entities for every name first, quadratic in them. The
old form (the scan made by the caller and handed in as ``free``) is kept here and must answer alike on real news,
with the sentence's words as entities in every combination hypothesis draws."""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.mentions import (
    OFFICE_PREPOSITIONS,
    _lead_clitic,
    _office_prep,
    bare_key,
    office_words,
    strip_article,
)
from marsad.events.words import split_words
from marsad.model import Entity


def _old_office_prep(words, first: int, *, offices: frozenset[str], free: bool) -> str:
    # mentions._office_prep before perf23 (the caller's scan handed in as ``free``), its tail folded
    k = first - 1
    k -= (
        k >= 1
        and free
        and words[k].norm.lstrip("و").startswith("ال")
        and strip_article(words[k].norm) not in offices
    )
    if k < 0 or strip_article(words[k].norm) not in offices:
        return ""
    before = bare_key(words[k - 1]) if k >= 1 else ""
    return _lead_clitic(words[k]) or (before if before in OFFICE_PREPOSITIONS else "")


def _old(words, first: int, entities: list[Entity], offices: frozenset[str]) -> str:
    taken = any(e.start < words[first - 1].end and words[first - 1].start < e.end for e in entities)
    return _old_office_prep(words, first, offices=offices, free=not taken)


def _sentences() -> list[list]:
    path = resources.files("marsad") / "samples" / "ant_news_sample.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:80]]
    out = []
    for text in texts:
        for part in text.split("."):
            words = split_words(text, text.find(part), text.find(part) + len(part)) if part.strip() else []
            if len(words) >= 4:
                out.append(words)
    return out


SENTENCES = _sentences()
OFFICES = office_words()
# sentences where an office stands two words before a name, after a definite adjective (للرئيس الحالي X)
WITH_ADJECTIVE = [
    ws
    for ws in SENTENCES
    if any(
        strip_article(ws[k].norm) in OFFICES and ws[k + 1].norm.lstrip("و").startswith("ال")
        for k in range(len(ws) - 2)
    )
]


def _entity(w) -> Entity:
    return Entity(start=w.start, end=w.end, text=w.text, type="PERS")


def test_office_prep_equals_the_old_form_on_real_news() -> None:
    assert len(WITH_ADJECTIVE) >= 5
    found = differ = 0
    for words in SENTENCES:
        for entities in ([], [_entity(w) for w in words], [_entity(w) for w in words[::2]]):
            for first in range(1, len(words)):
                new = _office_prep(words, first, offices=OFFICES, entities=entities)
                assert new == _old(words, first, entities, OFFICES), (words[first].text, first)
                found += bool(new)
    for words in WITH_ADJECTIVE:
        # the adjective taken by an entity or free: the answer changes with it somewhere
        for first in range(2, len(words)):
            free = _office_prep(words, first, offices=OFFICES, entities=[])
            taken = _office_prep(words, first, offices=OFFICES, entities=[_entity(words[first - 1])])
            differ += free != taken
            # entities that touch the adjective's word without covering it leave it free
            before, after = words[first - 1].start, words[first - 1].end
            touching = [Entity(start=0, end=before, text=""), Entity(start=after, end=after + 5, text="")]
            assert _office_prep(words, first, offices=OFFICES, entities=touching) == free
    assert found >= 20 and differ >= 3


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_office_prep_equals_the_old_form_on_drawn_entities(data) -> None:
    words = data.draw(st.sampled_from(WITH_ADJECTIVE))
    picked = data.draw(st.lists(st.sampled_from(words), max_size=8))
    # entities over a word, over part of one, or across two words
    entities = [
        Entity(
            start=w.start + data.draw(st.integers(0, 1)), end=w.end + data.draw(st.integers(0, 8)), text=""
        )
        for w in picked
    ]
    for first in range(1, len(words)):
        assert _office_prep(words, first, offices=OFFICES, entities=entities) == _old(
            words, first, entities, OFFICES
        )

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.scoring import TagSpan, bio_spans, score


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PERS", "I-PERS", "O", "B-LOC"], [TagSpan(0, 2, "PERS"), TagSpan(3, 4, "LOC")]),
        (["I-ORG", "I-ORG"], [TagSpan(0, 2, "ORG")]),  # conlleval: a leading I- starts an entity
        (["B-LOC", "I-ORG"], [TagSpan(0, 1, "LOC"), TagSpan(1, 2, "ORG")]),
        (["B-LOC", "B-LOC"], [TagSpan(0, 1, "LOC"), TagSpan(1, 2, "LOC")]),
        (["O", "O"], []),
    ],
)
def test_scoring_bio_spans(tags: list[str], spans: list[TagSpan]) -> None:
    assert bio_spans(tags) == spans


def test_scoring_exact_span_and_type() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-LOC", "O"]]
    s = score(gold, pred)
    assert (s.micro.gold, s.micro.predicted, s.micro.correct) == (3, 3, 1)
    assert s.micro.f1 == pytest.approx(1 / 3)
    assert s.by_type["LOC"].precision == pytest.approx(0.5)
    assert s.by_type["ORG"].recall == 0.0
    assert "| micro | 3 |" in s.table()


def _bio_spans_every_tag(tags: list[str]) -> list[TagSpan]:
    """bio_spans as written before round 9: a loop step per tag, O included."""
    spans: list[TagSpan] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if not continues and start >= 0:
            spans.append(TagSpan(start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return spans


TAGS = st.sampled_from(
    ["O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG", "B-", "I", "X-LOC", "", "O-x"]
)


@given(st.one_of(st.lists(TAGS, max_size=40), st.lists(st.text(max_size=6), max_size=20)))
def test_scoring_bio_spans_equal_the_loop_over_every_tag(tags: list[str]) -> None:
    assert bio_spans(tags) == _bio_spans_every_tag(tags)

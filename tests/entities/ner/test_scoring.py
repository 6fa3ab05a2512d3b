from __future__ import annotations

import pytest

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

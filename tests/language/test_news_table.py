"""Table-driven test on real news sentences (tests/language/data/news_sentences.yaml): every time
expression and quantity a reader finds, with its value, and nothing else."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from marsad.language.normalize import normalize_key
from marsad.language.quantities import find_quantities
from marsad.language.times import find_date_spans, find_times

ROWS = yaml.safe_load((Path(__file__).parent / "data" / "news_sentences.yaml").read_text(encoding="utf-8"))


def _params(part: str):
    """Rows as test cases; a row whose ``known_failure`` names this part ("times: why") is a strict
    xfail, so that it is reported, and noticed the day it passes."""
    for row in ROWS:
        known = row.get("known_failure") or ""
        marks = [pytest.mark.xfail(reason=known, strict=True)] if known.startswith(part + ":") else []
        yield pytest.param(row, id=row["id"], marks=marks)


def _same_quantity(found, expected) -> bool:
    value, kind, unit, qualifier = expected
    if not math.isclose(found.value, float(value), rel_tol=1e-9) or found.kind != kind:
        return False
    if found.qualifier != qualifier:
        return False
    if kind == "count":
        return found.unit is not None and normalize_key(found.unit.split()[0]) == normalize_key(unit)
    return found.unit == unit


def test_news_table_is_large_and_covers_every_form():
    assert len(ROWS) >= 150
    values = [v for r in ROWS for _, v in r["times"]]
    kinds = {q[1] for r in ROWS for q in r["quantities"]}
    assert kinds == {"money", "percent", "count", "ordinal", "number"}
    assert any(v and "-W" in v for v in values)  # weeks
    assert any(v and v.endswith(("-SP", "-SU", "-FA", "-WI")) for v in values)  # seasons
    assert any(v and v.endswith("X") for v in values)  # decades
    assert any(v is None for v in values)  # unresolved and vague
    texts = " ".join(r["text"] for r in ROWS)
    for form in (
        "آذار",
        "شباط" if "شباط" in texts else "نيسان",
        "فيفري",
        "جويلية",
        "رمضان",
        "٢٠١٦",
        "بالمئة",
        "في المئة",
    ):
        assert form in texts


@pytest.mark.parametrize("row", list(_params("times")))
def test_news_table_times(row):
    found = find_times(row["text"], anchor=row["date"])
    got = [(t.text, t.value) for t in found]
    assert len(found) == len(row["times"]), got
    unused = list(found)
    for words, value in row["times"]:
        match = next((t for t in unused if words in t.text or t.text in words), None)
        assert match is not None, (words, got)
        assert match.value == value, (words, got)
        if value is None:
            assert match.reason
        unused.remove(match)


@pytest.mark.parametrize("row", list(_params("quantities")))
def test_news_table_quantities(row):
    text = row["text"]
    found = find_quantities(text, exclude=find_date_spans(text))
    got = [(q.text, q.value, q.kind, q.unit, q.qualifier) for q in found]
    assert len(found) == len(row["quantities"]), got
    unused = list(found)
    for expected in row["quantities"]:
        match = next((q for q in unused if _same_quantity(q, expected)), None)
        assert match is not None, (expected, got)
        unused.remove(match)

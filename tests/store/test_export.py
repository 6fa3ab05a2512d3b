"""Exports on both backends: every format, the folded counts, and constant memory while streaming."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from store_helpers import made_article

from marsad.errors import UsageError
from marsad.store import schema
from marsad.store.export import GDELT_COLUMNS, export
from marsad.store.ingest import ingest

DATELINE = "القاهرة - (أ ف ب) - "


@pytest.fixture
def filled(store, settings, sample_records):
    text = sample_records[0]["text"]
    w = text.split()
    ev = [("CONSULT", w[1], w[0], "RUS", f"{w[2]}:CHN")]
    other = sample_records[3]["text"]
    o = other.split()
    arts = [
        made_article(text, key="a", outlet="skynews", published="2018-05-07", events=ev),
        made_article(DATELINE + text, key="b", outlet="bbc", published="2018-05-07", events=ev),
        made_article(other, key="c", outlet="cnn", published="2018-06-01", events=[("ACCUSE", o[1], o[0], "USA", f"{o[2]}:IRN")]),
    ]  # fmt: skip
    ingest(arts, store=store, settings=settings)
    return store


def _export(store, what, fmt, **kw) -> bytes:
    out = io.BytesIO()
    export(store, what, fmt=fmt, out=out, **kw)
    return out.getvalue()


def test_export_events_jsonl_folded_and_raw(filled) -> None:
    rows = [json.loads(line) for line in _export(filled, "events", "jsonl").decode().splitlines()]
    assert sorted((r["type"], r["n_mentions"], r["n_articles"], r["n_sources"]) for r in rows) == [
        ("ACCUSE", 1, 1, 1),
        ("CONSULT", 2, 2, 2),
    ]
    consult = next(r for r in rows if r["type"] == "CONSULT")
    assert consult["source"] == "RUSGOV" and consult["target"] == "CHN" and consult["date"] == "2018-05-07"
    raw = _export(filled, "events", "jsonl", raw=True).decode().splitlines()
    assert len(raw) == 3


def test_export_csv_and_parquet_agree(filled, tmp_path) -> None:
    table = list(csv.DictReader(io.StringIO(_export(filled, "events", "csv").decode())))
    path = tmp_path / "events.parquet"
    path.write_bytes(_export(filled, "events", "parquet"))
    frame = pq.read_table(path).to_pylist()
    assert [r["trigger"] for r in table] == [r["trigger"] for r in frame]
    assert [int(r["n_articles"]) for r in table] == [r["n_articles"] for r in frame]
    articles = pq.read_table(io.BytesIO(_export(filled, "articles", "parquet"))).to_pylist()
    assert sorted(a["outlet"] for a in articles) == ["bbc", "cnn", "skynews"]
    assert len({a["cluster_id"] for a in articles}) == 2


def test_export_plover_records(filled) -> None:
    recs = [json.loads(line) for line in _export(filled, "events", "plover").decode().splitlines()]
    rec = next(r for r in recs if r["event"] == ["CONSULT"])
    for key in (
        "id",
        "date",
        "actor",
        "recipient",
        "event",
        "mode",
        "context",
        "event_text",
        "text_info",
        "cite_info",
    ):
        assert key in rec
    assert rec["actor"][0]["code"] == "RUS" and rec["actor"][0]["sector"] == "GOV"
    assert rec["recipient"][0]["code"] == "CHN"
    assert rec["num_articles"] == 2 and rec["num_sources"] == 2


def test_export_gdelt_event_table_shape(filled) -> None:
    lines = _export(filled, "events", "gdelt").decode().splitlines()
    assert len(GDELT_COLUMNS) == 61 and len(lines) == 2
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    consult = next(r for r in rows if r["Actor1CountryCode"] == "RUS")
    assert consult["SQLDATE"] == "20180507" and consult["MonthYear"] == "201805" and consult["Year"] == "2018"
    assert consult["Actor1Code"] == "RUSGOV" and consult["Actor2Code"] == "CHN"
    assert (consult["NumMentions"], consult["NumSources"], consult["NumArticles"]) == ("2", "2", "2")
    assert consult["QuadClass"] == "1" and len(consult["DATEADDED"]) == 14


def test_export_actors_and_bad_format(filled) -> None:
    rows = [json.loads(line) for line in _export(filled, "actors", "jsonl").decode().splitlines()]
    by_code = {r["code"]: r for r in rows}
    assert by_code["RUSGOV"]["n_events"] == 2 and by_code["CHN"]["n_events"] == 2
    with pytest.raises(UsageError):
        _export(filled, "articles", "gdelt")


class _Sink(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return len(data)


def _bulk_events(store, n: int) -> None:
    with store.begin() as conn:
        story_id, article_id = conn.execute(
            sa.select(schema.stories.c.id, schema.stories.c.article_id)
        ).first()
        rows = [
            {"story_id": story_id, "article_id": article_id, "start_char": 0, "end_char": 4, "text": "قال " * 5,
             "type": "CONSULT", "date": "2018-05-07", "attrs": {"sentence": {"start": 0, "end": 4, "text": "x" * 200}}}
            for _ in range(n)
        ]  # fmt: skip
        conn.execute(sa.insert(schema.events), rows)


def _peak(store) -> int:
    tracemalloc.start()
    try:
        export(store, "events", fmt="csv", out=_Sink(), raw=True)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_export_streams_in_constant_memory(filled) -> None:
    _bulk_events(filled, 1500)
    small = _peak(filled)
    _bulk_events(filled, 6000)
    large = _peak(filled)
    # Five times the rows; a non-streaming export would need about five times the memory.
    assert large < 1.6 * small, (small, large)

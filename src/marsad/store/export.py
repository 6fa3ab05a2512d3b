"""Streaming exports of events, articles and actors: CSV, JSON Lines, Parquet, PLOVER JSON, GDELT TSV.

Rows are read with ``yield_per`` (a server-side cursor on PostgreSQL; SQLite's cursor is lazy anyway)
and written as they come, in chunks of :data:`CHUNK` rows, so memory stays flat however many rows there
are (Parquet gets one row group per chunk).

``events`` exports one row per *folded* event (the same event reported by several articles of a story
cluster counts once, with ``n_mentions``/``n_articles``/``n_sources``), described by its first mention;
``--raw`` gives one row per mention. ``plover`` writes JSON Lines with the field names of the PLOVER
manual's data chapter as POLECAT publishes them (``id``, ``date``, ``event``, ``mode``, ``context``,
``actor``/``recipient`` entity lists with ``code``/``sector``/``entity_text``, ``event_text``,
``quad_code``, ``event_scale``, ``text_info``, ``cite_info`` ...); ``gdelt`` writes the 61 tab-separated
columns of the GDELT 2.0 event table (no header line, as GDELT ships it).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from enum import StrEnum
from typing import IO, Any

import sqlalchemy as sa

import marsad
from marsad.errors import UsageError
from marsad.store import schema
from marsad.store.db import Store
from marsad.store.write import actor_code

CHUNK = 1000


class What(StrEnum):
    events = "events"
    articles = "articles"
    actors = "actors"


class Format(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    plover = "plover"
    gdelt = "gdelt"


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code",
    )),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportStats:
    rows: int


# -- row producers ------------------------------------------------------------------------------------


def _stream(conn: sa.Connection, stmt: sa.Select) -> Iterator[list[sa.Row]]:
    result = conn.execution_options(yield_per=CHUNK).execute(stmt)
    yield from result.partitions()


def _participants(conn: sa.Connection, event_ids: list[int]) -> dict[int, dict[str, list[dict[str, Any]]]]:
    p = schema.participants
    out: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: {"source": [], "target": []})
    rows = conn.execute(
        sa.select(
            p.c.event_id, p.c.role, p.c.text, p.c.country, p.c.sector, p.c.actor, p.c.start_char, p.c.end_char
        )
        .where(p.c.event_id.in_(event_ids))
        .order_by(p.c.event_id, p.c.role, p.c.position)
    )
    for eid, role, text, country, sector, actor, start, end in rows:
        out[eid][role].append(
            {"text": text, "country": country, "sector": sector, "actor": actor, "start": start, "end": end}
        )
    return out


def event_rows(conn: sa.Connection, *, raw: bool = False) -> Iterator[dict[str, Any]]:
    """One dict per folded event (or per mention with ``raw``), in id order."""
    e, s, a, f, c = schema.events, schema.stories, schema.articles, schema.folds, schema.clusters
    cols = [
        e.c.id.label("event_id"), e.c.type, e.c.mode, e.c.cameo, e.c.quad, e.c.score, e.c.date.label("event_date"),
        e.c.modality, e.c.confidence, e.c.text.label("trigger"), e.c.start_char, e.c.end_char, e.c.attrs,
        s.c.date.label("story_date"), s.c.id.label("story_id"),
        a.c.id.label("article_id"), a.c.url, a.c.outlet, a.c.source, a.c.ingested_at, a.c.cluster_id,
    ]  # fmt: skip
    base = e.join(s, s.c.id == e.c.story_id).join(a, a.c.id == e.c.article_id)
    if raw:
        stmt = sa.select(*cols, e.c.fold_id).select_from(base).order_by(e.c.id)
    else:
        stmt = (
            sa.select(
                *cols,
                f.c.id.label("fold_id"),
                f.c.n_mentions,
                f.c.n_articles,
                f.c.n_sources,
                f.c.date.label("fold_date"),
            )
            .select_from(f.join(base, e.c.id == f.c.first_event_id).join(c, c.c.id == f.c.cluster_id))
            .order_by(f.c.id)
        )
    for part in _stream(conn, stmt):
        sides = _participants(conn, [r.event_id for r in part])
        for r in part:
            row = r._asdict()
            side = sides.get(r.event_id, {"source": [], "target": []})
            row["sources"], row["targets"] = side["source"], side["target"]
            if raw:
                row.setdefault("n_mentions", 1)
                row.setdefault("n_articles", 1)
                row.setdefault("n_sources", 1)
            row["date"] = (row.get("fold_date") or r.event_date or r.story_date or "")[:10] or None
            sentence = (r.attrs or {}).get("sentence")
            row["sentence"] = sentence["text"] if sentence else None
            row["sentence_start"] = sentence["start"] if sentence else None
            row["sentence_end"] = sentence["end"] if sentence else None
            yield row


def _codes(side: list[dict[str, Any]]) -> str:
    return ";".join(
        actor_code(actor=p["actor"], country=p["country"], sector=p["sector"]) or "" for p in side
    )


def flat_event(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["fold_id"] if row.get("fold_id") is not None else row["event_id"],
        "event_id": row["event_id"],
        "date": row["date"],
        "type": row["type"],
        "mode": row["mode"],
        "cameo": row["cameo"],
        "quad": row["quad"],
        "score": row["score"],
        "modality": row["modality"],
        "source": _codes(row["sources"]),
        "source_text": " | ".join(p["text"] for p in row["sources"]),
        "target": _codes(row["targets"]),
        "target_text": " | ".join(p["text"] for p in row["targets"]),
        "trigger": row["trigger"],
        "start": row["start_char"],
        "end": row["end_char"],
        "sentence": row["sentence"],
        "n_mentions": row["n_mentions"],
        "n_articles": row["n_articles"],
        "n_sources": row["n_sources"],
        "cluster_id": row["cluster_id"],
        "article_id": row["article_id"],
        "story_id": row["story_id"],
        "outlet": row["outlet"],
        "url": row["url"],
    }


def plover_event(row: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER/POLECAT JSON record (PLOVER manual ch. 6: tables 6.1-6.5)."""

    def entity(p: dict[str, Any]) -> dict[str, Any]:
        return {
            "code": p["country"] or (p["actor"] if not p["country"] else None),
            "sector": p["sector"],
            "entity_text": p["text"],
            "identifier_id": p["actor"],
            "text_info": {"start": p["start"], "end": p["end"]},
        }

    location = (row["attrs"] or {}).get("location")
    return {
        "id": f"marsad-{row['fold_id'] if row.get('fold_id') is not None else row['event_id']}",
        "has_event": True,
        "date": row["date"],
        "actor": [entity(p) for p in row["sources"]],
        "recipient": [entity(p) for p in row["targets"]],
        "event": [row["type"]],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": [],
        "event_text": [row["trigger"]],
        "event_loc": {
            "placename": location.get("text"),
            "country": location.get("country"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
        }
        if location
        else None,
        "quad_code": row["quad"],
        "event_scale": row["score"],
        "text": row["sentence"],
        "text_info": {
            "start": row["start_char"],
            "end": row["end_char"],
            "sentence_start": row["sentence_start"],
            "sentence_end": row["sentence_end"],
            "story_id": row["story_id"],
        },
        "cite_info": {"corpus": row["outlet"] or row["source"], "url": row["url"]},
        "coder": f"marsad {marsad.__version__}",
        "coded_date": (row["ingested_at"] or "")[:10] or None,
        "num_mentions": row["n_mentions"],
        "num_articles": row["n_articles"],
        "num_sources": row["n_sources"],
        "language": "ar",
    }


def gdelt_event(row: dict[str, Any]) -> list[str]:
    """The 61 columns of a GDELT 2.0 event-table row (empty where marsad has no value)."""
    day = row["date"] or ""
    sqldate = day.replace("-", "") if len(day) == 10 else ""
    fraction = ""
    if sqldate:
        d = Date.fromisoformat(day)
        fraction = f"{d.year + (d.timetuple().tm_yday / 365):.4f}"

    def actor(side: list[dict[str, Any]]) -> list[str]:
        if not side:
            return [""] * 10
        p = side[0]
        code = actor_code(actor=None, country=p["country"], sector=p["sector"]) or ""
        return [code, p["text"], p["country"] or "", "", "", "", "", p["sector"] or "", "", ""]

    cameo = row["cameo"] or ""
    location = (row["attrs"] or {}).get("location") or {}
    action_geo = ["", "", "", "", "", "", "", ""]
    if location:
        action_geo = [
            "1" if location.get("country") and location.get("lat") is None else "4",
            location.get("text") or "",
            location.get("country") or "",
            "",
            "",
            "" if location.get("lat") is None else str(location["lat"]),
            "" if location.get("lon") is None else str(location["lon"]),
            "",
        ]
    added = (row["ingested_at"] or "").replace("-", "").replace("T", "").replace(":", "")[:14]
    out = [
        str(row["fold_id"] if row.get("fold_id") is not None else row["event_id"]),
        sqldate,
        sqldate[:6],
        sqldate[:4],
        fraction,
        *actor(row["sources"]),
        *actor(row["targets"]),
        "1",
        cameo,
        cameo[:3],
        cameo[:2],
        "" if row["quad"] is None else str(row["quad"]),
        "" if row["score"] is None else str(row["score"]),
        str(row["n_mentions"]),
        str(row["n_sources"]),
        str(row["n_articles"]),
        "",
        *([""] * 8),
        *([""] * 8),
        *action_geo,
        added,
        row["url"] or row["source"],
    ]
    return [v.replace("\t", " ").replace("\n", " ") for v in out]


def article_rows(conn: sa.Connection) -> Iterator[dict[str, Any]]:
    a, s, c = schema.articles, schema.stories, schema.clusters
    n_events = (
        sa.select(sa.func.count())
        .select_from(schema.events)
        .where(schema.events.c.article_id == a.c.id)
        .scalar_subquery()
    )
    stmt = (
        sa.select(
            a.c.id,
            a.c.doc_id,
            a.c.date,
            a.c.outlet,
            a.c.url,
            a.c.source,
            a.c.title,
            a.c.author,
            a.c.cluster_id,
            c.c.size.label("cluster_size"),
            n_events.label("n_events"),
            s.c.text,
            a.c.pipeline_version,
            a.c.ingested_at,
        )
        .select_from(
            a.outerjoin(c, c.c.id == a.c.cluster_id).outerjoin(
                s, sa.and_(s.c.article_id == a.c.id, s.c.position == 0)
            )
        )
        .order_by(a.c.id)
    )
    for part in _stream(conn, stmt):
        for r in part:
            yield r._asdict()


def actor_rows(conn: sa.Connection) -> Iterator[dict[str, Any]]:
    t, m, p = schema.actors, schema.mentions, schema.participants
    n_mentions = sa.select(sa.func.count()).select_from(m).where(m.c.actor_id == t.c.id).scalar_subquery()
    n_events = (
        sa.select(sa.func.count(sa.distinct(p.c.event_id)))
        .select_from(p)
        .where(p.c.actor_id == t.c.id)
        .scalar_subquery()
    )
    stmt = sa.select(
        t.c.id,
        t.c.code,
        t.c.country,
        t.c.sector,
        t.c.name,
        n_mentions.label("n_mentions"),
        n_events.label("n_events"),
    ).order_by(t.c.id)
    for part in _stream(conn, stmt):
        for r in part:
            yield r._asdict()


# -- writers -------------------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def export(
    store: Store,
    what: What | str,
    *,
    fmt: Format | str,
    out: IO[bytes],
    raw: bool = False,
) -> ExportStats:
    """Write every ``what`` row to the binary stream ``out`` in ``fmt``; returns how many rows."""
    what, fmt = What(what), Format(fmt)
    if fmt in (Format.plover, Format.gdelt) and what != What.events:
        raise UsageError(f"--format {fmt} exports events only")
    n = 0
    with store.connect() as conn:
        if what == What.events:
            rows: Iterator[dict[str, Any]] = event_rows(conn, raw=raw)
            if fmt == Format.plover:
                rows = map(plover_event, rows)
            elif fmt != Format.gdelt:
                rows = map(flat_event, rows)
        elif what == What.articles:
            rows = article_rows(conn)
        else:
            rows = actor_rows(conn)
        text = (
            io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
            if fmt != Format.parquet
            else None
        )
        try:
            if fmt == Format.gdelt:
                for row in rows:
                    text.write("\t".join(gdelt_event(row)) + "\n")  # type: ignore[union-attr]
                    n += 1
            elif fmt in (Format.jsonl, Format.plover):
                for row in rows:
                    text.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")  # type: ignore[union-attr]
                    n += 1
            elif fmt == Format.csv:
                writer = None
                for row in rows:
                    if writer is None:
                        writer = csv.DictWriter(text, fieldnames=list(row))  # type: ignore[arg-type]
                        writer.writeheader()
                    writer.writerow(row)
                    n += 1
            else:
                n = _parquet(rows, out)
        finally:
            if text is not None:
                text.flush()
                text.detach()
    return ExportStats(rows=n)


_INT_COLUMNS = frozenset(
    {"id", "event_id", "quad", "start", "end", "n_mentions", "n_articles", "n_sources", "cluster_id",
     "article_id", "story_id", "cluster_size", "n_events"}
)  # fmt: skip
_FLOAT_COLUMNS = frozenset({"score", "confidence"})


def _arrow_schema(names: list[str]) -> Any:
    """Column types by name: inferring them from the first chunk fails when it holds only nulls."""
    import pyarrow as pa

    def kind(name: str) -> Any:
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([(name, kind(name)) for name in names])


def _parquet(rows: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    n = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        if not chunk:
            return
        if writer is None:
            writer = pq.ParquetWriter(out, _arrow_schema(list(chunk[0])))
        writer.write_table(pa.Table.from_pylist(chunk, schema=writer.schema))
        chunk.clear()

    for row in rows:
        chunk.append(row)
        n += 1
        if len(chunk) >= CHUNK:
            flush()
    flush()
    if writer is not None:
        writer.close()
    return n

"""``--engine dask``: the same pipeline on a dask.distributed cluster.

The client (the machine running ``marsad ingest``) reads the inputs, skips what the store already has,
and submits chunks of articles to the cluster's workers; each worker runs the very same
:func:`marsad.store.ingest.prepare_chunk` as a local worker process (the pipeline is built once per worker
process and kept). Results come back to the client, which writes them in batched transactions exactly as
a local run does, so crash safety, deduplication and folding are identical. With ``--parquet DIR`` each
worker also writes its chunk's articles and events as Parquet files partitioned by date
(``DIR/articles/date=YYYY-MM-DD/*.parquet``, ``DIR/events/date=.../*.parquet``) on storage the workers
share (a network file system or an object store path that pyarrow understands).

Dask's scheduler runs its own backpressure; we still keep only a few chunks per worker in flight, so the
client's memory stays bounded however large the input.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.errors import UsageError
from marsad.ingest import Failure
from marsad.model import Article
from marsad.settings import Settings
from marsad.store.db import Store
from marsad.store.ingest import IngestSummary, ingest

if TYPE_CHECKING:
    from marsad.store.ingest import Prepared

log = logging.getLogger(__name__)


def ingest_dask(
    items: Iterable[Article | Failure],
    *,
    store: Store,
    scheduler: str,
    settings: Settings | None = None,
    reprocess: bool = False,
    parquet_dir: str | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    connect_timeout: float = 20.0,
) -> IngestSummary:
    """Ingest ``items`` with the pipeline running on the dask cluster at ``scheduler``."""
    try:
        from distributed import Client
    except ImportError as exc:  # the [dask] extra is optional
        raise UsageError("--engine dask needs dask[distributed]: pip install 'marsad[dask]'") from exc
    try:
        client = Client(scheduler, timeout=f"{connect_timeout}s")
    except OSError as exc:
        raise UsageError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from exc
    with client:
        workers = max(1, sum(client.nthreads().values()))
        log.info("dask cluster at %s: %d worker threads", scheduler, workers)
        return ingest(
            items,
            store=store,
            settings=settings,
            workers=workers,
            executor=_DaskSubmitter(client),
            engine="dask",
            reprocess=reprocess,
            parquet_dir=parquet_dir,
            progress=progress,
        )


class _DaskSubmitter:
    """``submit`` with ``pure=False``: the same chunk submitted twice must run twice, not be cached."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        return self.client.submit(fn, *args, pure=False, **kwargs)


ARTICLE_COLUMNS = ("content_hash", "doc_id", "outlet", "url", "source", "title", "text")
EVENT_COLUMNS = ("content_hash", "story", "type", "mode", "source", "target", "trigger", "start", "end")


def write_parquet_partition(prepared: list[Prepared], *, directory: str) -> None:
    """Write one chunk's articles and events under ``directory``, partitioned by date."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    articles: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for item in prepared:
        art = item.article
        main = art.main or (art.stories[0] if art.stories else None)
        day = (main.date if main else None) or "unknown"
        articles.append(
            {
                "content_hash": item.content_hash,
                "doc_id": art.id,
                "date": day,
                "outlet": art.outlet,
                "url": art.url,
                "source": art.source,
                "title": main.title if main else None,
                "text": main.text if main else None,
            }
        )
        for story in art.stories:
            for ev in story.events:
                events.append(
                    {
                        "content_hash": item.content_hash,
                        "story": story.id,
                        "date": (ev.date or story.date or "unknown")[:10],
                        "type": ev.type,
                        "mode": ev.mode,
                        "source": ";".join(p.country or p.actor or p.text for p in ev.source),
                        "target": ";".join(p.country or p.actor or p.text for p in ev.target),
                        "trigger": ev.text,
                        "start": ev.start,
                        "end": ev.end,
                    }
                )
    # Explicit column types: a chunk whose outlet (say) is always None would otherwise write a column of
    # type null, and readers of the whole dataset could not unify it with the other chunks' strings.
    schemas = {
        "articles": pa.schema([(k, pa.string()) for k in ARTICLE_COLUMNS]),
        "events": pa.schema(
            [(k, pa.int64() if k in ("start", "end") else pa.string()) for k in EVENT_COLUMNS]
        ),
    }
    part = uuid.uuid4().hex
    for name, rows in (("articles", articles), ("events", events)):
        by_day: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_day.setdefault(row.pop("date"), []).append(row)
        for day, day_rows in by_day.items():
            # Hive layout written by hand (date=YYYY-MM-DD/part-<uuid>.parquet) rather than with
            # pq.write_to_dataset: workers write the same partitions at once, and os.makedirs(exist_ok=True)
            # plus a file name unique to this chunk cannot race.
            folder = Path(directory) / name / f"date={day}"
            folder.mkdir(parents=True, exist_ok=True)
            table = pa.Table.from_pylist(day_rows, schema=schemas[name])
            pq.write_table(table, str(folder / f"part-{part}.parquet"))

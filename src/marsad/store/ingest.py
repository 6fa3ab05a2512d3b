"""Incremental, crash-safe ingest: inputs -> pipeline in worker processes -> batched transactions.

Flow: readers yield articles (or :class:`~marsad.ingest.Failure` for an input that could not be read);
each article's content hash is looked up, and an article already stored by the same pipeline version
and settings is skipped before any work is spent on it. The rest go to workers in small chunks; each
worker runs the pipeline and also computes what the writer would otherwise spend CPU on (search terms,
MinHash signature), so the single writer only inserts. Results are written ``[store] batch_size``
articles per transaction, together with the run's counters, the cluster assignment and the folded
events, each article under its own savepoint so one bad article is rejected alone.

Why this is crash-safe: a transaction commits whole or not at all (SQLite WAL, PostgreSQL), every
article is keyed by its unique content hash, and nothing outside a transaction marks an article done.
A run killed at any moment (SIGKILL included) leaves whole batches; the next run skips them by hash and
does the rest, so nothing is duplicated and nothing lost.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any, Protocol

import sqlalchemy as sa

import marsad
from marsad.ingest import Failure
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.store import schema
from marsad.store.db import Store
from marsad.store.dedupe import Deduper, SignedArticle, recount, refold, signature_text
from marsad.store.search import search_terms
from marsad.store.write import ActorCache, ArticleRecord, actors_of, insert_article

log = logging.getLogger(__name__)

#: Articles per task sent to a worker: small enough that the last tasks of a run end close together,
#: large enough that sending them costs little.
CHUNK = 8

#: Settings sections that do not change what the pipeline produces (so changing them never reprocesses).
_NOT_ANALYSIS = ("store",)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(article: Article) -> str:
    """SHA-256 of the page as read: the idempotence key (the same bytes from two paths are one article)."""
    basis = article.raw if article.raw else json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def settings_hash(settings: Settings) -> str:
    relevant = {k: v for k, v in settings.data.items() if k not in _NOT_ANALYSIS}
    return hashlib.sha256(json.dumps(relevant, sort_keys=True, default=str).encode()).hexdigest()[:16]


def pipeline_version(settings: Settings) -> str:
    stages = ",".join(settings.get("pipeline.stages", []))
    return f"marsad {marsad.__version__} [{stages}]"


@dataclass(frozen=True, slots=True)
class Pending:
    article: Article
    content_hash: str
    replace: bool = False


@dataclass(frozen=True, slots=True)
class Prepared:
    """A processed article with what the writer needs, computed in the worker."""

    article: Article
    content_hash: str
    replace: bool
    search_terms: list[str]
    minhash: bytes | None


@dataclass(frozen=True, slots=True)
class Rejected:
    source: str
    reason: str


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    run_id: int
    read: int = 0
    """Articles read (inputs that could not be read at all are counted in ``unreadable``)."""
    unreadable: int = 0
    new: int = 0
    skipped: int = 0
    reprocessed: int = 0
    failed: int = 0
    outdated: int = 0
    """Articles skipped although stored by another pipeline version or settings (use --reprocess)."""
    seconds: float = 0.0
    failures: list[Rejected] = field(default_factory=list)
    interrupted: str | None = None

    @property
    def per_second(self) -> float:
        return (self.new + self.reprocessed) / self.seconds if self.seconds else 0.0


class Submitter(Protocol):
    """What ingest needs of an executor: concurrent.futures executors and dask's Client both fit."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]: ...


@dataclass
class _Worker:
    pipeline: Pipeline
    deduper: Deduper
    keep_tokens: bool


@functools.lru_cache(maxsize=4)
def _worker(settings_json: str) -> _Worker:
    # One pipeline per worker process (and per settings), loaded on first use and kept: models load once.
    settings = Settings(json.loads(settings_json))
    return _Worker(
        Pipeline.from_settings(settings),
        Deduper.from_settings(settings),
        bool(settings.get("store.tokens", False)),
    )


def prepare_chunk(
    settings_json: str, chunk: list[Pending], parquet_dir: str | None = None
) -> list[Prepared | Rejected]:
    """Run the pipeline over a chunk (in a worker); a failing article is rejected alone."""
    worker = _worker(settings_json)
    out: list[Prepared | Rejected] = []
    for item in chunk:
        try:
            article = worker.pipeline.run(item.article)
            if not worker.keep_tokens:
                # Tokens are not stored (``[store] tokens``); not sending them back halves what a worker
                # pickles and the writer unpickles.
                for story in article.stories:
                    story.tokens = []
            terms = [search_terms(f"{s.title or ''}\n{s.text}") for s in article.stories]
            main = article.main or (article.stories[0] if article.stories else None)
            minhash = worker.deduper.signature_bytes(signature_text(main.title, main.text)) if main else None
            out.append(Prepared(article, item.content_hash, item.replace, terms, minhash))
        except Exception as exc:  # any stage bug must not take the batch down; the article is named
            log.warning("%s: pipeline failed: %s", item.article.source, exc)
            out.append(Rejected(item.article.source, f"E-PIPELINE: {type(exc).__name__}: {exc}"))
    if parquet_dir:
        from marsad.store.distributed import write_parquet_partition

        write_parquet_partition([p for p in out if isinstance(p, Prepared)], directory=parquet_dir)
    return out


class _LazyPool:
    """A process pool started on the first task: a rerun with nothing new spawns no process."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if self.pool is None:
            # spawn, not fork: the parent holds database connections and threads that must not be copied.
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self.pool.submit(fn, *args, **kwargs)

    def shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class _Inline:
    """Runs tasks in this process (``--workers 0/1``), with the executor interface."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except Exception as exc:
            fut.set_exception(exc)
        return fut


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Ingester:
    """One ingest run into ``store``. Use :func:`ingest` unless you need the pieces."""

    def __init__(
        self,
        store: Store,
        *,
        settings: Settings,
        reprocess: bool = False,
        engine: str = "local",
        version: str | None = None,
        progress: Callable[[IngestSummary], None] | None = None,
        pause: float = 0.0,
    ) -> None:
        self.store = store
        self.settings = settings
        self.reprocess = reprocess
        self.version = version or pipeline_version(settings)
        self.settings_hash = settings_hash(settings)
        self.batch_size = max(1, int(settings.get("store.batch_size", 200)))
        self.tokens = bool(settings.get("store.tokens", False))
        self._deduper: Deduper | None = None
        self.progress = progress
        self.pause = pause
        self.seen: set[str] = set()
        with store.begin() as conn:
            run_id = conn.execute(
                sa.insert(schema.runs)
                .values(
                    started_at=now(),
                    pipeline_version=self.version,
                    settings_hash=self.settings_hash,
                    stages=list(settings.get("pipeline.stages", [])),
                    engine=engine,
                    status="running",
                    n_read=0,
                    n_new=0,
                    n_skipped=0,
                    n_failed=0,
                    n_reprocessed=0,
                )
                .returning(schema.runs.c.id)
            ).scalar_one()
        self.summary = IngestSummary(run_id=run_id)
        self._pending_counts = {"read": 0, "skipped": 0, "failed": 0}

    @property
    def deduper(self) -> Deduper:
        # Built on the first write: a rerun with nothing new never pays for datasketch's start-up.
        if self._deduper is None:
            self._deduper = Deduper.from_settings(self.settings)
        return self._deduper

    # -- reading side -------------------------------------------------------------------------------
    def classify(self, window: list[Article | Failure]) -> list[Pending]:
        """Drop what is already stored; name what could not be read."""
        arts = [x for x in window if not isinstance(x, Failure)]
        for item in window:
            if isinstance(item, Failure):
                self.summary.unreadable += 1
                self._fail(item.source, str(item.error))
        hashes = {id(a): content_hash(a) for a in arts}
        known = self._known(set(hashes.values()))
        todo = []
        for art in arts:
            self._pending_counts["read"] += 1
            self.summary.read += 1
            h = hashes[id(art)]
            if h in self.seen:
                self._skip()
                continue
            self.seen.add(h)
            if h in known:
                current = known[h] == (self.version, self.settings_hash)
                if current or not self.reprocess:
                    self._skip()
                    self.summary.outdated += 0 if current else 1
                    continue
                todo.append(Pending(art, h, replace=True))
            else:
                todo.append(Pending(art, h))
        return todo

    def _known(self, hashes: set[str]) -> dict[str, tuple[str, str]]:
        a = schema.articles
        out: dict[str, tuple[str, str]] = {}
        ordered = sorted(hashes)
        with self.store.connect() as conn:
            for i in range(0, len(ordered), 500):
                q = sa.select(a.c.content_hash, a.c.pipeline_version, a.c.settings_hash).where(
                    a.c.content_hash.in_(ordered[i : i + 500])
                )
                out.update({h: (v, s) for h, v, s in conn.execute(q)})
        return out

    def _skip(self) -> None:
        self.summary.skipped += 1
        self._pending_counts["skipped"] += 1

    def _fail(self, source: str, reason: str) -> None:
        log.warning("%s", reason if reason.startswith(source) else f"{source}: {reason}")
        self.summary.failed += 1
        self.summary.failures.append(Rejected(source, reason))
        self._pending_counts["failed"] += 1

    # -- writing side -------------------------------------------------------------------------------
    def write(self, results: list[Prepared | Rejected]) -> None:
        """One transaction: the batch's articles, their clusters and folds, and the run's counters.

        Tried first without savepoints (two round trips fewer per article); if the database refuses
        anything, the whole transaction rolls back and the batch is written again with one savepoint per
        article, so only the refused article is left out.
        """
        try:
            new, reprocessed, failed_here = self._write(results, savepoints=False)
        except sa.exc.SQLAlchemyError as exc:
            log.info("batch refused (%s); writing it again article by article", type(exc).__name__)
            new, reprocessed, failed_here = self._write(results, savepoints=True)
        self._pending_counts = {"read": 0, "skipped": 0, "failed": 0}
        for rej in failed_here:
            self.summary.failed += 1
            self.summary.failures.append(rej)
            log.warning("%s: %s", rej.source, rej.reason)
        self.summary.new += new
        self.summary.reprocessed += reprocessed
        if self.progress:
            self.progress(self.summary)
        if self.pause:
            time.sleep(self.pause)

    def _write(
        self, results: list[Prepared | Rejected], *, savepoints: bool
    ) -> tuple[int, int, list[Rejected]]:
        a = schema.articles
        new = reprocessed = 0
        failed_here: list[Rejected] = [r for r in results if isinstance(r, Rejected)]
        stamp = now()
        with self.store.begin() as conn:
            actors = ActorCache()
            wanted: dict[str, tuple[str | None, str | None, str]] = {}
            for item in results:
                if isinstance(item, Prepared):
                    for code, info in actors_of(item.article).items():
                        wanted.setdefault(code, info)
            actors.prefetch(conn, wanted)
            signed: list[SignedArticle] = []
            stale_clusters: set[int] = set()
            for item in results:
                if isinstance(item, Rejected):
                    continue
                try:
                    with conn.begin_nested() if savepoints else nullcontext():
                        if item.replace:
                            old = conn.execute(
                                sa.select(a.c.id, a.c.cluster_id).where(a.c.content_hash == item.content_hash)
                            ).first()
                            if old is not None:
                                if old.cluster_id is not None:
                                    stale_clusters.add(old.cluster_id)
                                conn.execute(a.delete().where(a.c.id == old.id))
                        record = ArticleRecord(
                            content_hash=item.content_hash,
                            run_id=self.summary.run_id,
                            pipeline_version=self.version,
                            settings_hash=self.settings_hash,
                            ingested_at=stamp,
                            search_terms=item.search_terms,
                        )
                        aid = insert_article(
                            conn, item.article, record=record, actors=actors, tokens=self.tokens
                        )
                except sa.exc.SQLAlchemyError as exc:
                    if not savepoints:
                        raise
                    actors.clear()
                    reason = (
                        f"E-STORE: {type(exc.orig or exc).__name__}: {str(exc.orig or exc).splitlines()[0]}"
                    )
                    failed_here.append(Rejected(item.article.source, reason))
                    continue
                signed.append(SignedArticle(article_id=aid, minhash=item.minhash))
                if item.replace:
                    reprocessed += 1
                else:
                    new += 1
            touched = self.deduper.assign(conn, signed)
            stale = stale_clusters - touched
            recount(conn, stale)
            refold(conn, stale)
            counts = self._pending_counts
            r = schema.runs
            conn.execute(
                r.update()
                .where(r.c.id == self.summary.run_id)
                .values(
                    n_read=r.c.n_read + counts["read"],
                    n_new=r.c.n_new + new,
                    n_skipped=r.c.n_skipped + counts["skipped"],
                    n_failed=r.c.n_failed + counts["failed"] + len(failed_here),
                    n_reprocessed=r.c.n_reprocessed + reprocessed,
                )
            )
        return new, reprocessed, failed_here

    def finish(self, *, status: str) -> None:
        r = schema.runs
        with self.store.begin() as conn:
            counts = self._pending_counts
            conn.execute(
                r.update()
                .where(r.c.id == self.summary.run_id)
                .values(
                    finished_at=now(),
                    status=status,
                    n_read=r.c.n_read + counts["read"],
                    n_skipped=r.c.n_skipped + counts["skipped"],
                    n_failed=r.c.n_failed + counts["failed"],
                )
            )
        self._pending_counts = {"read": 0, "skipped": 0, "failed": 0}


def ingest(
    items: Iterable[Article | Failure],
    *,
    store: Store,
    settings: Settings | None = None,
    workers: int = 0,
    executor: Submitter | None = None,
    engine: str = "local",
    reprocess: bool = False,
    version: str | None = None,
    parquet_dir: str | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    pause: float = 0.0,
) -> IngestSummary:
    """Store ``items`` (readers' output) in ``store``; see the module docstring for the guarantees.

    ``workers`` > 1 runs the pipeline in that many processes; ``executor`` (e.g. a dask Client) overrides it.
    ``pause`` sleeps after each committed batch (for tests that interrupt a run).
    """
    settings = settings or store.settings
    started = time.perf_counter()
    ing = Ingester(
        store,
        settings=settings,
        reprocess=reprocess,
        engine=engine,
        version=version,
        progress=progress,
        pause=pause,
    )
    settings_json = json.dumps(settings.data, sort_keys=True, default=str)
    pool: _LazyPool | None = None
    if executor is None:
        if workers > 1:
            pool = _LazyPool(workers)
            executor = pool
        else:
            executor = _Inline()
    parallel = max(1, workers)
    chunk_size = max(1, min(CHUNK, ing.batch_size // (2 * parallel)))
    # Enough chunks queued that no worker waits while the writer commits; few enough to bound memory.
    max_inflight = 3 * parallel + 1
    inflight: deque[tuple[Future[Any], int]] = deque()
    buffer: list[Prepared | Rejected] = []

    def drain(limit: int) -> None:
        while len(inflight) > limit:
            fut, _n = inflight[0]
            results = fut.result()
            inflight.popleft()
            buffer.extend(results)
            if len(buffer) >= ing.batch_size:
                ing.write(buffer[:])
                buffer.clear()

    status = "done"
    try:
        for window in _chunks(items, ing.batch_size):
            for chunk in _chunks(ing.classify(window), chunk_size):
                inflight.append(
                    (executor.submit(prepare_chunk, settings_json, chunk, parquet_dir), len(chunk))
                )
                drain(max_inflight)
        drain(0)
    except BrokenProcessPool as exc:
        lost = sum(n for _, n in inflight)
        status = "interrupted"
        ing.summary.interrupted = (
            f"a worker process died ({exc}); {lost} articles in flight were not stored; run again to finish"
        )
        ing.summary.failed += lost
        inflight.clear()
    finally:
        if pool is not None:
            pool.shutdown()
    if buffer:
        ing.write(buffer)
    ing.finish(status=status)
    ing.summary.seconds = time.perf_counter() - started
    return ing.summary

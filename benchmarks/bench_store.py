"""Store benchmark: ingest throughput against the pipeline's own, memory, database size, search latency.

    PYTHONPATH=src python benchmarks/bench_store.py [--limit N] [--pg URL] [--search-articles 10000]

1. The first N articles of ../shared/data/ant_news/ant_multisource_sample.jsonl.gz (all 7,000 by default)
   through the default pipeline with 2 worker processes *without* a store: the pipeline's throughput.
2. The same articles through ``ingest --workers 2`` into a fresh SQLite file (and PostgreSQL with --pg or
   $MARSAD_TEST_PG): ingest throughput, its ratio to (1), peak memory (writer and workers), and database
   size per 1,000 articles.
3. The writer alone: the results of (1) written batch by batch (how much pipeline the store can keep up with).
4. Search latency: 10,000 stored articles (the shared ANT articles, topped up with paragraph-shuffled copies),
   300 queries (frequent headline words in clitic forms, some with filters): p50 and p99.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import sqlalchemy as sa

from marsad.ingest import iter_inputs
from marsad.model import Article, Story
from marsad.settings import Settings
from marsad.store.db import Store
from marsad.store.ingest import CHUNK, Ingester, Pending, Prepared, content_hash, ingest, prepare_chunk
from marsad.store.search import Filters, search, words

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NEWS = SHARED / "data" / "ant_news" / "ant_multisource_sample.jsonl.gz"
JAWHARA = SHARED / "data" / "ant_news" / "ant_jawharafm_politics_world.jsonl.gz"


def _records(path: Path, limit: int | None = None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        out = [json.loads(line) for line in fh]
    return out[:limit] if limit else out


def _jsonl(records: list[dict], directory: Path) -> Path:
    path = directory / "news.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _max_rss_mib() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def pipeline_only(path: Path, settings: Settings, workers: int) -> tuple[float, list[Prepared]]:
    """Articles/s of the pipeline in `workers` processes with no store: the ingest workers' very task
    (same chunks), timed like ingest from reading the input to the last result, process start-up and
    model loading included on both sides."""
    settings_json = json.dumps(settings.data, sort_keys=True, default=str)
    started = time.perf_counter()
    articles = [a for a in iter_inputs([str(path)], settings=settings) if isinstance(a, Article)]
    chunks = [
        [Pending(a, content_hash(a)) for a in articles[i : i + CHUNK]] for i in range(0, len(articles), CHUNK)
    ]
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        results = [r for part in pool.map(prepare_chunk, [settings_json] * len(chunks), chunks) for r in part]
    seconds = time.perf_counter() - started
    prepared = [r for r in results if isinstance(r, Prepared)]
    return len(articles) / seconds, prepared


def writer_only(prepared: list[Prepared], url: str, settings: Settings) -> float:
    with Store.open(url, settings=settings) as store:
        ing = Ingester(store, settings=settings)
        size = ing.batch_size
        started = time.perf_counter()
        for i in range(0, len(prepared), size):
            ing.write(prepared[i : i + size])
        ing.finish(status="done")
        return len(prepared) / (time.perf_counter() - started)


def ingest_run(path: Path, url: str, settings: Settings, workers: int) -> tuple[float, int]:
    with Store.open(url, settings=settings) as store:
        summary = ingest(
            iter_inputs([str(path)], settings=settings), store=store, settings=settings, workers=workers
        )
        return summary.per_second, summary.new


def sqlite_size(path: Path) -> int:
    with Store.open(path) as store, store.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size + (
        path.with_name(path.name + "-wal").stat().st_size
        if path.with_name(path.name + "-wal").exists()
        else 0
    )


def pg_size(url: str) -> int:
    with Store.open(url) as store, store.connect() as conn:
        return conn.execute(
            sa.text(
                "SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0) "
                "FROM pg_tables WHERE schemaname = current_schema()"
            )
        ).scalar_one()


def _pg_schema(base: str) -> tuple[str, str]:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with sa.create_engine(base).begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in base else "?"
    return name, f"{base}{sep}options=-csearch_path%3D{name}"


def _drop_pg_schema(base: str, name: str) -> None:
    with sa.create_engine(base).begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def search_corpus(n: int) -> list[Article]:
    """n stored-ready articles (story text as published; the pipeline is not what is measured here)."""
    recs = _records(NEWS) + (_records(JAWHARA) if JAWHARA.exists() else [])
    rng = random.Random(7)
    out = []
    i = 0
    while len(out) < n:
        rec = recs[i % len(recs)]
        text = rec["text"]
        if i >= len(recs):  # top-up copies: paragraphs shuffled, so they are new texts
            paras = text.split("\n")
            rng.shuffle(paras)
            text = "\n".join(paras)
        published = "2018-01-01"
        story = Story(id=f"s{i}", role="main", text=text, title=rec.get("title"), published=published)
        raw = f"{i}\n{text}"
        out.append(
            Article(
                id=f"a{i}", source=f"bench#{i}", raw=raw, outlet=rec.get("source"), stories=[story],
                done=list(Settings.load().get("pipeline.stages")),
            )
        )  # fmt: skip
        i += 1
    return out


def search_latency(url: str, settings: Settings, n: int) -> tuple[float, float, int]:
    with Store.open(url, settings=settings) as store:
        ingest(search_corpus(n), store=store, settings=settings, workers=2)
        with store.connect() as conn:
            titles = conn.execute(sa.text("SELECT title FROM stories LIMIT 3000")).scalars().all()
        rng = random.Random(11)
        vocab = sorted({w for t in titles if t for w in words(t) if len(w) >= 4})
        queries = []
        for _ in range(300):
            q = rng.choice(vocab)
            q = rng.choice(["", "و", "لل" if q.startswith("ال") else "ل", "ب"]) + (
                q[2:] if q.startswith("ال") and rng.random() < 0.3 else q
            )
            queries.append(q)
        outlets = ["skynews", "BBC", "CNN", None, None]
        times = []
        for i, q in enumerate(queries):
            filters = Filters(outlet=outlets[i % 5], date_from="2017-01-01" if i % 3 == 0 else None)
            started = time.perf_counter()
            search(store, q, filters=filters, limit=20)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        return statistics.median(times), times[int(len(times) * 0.99) - 1], len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles of the sample.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pg", default=os.environ.get("MARSAD_TEST_PG"), help="PostgreSQL URL (optional).")
    parser.add_argument("--search-articles", type=int, default=10_000)
    parser.add_argument("--search-only", action="store_true", help="Only the search latency part.")
    parser.add_argument("--no-search", action="store_true", help="Skip the search latency part.")
    args = parser.parse_args()
    if not NEWS.exists():
        sys.exit(f"shared news sample not found: {NEWS} (set MARSAD_SHARED)")
    settings = Settings.load()
    records = _records(NEWS, args.limit)
    print(f"machine: {os.cpu_count()} cores; articles: {len(records)}; workers: {args.workers}")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        path = _jsonl(records, tmpdir)
        if not args.search_only:
            ingest_figures(path, tmpdir, settings, args)
        if args.no_search:
            return
        p50, p99, nq = search_latency(str(tmpdir / "search.db"), settings, args.search_articles)
        print(
            f"search over {args.search_articles} articles, SQLite: p50 {p50:.1f} ms, p99 {p99:.1f} ms ({nq} queries)"
        )
        if args.pg:
            name, url = _pg_schema(args.pg)
            try:
                p50, p99, nq = search_latency(url, settings, args.search_articles)
                print(
                    f"search over {args.search_articles} articles, PostgreSQL: p50 {p50:.1f} ms, p99 {p99:.1f} ms"
                )
            finally:
                _drop_pg_schema(args.pg, name)


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def ingest_figures(path: Path, tmpdir: Path, settings: Settings, args: argparse.Namespace) -> None:
    # The machine may be shared: the two measurements alternate (pipeline, ingest, pipeline, ingest) and
    # the best of each is kept; CPU seconds per article (writer and workers together) are load-independent.
    pipe_rates, ingest_rates, pipe_cpu, ingest_cpu = [], [], [], []
    prepared: list[Prepared] = []
    n = 0
    db = tmpdir / "ingest.db"
    for attempt in range(2):
        cpu = _cpu_seconds()
        rate, prepared = pipeline_only(path, settings, args.workers)
        pipe_cpu.append((_cpu_seconds() - cpu) / max(len(prepared), 1))
        pipe_rates.append(rate)
        db = tmpdir / f"ingest{attempt}.db"
        cpu = _cpu_seconds()
        rate, n = ingest_run(path, str(db), settings, args.workers)
        ingest_cpu.append((_cpu_seconds() - cpu) / max(n, 1))
        ingest_rates.append(rate)
    pipe_rate, rate = max(pipe_rates), max(ingest_rates)
    print(
        f"pipeline alone ({args.workers} processes): {', '.join(f'{r:.1f}' for r in pipe_rates)} articles/s"
    )
    print(
        f"ingest --workers {args.workers}, SQLite: {', '.join(f'{r:.1f}' for r in ingest_rates)} articles/s"
    )
    print(f"ingest / pipeline alone, best of each: {rate / pipe_rate:.0%}")
    print(
        f"CPU seconds per article: pipeline alone {min(pipe_cpu):.3f}, ingest {min(ingest_cpu):.3f} "
        f"(ingest at {min(pipe_cpu) / min(ingest_cpu):.0%} of the pipeline's throughput when CPU-bound)"
    )
    own, children = _max_rss_mib()
    size = sqlite_size(db)
    print(f"peak memory: writer {own:.0f} MiB, largest worker {children:.0f} MiB")
    print(
        f"SQLite size: {size / n * 1000 / 2**20:.1f} MiB per 1,000 articles ({n} articles, {size / 2**20:.1f} MiB)"
    )
    print(
        f"writer alone, SQLite: {writer_only(prepared, str(tmpdir / 'writer.db'), settings):.1f} articles/s"
    )
    if not args.pg:
        return
    name, url = _pg_schema(args.pg)
    try:
        rate_pg, n_pg = ingest_run(path, url, settings, args.workers)
        print(
            f"ingest --workers {args.workers}, PostgreSQL: {rate_pg:.1f} articles/s ({rate_pg / pipe_rate:.0%})"
        )
        print(f"PostgreSQL size: {pg_size(url) / n_pg * 1000 / 2**20:.1f} MiB per 1,000 articles")
    finally:
        _drop_pg_schema(args.pg, name)
    name, url = _pg_schema(args.pg)
    try:
        print(f"writer alone, PostgreSQL: {writer_only(prepared, url, settings):.1f} articles/s")
    finally:
        _drop_pg_schema(args.pg, name)


if __name__ == "__main__":
    main()

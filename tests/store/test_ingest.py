"""Ingest on both backends: idempotent, crash-safe (SIGKILL mid-run), one bad input rejected alone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_helpers import fast_config, made_article, subprocess_env, write_corpus

from marsad.ingest import Failure, iter_inputs
from marsad.model import Event
from marsad.store import schema
from marsad.store.db import Store, make_engine, resolve_url
from marsad.store.ingest import ingest
from marsad.store.write import _event_row

DATA_TABLES = (
    "articles",
    "stories",
    "spans",
    "mentions",
    "events",
    "participants",
    "actors",
    "clusters",
    "folds",
    "lsh_bands",
)


def _counts(store: Store) -> dict[str, int]:
    counts = store.counts()
    return {k: counts[k] for k in DATA_TABLES}


def _articles(records: list[dict], n: int) -> list:
    return [
        made_article(
            rec["text"],
            key=f"k{i}",
            outlet=rec["source"],
            title=rec["title"],
            events=[
                (
                    "CONSULT",
                    rec["text"].split()[1],
                    rec["text"].split()[0],
                    "AAA",
                    f"{rec['text'].split()[2]}:BBB",
                )
            ],
        )
        for i, rec in enumerate(records[:n])
    ]


def test_ingest_reingest_is_idempotent(store: Store, settings, sample_records) -> None:
    arts = _articles(sample_records, 10)
    first = ingest(arts, store=store, settings=settings)
    assert (first.read, first.new, first.skipped, first.failed) == (10, 10, 0, 0)
    before = _counts(store)
    assert before["articles"] == 10 and before["events"] == 10 and before["participants"] == 20
    assert before["spans"] == 30  # a sentence, a time and a quote per story
    again = ingest(_articles(sample_records, 10), store=store, settings=settings)
    assert (again.read, again.new, again.skipped) == (10, 0, 10)
    assert _counts(store) == before
    with store.connect() as conn:
        runs = conn.execute(
            sa.select(schema.runs.c.n_new, schema.runs.c.n_skipped, schema.runs.c.status)
        ).all()
    assert [tuple(r) for r in runs] == [(10, 0, "done"), (0, 10, "done")]


def test_ingest_offsets_round_trip(store: Store, settings, sample_records) -> None:
    ingest(_articles(sample_records, 3), store=store, settings=settings)
    s, e, p, sp = schema.stories, schema.events, schema.participants, schema.spans
    with store.connect() as conn:
        texts = dict(conn.execute(sa.select(s.c.id, s.c.text)).all())
        for sid, start, end, text in conn.execute(
            sa.select(sp.c.story_id, sp.c.start_char, sp.c.end_char, sp.c.text)
        ):
            assert texts[sid][start:end] == text
        for sid, start, end, text in conn.execute(
            sa.select(e.c.story_id, p.c.start_char, p.c.end_char, p.c.text).select_from(
                p.join(e, e.c.id == p.c.event_id)
            )
        ):
            assert texts[sid][start:end] == text


def test_ingest_reprocess_replaces_older_pipeline_version(store: Store, settings, sample_records) -> None:
    ingest(_articles(sample_records, 5), store=store, settings=settings, version="v-old")
    before = _counts(store)
    plain = ingest(_articles(sample_records, 5), store=store, settings=settings, version="v-new")
    assert (plain.new, plain.skipped, plain.outdated, plain.reprocessed) == (0, 5, 5, 0)
    redo = ingest(
        _articles(sample_records, 5), store=store, settings=settings, version="v-new", reprocess=True
    )
    assert (redo.new, redo.reprocessed, redo.skipped) == (0, 5, 0)
    assert _counts(store) == before
    with store.connect() as conn:
        versions = conn.execute(sa.select(schema.articles.c.pipeline_version).distinct()).scalars().all()
    assert versions == ["v-new"]


def test_ingest_bad_article_rejected_alone(store: Store, settings, sample_records) -> None:
    arts = _articles(sample_records, 4)
    arts[1].stories[0].sentences[0].text = None  # violates NOT NULL: the database refuses this one article
    items = [
        *arts[:2],
        Failure("broken.bin", __import__("marsad.errors").errors.InputError("not text", source="broken.bin")),
        *arts[2:],
    ]
    summary = ingest(items, store=store, settings=settings)
    assert (summary.new, summary.failed) == (3, 2)
    assert {f.source for f in summary.failures} == {"k1.txt", "broken.bin"}
    assert any("E-STORE" in f.reason for f in summary.failures)
    assert _counts(store)["articles"] == 3
    with store.connect() as conn:
        stored = set(conn.execute(sa.select(schema.articles.c.source)).scalars())
    assert stored == {"k0.txt", "k2.txt", "k3.txt"}


def test_ingest_corrupted_record_rejected_alone(
    db_url: str, settings, sample_records, tmp_path: Path
) -> None:
    lines = [json.dumps(rec, ensure_ascii=False) for rec in sample_records[:6]]
    lines[2] = lines[2][: len(lines[2]) // 2]  # a record cut off mid-way, as a crashed scraper leaves it
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store.open(db_url, settings=settings) as store:
        summary = ingest(iter_inputs([str(batch)], settings=settings), store=store, settings=settings)
        assert (summary.read, summary.new, summary.failed) == (5, 5, 1)
        assert summary.failures[0].source.endswith("batch.jsonl#3")
        with store.connect() as conn:
            stored = sorted(conn.execute(sa.select(schema.articles.c.source)).scalars())
        assert [s.rsplit("#", 1)[1] for s in stored] == ["1", "2", "4", "5", "6"]


def _article_count(url: str) -> int:
    engine = make_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("articles"):
                return 0
            return conn.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one()
    finally:
        engine.dispose()


def _cli(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "marsad", "ingest", *args]


def _wait_for(url: str, proc: subprocess.Popen, *, at_least: int, timeout: float = 60.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _article_count(url)
        if n >= at_least:
            return n
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be interrupted: {proc.communicate()}")
        time.sleep(0.05)
    pytest.fail("ingest wrote nothing in time")


def _reference_counts(corpus: Path, tmp_path: Path, settings) -> dict[str, int]:
    with Store.open(tmp_path / "reference.db", settings=settings) as ref:
        ingest(iter_inputs([str(corpus)]), store=ref, settings=settings)
        return _counts(ref)


def _consistent(store: Store) -> None:
    a, s, r = schema.articles, schema.stories, schema.runs
    with store.connect() as conn:
        no_story = conn.execute(
            sa.select(sa.func.count()).select_from(a).where(~sa.exists().where(s.c.article_id == a.c.id))
        ).scalar_one()
        unclustered = conn.execute(
            sa.select(sa.func.count()).select_from(a).where(a.c.cluster_id.is_(None))
        ).scalar_one()
        recorded_new = conn.execute(sa.select(sa.func.sum(r.c.n_new))).scalar_one()
        articles = conn.execute(sa.select(sa.func.count()).select_from(a)).scalar_one()
    assert no_story == 0 and unclustered == 0
    assert recorded_new == articles  # run counters commit in the same transaction as the rows


def _two_worker_args(corpus: Path, db_url: str, tmp_path: Path) -> list[str]:
    """`marsad ingest` arguments of the kill tests: two workers, two articles a transaction."""
    return [
        str(corpus),
        "--db",
        db_url,
        "--workers",
        "2",
        "--batch-size",
        "2",
        "--config",
        str(fast_config(tmp_path)),
    ]


def test_ingest_sigkill_mid_run_then_rerun_exact(
    db_url: str, settings, sample_records, tmp_path: Path
) -> None:
    n = 12
    corpus = write_corpus(sample_records[:n], tmp_path / "in")
    args = _two_worker_args(corpus, db_url, tmp_path)
    proc = subprocess.Popen(
        _cli([*args, "--pause-after-batch", "0.25"]),
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        _wait_for(db_url, proc, at_least=2)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the writer and its worker processes, mid-run
        proc.wait()
    partial = _article_count(db_url)
    assert 2 <= partial < n
    with Store.open(db_url, settings=settings) as store:
        _consistent(store)
    # The rerun may use any number of workers; in-process is quickest to start.
    done = subprocess.run(
        _cli([*args, "--workers", "0"]), env=subprocess_env(), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert f"new {n - partial}, skipped {partial}" in done.stdout
    with Store.open(db_url, settings=settings) as store:
        assert _counts(store) == _reference_counts(corpus, tmp_path, settings)
        assert _counts(store)["articles"] == n
        _consistent(store)


def _worker_pids(pid: int) -> list[int]:
    out = []
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        cmd = Path(f"/proc/{child}/cmdline").read_bytes()
        if b"spawn_main" in cmd:
            out.append(int(child))
    return out


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find worker processes")
def test_ingest_worker_killed_then_rerun_exact(db_url: str, settings, sample_records, tmp_path: Path) -> None:
    # Enough articles that some are still unsubmitted when the worker dies, however loaded the machine is
    # (with all work already done, a dead idle worker would go unnoticed).
    n = 30
    corpus = write_corpus(sample_records[:n], tmp_path / "in")
    args = _two_worker_args(corpus, db_url, tmp_path)
    proc = subprocess.Popen(
        _cli([*args, "--pause-after-batch", "0.4"]),
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _wait_for(db_url, proc, at_least=2)
        workers = _worker_pids(proc.pid)
        assert workers, "no worker process found"
        os.kill(workers[0], signal.SIGKILL)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 1
    assert "worker process died" in err
    partial = _article_count(db_url)
    assert partial < n
    # The rerun may use any number of workers; in-process is quickest to start.
    done = subprocess.run(
        _cli([*args, "--workers", "0"]), env=subprocess_env(), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    with Store.open(db_url, settings=settings) as store:
        assert _counts(store) == _reference_counts(corpus, tmp_path, settings)
        _consistent(store)


def test_ingest_progress_reported_after_each_batch(store: Store, settings, sample_records) -> None:
    seen: list[int] = []
    ingest(
        _articles(sample_records, 10), store=store, settings=settings, progress=lambda s: seen.append(s.new)
    )
    assert seen == [4, 8, 10]  # batch_size 4: after each committed batch


def test_ingest_event_aspect_kept_in_attrs() -> None:
    # the verb's aspect has no column of its own: it rides in the JSON attrs (no migration), only when set
    text = "تستهدف القوات مواقع المسلحين"
    verb = Event(start=0, end=6, text=text[:6], type="ASSAULT", aspect="imperfect")
    noun = Event(start=0, end=6, text=text[:6], type="ASSAULT")
    assert _event_row(verb, story_id=1, article_id=1)["attrs"]["aspect"] == "imperfect"
    assert "aspect" not in (_event_row(noun, story_id=1, article_id=1)["attrs"] or {})

"""``--engine dask`` against a real dask.distributed LocalCluster: two worker *processes*."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from store_helpers import SRC, write_corpus

from marsad.ingest import iter_inputs
from marsad.store.db import Store
from marsad.store.distributed import ingest_dask
from marsad.store.ingest import ingest

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    # Worker processes are spawned: they must import marsad from this tree.
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(SRC) + (os.pathsep + old if old else "")
    try:
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
        ) as cluster:
            yield cluster.scheduler_address
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def test_distributed_ingest_matches_local_and_writes_parquet(
    scheduler: str, db_url: str, settings, sample_records, tmp_path: Path
) -> None:
    corpus = write_corpus(sample_records[:12], tmp_path / "in")
    parquet = tmp_path / "parquet"
    with Store.open(db_url, settings=settings) as store:
        summary = ingest_dask(
            iter_inputs([str(corpus)]),
            store=store,
            scheduler=scheduler,
            settings=settings,
            parquet_dir=str(parquet),
        )
        assert (summary.read, summary.new, summary.failed) == (12, 12, 0)
        counts = store.counts()
        again = ingest_dask(iter_inputs([str(corpus)]), store=store, scheduler=scheduler, settings=settings)
        assert (again.new, again.skipped) == (0, 12)
    with Store.open(tmp_path / "local.db", settings=settings) as local:
        ingest(iter_inputs([str(corpus)]), store=local, settings=settings)
        local_counts = local.counts()
    assert {k: v for k, v in counts.items() if k != "runs"} == {
        k: v for k, v in local_counts.items() if k != "runs"
    }
    articles = ds.dataset(parquet / "articles", format="parquet", partitioning="hive").to_table()
    assert articles.num_rows == 12
    assert {p.name.split("=")[0] for p in (parquet / "articles").iterdir()} == {"date"}


def test_distributed_unreachable_scheduler_is_a_usage_error(tmp_path: Path, settings) -> None:
    from marsad.errors import UsageError

    with (
        Store.open(tmp_path / "x.db", settings=settings) as store,
        pytest.raises(UsageError, match="dask scheduler"),
    ):
        ingest_dask([], store=store, scheduler="tcp://127.0.0.1:1", connect_timeout=1.0)


def test_distributed_parquet_chunks_with_missing_values_read_as_one_dataset(tmp_path: Path) -> None:
    """A chunk whose outlet is always None must not write a null-typed column the others cannot join."""
    from marsad.model import Article, Event, Story
    from marsad.store.distributed import write_parquet_partition
    from marsad.store.ingest import Prepared

    def prepared(key: str, outlet: str | None, events: list[Event]) -> Prepared:
        story = Story(id=f"{key}-0", role="main", text="نص", published="2024-05-16", events=events)
        art = Article(id=key, source=key, outlet=outlet, stories=[story])
        return Prepared(article=art, content_hash=key, replace=False, search_terms="", minhash=None)

    write_parquet_partition([prepared("a", None, [])], directory=str(tmp_path))
    event = Event(start=0, end=2, text="نص", type="ASSAULT")
    write_parquet_partition([prepared("b", "CNN", [event])], directory=str(tmp_path))
    articles = ds.dataset(tmp_path / "articles", format="parquet", partitioning="hive").to_table()
    assert sorted(articles.column("outlet").to_pylist(), key=str) == ["CNN", None]
    assert articles.column("date").to_pylist() == ["2024-05-16", "2024-05-16"]

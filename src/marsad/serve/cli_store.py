"""`marsad ingest`, `search`, `export` and `demo`: thin shells over :mod:`marsad.store`.

Every command that reads or writes the store takes ``--db PATH|URL`` (a SQLite file path, or a
``postgresql://`` URL); without it, ``[store] db`` from the settings, else a file under the user's data
directory.
"""

from __future__ import annotations

import sys
import time
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from marsad.errors import MarsadError, UsageError
from marsad.ingest import iter_inputs
from marsad.settings import Settings
from marsad.store.db import Store, default_db_path
from marsad.store.export import Format, What, export
from marsad.store.ingest import IngestSummary, ingest
from marsad.store.search import Filters, search
from marsad.store.summary import summarize

if TYPE_CHECKING:
    from marsad.entities.kb import KnowledgeBase

DB_HELP = "Database: a SQLite file path or a postgresql:// URL (default: [store] db, else the user data dir)."


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def sample_path() -> Path:
    """The bundled sample: 200 ANT Corpus articles (Apache-2.0; see samples/README.md)."""
    return Path(str(resources.files("marsad").joinpath("samples", "ant_news_sample.jsonl")))


def _fail(exc: MarsadError, code: int = 2) -> typer.Exit:
    typer.echo(f"marsad: {exc}", err=True)
    return typer.Exit(code)


def _settings(config: Path | None, batch_size: int | None) -> Settings:
    settings = Settings.load(path=config)
    if batch_size:
        settings = settings.with_overrides({"store": {"batch_size": batch_size}})
    return settings


def _run_ingest(
    paths: list[str],
    *,
    store: Store,
    settings: Settings,
    workers: int,
    reprocess: bool,
    engine: EngineName,
    scheduler: str | None,
    parquet: Path | None,
    pause: float,
    show_progress: bool,
) -> IngestSummary:
    items = iter_inputs(paths, settings=settings)
    progress: Progress | None = None
    callback = None
    if show_progress:
        # Counting first costs one extra read of the inputs; it is what gives the bar its ETA.
        total = sum(1 for _ in iter_inputs(paths, settings=settings))
        progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        task = progress.add_task("ingest", total=total, rate="-")
        started = time.perf_counter()

        def callback(summary: IngestSummary) -> None:
            done = summary.read + summary.unreadable
            rate = (summary.new + summary.reprocessed) / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=done, rate=f"{rate:.1f}")

        progress.start()
    try:
        if engine == EngineName.dask:
            if not scheduler:
                raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
            from marsad.store.distributed import ingest_dask

            return ingest_dask(
                items,
                store=store,
                settings=settings,
                scheduler=scheduler,
                reprocess=reprocess,
                parquet_dir=str(parquet) if parquet else None,
                progress=callback,
            )
        return ingest(
            items,
            store=store,
            settings=settings,
            workers=workers,
            reprocess=reprocess,
            parquet_dir=str(parquet) if parquet else None,
            progress=callback,
            pause=pause,
        )
    finally:
        if progress is not None:
            progress.stop()


def _print_summary(summary: IngestSummary, *, store: Store) -> None:
    rate = f"{summary.per_second:.1f} articles/s" if summary.new + summary.reprocessed else "nothing new"
    typer.echo(
        f"read {summary.read}, new {summary.new}, skipped {summary.skipped} (already stored), "
        f"reprocessed {summary.reprocessed}, failed {summary.failed} in {summary.seconds:.1f} s ({rate}) "
        f"-> {store.url}"
    )
    if summary.outdated:
        typer.echo(
            f"{summary.outdated} stored articles were made by another pipeline version; --reprocess redoes them"
        )
    for failure in summary.failures:
        typer.echo(f"marsad: {failure.source}: {failure.reason}", err=True)
    if summary.interrupted:
        typer.echo(f"marsad: {summary.interrupted}", err=True)


def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for standard input."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    workers: int = typer.Option(
        2, "--workers", "-w", help="Pipeline worker processes (0 or 1: in this process)."
    ),
    reprocess: bool = typer.Option(
        False, "--reprocess", help="Redo articles stored by another pipeline version."
    ),
    engine: EngineName = typer.Option(
        EngineName.local, "--engine", help="local processes, or a dask cluster."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address (with --engine dask)."
    ),
    parquet: Path | None = typer.Option(
        None, "--parquet", help="Also write results as partitioned Parquet here."
    ),
    batch_size: int | None = typer.Option(None, "--batch-size", help="Articles per transaction."),
    config: Path | None = typer.Option(None, "--config", help="A settings file (TOML)."),
    pause: float = typer.Option(
        0.0, "--pause-after-batch", hidden=True, help="Sleep after each batch (tests)."
    ),
) -> None:
    """Read news into the store: incremental (stored articles are skipped), safe to interrupt and rerun."""
    try:
        settings = _settings(config, batch_size)
        with Store.open(db, settings=settings) as store:
            summary = _run_ingest(
                paths,
                store=store,
                settings=settings,
                workers=workers,
                reprocess=reprocess,
                engine=engine,
                scheduler=scheduler,
                parquet=parquet,
                pause=pause,
                show_progress=sys.stderr.isatty(),
            )
            _print_summary(summary, store=store)
    except MarsadError as exc:
        raise _fail(exc) from None
    raise typer.Exit(1 if summary.failed or summary.interrupted else 0)


def search_command(
    query: str = typer.Argument(..., help="Arabic words; every word must match (in any clitic form)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    date_from: str | None = typer.Option(None, "--from", help="Earliest date, YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Latest date, YYYY-MM-DD."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet."),
    actor: str | None = typer.Option(
        None, "--actor", help="Only stories mentioning this actor or country code."
    ),
    event_type: str | None = typer.Option(
        None, "--type", help="Only stories with an event of this PLOVER type."
    ),
    limit: int = typer.Option(20, "--limit", "-n", help="At most this many hits."),
) -> None:
    """Full-text search of stored stories (diacritics, alef/ya variants and clitics ignored)."""
    try:
        with Store.open(db) as store:
            hits = search(
                store,
                query,
                filters=Filters(
                    date_from=date_from, date_to=date_to, outlet=outlet, actor=actor, event_type=event_type
                ),
                limit=limit,
            )
    except MarsadError as exc:
        raise _fail(exc) from None
    for hit in hits:
        typer.echo(f"{hit.date or '????-??-??'}  {hit.outlet or hit.source}  {hit.title or ''}")
        typer.echo(f"    {hit.snippet}")
        if hit.url:
            typer.echo(f"    {hit.url}")
    typer.echo(f"{len(hits)} hit(s)", err=True)


def export_command(
    what: What = typer.Argument(..., help="events, articles or actors."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="csv, jsonl, parquet, plover or gdelt."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    raw: bool = typer.Option(False, "--raw", help="Events: one row per mention instead of per folded event."),
) -> None:
    """Stream the store's events, articles or actors out, in constant memory."""
    try:
        if fmt == Format.parquet and output is None and sys.stdout.isatty():
            raise UsageError("Parquet is binary: give --output FILE or redirect standard output")
        with Store.open(db) as store:
            if output is None:
                stats = export(store, what, fmt=fmt, out=sys.stdout.buffer, raw=raw)
                sys.stdout.buffer.flush()
            else:
                with output.open("wb") as fh:
                    stats = export(store, what, fmt=fmt, out=fh, raw=raw)
    except MarsadError as exc:
        raise _fail(exc) from None
    typer.echo(f"{stats.rows} {what} exported", err=True)


def demo_command(
    db: str | None = typer.Option(
        None, "--db", help="Where to keep the demo store (default: <user data>/demo.db)."
    ),
    workers: int = typer.Option(2, "--workers", "-w", help="Pipeline worker processes."),
) -> None:
    """Ingest the bundled sample news into an embedded SQLite file and summarise what marsad found."""
    console = Console()
    target = db or str(default_db_path("demo.db"))
    try:
        settings = Settings.load()
        with Store.open(target, settings=settings) as store:
            run = ingest(
                iter_inputs([str(sample_path())], settings=settings),
                store=store,
                settings=settings,
                workers=workers,
            )
            info = summarize(store)
            url = store.url
    except MarsadError as exc:
        raise _fail(exc) from None
    console.print(
        f"[bold]marsad demo[/bold]: the bundled sample (ANT Corpus, 5 Arabic outlets, 2018) stored in "
        f"{url.removeprefix('sqlite:///')}"
    )
    console.print(
        f"This run: {run.read} read, {run.new} new, {run.skipped} already stored (ingest is incremental), "
        f"{run.failed} failed, {run.seconds:.1f} s."
    )
    table = Table(title="What the store holds", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(info.articles))
    table.add_row("stories (an article may hold several)", str(info.stories))
    table.add_row("story clusters (near-duplicate articles grouped)", str(info.clusters))
    table.add_row("articles that have a near duplicate", str(info.duplicated_articles))
    table.add_row("entity mentions", str(info.mentions))
    table.add_row("event mentions", str(info.events))
    table.add_row("events after folding duplicates", str(info.folded_events))
    if info.first_date:
        table.add_row("dates", f"{info.first_date} .. {info.last_date}")
    console.print(table)
    if info.events_by_type:
        types = Table(title="Events by type (PLOVER)")
        types.add_column("type")
        types.add_column("events", justify="right")
        for name, n in info.events_by_type:
            types.add_row(name, str(n))
        console.print(types)
    else:
        console.print("Events by type: none yet (the event coder stores them here as soon as it codes any).")
    if info.dyads:
        dyads = Table(title="Most active dyads (who did something to whom)")
        dyads.add_column("source")
        dyads.add_column("target")
        dyads.add_column("events", justify="right")
        dyads.add_column("articles", justify="right")
        from marsad.entities.kb import KnowledgeBase

        kb = KnowledgeBase.load()
        for d in info.dyads:
            dyads.add_row(
                actor_label(d.source, kb), actor_label(d.target, kb), str(d.events), str(d.articles)
            )
        console.print(dyads)
    else:
        console.print("Most active dyads: none yet (no event with both a source and a target).")
    console.print(
        f"Next: marsad search الصين --db {target}   |   marsad export events --format csv --db {target}"
    )


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("search")(search_command)
    app.command("export")(export_command)
    app.command("demo")(demo_command)


def actor_label(key: str, kb: KnowledgeBase) -> str:
    """A folded event's side as a reader knows it, with the key the exports use: an actor code
    (``دونالد ترامب (person:trump)``), a country and sector (``اليمن (YEM/CVL)``) or, for a side
    the knowledge base does not hold, its own words (stored as ``~words``)."""
    if key.startswith("~"):
        return key[1:]
    actor = kb.actors.get(key) or kb.actors.get(key.split("/", 1)[0])
    return f"{actor.name_ar} ({key})" if actor else key

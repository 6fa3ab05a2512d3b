"""`marsad analyze`: read inputs, run the pipeline, print the model.

Output: one JSON object for one input (``--format json``, the default), JSON Lines for several (or with
``--format jsonl``), or a readable text view. With ``--format jsonl`` every article *and every failure*
is one line, in input order, so a JSON Lines input gives exactly one output line per input line; a
failure's line is ``{"schema_version", "source", "error": {"code", "message"}}``. Failures are also
named on stderr, one line each. Exit codes: 0 all read, 1 some inputs failed, 2 bad usage.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from marsad.errors import MarsadError
from marsad.ingest import Failure, iter_inputs
from marsad.model import ANNOTATION_LISTS, SCHEMA_VERSION, Article
from marsad.pipeline import Pipeline
from marsad.settings import Settings

log = logging.getLogger(__name__)


def pretty_json(data: dict[str, Any]) -> str:
    """Indented JSON with each annotation item on one line: readable, and a third of the size of a fully
    indented dump (a story has hundreds of tokens)."""
    compact: dict[str, str] = {}
    stories = []
    for story in data.get("stories", []):
        story = dict(story)
        for name in ANNOTATION_LISTS:
            items = []
            for item in story.get(name, []):
                key = f"\u0000{len(compact)}\u0000"
                compact[key] = json.dumps(item, ensure_ascii=False)
                items.append(key)
            story[name] = items
        stories.append(story)
    text = json.dumps({**data, "stories": stories}, ensure_ascii=False, indent=2)
    for key, item in compact.items():
        text = text.replace(json.dumps(key), item, 1)
    return text


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _as_text(article: Article) -> str:
    lines = [f"# {article.source}  outlet={article.outlet} agency={article.agency}"]
    for story in article.stories:
        lines.append(
            f"## [{story.role}] {story.title or '(no title)'}  published={story.published}"
            f" updated={story.updated} dateline={story.dateline}"
        )
        lines.append(story.text)
        for ev in story.events:
            src = " + ".join(p.text for p in ev.source) or "?"
            tgt = " + ".join(p.text for p in ev.target) or "-"
            lines.append(
                f"  EVENT {ev.type}:{ev.mode or ''} {src} -> {tgt} [{ev.text}] {ev.date or ''} {ev.modality}"
            )
    return "\n".join(lines)


def error_record(source: str, error: MarsadError) -> dict[str, Any]:
    """The JSON line that stands for an input (or record) that failed."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "error": {"code": error.code, "message": error.message},
    }


class _Progress:
    """A rich progress line on stderr, only when stderr is a terminal."""

    def __init__(self, *, enabled: bool) -> None:
        self._progress: Any = None
        self._task: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} read, {task.fields[failed]} failed"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._progress.add_task("analyze", total=None, failed=0)

    def advance(self, *, failed: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, failed=failed)

    @contextmanager
    def running(self) -> Iterator[None]:
        if self._progress is None:
            yield
            return
        with self._progress:
            yield


def _fail(source: str, error: MarsadError, *, fmt: Format | None) -> None:
    typer.echo(f"marsad: {error}", err=True)
    if fmt == Format.jsonl:
        sys.stdout.write(json.dumps(error_record(source, error), ensure_ascii=False) + "\n")


def analyze_command(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for standard input."),
    fmt: Format = typer.Option(None, "--format", "-f", help="json (one input), jsonl (several) or text."),
    config: Path | None = typer.Option(None, "--config", help="A settings file (TOML)."),
) -> None:
    """Read news and print what marsad found in it."""
    try:
        settings = Settings.load(path=config)
        pipeline = Pipeline.from_settings(settings)
    except MarsadError as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(2) from None
    results: list[Article] = []
    failed = 0
    streaming = fmt in (Format.jsonl, Format.text)
    progress = _Progress(enabled=sys.stderr.isatty())
    with progress.running():
        for item in iter_inputs(paths, settings=settings):
            if isinstance(item, Failure):
                failed += 1
                _fail(item.source, item.error, fmt=fmt)
                progress.advance(failed=failed)
                continue
            try:
                article = pipeline.run(item)
            except MarsadError as exc:
                failed += 1
                _fail(item.source, exc, fmt=fmt)
                continue
            except Exception as exc:  # a bug must not end a batch or print a traceback; -v logs it
                failed += 1
                log.debug("stage failure on %s", item.source, exc_info=True)
                _fail(
                    item.source,
                    MarsadError(f"internal error: {type(exc).__name__}: {exc}", source=item.source),
                    fmt=fmt,
                )
                continue
            progress.advance(failed=failed)
            if streaming:
                out = (
                    json.dumps(article.to_dict(), ensure_ascii=False)
                    if fmt == Format.jsonl
                    else _as_text(article)
                )
                sys.stdout.write(out + "\n")
            else:
                results.append(article)
    if not streaming:
        if len(results) == 1 and fmt in (None, Format.json):
            sys.stdout.write(pretty_json(results[0].to_dict()) + "\n")
        else:
            for article in results:
                sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)

"""`marsad analyze`: read inputs, run the pipeline, print the model."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from marsad.errors import MarsadError
from marsad.ingest import Failure, iter_inputs
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.settings import Settings


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _as_text(article: Article) -> str:
    lines = [f"# {article.source}  outlet={article.outlet} agency={article.agency}"]
    for story in article.stories:
        lines.append(f"## [{story.role}] {story.title or '(no title)'}  published={story.published}")
        lines.append(story.text)
        for ev in story.events:
            src = " + ".join(p.text for p in ev.source) or "?"
            tgt = " + ".join(p.text for p in ev.target) or "-"
            lines.append(
                f"  EVENT {ev.type}:{ev.mode or ''} {src} -> {tgt} [{ev.text}] {ev.date or ''} {ev.modality}"
            )
    return "\n".join(lines)


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
    for item in iter_inputs(paths, settings=settings):
        if isinstance(item, Failure):
            failed += 1
            typer.echo(f"marsad: {item.error}", err=True)
            continue
        try:
            article = pipeline.run(item)
        except MarsadError as exc:
            failed += 1
            typer.echo(f"marsad: {exc}", err=True)
            continue
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
            sys.stdout.write(json.dumps(results[0].to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            for article in results:
                sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)

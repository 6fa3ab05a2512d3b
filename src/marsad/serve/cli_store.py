"""`marsad demo` (and, with issue #6, `ingest`, `search`, `export`)."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from marsad.ingest import Failure, iter_inputs
from marsad.pipeline import Pipeline


def sample_path() -> Path:
    """The bundled sample: 200 ANT Corpus articles (Apache-2.0; see samples/README.md)."""
    return Path(str(resources.files("marsad").joinpath("samples", "ant_news_sample.jsonl")))


def demo_command() -> None:
    """Run the pipeline over the bundled sample news and print a summary."""
    console = Console()
    pipeline = Pipeline.from_settings()
    stats: Counter[str] = Counter()
    for item in iter_inputs([str(sample_path())], settings=pipeline.ctx.settings):
        if isinstance(item, Failure):
            stats["failed"] += 1
            continue
        article = pipeline.run(item)
        stats["articles"] += 1
        for story in article.stories:
            stats["stories"] += 1
            stats["sentences"] += len(story.sentences)
            stats["entities"] += len(story.entities)
            stats["events"] += len(story.events)
    table = Table(title="marsad demo: bundled sample news")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key in ("articles", "stories", "sentences", "entities", "events", "failed"):
        table.add_row(key, str(stats[key]))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)

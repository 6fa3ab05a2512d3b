"""Commands of the events area; they register themselves on the main app.

``marsad eval events GOLD [--pred PRED.jsonl] [--format text|json]`` scores events against a gold file
(see docs/gold-format.md): the predictions given, or else the configured pipeline run over the gold's
own articles.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from marsad.errors import MarsadError
from marsad.events.gold import load_gold
from marsad.events.score import evaluate, pair_articles, read_predictions, run_pipeline
from marsad.pipeline import Pipeline
from marsad.settings import Settings


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


def events_command(
    gold: Path = typer.Argument(..., help="Gold file (JSON Lines, docs/gold-format.md)."),
    pred: Path | None = typer.Option(
        None, "--pred", help="JSON Lines of `marsad analyze` output to score; default: run the pipeline."
    ),
    fmt: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="text or json."),
    config: Path | None = typer.Option(None, "--config", help="A settings file (TOML)."),
) -> None:
    """Score predicted events against a gold set: P/R/F1 for type, type+source+target, date, location."""
    try:
        articles = load_gold(gold)
        if pred is not None:
            with pred.open(encoding="utf-8") as fh:
                predicted, unpaired = pair_articles(articles, read_predictions(fh))
        else:
            pipeline = Pipeline.from_settings(Settings.load(path=config))
            predicted, unpaired = run_pipeline(articles, pipeline=pipeline), 0
    except MarsadError as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(2) from None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        typer.echo(f"marsad: E-USAGE: cannot read {pred or gold}: {exc}", err=True)
        raise typer.Exit(2) from None
    report = evaluate(articles, predicted)
    report.unpaired_articles = unpaired
    if fmt == ReportFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.as_text() + "\n")


def register(app: typer.Typer) -> None:
    """Add this area's commands to `app`: the `eval` group with its `events` command."""
    eval_app = typer.Typer(name="eval", help="Score marsad's output against gold sets.", no_args_is_help=True)
    eval_app.command("events")(events_command)
    app.add_typer(eval_app, name="eval")

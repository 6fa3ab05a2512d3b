"""Commands of the ner area: ``marsad train ner`` and ``marsad tag --conll FILE``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from marsad.errors import MarsadError, UsageError

# The shared data folder: $MARSAD_SHARED/data (as the tests use it), else ../shared/data.
SHARED_DATA = Path(os.environ.get("MARSAD_SHARED", "../shared")) / "data"

train_app = typer.Typer(help="Train marsad's models from data files.", no_args_is_help=True)


@train_app.command("ner")
def train_ner_command(
    out: Path = typer.Option(
        None, "--out", help="Model directory to write (default: the package's shipped model directory)."
    ),
    data: Path = typer.Option(
        SHARED_DATA, "--data", help="The shared data folder (anercorp_camel/, ant_news/, gazetteers/)."
    ),
    clusters: Path | None = typer.Option(
        None, "--clusters", help="Reuse this word-clusters file instead of learning clusters from ant_news/."
    ),
    include_dev: bool = typer.Option(
        False,
        "--include-dev",
        help="Train on the dev split too; the same recipe is first run without it, and its dev scores are printed and kept in meta.json.",
    ),
    seed: int = typer.Option(13, "--seed", help="Seed of the word clustering."),
    net: bool = typer.Option(
        True,
        "--net/--no-net",
        help="Also train the neural scorer of the second pass (needs the 'train' extras: jax, optax).",
    ),
) -> None:
    """Train the NER model (two CRFs and a neural scorer) from ANERcorp's training split and write it to --out."""
    from marsad.entities.ner.tagger import default_model_dir
    from marsad.entities.ner.train import TrainConfig, TrainPaths, train

    kb_dir = Path(__file__).resolve().parents[1] / "entities" / "data"
    paths = TrainPaths(
        train_file=data / "anercorp_camel" / "train.txt",
        out_dir=out or default_model_dir(),
        news_files=sorted((data / "ant_news").glob("*.jsonl.gz")),
        clusters_file=clusters,
        gazetteers_dir=data / "gazetteers",
        kb_dir=kb_dir,
    )
    try:
        report = train(paths=paths, config=TrainConfig(seed=seed, include_dev=include_dev, neural=net))
    except MarsadError as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(2 if isinstance(exc, UsageError) else 1) from None
    typer.echo(
        f"trained on {report.train_sentences} sentences in {report.seconds:.0f} s; "
        f"model {report.model_bytes / 1e6:.1f} MB in {paths.out_dir}"
    )
    if report.dev_scores is not None:
        typer.echo(f"dev split ({report.dev_sentences} sentences):\n{report.dev_scores.table()}")
    only = report.train_only
    if only is not None and only.dev_scores is not None:
        typer.echo(
            f"the same recipe without the dev split, on the dev split ({only.dev_sentences} sentences):\n"
            f"{only.dev_scores.table()}"
        )


def tag_command(
    conll: Path = typer.Option(
        ...,
        "--conll",
        help="CoNLL file: one token a line, blank line between sentences; the output keeps its layout line for line.",
    ),
    model: Path | None = typer.Option(None, "--model", help="Model directory (default: the shipped model)."),
) -> None:
    """Tag a CoNLL file with BIO tags over PERS, LOC, ORG, MISC; prints token<TAB>tag lines."""
    from marsad.entities.ner import NerTagger
    from marsad.entities.ner.corpus import format_conll_like, parse_conll, read_lines

    try:
        lines = read_lines(conll)
        sentences = parse_conll(lines, tagged=False, source=str(conll))
        tagger = NerTagger.load(model)
    except MarsadError as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(1) from None
    tokens = [s.tokens for s in sentences]
    sys.stdout.write(format_conll_like(lines, tagger.tag_sentences(tokens)))


def register(app: typer.Typer) -> None:
    """Add this area's commands to `app`."""
    app.add_typer(train_app, name="train")
    app.command("tag")(tag_command)

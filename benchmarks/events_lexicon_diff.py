"""The records a lexicon change adds or changes on fresh ANT articles: the whole pipeline with another lexicon
and with the current one, every trigger span whose records differ printed for judging.

    PYTHONPATH=src python benchmarks/events_lexicon_diff.py --base main --seed 5252 --n 2000 > lexicon_diff.txt
    PYTHONPATH=src python benchmarks/events_lexicon_diff.py --entries request.bitalab --n 500

"Before" is ``lexicon.yaml`` as committed at the git ref ``--base`` (every entry, guard and form of that version, built
with that ref's ``cues.yaml`` affixes), or,
with ``--entries``, the current lexicon without those entry ids. Articles as ``events_frames_diff.py`` draws them
(ANT politics/world records in no gold file and no judged sample, shuffled with ``--seed``). The "before" lexicon is
built once (fresh caches) and swapped into the loaded coder resources for the first run of each article;
docs/events.md ("Recall round 5: the lexicon's long tail (evlex5)") reports the judged list.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from unittest.mock import patch

import yaml

import marsad.events.lexicon as lexicon_module
from marsad.events.coder import load_resources
from marsad.events.lexicon import Lexicon, load_lexicon, read_data
from marsad.events.resources import CoderResources
from marsad.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff
from events_sample import ROOT

LEXICON = "src/marsad/events/data/lexicon.yaml"
CUES = "src/marsad/events/data/cues.yaml"


def without(lexicon: Lexicon, ids: set[str]) -> Lexicon:
    """The lexicon minus the entries ``ids``, with its own empty index and caches (rebuilt by __post_init__)."""
    return lexicon.with_entries([e for e in lexicon.entries if e.id not in ids])


def lexicon_at(ref: str, res: CoderResources) -> Lexicon:
    """The lexicon as ``lexicon.yaml`` and the affixes of ``cues.yaml`` (the conjugation it is built with) stood at the
    git ref; the coder's other data files as now."""

    def at_ref(path: str) -> Any:
        shown = subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
        )
        return yaml.safe_load(shown.stdout)

    text = at_ref(LEXICON)
    original = read_data

    def data(name: str) -> Any:
        return text if name == "lexicon.yaml" else original(name)

    with patch.object(lexicon_module, "read_data", data):
        return load_lexicon(ontology=res.ontology, cues=at_ref(CUES))


def swapped(res: CoderResources, off: Lexicon) -> AbstractContextManager:
    """``off`` in the loaded resources while the block runs (the resources are a frozen dataclass)."""

    @contextmanager
    def swap() -> Iterator[None]:
        on = res.lexicon
        object.__setattr__(res, "lexicon", off)
        try:
            yield
        finally:
            object.__setattr__(res, "lexicon", on)

    return swap()


def options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--base", default="main", help="git ref whose lexicon.yaml is the 'before' lexicon")
    ap.add_argument(
        "--entries", nargs="*", default=None, help="instead: the current lexicon without these ids"
    )


def setup(
    pipeline: Pipeline, args: argparse.Namespace, ap: argparse.ArgumentParser
) -> Callable[[], AbstractContextManager]:
    """The "before" lexicon, built once from the loaded resources, and the switch that swaps it in."""
    res = pipeline.ctx.resource("events.coder", load_resources)
    if args.entries:
        missing = set(args.entries) - {e.id for e in res.lexicon.entries}
        if missing:
            ap.error(f"no such lexicon entries: {sorted(missing)}")
        off = without(res.lexicon, set(args.entries))
    else:
        off = lexicon_at(args.base, res)
    return lambda: swapped(res, off)


def main(argv: list[str] | None = None) -> int:
    return run_diff(
        argv, None, seed=5252, n=2000, description=__doc__.splitlines()[0], options=options, setup=setup
    )


if __name__ == "__main__":
    raise SystemExit(main())

"""The records recall round 12 (evlex12) adds or changes on fresh articles: main's lexicon and generic agents against
the branch's.

    PYTHONPATH=src python benchmarks/events_recall12_diff.py --seed 1212 --n 1500
    PYTHONPATH=src python benchmarks/events_recall12_diff.py --pool saudi --n 2500

"Before" is ``lexicon.yaml`` and the ``single`` and ``pairs`` lists of ``agents.yaml`` as committed at ``--base``
(default main); "after" is the working tree. Articles as ``events_frames_diff.py`` draws them (in no gold file and no
judged sample, shuffled with ``--seed``); every trigger span whose records differ is printed with both readings, for
judging by reading (docs/events.md, "Recall round 12 (evlex12)").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import yaml

from marsad.events.coder import load_resources
from marsad.events.resources import CoderResources
from marsad.language.normalize import normalize_key
from marsad.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff
from events_lexicon_diff import lexicon_at
from events_sample import ROOT

AGENTS = "src/marsad/events/data/agents.yaml"


def agents_at(ref: str) -> dict[str, Any]:
    shown = subprocess.run(
        ["git", "show", f"{ref}:{AGENTS}"], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return yaml.safe_load(shown.stdout)


def by_word(lists: dict[str, list[str]]) -> dict[str, str]:
    """As ``resources.load_resources`` reads a sector -> words list."""
    return {normalize_key(w): sector for sector, ws in lists.items() for w in ws}


def options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--base", default="main", help="git ref whose lexicon and generic agents are 'before'")


def setup(
    pipeline: Pipeline, args: argparse.Namespace, ap: argparse.ArgumentParser
) -> Callable[[], AbstractContextManager]:
    """The base's lexicon and generic agents, built once, and the switch that swaps them into the resources."""
    res: CoderResources = pipeline.ctx.resource("events.coder", load_resources)
    agents = agents_at(args.base)
    off = {
        "lexicon": lexicon_at(args.base, res),
        "generic_single": by_word(agents["single"]),
        "generic_pairs": by_word(agents["pairs"]),
    }
    off["generic_pair_heads"] = frozenset(k.partition(" ")[0] for k in off["generic_pairs"])

    @contextmanager
    def swap() -> Iterator[None]:
        on = {name: getattr(res, name) for name in off}
        for name, value in off.items():
            object.__setattr__(res, name, value)
        res.generic_words.clear()  # the per-word cache holds what the lists said
        try:
            yield
        finally:
            for name, value in on.items():
                object.__setattr__(res, name, value)
            res.generic_words.clear()

    return swap


def main(argv: list[str] | None = None) -> int:
    return run_diff(
        argv, None, seed=1212, n=1500, description=__doc__.splitlines()[0], options=options, setup=setup
    )


if __name__ == "__main__":
    raise SystemExit(main())

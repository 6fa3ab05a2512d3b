"""The records recall round 13 (evlex13) adds or changes on fresh articles: main's lexicon, generic agents and
participant rules against the branch's.

    PYTHONPATH=src python benchmarks/events_recall13_diff.py --seed 1313 --n 1500
    PYTHONPATH=src python benchmarks/events_recall13_diff.py --pool saudi --n 2500
    PYTHONPATH=src python benchmarks/events_recall13_diff.py --pool saudi --n 2500 --rule visit

"Before" is ``lexicon.yaml`` as committed at ``--base`` (default main; the round changes no generic-agent list, and
``events_recall12_diff.py``'s swap of them no longer rebuilds main's pairs, which now join ``armed_opposition_pairs``)
with the round's rules switched off; "after" is the working tree. ``--rule
NAME`` switches off that rule alone (the lexicon is then the branch's on both sides). Rules: ``visit``
(``participants.visit_subject``: the party right after a visit verb, زار ماكرون مصر, is its subject) and
``attributed`` (``roles.attributed_attacker``: الاعتداء الذي نسب إلى تنظيم داعش, the party an attack is laid to is
its attacker); the lexicon's new entry (``assault.biniran``) goes with the base lexicon.
Articles as ``events_frames_diff.py`` draws them (in no gold file and no judged sample, shuffled with ``--seed``); every
trigger span whose records differ is printed with both readings, for judging by reading (docs/events.md, "Recall
round 13: sample K (evlex13)").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import marsad.events.participants as participants
import marsad.events.records as records
from marsad.events.coder import load_resources
from marsad.events.resources import CoderResources
from marsad.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff, switch_off
from events_lexicon_diff import lexicon_at

RULES: dict[str, list[tuple[object, str, Callable]]] = {
    "visit": [(participants, "visit_subject", lambda *a, **k: False)],
    "attributed": [(records, "attributed_attacker", lambda *a, **k: [])],
}


def options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--base", default="main", help="git ref whose lexicon is 'before'")
    ap.add_argument("--rule", choices=sorted(RULES), default=None, help="switch off this rule alone")


def setup(
    pipeline: Pipeline, args: argparse.Namespace, ap: argparse.ArgumentParser
) -> Callable[[], AbstractContextManager]:
    """The base's lexicon (unless ``--rule``) and the round's rules off."""
    rules_off = switch_off(RULES, [args.rule] if args.rule else list(RULES))
    res: CoderResources = pipeline.ctx.resource("events.coder", load_resources)
    branch = res.lexicon
    base = branch if args.rule else lexicon_at(args.base, res)

    @contextmanager
    def off() -> Iterator[None]:
        object.__setattr__(res, "lexicon", base)
        try:
            with rules_off():
                yield
        finally:
            object.__setattr__(res, "lexicon", branch)

    return off


def main(argv: list[str] | None = None) -> int:
    return run_diff(
        argv, None, seed=1313, n=1500, description=__doc__.splitlines()[0], options=options, setup=setup
    )


if __name__ == "__main__":
    raise SystemExit(main())

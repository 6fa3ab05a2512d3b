"""The records the body rule (``mentions._with_bodies``, evagent) adds or changes on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_bodies_diff.py --seed 743 --n 1500 > bodies_diff.txt

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline twice, with the rule switched off (no body
added to the sentence's parties) and on. Every trigger span whose records differ is printed with the sentence and
both readings, for judging by reading; the last line counts new, changed and lost records. docs/events.md, "Recall
round 2: bodies as agents", reports the judged list.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from unittest.mock import patch

import marsad.events.mentions as mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff


def bodies_off() -> AbstractContextManager:
    """No body added to the sentence's parties."""
    return patch.object(mentions, "_with_bodies", lambda story, words, out: out)


def main(argv: list[str] | None = None) -> int:
    return run_diff(argv, bodies_off, seed=743, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

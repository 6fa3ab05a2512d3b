"""The records the meeting-joiner rule (``constructions.meeting_joined``, evdrop3) adds or changes on fresh ANT
articles.

    PYTHONPATH=src python benchmarks/events_joined_diff.py --seed 9127 --n 1500 > joined_diff.txt

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline with the rule switched off (no جمع read
after a meeting noun's relative pronoun) and on. docs/events.md, "Recall round 3: sample D's dropped events",
reports the judged list.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from unittest.mock import patch

import marsad.events.constructions as constructions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff


def joined_off() -> AbstractContextManager:
    """No جمع read as naming a meeting's parties (an empty word list)."""
    return patch.object(constructions, "meeting_joiners", frozenset)


def main(argv: list[str] | None = None) -> int:
    return run_diff(argv, joined_off, seed=9127, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

"""The records the meeting-joiner rule (``constructions.meeting_joined``, evdrop3) adds or changes on fresh ANT
articles.

    PYTHONPATH=src python benchmarks/events_joined_diff.py --seed 9127 --n 1500 > joined_diff.txt

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline with the rule switched off (no جمع read
after a meeting noun's relative pronoun) and on. docs/events.md, "Recall round 3: sample D's dropped events",
reports the judged list.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import marsad.events.constructions as constructions
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import print_diff
from events_sample import ANT, ROOT, candidates, judged_ids


@contextmanager
def joined_off() -> Iterator[None]:
    """No جمع read as naming a meeting's parties."""
    rule = constructions.meeting_joiners
    constructions.meeting_joiners = frozenset  # type: ignore[assignment]  # an empty word list
    try:
        yield
    finally:
        constructions.meeting_joiners = rule


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=9127)
    ap.add_argument("--n", type=int, default=1500)
    args = ap.parse_args(argv)
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    exclude = judged_ids(samples)
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    recs = candidates(ant=ANT, seed=args.seed, exclude=exclude)[: args.n]
    print(print_diff(pipeline, first, recs, joined_off))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

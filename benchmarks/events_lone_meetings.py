"""The meetings the coder drops for naming one side only (``records._lone_meeting``): each trigger, its one side and
its sentence, on a gold file's even or all lines, or on fresh articles.

    PYTHONPATH=src python benchmarks/events_lone_meetings.py tests/events/gold/dev.jsonl --part even
    PYTHONPATH=src python benchmarks/events_lone_meetings.py --pool saudi --n 500

``--part even`` is ``events_errors.py --errors even``'s subset (0-based even indices: the first article is even);
dev's odd part is the unseen check and is refused. Recall round 14 (docs/events.md, "Recall round 14: one-sided
meetings") counted its cases with it.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import marsad.events.records as records
from marsad.events.gold import load_gold
from marsad.events.score import run_pipeline
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_errors import subset
from events_frames_diff import ANT, ROOT, judged_ids
from events_sample import candidates


@dataclass(frozen=True, slots=True)
class LoneMeeting:
    entry: str
    trigger: str
    side: str
    sentence: str


@contextmanager
def watching(found: list[LoneMeeting]) -> Iterator[None]:
    """While open, every meeting ``records._lone_meeting`` drops is appended to ``found`` (once per trigger and
    sentence: the coder asks twice, before and after the frame's sides)."""
    original = records._lone_meeting
    seen: set[tuple[int, str]] = set()

    def spy(ctx, m, source, target, in_clause, *, res):
        lone = original(ctx, m, source, target, in_clause, res=res)
        text = ctx.story.text
        key = (m.start, text[ctx.view.start : ctx.view.end])
        if lone and key not in seen:
            seen.add(key)
            side = " + ".join(p.text for p in [*source, *target])
            found.append(LoneMeeting(m.entry.id, text[m.start : m.end], side, key[1]))
        return lone

    records._lone_meeting = spy
    try:
        yield
    finally:
        records._lone_meeting = original


def lone_meetings(texts: Iterable[str], *, pipeline: Pipeline) -> list[LoneMeeting]:
    """The dropped one-sided meetings of ``texts``, each analysed as an article."""
    import marsad

    found: list[LoneMeeting] = []
    with watching(found):
        for text in texts:
            marsad.analyze(text, pipeline=pipeline)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="?")
    ap.add_argument("--part", choices=["all", "even"], default="even")
    ap.add_argument("--pool", choices=["ant", "saudi"], default=None)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1414)
    args = ap.parse_args(argv)
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    found: list[LoneMeeting] = []
    if args.gold is not None:
        gold = subset(load_gold(args.gold), args.part)
        with watching(found):
            run_pipeline(gold, pipeline=pipeline)
    else:
        samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
        recs = candidates(ant=ANT, seed=args.seed, exclude=judged_ids(samples), pool=args.pool)[: args.n]
        found = lone_meetings((r["text"] for r in recs), pipeline=pipeline)
    for f in found:
        sys.stdout.write(f"{f.entry}\t«{f.trigger}»\t{f.side}\t{f.sentence}\n")
    sys.stdout.write(f"{len(found)} one-sided meetings dropped\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

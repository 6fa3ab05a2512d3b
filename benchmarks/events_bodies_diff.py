"""The records the body rule (``mentions._with_bodies``, evagent) adds or changes on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_bodies_diff.py --seed 743 --n 1500 > bodies_diff.txt

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline twice, with the rule switched off (no body
added to the sentence's parties) and on. Every trigger span whose records differ is printed with the sentence and
both readings, for judging by reading; the last line counts new, changed and lost records. docs/events.md, "Recall
round 2: bodies as agents", reports the judged list.
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

import marsad.events.mentions as mentions
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import coded, reading
from events_sample import ANT, ROOT, candidates, judged_ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=743)
    ap.add_argument("--n", type=int, default=1500)
    args = ap.parse_args(argv)
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    exclude = judged_ids(samples)
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    rule = mentions._with_bodies
    new = changed = lost = 0
    for rec in candidates(ant=ANT, seed=args.seed, exclude=exclude)[: args.n]:
        mentions._with_bodies = lambda story, words, out: out  # the rule off
        try:
            before = coded(pipeline, first, rec)
        finally:
            mentions._with_bodies = rule
        after = coded(pipeline, first, rec)
        for span in sorted(set(before) | set(after)):
            b = sorted(reading(e) for e in before.get(span, (None, []))[1])
            a = sorted(reading(e) for e in after.get(span, (None, []))[1])
            if a == b:
                continue
            new += bool(a) and not b
            changed += bool(a) and bool(b)
            lost += bool(b) and not a
            story, events = after.get(span) or before[span]
            ev = events[0]
            sentence = story.text[ev.sentence.start : ev.sentence.end] if ev.sentence else ""
            print(f"## {rec['id']} {span[0]}-{span[1]} «{ev.text}»")
            print("   S:", sentence.replace("\n", " "))
            for r in b:
                print("   BEFORE", " | ".join(str(x) for x in r))
            for r in a:
                print("   AFTER ", " | ".join(str(x) for x in r))
    print(f"new {new}, changed {changed}, lost {lost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

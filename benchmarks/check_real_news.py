"""Run the whole default pipeline over every article of ../shared/data news and check that nothing raises
and every span (annotations and event participants) points at exactly its text.

Not a timed test: about 3 minutes for the 11,271 ANT and SaudiNewsNet articles on this 2-core machine.
Usage: python benchmarks/check_real_news.py [FILE.jsonl.gz ...]
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from marsad.ingest import Failure, iter_inputs
from marsad.model import ANNOTATION_LISTS, Story
from marsad.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT = [
    SHARED / "ant_news" / "ant_multisource_sample.jsonl.gz",
    SHARED / "ant_news" / "ant_jawharafm_politics_world.jsonl.gz",
    SHARED / "saudinewsnet" / "saudinewsnet_sample.jsonl.gz",
]


def bad_spans(story: Story) -> list[str]:
    bad = [
        f"{name} {x.start}:{x.end}"
        for name in ANNOTATION_LISTS
        for x in getattr(story, name)
        if story.text[x.start : x.end] != x.text
    ]
    bad += [
        f"participant {p.start}:{p.end}"
        for e in story.events
        for p in (*e.source, *e.target)
        if story.text[p.start : p.end] != p.text
    ]
    return bad


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING)
    paths = [str(p) for p in (argv or DEFAULT)]
    pipeline = Pipeline.from_settings()
    ok = unreadable = errors = 0
    started = time.perf_counter()
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            unreadable += 1
            continue
        try:
            article = pipeline.run(item)
            problems = [b for s in article.stories for b in bad_spans(s)]
        except Exception as exc:  # the point of this script: report any crash and go on
            errors += 1
            sys.stderr.write(f"ERROR {item.source}: {exc!r}\n")
            continue
        if problems:
            errors += 1
            sys.stderr.write(f"OFFSETS {item.source}: {problems[:5]}\n")
        else:
            ok += 1
    secs = time.perf_counter() - started
    sys.stdout.write(f"articles ok {ok}  unreadable {unreadable}  errors {errors}  ({secs:.0f} s)\n")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

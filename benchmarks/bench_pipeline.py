"""Whole pipeline, raw text -> coded events, on one core: articles per second.

    PYTHONPATH=src python benchmarks/bench_pipeline.py [N] [--shared PATH]

Reads N (default 400) real articles from the ANT sample in ../shared/data/ant_news (title, dateline and
text joined as a plain-text page, as `marsad analyze` would read a file), pins the process to one CPU,
loads the configured pipeline once (timed separately), warms up on 20 articles, then times the rest.
Prints the rate of the whole pipeline and the share of time spent in each stage.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections import defaultdict
from pathlib import Path

from marsad.ingest import read_text
from marsad.pipeline import Pipeline


def pages(path: Path, n: int) -> list[str]:
    out: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["category"] not in ("internationalNews", "middleEast", "politic"):
                continue
            head = [rec.get("title") or "", rec.get("published") or "", rec.get("author") or ""]
            out.append("\n".join([*head, rec["text"]]))
            if len(out) >= n:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=400)
    parser.add_argument(
        "--shared",
        default=os.environ.get("MARSAD_SHARED", str(Path(__file__).resolve().parents[2] / "shared")),
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = pages(Path(args.shared) / "data" / "ant_news" / "ant_multisource_sample.jsonl.gz", args.n + 20)
    t0 = time.perf_counter()
    pipe = Pipeline.from_settings()
    warm, timed = texts[:20], texts[20:]
    for i, text in enumerate(warm):
        pipe.run(read_text(text, source=f"warm{i}"))
    load = time.perf_counter() - t0
    per_stage: dict[str, float] = defaultdict(float)
    events = chars = 0
    start = time.perf_counter()
    for i, text in enumerate(timed):
        article = read_text(text, source=f"bench{i}")
        for stage in pipe.stages:
            s = time.perf_counter()
            article = stage.func(article, ctx=pipe.ctx)
            article.done.append(stage.name)
            per_stage[stage.name] += time.perf_counter() - s
        events += sum(len(st.events) for st in article.stories)
        chars += len(text)
    total = time.perf_counter() - start
    print(f"cpu affinity: {sorted(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else 'n/a'}")
    print(f"pipeline: {' -> '.join(pipe.names)}")
    print(f"load + warm-up (20 articles): {load:.2f} s")
    print(f"articles: {len(timed)}  characters: {chars}  events: {events}")
    print(
        f"whole pipeline: {len(timed) / total:.1f} articles/s ({total:.2f} s, {chars / total / 1000:.0f} k chars/s)"
    )
    for name, secs in sorted(per_stage.items(), key=lambda kv: -kv[1]):
        print(
            f"  {name:<12} {secs:7.2f} s  {100 * secs / total:5.1f} %  ({len(timed) / secs:8.1f} articles/s alone)"
        )


if __name__ == "__main__":
    main()

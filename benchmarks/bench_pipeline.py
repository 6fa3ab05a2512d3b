"""Whole pipeline, raw text -> coded events, on one core: articles per second.

    PYTHONPATH=src python benchmarks/bench_pipeline.py [N] [--shared PATH] [--bundled] [--passes K] [--warm M] [--gc]

Reads N (default 400) real articles from the ANT sample in ../shared/data/ant_news (title, dateline and
text joined as a plain-text page, as `marsad analyze` would read a file), or with ``--bundled`` the
200-article sample shipped in ``marsad/samples`` (no shared data needed); pins the process to one CPU,
loads the configured pipeline once (timed separately), warms up on 20 articles, then times the rest.
Rates are per CPU second of this process (``time.process_time``): on a shared machine wall-clock time
counts the other processes too. With ``--passes K`` the articles are run K times and the last pass is
reported (the steady state of a long ingest, once per-word caches are full). With ``--warm M`` the
pipeline first runs M other ANT articles, untimed: unseen articles after a long ingest. Prints the rate of the
whole pipeline, of the language stages (clean .. quotes) and each stage's share; with ``--gc``, the cyclic
garbage collector's collections and CPU time per generation in the timed pass (a full collection comes
once per thousands of articles and is charged to whichever stage allocated when it fell due), and the
number of objects it tracks at the end (what a full collection walks).
"""

from __future__ import annotations

import argparse
import copy
import gc
import gzip
import json
import os
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from marsad.ingest import Failure, iter_inputs, read_text
from marsad.pipeline import Pipeline

BUNDLED = Path(__file__).resolve().parents[1] / "src" / "marsad" / "samples" / "ant_news_sample.jsonl"
LANGUAGE_STAGES = ("clean", "sentences", "tokens", "quantities", "times", "quotes")


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


@dataclass
class Collections:
    count: int = 0
    seconds: float = 0.0


class GcTimer:
    """A ``gc.callbacks`` hook: collections and CPU time per generation (charged, in the stage
    figures, to whichever stage allocated when a collection fell due)."""

    def __init__(self) -> None:
        self.by_generation: dict[int, Collections] = {}
        self._start = 0.0

    def reset(self) -> None:
        self.by_generation = {generation: Collections() for generation in range(3)}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
            return
        entry = self.by_generation.setdefault(info["generation"], Collections())
        entry.count += 1
        entry.seconds += time.process_time() - self._start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=400)
    parser.add_argument(
        "--shared",
        default=os.environ.get("MARSAD_SHARED", str(Path(__file__).resolve().parents[2] / "shared")),
    )
    parser.add_argument("--bundled", action="store_true", help="the 200 articles of marsad/samples")
    parser.add_argument("--passes", type=int, default=1, help="run the articles K times, report the last")
    parser.add_argument(
        "--warm",
        type=int,
        default=0,
        help="first run M *other* ANT articles (not timed): a long ingest's caches, on unseen articles",
    )
    parser.add_argument(
        "--gc", action="store_true", help="also report the cyclic garbage collector's time in the timed pass"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.bundled:
        records = [a for a in iter_inputs([str(BUNDLED)]) if not isinstance(a, Failure)]
    else:
        path = Path(args.shared) / "data" / "ant_news" / "ant_multisource_sample.jsonl.gz"
        # The --warm articles come after the timed ones in the file, so the timed set is the same
        # whatever --warm is.
        texts = pages(path, args.n + 20 + args.warm)
        records = [read_text(t, source=f"bench{i}") for i, t in enumerate(texts)]
    t0 = time.process_time()
    pipe = Pipeline.from_settings()
    warm = records[:20] + (records[args.n + 20 :] if not args.bundled else [])
    for article in warm:
        pipe.run(copy.deepcopy(article))
    load = time.process_time() - t0
    timed = records if args.bundled else records[20 : args.n + 20]
    per_stage: dict[str, float] = defaultdict(float)
    collections = GcTimer()
    if args.gc:
        gc.callbacks.append(collections)
    for _ in range(max(1, args.passes)):
        per_stage.clear()
        collections.reset()
        events = chars = 0
        for original in timed:
            article = copy.deepcopy(original)
            for stage in pipe.stages:
                s = time.process_time()
                article = stage.func(article, ctx=pipe.ctx)
                article.done.append(stage.name)
                per_stage[stage.name] += time.process_time() - s
            events += sum(len(st.events) for st in article.stories)
            chars += len(original.raw)
        total = sum(per_stage.values())
    n = len(timed)
    print(f"cpu affinity: {sorted(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else 'n/a'}")
    print(f"pipeline: {' -> '.join(pipe.names)}")
    print(f"load + warm-up ({len(warm)} articles): {load:.2f} CPU s")
    print(f"articles: {n}  characters: {chars}  events: {events}  (pass {args.passes} of {args.passes})")
    print(
        f"whole pipeline: {n / total:.1f} articles/CPU s ({total:.2f} CPU s, {chars / total / 1000:.0f} k chars/s)"
    )
    lang = sum(v for k, v in per_stage.items() if k in LANGUAGE_STAGES)
    if lang:
        print(f"language stages ({', '.join(LANGUAGE_STAGES)}): {n / lang:.1f} articles/CPU s")
    for name, secs in sorted(per_stage.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<12} {secs:7.2f} s  {100 * secs / total:5.1f} %  ({n / secs:8.1f} articles/s alone)")
    if args.gc:
        for generation, c in sorted(collections.by_generation.items()):
            print(
                f"  gc generation {generation}: {c.count} collections, {c.seconds:.3f} CPU s"
                " (inside the stages above)"
            )
        # What a full collection walks (the loaded models are frozen out of it): mostly the entries
        # of the per-word caches that are container objects. Unlike the seconds above, the load of the
        # machine does not move it.
        print(f"  objects the collector tracks after the run (not frozen): {len(gc.get_objects())}")
        gc.collect()  # the survivors only, by type: which caches' entries a full collection walks
        kinds = Counter(type(o).__name__ for o in gc.get_objects())
        print(
            f"  after a collection: {sum(kinds.values())}; most: {', '.join(f'{k} {v}' for k, v in kinds.most_common(6))}"
        )


if __name__ == "__main__":
    main()

"""Throughput of the five language stages (sentences, tokens, quantities, times, quotes) on the bundled
news sample (200 ANT articles), on one core. Prints articles/s and the share of each stage.
Time is CPU time of this process (``time.process_time``), so other jobs on a shared machine do not
inflate it; the wall-clock figure is printed too.

    PYTHONPATH=src python benchmarks/bench_language.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources

from marsad.language import quantities, quotes, sentences, times, tokens
from marsad.model import Article, Story
from marsad.pipeline import Context

STAGES = [sentences.STAGE, tokens.STAGE, quantities.STAGE, times.STAGE, quotes.STAGE]


def load_articles() -> list[dict]:
    text = resources.files("marsad.samples").joinpath("ant_news_sample.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def make(rec: dict) -> Article:
    story = Story(id=rec["id"], role="main", text=rec["text"], title=rec.get("title"), published=None)
    return Article(id=rec["id"], source="bench", raw=rec["text"], stories=[story])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records = load_articles()
    ctx = Context()
    # Warm-up: loads data files and fills the per-word caches once, as a long-running process would.
    for rec in records[:20]:
        a = make(rec)
        for st in STAGES:
            st.func(a, ctx=ctx)
    per_stage = dict.fromkeys((s.name for s in STAGES), 0.0)
    best = float("inf")
    wall0 = time.perf_counter()
    chars = sum(len(r["text"]) for r in records)
    for _ in range(args.repeat):
        arts = [make(r) for r in records]
        t0 = time.process_time()
        for a in arts:
            for st in STAGES:
                s0 = time.process_time()
                st.func(a, ctx=ctx)
                per_stage[st.name] += time.process_time() - s0
        best = min(best, time.process_time() - t0)
    wall = (time.perf_counter() - wall0) / args.repeat
    total = sum(per_stage.values())
    print(f"articles: {len(records)}  characters: {chars}  mean chars/article: {chars // len(records)}")
    print(f"best of {args.repeat}: {best:.3f} s CPU  ->  {len(records) / best:.0f} articles/s (one core)")
    print(f"mean wall clock per run: {wall:.3f} s  ->  {len(records) / wall:.0f} articles/s")
    for name, secs in per_stage.items():
        print(f"  {name:<11} {100 * secs / total:5.1f} %")


if __name__ == "__main__":
    main()

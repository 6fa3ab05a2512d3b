"""Entities stage speed on one core: knowledge-base load time, articles/s and characters/s.

    PYTHONPATH=src python benchmarks/bench_entities.py [N]

Reads ANT news from ../shared/data/ant_news (or the packaged sample) and links each article's text
with its publication date, as the stage does.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

from marsad.entities.kb import KnowledgeBase
from marsad.entities.link import Linker
from marsad.entities.stage import load_ner
from marsad.model import Story
from marsad.pipeline import Context

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def articles(limit: int) -> list[tuple[str, str | None]]:
    path = SHARED / "data" / "ant_news" / "ant_multisource_sample.jsonl.gz"
    if not path.exists():
        path = Path(__file__).resolve().parents[1] / "src/marsad/samples/ant_news_sample.jsonl"
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            try:
                date = parsedate_to_datetime(r["published"]).date().isoformat()
            except (TypeError, ValueError):
                date = None
            out.append((r["title"] + "\n" + r["text"], date))
            if len(out) >= limit:
                break
    return out


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    t0 = time.perf_counter()
    kb = KnowledgeBase.load()
    linker = Linker(kb, kb.matcher())
    t_load = time.perf_counter() - t0
    docs = articles(n)
    chars = sum(len(t) for t, _ in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    entities = sum(len(linker.link(text, date=date)) for text, date in docs)
    wall, dt = time.perf_counter() - t0, time.process_time() - c0
    print(f"knowledge base: {len(kb.actors)} actors, {len(kb.entries)} aliases, load+build {t_load:.2f} s")
    print(
        f"linked {len(docs)} articles ({chars / len(docs):.0f} chars avg): {dt:.2f} s CPU ({wall:.2f} s wall) on one core"
    )
    print(
        f"knowledge base only: {len(docs) / dt:.0f} articles/s (CPU time), {chars / dt / 1e6:.2f} M chars/s, "
        f"{entities / len(docs):.1f} entities/article"
    )
    tagger = load_ner(Context())
    if tagger is not None:
        c0 = time.process_time()
        for k, (text, date) in enumerate(docs):
            story = Story(id=str(k), role="main", text=text, published=date)
            linker.link(text, date=date, ner=tagger.entity_spans(story))
        dt_ner = time.process_time() - c0
        print(f"with NER spans (the stage as shipped): {len(docs) / dt_ner:.0f} articles/s (CPU time)")


if __name__ == "__main__":
    main()

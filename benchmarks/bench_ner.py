"""NER speed on one core: features alone, tagging CoNLL sentences, and entity_spans over news stories.

Run: PYTHONPATH=src python benchmarks/bench_ner.py  (needs ../shared/data or MARSAD_SHARED)
"""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

from marsad.entities.ner import NerTagger
from marsad.entities.ner.corpus import read_conll
from marsad.model import Story

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def main() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    started = time.perf_counter()
    tagger = NerTagger.load()
    print(f"load: {time.perf_counter() - started:.2f} s")

    sents = [s.tokens for s in read_conll(SHARED / "data/anercorp_camel/train.txt")[:1500]]
    n_tokens = sum(len(s) for s in sents)
    started = time.perf_counter()
    for s in sents:
        tagger.extractor.sentence(s)
    feats = time.perf_counter() - started
    started = time.perf_counter()
    tagger.tag_sentences(sents)
    tag = time.perf_counter() - started
    print(f"features only: {n_tokens / feats:,.0f} tokens/s ({n_tokens:,} tokens, {len(sents)} sentences)")
    print(f"tag (features + CRF): {n_tokens / tag:,.0f} tokens/s")

    stories = []
    with gzip.open(SHARED / "data/ant_news/ant_multisource_sample.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line, _ in zip(fh, range(300), strict=False):
            rec = json.loads(line)
            stories.append(Story(id=rec["id"], role="main", text=rec["text"]))
    chars = sum(len(s.text) for s in stories)
    started = time.perf_counter()
    entities = sum(len(tagger.entity_spans(s)) for s in stories)
    spans = time.perf_counter() - started
    print(
        f"entity_spans on {len(stories)} ANT stories: {chars / spans:,.0f} chars/s, "
        f"{len(stories) / spans:.1f} stories/s, {entities} entities"
    )


if __name__ == "__main__":
    main()

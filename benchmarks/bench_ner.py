"""NER speed on one core (CPU time, so other jobs on the machine do not count): features alone, tagging CoNLL sentences (the shipped tagging: two CRF passes times the neural scorer), the neural scorer alone, and entity_spans over news stories.

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
from marsad.entities.ner.tokenize import sentence_tokens
from marsad.model import Story

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def main() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    started = time.process_time()
    tagger = NerTagger.load()
    print(f"load: {time.process_time() - started:.2f} s")

    sents = [s.tokens for s in read_conll(SHARED / "data/anercorp_camel/train.txt")[:1500]]
    n_tokens = sum(len(s) for s in sents)
    print(f"{n_tokens:,} tokens, {len(sents)} sentences of ANERcorp")
    started = time.process_time()
    for s in sents:
        tagger.extractor.sentence(s)
    print(
        f"feature dicts (the training path, uncached): {n_tokens / (time.process_time() - started):,.0f} tokens/s"
    )
    for label in ("run 1, cold word-form cache", "run 2, warm cache"):
        started = time.process_time()
        for s in sents:
            tagger.extractor.sentence_attributes(s)
        feats = time.process_time() - started
        started = time.process_time()
        tagger.tag_sentences(sents)
        tag = time.process_time() - started
        started = time.process_time()
        tagger.first_pass(sents)
        first = time.process_time() - started
        print(
            f"{label}: features {n_tokens / feats:,.0f} tokens/s; tag, two passes (the shipped tagging) "
            f"{n_tokens / tag:,.0f} tokens/s; first CRF alone {n_tokens / first:,.0f} tokens/s"
        )
        if label.startswith("run 1"):
            tagger = NerTagger.load()  # a fresh cache for the tag timing of the first run
            started = time.process_time()
            tagger.tag_sentences(sents)
            print(
                f"  tag (two passes) from a cold cache: {n_tokens / (time.process_time() - started):,.0f} tokens/s"
            )

    if tagger.net is not None:
        for label in ("cold token cache", "warm token cache"):
            if label.startswith("cold"):
                tagger = NerTagger.load()
            started = time.process_time()
            tagger.net.log_probs(sents)
            print(
                f"neural scorer alone ({label}): {n_tokens / (time.process_time() - started):,.0f} tokens/s"
            )

    stories = []
    with gzip.open(SHARED / "data/ant_news/ant_multisource_sample.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line, _ in zip(fh, range(600), strict=False):
            rec = json.loads(line)
            stories.append(Story(id=rec["id"], role="main", text=rec["text"]))
    warmup, stories = stories[300:], stories[:300]
    chars = sum(len(s.text) for s in stories)
    tokens = sum(len(sent.texts) for s in stories for sent in sentence_tokens(s.text))
    tagger = NerTagger.load()
    # Cold: a fresh word-form cache. Warm: the cache filled by 300 *other* stories first, as in a
    # long-running pipeline where one tagger sees article after article.
    for label, warm in (("cold cache", []), ("warmed on 300 other stories", warmup)):
        for s in warm:
            tagger.entity_spans(s)
        started = time.process_time()
        entities = sum(len(tagger.entity_spans(s)) for s in stories)
        spans = time.process_time() - started
        print(
            f"entity_spans on {len(stories)} ANT stories ({label}): {tokens / spans:,.0f} tokens/s, "
            f"{chars / spans:,.0f} chars/s, {len(stories) / spans:.1f} stories/s, {entities} entities"
        )


if __name__ == "__main__":
    main()

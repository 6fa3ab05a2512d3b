"""Exactness gate for speed work: the whole default pipeline's output as canonical JSON.

    PYTHONPATH=src python benchmarks/check_identical.py OUT.jsonl [--ant N] [--saudi N] [--shared PATH]

Runs the configured pipeline over the 200 bundled articles, N (default 300) ANT pages from
../shared/data/ant_news (as bench_pipeline reads them) and N (default 0) SaudiNewsNet articles, twice:
the second pass runs with the per-word caches full, and must give the same output as the first (a cache
that changes output is a bug). Writes one canonical JSON line per article (every story's sentences, tokens,
entities, times, quantities, quotes and events, keys sorted) to OUT. Compare two such files with ``cmp``: a speed change is
accepted only when the files are byte-identical before and after it.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
import sys
from pathlib import Path

from bench_pipeline import BUNDLED, pages

from marsad.ingest import Failure, iter_inputs, read_text
from marsad.pipeline import Pipeline

FIELDS = ("sentences", "tokens", "entities", "times", "quantities", "quotes", "events")


def canonical(article_dict: dict) -> str:
    stories = [
        {"id": s["id"], "text": s["text"], **{k: s[k] for k in FIELDS}} for s in article_dict["stories"]
    ]
    return json.dumps({"id": article_dict["id"], "stories": stories}, ensure_ascii=False, sort_keys=True)


def saudi_pages(path: Path, n: int) -> list[str]:
    """The first ``n`` SaudiNewsNet articles with a text, as title, date, author and text lines (as ``pages``)."""
    out: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not (rec.get("content") or "").strip():
                continue
            head = [rec.get("title") or "", rec.get("date_extracted") or "", rec.get("author") or ""]
            out.append("\n".join([*head, rec["content"]]))
            if len(out) >= n:
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--ant", type=int, default=300)
    # SaudiNewsNet's first N articles (file order) after the ANT pages: another press, other words to exercise
    parser.add_argument("--saudi", type=int, default=0)
    parser.add_argument(
        "--shared",
        default=os.environ.get("MARSAD_SHARED", "/work/shared"),
    )
    args = parser.parse_args()
    records = [a for a in iter_inputs([str(BUNDLED)]) if not isinstance(a, Failure)]
    path = Path(args.shared) / "data" / "ant_news" / "ant_multisource_sample.jsonl.gz"
    if args.ant and path.exists():
        records += [read_text(t, source=f"ant{i}") for i, t in enumerate(pages(path, args.ant))]
    saudi = Path(args.shared) / "data" / "saudinewsnet" / "saudinewsnet_sample.jsonl.gz"
    if args.saudi and saudi.exists():
        records += [read_text(t, source=f"saudi{i}") for i, t in enumerate(saudi_pages(saudi, args.saudi))]
    pipe = Pipeline.from_settings()
    first = [canonical(pipe.run(copy.deepcopy(a)).to_dict()) for a in records]
    second = [canonical(pipe.run(copy.deepcopy(a)).to_dict()) for a in records]
    unstable = sum(a != b for a, b in zip(first, second, strict=True))
    Path(args.out).write_text("\n".join(first) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(records)} articles written to {args.out}; second pass differs on {unstable}\n")
    return 1 if unstable else 0


if __name__ == "__main__":
    raise SystemExit(main())

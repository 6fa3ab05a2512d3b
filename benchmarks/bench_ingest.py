"""Reading and cleaning speed on the shared news sample, on one core.

    PYTHONPATH=src python benchmarks/bench_ingest.py [--n 3000] [--shared ../shared]

Plain text: each ANT article written as a scraped page (title line, then the text) goes through
``read_bytes`` (decoding, format sniffing) and the ``clean`` stage. HTML: each article wrapped in a
news-site page (navigation, JSON-LD-free meta tags, footer) goes through trafilatura and ``clean``;
the CNN Arabic page of ``html_pages`` is timed on its own. JSON Lines: the ANT records as they are.
Targets (issue #2): >= 500 plain-text articles/s and >= 50 HTML pages/s.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

from marsad.ingest import read_bytes
from marsad.pipeline import Pipeline


def _page(record: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
    nav = "".join(f"<li><a href='/s{i}'>قسم {i}</a></li>" for i in range(30))
    return (
        "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<title>{html.escape(record['title'])}</title>"
        f"<meta property='og:title' content='{html.escape(record['title'])}'>"
        f"<meta name='pubdate' content='{html.escape(record['published'])}'>"
        f"<meta property='og:site_name' content='{html.escape(record['source_name'])}'>"
        f"</head><body><header><ul>{nav}</ul></header><main><article>"
        f"<h1>{html.escape(record['title'])}</h1>{paragraphs}</article>"
        "<aside><h3>الأكثر قراءة</h3><ul><li><a href='/a'>خبر آخر</a></li></ul></aside></main>"
        "<footer><p>جميع الحقوق محفوظة</p></footer></body></html>"
    )


def _rate(name: str, items: list[bytes], run: Callable[[bytes, int], None]) -> float:
    start = time.perf_counter()
    for i, data in enumerate(items):
        run(data, i)
    seconds = time.perf_counter() - start
    rate = len(items) / seconds
    print(f"{name:<34} {len(items):>6} in {seconds:6.2f} s  = {rate:8.0f} /s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="articles per measurement")
    parser.add_argument(
        "--shared",
        default=os.environ.get("MARSAD_SHARED", str(Path(__file__).resolve().parents[2] / "shared")),
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the issue asks
    shared = Path(args.shared) / "data"
    sample = shared / "ant_news" / "ant_multisource_sample.jsonl.gz"
    with gzip.open(sample, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh][: args.n]
    cleaner = Pipeline.from_settings(upto="clean")

    def run(data: bytes, i: int) -> None:
        for article in read_bytes(data, source=f"bench#{i}"):
            cleaner.run(article)

    # Warm-up: label data, regexes, trafilatura's import.
    run(_page(records[0]).encode(), 0)
    run((records[0]["title"] + "\n" + records[0]["text"]).encode(), 0)
    print(
        f"marsad ingest+clean benchmark - {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, one core, {len(records)} ANT articles"
    )
    text = [(r["title"] + "\n" + r["text"]).encode("utf-8") for r in records]
    jsonl = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    pages = [_page(r).encode("utf-8") for r in records]
    plain = _rate("plain-text articles (read+clean)", text, run)
    _rate("JSON Lines records (read+clean)", jsonl, run)
    html_rate = _rate("HTML pages (trafilatura+clean)", pages, run)
    cnn = shared / "html_pages" / "cnn_arabic_2013_syria.html"
    if cnn.exists():
        _rate("CNN Arabic full page x200", [cnn.read_bytes()] * 200, run)
    print(
        f"targets: plain text >= 500/s: {'met' if plain >= 500 else 'MISSED'}; "
        f"HTML >= 50/s: {'met' if html_rate >= 50 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()

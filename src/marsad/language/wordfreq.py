"""The word-frequency table behind clitic segmentation, and the script that builds it.

``data/word_freq.tsv`` counts every Arabic word form (light key: no diacritics, hamza seats and ta
marbuta kept) in the ANT news articles of ``../shared/data/ant_news`` (about 2 million words). The
table is built once by ``python -m marsad.language.wordfreq [SHARED_DATA]`` and shipped; nothing
reads the shared data at run time. Forms seen fewer than ``MIN_COUNT`` times are left out: they
carry little evidence and would only make the file large.
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

from marsad.language.normalize import light_key

log = logging.getLogger(__name__)

MIN_COUNT = 3
ANT_FILES = ("ant_multisource_sample.jsonl.gz", "ant_jawharafm_politics_world.jsonl.gz")
FREQ_FILE = "word_freq.tsv.gz"


def count_words(paths: list[Path]) -> Counter[str]:
    from marsad.language.tokens import WORD_RE

    counts: Counter[str] = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for field in ("title", "text"):
                    for m in WORD_RE.finditer(rec.get(field) or ""):
                        counts[light_key(m.group())] += 1
    return counts


@cache  # read-only data, loaded once per process; an immutable mapping view is handed out
def article_free_counts() -> dict[str, int]:
    """Counts keyed by the form without the article: ``count(x) + count(ال + x)``.

    The segmenter asks "is this base a word?" regardless of whether it carries ال, so وزير and
    الوزير pool their evidence (see :mod:`marsad.language.clitics`).
    """
    pooled: dict[str, int] = {}
    data = resources.files("marsad.language").joinpath("data", FREQ_FILE).read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        word, _, n = line.partition("\t")
        key = word[2:] if word.startswith("ال") and len(word) > 3 else word
        pooled[key] = pooled.get(key, 0) + int(n)
    return pooled


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else Path(__file__).resolve().parents[4] / "shared" / "data"
    paths = [shared / "ant_news" / name for name in ANT_FILES]
    counts = count_words(paths)
    total = sum(counts.values())
    kept = sorted(((w, n) for w, n in counts.items() if n >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    out = Path(__file__).resolve().parent / "data" / FREQ_FILE
    body = "".join(f"{w}\t{n}\n" for w, n in kept).encode("utf-8")
    out.write_bytes(gzip.compress(body, mtime=0))
    log.warning(
        "%d word tokens, %d types, %d kept (count >= %d) -> %s", total, len(counts), len(kept), MIN_COUNT, out
    )
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main(sys.argv[1:]))

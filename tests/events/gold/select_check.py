"""Print the candidate order from which the check gold sets (``check.jsonl``, ``check2.jsonl``) were taken.

The annotation guide's §1 selection read literally: ANT politics/world records (``internationalNews``,
``middleEast``, ``politic``) with 400-2,200 characters of ``text`` and a DOCNO date of 2014 or later, in file
order, each shared file shuffled on its own with ``random.Random(20261126)``. Articles already in a gold set
are marked (``DEV``, ``CHK``, ``CHK2``) and skipped. ``check.jsonl`` took the first candidates of this order,
``check2.jsonl`` the next ones (after multi-source position 27 and Jawhara FM position 1). Run:
``python tests/events/gold/select_check.py [N] [FROM]`` (print positions FROM..N-1; needs
``../shared/data/ant_news``; set ``MARSAD_SHARED`` when the repository is not beside ``shared/``).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
# Like tests/support.py: MARSAD_SHARED, else ../shared beside the repository.
SHARED = Path(os.environ.get("MARSAD_SHARED", HERE.parents[3] / "shared")) / "data" / "ant_news"
FILES = ("ant_multisource_sample.jsonl.gz", "ant_jawharafm_politics_world.jsonl.gz")
CATEGORIES = frozenset({"internationalNews", "middleEast", "politic"})
SEED = 20261126


def eligible(record: dict) -> bool:
    """The guide's filter: a politics/world record of 400-2,200 characters from 2014 or later."""
    return (
        record["category"] in CATEGORIES
        and 400 <= len(record["text"]) <= 2200
        and int(record["id"][-8:-4]) >= 2014
    )


def shuffled(name: str) -> list[dict]:
    """One shared file's eligible records in the seeded order."""
    with gzip.open(SHARED / name, "rt", encoding="utf-8") as fh:
        records = [r for r in map(json.loads, fh) if eligible(r)]
    random.Random(SEED).shuffle(records)
    return records


GOLD_SETS = (("dev.jsonl", "DEV "), ("check.jsonl", "CHK "), ("check2.jsonl", "CHK2 "))


def used_ids() -> dict[str, str]:
    """Article id -> the mark of the gold set that already holds it."""
    marks: dict[str, str] = {}
    for file_name, mark in GOLD_SETS:
        path = HERE / file_name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                marks.setdefault(json.loads(line)["article"]["id"], mark)
    return marks


def main(limit: int, first: int = 0) -> None:
    used = used_ids()
    for name in FILES:
        for pos, record in enumerate(shuffled(name)[:limit]):
            if pos >= first:
                mark = used.get(record["id"], "")
                sys.stdout.write(f"{name[:16]} {pos:3d} {mark}{record['id']} {record['title'][:70]}\n")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 30,
        int(sys.argv[2]) if len(sys.argv) > 2 else 0,
    )

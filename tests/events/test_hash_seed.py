"""The events do not depend on Python's string hash seed (determ1, session 15).

A set or dict of strings iterated where the order decides a tie (the first of a set, a ``min`` over a set whose
key ties) would make the output change with ``PYTHONHASHSEED`` (and with the directory the code runs from, whose
path strings enter some hashes). The pipeline runs in two fresh interpreters with different seeds over the 200
bundled ANT articles, among them the three (lines 18, 29 and 110 of the sample) whose events differed in round 26's
comparison of two checkouts (the cause there was two different versions of the code, not the seed: see
docs/events.md, "Deterministic output (determ1)"); every story's entities and events must come out the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
SAMPLE = SRC / "marsad" / "samples" / "ant_news_sample.jsonl"

# all 200 bundled articles (about 12 s for both runs): with the first 40 only, a tie in home_country broken by set
# order (mutation ``max(set(counts), ...)``) went unseen; with all 200 it changes article 82's events
PICKED = tuple(range(200))

SCRIPT = """
import copy, json, sys
from marsad.ingest import Failure, iter_inputs
from marsad.pipeline import Pipeline

picked = set(json.loads(sys.argv[2]))
records = [a for a in iter_inputs([sys.argv[1]]) if not isinstance(a, Failure)]
pipe = Pipeline.from_settings()
for i, art in enumerate(records):
    if i not in picked:
        continue
    out = pipe.run(copy.deepcopy(art)).to_dict()
    stories = [{"id": s["id"], "entities": s["entities"], "events": s["events"]} for s in out["stories"]]
    sys.stdout.write(json.dumps({"line": i, "stories": stories}, ensure_ascii=False, sort_keys=True) + "\\n")
"""


def _run(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(SAMPLE), json.dumps(sorted(PICKED))],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=300,
    )
    return done.stdout.splitlines()


def test_events_do_not_depend_on_the_hash_seed() -> None:
    one, two = _run("1"), _run("2")
    assert len(one) == len(PICKED)
    # the articles are not trivial: the comparison covers many events
    events = sum(len(s["events"]) for line in one for s in json.loads(line)["stories"])
    assert events >= 100
    differ = [json.loads(a)["line"] for a, b in zip(one, two, strict=True) if a != b]
    assert differ == []

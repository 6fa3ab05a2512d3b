"""Where a gold set loses, in aggregate counts only: safe to run on the blind sets (check, check2).

    PYTHONPATH=src python benchmarks/events_blind_summary.py tests/events/gold/check2.jsonl

For the type-matched pairs (as the scorer pairs them) it counts the side errors by category (the categories of
``events_errors.py``) and by gold type, the gold recipients' sectors where the recipient is missing, and the date and
place errors by kind (null where gold has one, set where gold has none, both set but different). It never prints a
sentence, a trigger or an article id, so reading it does not turn a blind set into a tuning set.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from events_errors import aligned_predictions, category

from marsad.events.gold import load_gold
from marsad.events.score import (
    actors_match,
    locations_match,
    match_events,
    run_pipeline,
    scored_gold,
)
from marsad.pipeline import Pipeline
from marsad.settings import Settings


def value_error(gold: str | None, pred: str | None) -> str:
    """The kind of a date or place mismatch."""
    if pred is None:
        return "null where gold has one"
    if gold is None:
        return "set where gold has none"
    return "both set, different"


def summarise(gold_path: Path) -> dict[str, collections.Counter[str]]:
    gold = load_gold(gold_path)
    predicted = run_pipeline(gold, pipeline=Pipeline.from_settings(Settings.load(path=None)))
    out: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for g in gold:
        gold_events = [scored_gold(e) for e in g.events]
        preds = aligned_predictions(g, predicted[g.id])
        for pair in match_events(gold_events, preds):
            ge, pe = gold_events[pair.gold], preds[pair.pred]
            out["type-matched pairs"]["all"] += 1
            if not (actors_match(ge.source, pe.source) and actors_match(ge.target, pe.target)):
                cat = category(ge.source, ge.target, pe.source, pe.target)
                out["side errors"][cat] += 1
                out["side errors by type"][f"{cat} / {ge.type}"] += 1
                if cat == "recipient missing":
                    sectors = ",".join(sorted(str(s) for _, s in ge.target))
                    out["missing recipients' gold sectors"][sectors] += 1
            out["dates"]["right" if ge.date == pe.date else value_error(ge.date, pe.date)] += 1
            right = locations_match(ge, pe)
            out["places"]["right" if right else value_error(ge.location, pe.location)] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    args = ap.parse_args(argv)
    for name, counts in summarise(args.gold).items():
        row = ", ".join(f"{k} {v}" for k, v in counts.most_common())
        print(f"{name}: {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Type+date and type+location figures of the event coder, and the date/location errors of type-matched pairs.

    PYTHONPATH=src python benchmarks/events_dates.py                      # even/odd/all dev, check, check2
    PYTHONPATH=src python benchmarks/events_dates.py --errors even        # list dev even-line errors

Figures for the blind sets (``check.jsonl``, ``check2.jsonl``) are aggregates only: ``--errors`` reads the
dev gold's even lines (where rules are tuned) or odd lines, never a blind set (docs/events.md). Each listed
pair shows the sentence, the story date, the time expressions the language layer found in the sentence,
the gold and the predicted date and place, and a rough category of the loss.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from marsad.events.gold import GoldArticle, load_gold
from marsad.events.score import (
    ScoredEvent,
    align_prediction,
    evaluate,
    locations_match,
    match_events,
    run_pipeline,
    scored_gold,
)
from marsad.model import Article, Story
from marsad.pipeline import Pipeline
from marsad.settings import Settings

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "events" / "gold"
CRITERIA = ("type", "type+date", "type+location")


def subset(gold: list[GoldArticle], part: str) -> list[GoldArticle]:
    if part == "all":
        return gold
    return [g for i, g in enumerate(gold) if i % 2 == (0 if part == "even" else 1)]


def date_category(gold: str | None, pred: str | None, published: str | None) -> str:
    if gold is None:
        return "pred date, gold none" + (" (= story date)" if pred == published else "")
    if pred is None:
        return "gold date, pred none" + (" (gold = story date)" if gold == published else "")
    if gold.startswith(pred) or pred.startswith(gold):
        return "granularity"
    if pred == published:
        return "pred = story date, gold other"
    return "wrong value"


def place_category(gold: ScoredEvent, pred: ScoredEvent) -> str:
    if gold.location is None:
        return "pred place, gold none"
    if pred.location is None:
        return "gold place, pred none"
    return "other place"


def _story_of(art: Article, start: int) -> Story | None:
    for story in art.stories:
        for ev in story.events:
            if ev.start == start:
                return story
    return None


def errors(gold: list[GoldArticle], predicted: dict[str, Article]) -> None:
    dates: collections.Counter[str] = collections.Counter()
    places: collections.Counter[str] = collections.Counter()
    for g in gold:
        gold_events = [scored_gold(e) for e in g.events]
        art = predicted[g.id]
        preds: list[tuple[ScoredEvent, Story]] = []
        for story in art.stories:
            for ev in story.events:
                aligned = align_prediction(ev, story=story, gold_text=g.text)
                if aligned is not None:
                    preds.append((aligned, story))
        for pair in match_events(gold_events, [p for p, _ in preds]):
            ge, (pe, story) = gold_events[pair.gold], preds[pair.pred]
            date_ok, place_ok = ge.date == pe.date, locations_match(ge, pe)
            if date_ok and place_ok:
                continue
            labels = []
            if not date_ok:
                cat = date_category(ge.date, pe.date, g.published)
                dates[cat] += 1
                labels.append(f"date: {cat}")
            if not place_ok:
                cat = place_category(ge, pe)
                places[cat] += 1
                labels.append(f"place: {cat}")
            sent = g.text[ge.sentence_start : ge.sentence_end].replace("\n", " ")
            trig = g.text[ge.trigger_start : ge.trigger_end] if ge.trigger_start is not None else ""
            times = [
                f"{t.text}={t.value}"
                for t in story.times
                if story.text[t.start : t.end] and t.text in sent and t.value is not None
            ]
            print(f"[{'; '.join(labels)}] {g.id} {ge.type} '{trig}' story {story.role} {story.date}")
            print(f"  {sent[:400]}")
            print(f"  times {times}")
            print(f"  gold date {ge.date} place {ge.location} ({ge.location_country})")
            print(f"  pred date {pe.date} place {pe.location} ({pe.location_country})")
    print("dates", dict(dates.most_common()))
    print("places", dict(places.most_common()))


def row(label: str, gold: list[GoldArticle], predicted: dict[str, Article]) -> str:
    rep = evaluate(gold, predicted)
    cells = []
    for c in CRITERIA:
        n = rep.overall[c]
        cells.append(f"{c} F1 {n.f1:.3f} ({n.matched})")
    return f"{label:7} " + "  ".join(cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", choices=["even", "odd"], default=None)
    ap.add_argument("--no-blind", action="store_true", help="skip check.jsonl and check2.jsonl")
    args = ap.parse_args(argv)
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    dev = load_gold(GOLD_DIR / "dev.jsonl")
    predicted = run_pipeline(dev, pipeline=pipeline)
    for part in ("even", "odd", "all"):
        sys.stdout.write(row(part, subset(dev, part), predicted) + "\n")
    if not args.no_blind:
        for name in ("check", "check2"):
            blind = load_gold(GOLD_DIR / f"{name}.jsonl")
            sys.stdout.write(row(name, blind, run_pipeline(blind, pipeline=pipeline)) + "\n")
    if args.errors:
        errors(subset(dev, args.errors), predicted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Dev-gold figures for the event coder by line parity, and the actor errors of type-matched pairs.

    PYTHONPATH=src python benchmarks/events_errors.py tests/events/gold/dev.jsonl            # all/even/odd
    PYTHONPATH=src python benchmarks/events_errors.py tests/events/gold/dev.jsonl --errors even

Tuning is done on the even lines (0, 2, 4, ...) of the gold file; the odd lines are the honest check
(docs/events.md). ``--errors`` prints, for each type-matched pair whose sources or targets differ, the
sentence, the gold sides and the predicted sides, grouped by a rough loss category.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from marsad.events.gold import GoldArticle, load_gold
from marsad.events.score import (
    ScoredEvent,
    actors_match,
    align_prediction,
    evaluate,
    match_events,
    run_pipeline,
    scored_gold,
)
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.settings import Settings


def subset(gold: list[GoldArticle], part: str) -> list[GoldArticle]:
    if part == "all":
        return gold
    return [g for i, g in enumerate(gold) if i % 2 == (0 if part == "even" else 1)]


def category(gold_src: frozenset, gold_tgt: frozenset, pred_src: frozenset, pred_tgt: frozenset) -> str:
    if not actors_match(gold_tgt, pred_tgt) and gold_tgt and not pred_tgt:
        return "recipient missing"
    if not actors_match(gold_tgt, pred_tgt) and pred_tgt and not gold_tgt:
        return "recipient extra"
    if not actors_match(gold_src, pred_src) and not pred_src:
        return "source missing"
    both = [(g, p) for g, p in ((gold_src, pred_src), (gold_tgt, pred_tgt)) if not actors_match(g, p)]
    for g, p in both:
        if {c for c, _ in g} == {c for c, _ in p}:
            return "sector"
        if None in {c for c, _ in p}:
            return "no country"
        if {c for c, _ in g} < {c for c, _ in p}:
            return "extra participant"
        if {c for c, _ in p} < {c for c, _ in g}:
            return "missing participant"
    return "wrong country"


def aligned_predictions(g: GoldArticle, art: Article) -> list[ScoredEvent]:
    """The article's predicted events that align with a span of the gold text, as the scorer sees them."""
    preds = []
    for story in art.stories:
        for ev in story.events:
            aligned = align_prediction(ev, story=story, gold_text=g.text)
            if aligned is not None:
                preds.append(aligned)
    return preds


def errors(gold: list[GoldArticle], predicted: dict[str, Article]) -> None:
    counts: collections.Counter[str] = collections.Counter()
    for g in gold:
        gold_events = [scored_gold(e) for e in g.events]
        preds = aligned_predictions(g, predicted[g.id])
        for pair in match_events(gold_events, preds):
            ge, pe = gold_events[pair.gold], preds[pair.pred]
            if actors_match(ge.source, pe.source) and actors_match(ge.target, pe.target):
                continue
            cat = category(ge.source, ge.target, pe.source, pe.target)
            counts[cat] += 1
            sent = g.text[ge.sentence_start : ge.sentence_end].replace("\n", " ")
            print(f"[{cat}] {g.id} {ge.type}")
            print(f"  {sent[:300]}")
            print(f"  gold {sorted(ge.source, key=str)} -> {sorted(ge.target, key=str)}")
            print(f"  pred {sorted(pe.source, key=str)} -> {sorted(pe.target, key=str)}")
    print(dict(counts.most_common()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--errors", choices=["all", "even", "odd"], default=None)
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    predicted = run_pipeline(gold, pipeline=pipeline)
    for part in ("all", "even", "odd"):
        rep = evaluate(subset(gold, part), predicted)
        row = " ".join(
            f"{c} P {n.precision:.3f} R {n.recall:.3f} F1 {n.f1:.3f}"
            for c, n in rep.overall.items()
            if c in ("type", "type+source+target")
        )
        sys.stdout.write(f"{part:4} {row}\n")
    if args.errors:
        errors(subset(gold, args.errors), predicted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

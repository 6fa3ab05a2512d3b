"""Sentence-level event detection: each sentence of the gold articles coded ALONE, beside the same sentence
coded inside its article.

    PYTHONPATH=src python benchmarks/events_sentences.py tests/events/gold/dev.jsonl            # all/even/odd
    PYTHONPATH=src python benchmarks/events_sentences.py tests/events/gold/check.jsonl --aggregate
    PYTHONPATH=src python benchmarks/events_sentences.py tests/events/gold/dev.jsonl --errors even
    PYTHONPATH=src python benchmarks/events_sentences.py --ant 3000 --seed 5        # fresh ANT sentences

Items: the sentences of each gold article. A gold event's ``sentence`` span is an item; the other sentences
(marsad's own splitter, ``split_sentences``, over the article text) that overlap no gold sentence are
negatives (no gold event). An item's gold label is the set of PLOVER types of the gold events whose sentence
it is.

Alone: the item's text goes through the whole default pipeline by itself (``read_text``, as
``marsad.analyze(text)`` does); its label is the set of types of every event of every story.
Inside: the article goes through the pipeline as ``marsad eval events`` runs it; each predicted event is
aligned to the gold text (``align_prediction``) and belongs to the item holding its trigger (else its
sentence start).

Figures: any-event detection P/R/F1 (a sentence with at least one gold event vs at least one predicted), and
type P/R/F1 (micro over the items' type sets; per type with ``--types``). ``--aggregate`` prints the overall
figures only (for the check sets, whose sentences and errors are never read). ``--errors PART`` lists the
items of dev's even or odd lines where alone and gold disagree (tuning reads the even lines only).

``--ant N``: no gold; the main-story sentences of fresh ANT politics/world articles (in no gold file, as
``events_sample.py`` draws them, shuffled with ``--seed``) until N sentences, each run alone: exceptions,
offset errors (every span's text equals its story text slice), story count, and the share of sentences with
an event alone vs inside the article (and how often the two type sets agree).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from marsad.events.gold import GoldArticle, load_gold
from marsad.events.score import align_prediction, run_pipeline
from marsad.ingest import read_text
from marsad.language.sentences import split_sentences
from marsad.model import ANNOTATION_LISTS, Article
from marsad.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_sample import ANT, article_from_gold, as_gold, candidates


@dataclass(slots=True)
class Item:
    article: str
    line: int
    start: int
    end: int
    text: str
    gold: set[str] = field(default_factory=set)
    alone: set[str] = field(default_factory=set)
    inside: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], pred: set[str]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self) -> str:
        p, r, f = self.prf()
        return f"{p:.3f} / {r:.3f} / {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def items_of(gold: GoldArticle, line: int) -> list[Item]:
    """The gold sentences of the article, then its other sentences (negatives)."""
    spans: dict[tuple[int, int], Item] = {}
    for ev in gold.events:
        key = (ev.sentence_start, ev.sentence_end)
        item = spans.setdefault(key, Item(gold.id, line, *key, gold.text[key[0] : key[1]]))
        item.gold.add(ev.type)
    out = list(spans.values())
    for sent in split_sentences(gold.text):
        if not any(sent.start < e and s < sent.end for s, e in spans):
            out.append(Item(gold.id, line, sent.start, sent.end, sent.text))
    return out


def code_inside(gold: list[GoldArticle], items: list[Item], *, pipeline: Pipeline) -> None:
    by_article: dict[str, list[Item]] = {}
    for item in items:
        by_article.setdefault(item.article, []).append(item)
    predicted = run_pipeline(gold, pipeline=pipeline)
    for g in gold:
        art = predicted[g.id]
        for story in art.stories:
            for ev in story.events:
                aligned = align_prediction(ev, story=story, gold_text=g.text)
                if aligned is None:
                    continue  # a title's or unaligned event: in no sentence of the text
                at = aligned.trigger_start if aligned.trigger_start is not None else aligned.sentence_start
                for item in by_article.get(g.id, []):
                    if item.start <= at < item.end:
                        item.inside.add(ev.type)
                        break


def code_alone(items: list[Item], *, pipeline: Pipeline) -> None:
    for item in items:
        article = pipeline.run(read_text(item.text, source=f"{item.article}@{item.start}"))
        item.alone = {ev.type for story in article.stories for ev in story.events}


@dataclass(slots=True)
class Figures:
    detect_alone: Counts = field(default_factory=Counts)
    detect_inside: Counts = field(default_factory=Counts)
    type_alone: Counts = field(default_factory=Counts)
    type_inside: Counts = field(default_factory=Counts)
    per_type_alone: dict[str, Counts] = field(default_factory=dict)
    per_type_inside: dict[str, Counts] = field(default_factory=dict)
    n: int = 0
    positives: int = 0


def figures(items: list[Item]) -> Figures:
    f = Figures()
    for item in items:
        f.n += 1
        f.positives += bool(item.gold)
        any_gold = {"event"} if item.gold else set()
        f.detect_alone.add(any_gold, {"event"} if item.alone else set())
        f.detect_inside.add(any_gold, {"event"} if item.inside else set())
        f.type_alone.add(item.gold, item.alone)
        f.type_inside.add(item.gold, item.inside)
        for kind in item.gold | item.alone:
            f.per_type_alone.setdefault(kind, Counts()).add(item.gold & {kind}, item.alone & {kind})
        for kind in item.gold | item.inside:
            f.per_type_inside.setdefault(kind, Counts()).add(item.gold & {kind}, item.inside & {kind})
    return f


def report(label: str, f: Figures, *, types: bool) -> str:
    lines = [
        f"== {label}: {f.n} sentences, {f.positives} with a gold event",
        f"  any-event  alone   P/R/F1 {f.detect_alone.row()}",
        f"  any-event  inside  P/R/F1 {f.detect_inside.row()}",
        f"  type       alone   P/R/F1 {f.type_alone.row()}",
        f"  type       inside  P/R/F1 {f.type_inside.row()}",
    ]
    if types:
        for kind in sorted(set(f.per_type_alone) | set(f.per_type_inside)):
            a = f.per_type_alone.get(kind, Counts())
            i = f.per_type_inside.get(kind, Counts())
            lines.append(f"  {kind:<10} alone {a.row()}   inside {i.row()}")
    return "\n".join(lines)


def offset_errors(article: Article) -> int:
    bad = 0
    for story in article.stories:
        for name in ANNOTATION_LISTS:
            bad += sum(story.text[x.start : x.end] != x.text for x in getattr(story, name))
        for ev in story.events:
            bad += sum(story.text[p.start : p.end] != p.text for p in (*ev.source, *ev.target))
    return bad


def run_ant(*, n: int, seed: int, pipeline: Pipeline) -> str:
    """Fresh ANT sentences alone vs inside their article (no gold: shares, exceptions, offsets)."""
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    tally = Counter[str]()
    spent = 0.0
    for rec in candidates(ant=ANT, seed=seed):
        if tally["sentences"] >= n:
            break
        gold = as_gold(rec)
        article = pipeline.run(first.run(article_from_gold(gold)))
        tally["articles"] += 1
        main = article.main
        if main is None:
            continue
        for sent in main.sentences:
            inside = {ev.type for ev in main.events if sent.start <= ev.start < sent.end}
            began = time.perf_counter()
            try:
                alone_art = pipeline.run(read_text(sent.text, source=f"{gold.id}@{sent.start}"))
            except Exception:
                tally["exceptions"] += 1
                continue
            spent += time.perf_counter() - began
            tally["sentences"] += 1
            tally["offset errors"] += offset_errors(alone_art)
            tally[f"{len(alone_art.stories)} stories"] += 1
            alone = {ev.type for story in alone_art.stories for ev in story.events}
            tally["event alone"] += bool(alone)
            tally["event inside"] += bool(inside)
            tally["same types"] += alone == inside
            tally["event alone only"] += bool(alone) and not inside
            tally["event inside only"] += bool(inside) and not alone
    total = max(tally["sentences"], 1)
    lines = [f"== ANT fresh sentences (seed {seed}): {dict(sorted(tally.items()))}"]
    for key in ("event alone", "event inside", "same types", "event alone only", "event inside only"):
        lines.append(f"  {key:<18} {tally[key] / total:.3f}")
    lines.append(
        f"  alone speed        {tally['sentences'] / max(spent, 1e-9):.0f} sentences/s (this process, one core)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="?")
    parser.add_argument("--ant", type=int, default=0, help="run N fresh ANT sentences alone (no gold)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--aggregate", action="store_true", help="overall figures only (check sets)")
    parser.add_argument("--types", action="store_true", help="per-type figures")
    parser.add_argument(
        "--errors", choices=("even", "odd"), help="list disagreements of dev's even/odd lines"
    )
    args = parser.parse_args(argv)
    pipeline = Pipeline.from_settings()
    if args.ant:
        sys.stdout.write(run_ant(n=args.ant, seed=args.seed, pipeline=pipeline) + "\n")
        return 0
    if args.gold is None:
        parser.error("a gold file or --ant N is needed")
    gold = load_gold(args.gold)
    items = [item for line, g in enumerate(gold) for item in items_of(g, line)]
    code_inside(gold, items, pipeline=pipeline)
    code_alone(items, pipeline=pipeline)
    out = sys.stdout
    out.write(report(f"{args.gold.name} all", figures(items), types=args.types and not args.aggregate) + "\n")
    if not args.aggregate:
        for part, parity in (("even", 0), ("odd", 1)):
            chosen = [it for it in items if it.line % 2 == parity]
            out.write(report(f"{args.gold.name} {part}", figures(chosen), types=args.types) + "\n")
    if args.errors and not args.aggregate:
        parity = 0 if args.errors == "even" else 1
        moved = Counter[str]()
        for it in items:
            if it.line % 2 != parity or it.gold == it.alone:
                continue
            moved["differs from inside" if it.alone != it.inside else "same as inside"] += 1
            out.write(
                f"\n{it.article}@{it.start} gold={sorted(it.gold)} alone={sorted(it.alone)} "
                f"inside={sorted(it.inside)}\n  {it.text}\n"
            )
        out.write(f"\n{dict(moved)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The records the frames hook (``marsad.events.frames``, recall round 2) adds or changes on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_frames_diff.py --seed 613 --n 1500 > frames_diff.txt

Articles: ANT politics/world records in no gold file and no judged sample (``benchmarks/data/events_*sample_*.tsv``),
shuffled with ``--seed`` as ``events_sample.py`` draws them; each runs through the whole default pipeline twice, with
the hook switched off (``records.frame_sides`` returning None) and on. Every trigger span whose records differ is
printed with the sentence and both readings (BEFORE: without the frames, AFTER: with them), for judging by reading;
the last line counts new, changed and lost records. docs/events.md, "Recall round 2", reports the judged list.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from unittest.mock import patch

import marsad.events.records as records
from marsad.events.score import article_from_gold
from marsad.model import Article, Event, Story
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_sample import ANT, POOLS, ROOT, as_gold, candidates, judged_ids, side

Reading = tuple[str, str | None, str, str, str]
"""type, mode, modality, source, target of one record."""


def reading(ev: Event) -> Reading:
    return (ev.type, ev.mode, ev.modality, side(ev.source), side(ev.target))


def analysed(pipeline: Pipeline, first: Pipeline, rec: dict) -> Article:
    """The ANT record through the whole pipeline, as ``marsad analyze`` would run it."""
    gold = as_gold(rec)
    article = first.run(article_from_gold(gold))
    for story in article.stories:  # as events_sample.picks: what a scraper's record gives
        if story.role == "main":
            story.published = story.published or gold.published
            story.title = story.title or gold.title
    return pipeline.run(article)


def coded(pipeline: Pipeline, first: Pipeline, rec: dict) -> dict[tuple[int, int], tuple[Story, list[Event]]]:
    article = analysed(pipeline, first, rec)
    out: dict[tuple[int, int], tuple[Story, list[Event]]] = {}
    for story in article.stories:
        for ev in story.events:
            out.setdefault((ev.start, ev.end), (story, []))[1].append(ev)
    return out


def print_diff(
    pipeline: Pipeline,
    first: Pipeline,
    recs: Iterable[dict],
    rule_off: Callable[[], AbstractContextManager],
    *,
    read: Callable[[Event], tuple] = reading,
) -> str:
    """Run each record with the rule off (inside ``rule_off()``) and on, print every trigger span whose records
    differ, and return the counts line. Shared by the rule-diff scripts (``events_bodies_diff.py``). ``read``:
    what of a record to compare (type, mode, modality and sides; ``events_dates4_diff.py`` reads dates and places)."""
    new = changed = lost = 0
    for rec in recs:
        with rule_off():
            before = coded(pipeline, first, rec)
        after = coded(pipeline, first, rec)
        for span in sorted(set(before) | set(after)):
            b = sorted(read(e) for e in before.get(span, (None, []))[1])
            a = sorted(read(e) for e in after.get(span, (None, []))[1])
            if a == b:
                continue
            new += bool(a) and not b
            changed += bool(a) and bool(b)
            lost += bool(b) and not a
            story, events = after.get(span) or before[span]
            ev = events[0]
            sentence = story.text[ev.sentence.start : ev.sentence.end] if ev.sentence else ""
            print(f"## {rec['id']} {span[0]}-{span[1]} «{ev.text}»")
            print("   S:", sentence.replace("\n", " "))
            for r in b:
                print("   BEFORE", " | ".join(str(x) for x in r))
            for r in a:
                print("   AFTER ", " | ".join(str(x) for x in r))
    return f"new {new}, changed {changed}, lost {lost}"


def switch_off(
    rules: dict[str, list[tuple[object, str, Callable]]], names: list[str]
) -> Callable[[], AbstractContextManager]:
    """A ``rule_off`` for ``print_diff`` that patches out the named ``rules`` (module, attribute, replacement)."""

    def off() -> AbstractContextManager:
        stack = ExitStack()
        for name in names:
            for module, attr, replacement in rules[name]:
                stack.enter_context(patch.object(module, attr, replacement))
        return stack

    return off


def named_rules_off(
    argv: list[str] | None, rules: dict[str, list[tuple[object, str, Callable]]]
) -> tuple[list[str], Callable[[], AbstractContextManager]]:
    """The command line without its ``--rule NAME`` option, and the switch for that rule (all ``rules`` without it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    names = list(rules)
    if "--rule" in args:
        i = args.index("--rule")
        names = [args[i + 1]]
        del args[i : i + 2]
    return args, switch_off(rules, names)


def frames_off() -> AbstractContextManager:
    """The hook off: what the coder did before the round."""
    return patch.object(records, "frame_sides", lambda *a, **k: None)


def run_diff(
    argv: list[str] | None,
    rule_off: Callable[[], AbstractContextManager] | None,
    *,
    seed: int,
    description: str,
    n: int = 1500,
    options: Callable[[argparse.ArgumentParser], None] | None = None,
    setup: Callable[
        [Pipeline, argparse.Namespace, argparse.ArgumentParser], Callable[[], AbstractContextManager]
    ]
    | None = None,
    read: Callable[[Event], tuple] = reading,
) -> int:
    """The command line of the rule-diff scripts: ``--seed``, ``--n`` and ``--exclude`` (and a script's own
    ``options``), then ``print_diff``. A script whose "off" state needs the loaded pipeline (its resources) passes
    ``setup`` instead of ``rule_off``: it gets the pipeline and the parsed arguments and returns the switch."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--n", type=int, default=n)
    ap.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="further judged TSVs whose articles to skip"
    )
    ap.add_argument(
        "--pool",
        choices=POOLS,
        default=None,
        help="fresh articles: ANT politics/world or SaudiNewsNet ($MARSAD_POOL)",
    )
    ap.add_argument(
        "--categories",
        nargs="*",
        default=None,
        help="ANT categories instead of politics/world (economy culture technology: not used up)",
    )
    if options is not None:
        options(ap)
    args = ap.parse_args(argv)
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    exclude = judged_ids([*samples, *args.exclude])
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    if setup is not None:
        rule_off = setup(pipeline, args, ap)
    if rule_off is None:
        raise ValueError("run_diff needs rule_off or setup")
    categories = frozenset(args.categories) if args.categories else None
    recs = candidates(ant=ANT, seed=args.seed, exclude=exclude, pool=args.pool, categories=categories)[
        : args.n
    ]
    print(print_diff(pipeline, first, recs, rule_off, read=read))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_diff(argv, frames_off, seed=613, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

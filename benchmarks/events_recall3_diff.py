"""The records the recall-round-4 rules (evrecall3) add or change on fresh ANT articles, one rule at a time.

    PYTHONPATH=src python benchmarks/events_recall3_diff.py --rule resumptive --seed 7411 --n 1000 > resumptive.txt
    PYTHONPATH=src python benchmarks/events_recall3_diff.py --rule agents --seed 7411 --n 1000 > agents.txt
    PYTHONPATH=src python benchmarks/events_recall3_diff.py --rule pair --contains الكوريت --n 5000 > pair.txt

Rules: ``resumptive`` (``constructions.resumptive_verb``: the subject of a verb whose object pronoun resumes an event
noun, "غارات جوية نفذها النظام السوري"، "حصار محكم تفرضه قوات النظام"), ``agents`` (the round's generic agents in
``agents.yaml``: نشطاء، ناشطون، دول عربية) and ``pair`` (``frames.country_pair``: a meeting of a dual naming two
states, "القمة التي جمعت الكوريتين"). Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in
no gold file and no judged sample, shuffled with ``--seed``); each runs through the whole default pipeline with the
rule switched off and on, and every trigger span whose records differ is printed with the sentence and both readings, for
judging by reading. docs/events.md, "Recall round 4: sample E (evrecall3)", reports the judged lists.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from unittest.mock import patch

import marsad.events.constructions as constructions
import marsad.events.frames as frames
from marsad.events.coder import load_resources
from marsad.events.resources import CoderResources
from marsad.language.normalize import normalize_key
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import print_diff
from events_sample import ANT, ROOT, candidates, judged_ids

ROUND_SINGLE = ("نشطاء", "ناشطون")
"""The generic agents (single words) this round added to ``agents.yaml``."""
ROUND_PAIRS = ("دول عربيه", "الدول العربيه")
"""The generic agents (word pairs) this round added."""


def pair_off() -> AbstractContextManager:
    """No dual of a pair of states split into its two states."""
    return patch.object(frames, "country_pair", lambda *a, **k: None)


def resumptive_off() -> AbstractContextManager:
    """No verb after an event noun read through its resuming object pronoun."""
    return patch.object(constructions, "resumptive_verb", lambda *a, **k: None)


def agents_off(res: CoderResources) -> Callable[[], AbstractContextManager]:
    """The round's generic agents taken out of the loaded resources (and the per-word cache that holds them)."""

    @contextmanager
    def off() -> Iterator[None]:
        saved_single = {k: res.generic_single.pop(normalize_key(k)) for k in ROUND_SINGLE}
        saved_pairs = {k: res.generic_pairs.pop(normalize_key(k)) for k in ROUND_PAIRS}
        res.generic_words.clear()
        try:
            yield
        finally:
            res.generic_single.update({normalize_key(k): v for k, v in saved_single.items()})
            res.generic_pairs.update({normalize_key(k): v for k, v in saved_pairs.items()})
            res.generic_words.clear()

    return off


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rule", choices=("resumptive", "agents", "pair"), required=True)
    ap.add_argument("--seed", type=int, default=7411)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument(
        "--contains", default=None, help="only articles whose text contains this string (a rare construction)"
    )
    args = ap.parse_args(argv)
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    exclude = judged_ids(samples)
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    res = pipeline.ctx.resource("events.coder", load_resources)
    offs = {"resumptive": resumptive_off, "pair": pair_off}
    rule_off = offs[args.rule] if args.rule in offs else agents_off(res)
    recs = candidates(ant=ANT, seed=args.seed, exclude=exclude)
    if args.contains:
        recs = [r for r in recs if args.contains in (r.get("text") or "")]
    recs = recs[: args.n]
    print(print_diff(pipeline, first, recs, rule_off))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

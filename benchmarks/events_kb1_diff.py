"""The records and entities the event1 round's knowledge-base changes alter on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_kb1_diff.py --before /work/main/src/marsad/entities/data --n 1500

``--before`` is the data directory of the knowledge base to compare with (main's); its KB is loaded with the
automatic short aliases of the first alias only, as main made them. Articles as ``events_frames_diff.py`` draws
them (ANT politics/world records in no gold file and no judged sample, shuffled with ``--seed``); each runs through
the whole default pipeline with the before KB and with this branch's. Every trigger span whose records differ is
printed with the sentence and both readings (``print_diff``); then every entity that differs (``E-`` before, ``E+``
after). The last line counts new, changed and lost records and the entity lines. docs/events.md, "Entity stage
(event1)", reports the judged lists.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import marsad.entities.kb as kb_mod
from marsad.entities.kb import KnowledgeBase
from marsad.entities.link import Linker
from marsad.model import Entity, Event
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import analysed, print_diff, reading
from events_sample import ANT, ROOT, candidates, judged_ids

KEYS = ("entities.kb", "entities.matcher", "entities.linker")


def _first_alias_only(names: list[str], *, no_auto: frozenset[str] | set[str]) -> list[str]:
    return kb_mod._ORIGINAL_AUTO(names[:1], no_auto=no_auto)  # type: ignore[attr-defined]


def before_resources(data_dir: Path) -> dict[str, object]:
    kb_mod._ORIGINAL_AUTO = kb_mod._auto_surnames  # type: ignore[attr-defined]
    with patch.object(kb_mod, "_auto_surnames", _first_alias_only):
        kb = KnowledgeBase.load(data_dir)
    matcher = kb.matcher()
    return {"entities.kb": kb, "entities.matcher": matcher, "entities.linker": Linker(kb, matcher)}


@contextlib.contextmanager
def swapped(pipeline: Pipeline, resources: dict[str, object]) -> Iterator[None]:
    cache = pipeline.ctx._cache
    saved = {k: cache.get(k) for k in KEYS}
    cache.update(resources)
    try:
        yield
    finally:
        cache.update(saved)


def read(ev: Event) -> tuple:
    """The record's sides (``events_frames_diff.reading``) and its place: the round changes both."""
    place = f"{ev.location.text} ({ev.location.country})" if ev.location else "-"
    return (*reading(ev), place)


def ent(e: Entity) -> tuple:
    return (e.start, e.end, e.text, e.type, e.actor, e.country, e.sector, e.role)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1212)
    ap.add_argument("--n", type=int, default=1500)
    args = ap.parse_args(argv)
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    entities(pipeline, first, candidates(ant=ANT, seed=args.seed)[0])  # loads this branch's resources
    before_res = before_resources(args.before)
    recs = candidates(ant=ANT, seed=args.seed, exclude=judged_ids(samples))[: args.n]
    counts = print_diff(pipeline, first, recs, lambda: swapped(pipeline, before_res), read=read)
    ents = 0
    for rec in recs:
        with swapped(pipeline, before_res):
            eb = entities(pipeline, first, rec)
        ea = entities(pipeline, first, rec)
        for sign, diff in (("-", eb - ea), ("+", ea - eb)):
            for x in sorted(diff):
                ents += 1
                print(f"E{sign} {rec['id']}", *x)
    print(f"{counts}; entity lines {ents}")
    return 0


def entities(pipeline: Pipeline, first: Pipeline, rec: dict) -> set[tuple]:
    """The entities of the article's stories."""
    return {ent(e) for story in analysed(pipeline, first, rec).stories for e in story.entities}


if __name__ == "__main__":
    raise SystemExit(main())

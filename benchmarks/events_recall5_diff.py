"""The records the recall-round-5 rules (evrecall5) add or change on fresh ANT articles, one rule at a time.

    PYTHONPATH=src python benchmarks/events_recall5_diff.py --rule titled --seed 8501 --n 1500 > titled.txt
    PYTHONPATH=src python benchmarks/events_recall5_diff.py --rule aqdama --seed 8503 --n 2000 > aqdama.txt
    PYTHONPATH=src python benchmarks/events_recall5_diff.py --rule aqdama --contains أقدم إقدام --n 5000 > aqdama_all.txt
    PYTHONPATH=src python benchmarks/events_recall5_diff.py --rule kull --contains "كل من" --seed 8505 --n 400 > kull.txt
    PYTHONPATH=src python benchmarks/events_recall5_diff.py --rule leg --contains نواب برلمانيين برلمانيون --n 400

Rules: ``titled`` (``participants.titled_genitive``: a masdar's genitive agent named after its office, "انسحاب
الرئيس دونالد ترامب من الاتفاق"، "استقالة رئيس الوزراء ديفيد كاميرون") and ``aqdama`` (the frame verb أقدم / إقدام
with its link على, ``cues.yaml: frames: control_on``: "إقدام ميليشيات الحوثي الإيرانية على اختطاف") and ``kull`` (كل as a partitive head in ``agents.yaml: partitives``: "أدانت
كل من السعودية والإمارات"، "اجتماع وزراء خارجية كل من تونس ومصر والجزائر"); session 11's evfix added ``leg`` (the
generic agents of sector LEG: "ورفض هؤلاء النواب تعديلا"). Articles as ``events_frames_diff.py`` draws
them (ANT politics/world records in no gold file and no judged sample, shuffled with ``--seed``); each runs through
the whole default pipeline with the rule switched off and on, and every trigger span whose records differ is
printed with the sentence and both readings, for judging by reading. docs/events.md, "Recall round 5: sample F
(evrecall5)", reports the judged lists.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest.mock import patch

import marsad.events.frames as frames
import marsad.events.mentions as mentions
import marsad.events.participants as participants
from marsad.events.resources import CoderResources
from marsad.language.normalize import normalize_key
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import print_diff
from events_sample import ANT, ROOT, candidates, judged_ids


def titled_off() -> AbstractContextManager:
    """No genitive read across its holder's office."""
    return patch.object(participants, "titled_genitive", lambda *a, **k: False)


def aqdama_off() -> AbstractContextManager:
    """The frame words without the round's أقدم forms (``cues.yaml: frames: control_on``)."""
    fw = frames.frame_words()
    off = replace(
        fw, control=fw.control - fw.control_on, verbs=fw.verbs - fw.control_on, control_on=frozenset()
    )
    return patch.object(frames, "frame_words", lambda: off)


KULL = normalize_key("كل")


def kull_off() -> AbstractContextManager:
    """كل not read as a partitive head (``agents.yaml: partitives``): "كل من X وY" keeps من as X's preposition."""
    build = mentions._mentions

    def without(*args: Any, partitives: frozenset[str], **kwargs: Any) -> Any:
        return build(*args, partitives=partitives - {KULL}, **kwargs)

    return patch.object(mentions, "_mentions", without)


_WITHOUT_LEG: dict[int, CoderResources] = {}


def leg_off() -> AbstractContextManager:
    """The generic agents of sector LEG (``agents.yaml: single``, session 11 evfix: نواب، برلمانيين) not read."""
    build = mentions._with_generic_agents

    def without(*args: Any, res: CoderResources, **kwargs: Any) -> Any:
        if id(res) not in _WITHOUT_LEG:
            single = {w: s for w, s in res.generic_single.items() if s != "LEG"}
            _WITHOUT_LEG[id(res)] = replace(res, generic_single=single, generic_words={})
        return build(*args, res=_WITHOUT_LEG[id(res)], **kwargs)

    return patch.object(mentions, "_with_generic_agents", without)


RULES: dict[str, Callable[[], AbstractContextManager]] = {
    "titled": titled_off,
    "aqdama": aqdama_off,
    "kull": kull_off,
    "leg": leg_off,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rule", choices=sorted(RULES), required=True)
    ap.add_argument("--seed", type=int, default=8501)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument(
        "--contains", nargs="*", default=None, help="only articles whose text contains one of these strings"
    )
    args = ap.parse_args(argv)
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    recs = candidates(ant=ANT, seed=args.seed, exclude=judged_ids(samples))
    if args.contains:
        recs = [r for r in recs if any(c in (r.get("text") or "") for c in args.contains)]
    print(print_diff(pipeline, first, recs[: args.n], RULES[args.rule]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

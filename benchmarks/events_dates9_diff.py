"""Records the twelfth dates round changes, on fresh articles nobody has judged.

    PYTHONPATH=src python benchmarks/events_dates9_diff.py --seed 9919 --n 1500 > dates9_diff.txt
    PYTHONPATH=src python benchmarks/events_dates9_diff.py --pool saudi --n 2500   # SaudiNewsNet
    PYTHONPATH=src python benchmarks/events_dates9_diff.py --rule border-of ...    # one rule
    PYTHONPATH=src python benchmarks/events_dates9_diff.py --judged --n 1500       # judged samples' articles too

The pool and the printout are those of the other rule diffs (``events_frames_diff.run_diff``): records outside the
gold and the judged samples, each coded with the rules off, then on. The ANT politics/world pool outside them is down to
eventless records (dates sample U took the last 45 with an event), so ``--judged`` lets the judged samples' articles
in (never the gold's): they were judged with older code, and no rule here was tuned on them but U's. The rules are in docs/events.md, "Dates and
locations, twelfth round (evdate9) (session 15)".
"""

from __future__ import annotations

import sys
from pathlib import Path

import marsad.events.place_date as place_date
import marsad.events.records as records

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_frames_diff
from events_dates4_diff import reading
from events_frames_diff import named_rules_off, run_diff

RULES = {
    # "لتأمين الانتخابات النيابية المرتقبة في 12 من أيار/ مايو": the elections' day dates a far trigger again
    "scheduled-far": [(place_date, "_far_scheduled_time", lambda *a, **k: False)],
    # "على الحدود الشرقية لقطاع غزة": the place after the border's adjective is not read again
    "border-of": [(place_date, "_border_of", lambda *a, **k: False)],
    # "وتحاول بكين السيطرة على بحر الصين الجنوبي": a noun of taking control gets no place from its على-object again
    "control-noun": [(place_date, "_control_noun", lambda *a, **k: False)],
    # "ذكرت الوكالة الأربعاء أن كيم قد دعا ...، وذلك خلال القمة ... الثلاثاء": the report's day again
    "told-occasion": [(records, "told_occasion_time", lambda *a, **k: None)],
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(list(sys.argv[1:] if argv is None else argv), RULES)
    if "--judged" in args:
        args.remove("--judged")
        events_frames_diff.judged_ids = lambda paths: set()
    return run_diff(args, off, seed=9919, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

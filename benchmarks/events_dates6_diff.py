"""Records whose date or place the ninth dates round changes, on ANT articles nobody has judged.

    PYTHONPATH=src python benchmarks/events_dates6_diff.py --seed 9797 --n 3000 > dates6_diff.txt
    PYTHONPATH=src python benchmarks/events_dates6_diff.py --rule head-anaphors --n 3000

The pool and the printout are those of the other rule diffs (``events_frames_diff.run_diff``): politics and
world records outside the gold and the judged samples, each coded with the rules off, then on; ``--rule`` names
one rule to switch (all by default). The rules and what each did are in docs/events.md, "Dates and locations,
ninth round (session 13)".
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import marsad.events.place_date as place_date
import marsad.language.times as times

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_dates4_diff import reading
from events_frames_diff import named_rules_off, run_diff

_TIME_WORDS = times.time_words

RULES = {
    # "في المديرية", "بالمخيم": the place the story named last after the same place noun
    "head-anaphors": [(place_date, "_head_anaphors", lambda *a, **k: [])],
    # إمام الجمعة read as a Friday again; the scan runs uncached while off (its cache is keyed by the text alone)
    "weekday-titles": [
        (times, "time_words", lambda: dataclasses.replace(_TIME_WORDS(), not_weekday_after=frozenset())),
        (times, "_scan", times._scan.__wrapped__),
    ],
    # a time inside a cause phrase after the trigger (في أعقاب هجمات باريس أمس الجمعة) dates the trigger again
    "cause-time": [(place_date, "_cause_time", lambda *a, **k: False)],
    # a place noun tagged alone (بولاية) joined to the name after it again
    "head-entity": [(place_date, "_place_head_only", lambda *a, **k: False)],
    # a relative clause's verb resuming a place (صعدة ... التي يحاصرها، بكين التي يزورها) no longer gives it
    "resumed-place": [(place_date, "_resumed_place", lambda *a, **k: None)],
    # a speech participle after a comma (، مطالبا ...) no longer takes the report's day
    "participle-day": [(place_date, "_circumstantial_participle", lambda *a, **k: False)],
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=9797, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

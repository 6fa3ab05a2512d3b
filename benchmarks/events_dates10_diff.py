"""Records the thirteenth dates round changes, on fresh articles nobody has judged.

    PYTHONPATH=src python benchmarks/events_dates10_diff.py --judged --n 9000 > dates10_diff.txt   # ANT
    PYTHONPATH=src python benchmarks/events_dates10_diff.py --pool saudi --n 2500                  # SaudiNewsNet
    PYTHONPATH=src python benchmarks/events_dates10_diff.py --rule came-occasion ...               # one rule
    PYTHONPATH=src python benchmarks/events_dates10_diff.py --contains "جاء ذلك" ...               # speed filter

As ``events_dates9_diff.py``: the pool and the printout of the other rule diffs (``events_frames_diff.run_diff``),
records outside the gold and the judged samples, coded with the rules off, then on, their dates and places compared.
``--judged`` lets the judged samples' articles in (never the gold's): the ANT politics/world pool outside them is
eventless now. ``--contains TEXT`` (repeatable) reads only the articles whose text holds one of the strings, a speed
filter: no other article can change. The rules are in docs/events.md, "Dates and locations, thirteenth round
(evdate10) (session 17)".
"""

from __future__ import annotations

import sys
from pathlib import Path

import marsad.events.coder as coder
import marsad.events.records as records

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_frames_diff
from events_dates4_diff import reading
from events_frames_diff import named_rules_off, run_diff

RULES = {
    # "دعا عباس إلى مراجعة شاملة ..." + "جاء ذلك خلال اجتماع ... أمس الأربعاء بالقاهرة": the statement undated again
    "came-occasion": [(coder, "came_occasion", lambda *a, **k: None)],
    # "ألقت السلطات الألمانية القبض على شخص ..." + "وتم إلقاء القبض على المتهم ... الاثنين": the lead undated again
    "lead-by-repeat": [(records, "_date_lead_by_repeat", lambda *a, **k: None)],
    # (evdate11) "قالت بعثة الأمم المتحدة ... أمس إن" + "وأضافت البعثة: ... يحث": the urging undated again
    "continued-statement": [(coder, "continued_statement", lambda *a, **k: None)],
}


def _only_containing(args: list[str]) -> list[str]:
    """The command line without its ``--contains TEXT`` options; the pool is cut to the articles holding a TEXT."""
    needles: list[str] = []
    while "--contains" in args:
        i = args.index("--contains")
        needles.append(args[i + 1])
        del args[i : i + 2]
    if needles:
        pool = events_frames_diff.candidates

        def containing(**kwargs: object) -> list[dict]:
            return [r for r in pool(**kwargs) if any(n in r.get("text", "") for n in needles)]

        events_frames_diff.candidates = containing
    return args


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(list(sys.argv[1:] if argv is None else argv), RULES)
    if "--judged" in args:
        args.remove("--judged")
        events_frames_diff.judged_ids = lambda paths: set()
    args = _only_containing(args)
    return run_diff(args, off, seed=1010, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

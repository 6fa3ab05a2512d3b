"""The records the seventeenth precision round's vetoes (evprec17) remove or change on fresh articles.

    PYTHONPATH=src python benchmarks/events_precision17_diff.py --n 1500
    PYTHONPATH=src python benchmarks/events_precision17_diff.py --pool saudi --n 2500 --rule drafted

Rules (``lexicon.py``): ``drafted`` (a draft resolution's predicate: مشروع قرار يحمّل طهران مسؤولية), ``persuaded`` (a
persuasion's aim: لإقناع أردوغان بالإفراج) and ``light`` (an ability frame before a light verbal noun: قادرة على تقديم
الدعم). Articles as ``events_frames_diff.py`` draws them (``--pool`` ant or saudi, in no gold file and no judged
sample); each runs through the whole default pipeline with the rules off and on, and every trigger span whose records
differ is printed for judging by reading (docs/events.md, "Precision round 17 (evprec17)").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import marsad.events.lexicon as lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import named_rules_off, run_diff


def _capable_before(words, i, lex) -> bool:
    """``_capable`` as evprec16 left it: the ability frame right before the trigger only."""
    return i > 0 and lexicon._right_before(
        words, i, lex.capability_verbs, links=lex.capability_links, heads=lex.capability_words
    )


RULES: dict[str, list[tuple[object, str, Callable]]] = {
    "drafted": [(lexicon, "_drafted", lambda *a, **k: False)],
    "persuaded": [(lexicon, "_persuaded", lambda *a, **k: False)],
    "light": [(lexicon, "_capable", _capable_before)],
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=1717, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

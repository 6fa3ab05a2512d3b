"""The records the eighteenth precision round's rules (evprec18) remove or change on fresh articles.

    PYTHONPATH=src python benchmarks/events_precision18_diff.py --n 1500
    PYTHONPATH=src python benchmarks/events_precision18_diff.py --pool saudi --n 2500 --rule sport

Rules: ``prayer`` (``lexicon._invoked``: a trigger with God's name right after it, داعيا الله أن يحفظ بلادنا),
``sport`` (``coder._state_side`` in a sports story: records with no state, armed or political side dropped) and
``qataa`` (``protest.qataa``'s new ``not_after`` / ``not_after_words``: an intersection, جسر تقاطع الشفا، and the
adjective "decisive", رفضا قاطعا، بشكل قاطع، دليل قاطع; switched off by giving ``_choose`` the entry as main had it).
Articles as ``events_frames_diff.py`` draws them (``--pool`` ant or saudi, in no gold file and no judged sample);
each runs through the whole default pipeline with the rules off and on, and every trigger span whose records differ
is printed for judging by reading (docs/events.md, "Precision round 18 (evprec18)").
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

import marsad.events.coder as coder
import marsad.events.lexicon as lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import named_rules_off, run_diff

_choose = lexicon._choose
QATAA_MAIN = ("عند", "بمنطقه", "منطقه")
"""``protest.qataa``'s ``not_after`` on main (e6197f6); it had no ``not_after_words``."""


def _choose_qataa_main(entries, words, i, lex):
    """``lexicon._choose`` with ``protest.qataa`` as main had it."""
    old = [
        dataclasses.replace(e, not_after=QATAA_MAIN, not_after_words=frozenset())
        if e.id == "protest.qataa"
        else e
        for e in entries
    ]
    return _choose(old, words, i, lex)


RULES: dict[str, list[tuple[object, str, Callable]]] = {
    "prayer": [(lexicon, "_invoked", lambda *a, **k: False)],
    "sport": [(coder, "_state_side", lambda *a, **k: True)],
    "qataa": [(lexicon, "_choose", _choose_qataa_main)],
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=1818, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

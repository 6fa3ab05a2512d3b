"""The records the nineteenth precision round's rules (evprec19) remove or change on fresh articles.

    PYTHONPATH=src python benchmarks/events_precision19_diff.py --n 1500
    PYTHONPATH=src python benchmarks/events_precision19_diff.py --pool saudi --n 2500 --rule nominal

Rules: ``nominal`` (``lexicon._nominal``: a form III perfect read as the noun of the same letters, 367 طالبًا، لكل
طالب، أبو طالب), ``declined`` (``lexicon._declined``: a refusal to comment with the spokesman between, رفض متحدث
باسم جولدمان ساكس التعليق) and ``aimed`` (``assault.istahdafa``'s new ``not_before`` and ``unless`` words: a programme,
a course or events aimed at a public, البرنامج يستهدف، فعاليات تستهدف شرائح; switched off by giving ``_choose`` the
entry as main had it) and ``doubled`` (``doubled_senses``: وعدّ written with a shadda is "considered", not a promise;
switched off by looking for a mark no text holds). Articles as ``events_frames_diff.py`` draws them (``--pool`` ant or saudi, in no gold file and
no judged sample); each runs through the whole default pipeline with the rules off and on, and every trigger span
whose records differ is printed for judging by reading (docs/events.md, "Precision round 19 (evprec19)").
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

import marsad.events.lexicon as lexicon
from marsad.language.normalize import normalize_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import named_rules_off, run_diff

_choose = lexicon._choose
AIMED_NOT_BEFORE = frozenset(
    normalize_key(w)
    for w in [
        "برنامج",
        "البرنامج",
        "برامج",
        "البرامج",
        "دوره",
        "الدوره",
        "دورات",
        "الدورات",
        "ملتقى",
        "الملتقى",
        "فعاليات",
        "الفعاليات",
        "فعاليه",
        "الفعاليه",
        "مهرجان",
        "المهرجان",
    ]
)
"""The words this round added to ``assault.istahdafa``'s ``not_before``."""
AIMED_UNLESS = frozenset(
    normalize_key(w)
    for w in [
        "شرائح",
        "شريحه",
        "الشرائح",
        "فئات",
        "الفئات",
        "البرنامج",
        "الدوره",
        "الملتقى",
        "التطبيق",
        "الاعلان",
    ]
)
"""The words this round added to its ``unless``."""


def _choose_aimed_main(entries, words, i, lex):
    """``lexicon._choose`` with ``assault.istahdafa`` as main had it."""
    old = [
        dataclasses.replace(
            e,
            not_before=tuple(w for w in e.not_before if w not in AIMED_NOT_BEFORE),
            unless=tuple(w for w in e.unless if w not in AIMED_UNLESS),
        )
        if e.id == "assault.istahdafa"
        else e
        for e in entries
    ]
    return _choose(old, words, i, lex)


RULES: dict[str, list[tuple[object, str, Callable]]] = {
    "nominal": [(lexicon, "_nominal", lambda *a, **k: False)],
    "declined": [(lexicon, "_declined", lambda *a, **k: False)],
    "aimed": [(lexicon, "_choose", _choose_aimed_main)],
    "doubled": [(lexicon, "SHADDA", "\ufffe")],
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=1919, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

"""The dates and places the eighth dates round's rules change on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_dates5_diff.py --seed 9595 --n 1500 > dates5_diff.txt
    PYTHONPATH=src python benchmarks/events_dates5_diff.py --rule facility --n 1500

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline twice, with the round's rules (or the one
named by ``--rule``) switched off and on. Every trigger span whose type, date or place differs is printed with the
sentence and both readings, for judging by reading; the last line counts new, changed and lost records.
docs/events.md, "Dates and locations, eighth round", reports the judged list.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

import marsad.events.place_date as place_date
from marsad.events.lexicon import key_set, read_data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_dates4_diff import reading
from events_frames_diff import named_rules_off, run_diff

PLACE_WORDS = place_date.place_words


def _without(*names: str) -> Callable[[], place_date.PlaceWords]:
    """``place_words`` without the heads of the lists ``names`` of places.yaml (the rules off)."""
    raw = read_data("places.yaml")
    gone = frozenset().union(*(key_set(raw[name]) for name in names))

    def words() -> place_date.PlaceWords:
        full = PLACE_WORDS()
        return dataclasses.replace(full, facility_heads=full.facility_heads - gone)

    return words


RULES: dict[str, list[tuple[object, str, Callable]]] = {
    # a place entity after a building noun (في كاتدرائية برلين) is the place, as after a place noun
    "facility": [(place_date, "place_words", _without("facility_heads"))],
    # a place entity after the dual of a place noun (في مديريتي حيس والخوخة)
    "dual": [(place_date, "place_words", _without("dual_place_heads"))],
}
# all the round's rules off at once (one patch: the rules above each replace the same function)
ALL = {"all": [(place_date, "place_words", _without("facility_heads", "dual_place_heads"))]}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    if "--rule" not in (sys.argv[1:] if argv is None else argv):
        args, off = named_rules_off(args, ALL)
    return run_diff(args, off, seed=9595, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

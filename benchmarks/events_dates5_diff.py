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
import marsad.events.records as records
from marsad.events.lexicon import key_set, read_data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_dates4_diff import reading
from events_frames_diff import named_rules_off, run_diff

PLACE_WORDS = place_date.place_words


def _without(**lists: tuple[str, ...]) -> Callable[[], place_date.PlaceWords]:
    """``place_words`` with the words of the named lists of places.yaml taken out of each field (the rules off):
    ``facility_heads=("dual_place_heads",)`` removes the dual place nouns from the field ``facility_heads``."""
    raw = read_data("places.yaml")
    gone = {
        field: frozenset().union(*(key_set(raw[name]) for name in names)) for field, names in lists.items()
    }

    def words() -> place_date.PlaceWords:
        full = PLACE_WORDS()
        return dataclasses.replace(full, **{field: getattr(full, field) - out for field, out in gone.items()})

    return words


NO_UNDERGONE = (place_date, "_undergone_place", lambda *a, **k: False)
NO_SAME_SENTENCE = (records, "_join_same_sentence", lambda *a, **k: None)
NO_OWN_SINCE = (place_date, "_own_since", lambda *a, **k: False)
NO_INTERPOSED = (place_date, "_interposed_place_mentions", lambda *a, **k: [])
NO_LEAD_DAY = (records, "_lead_day", lambda *a, **k: None)
NO_THAT_PHRASE = (place_date, "_that_phrase_time", lambda *a, **k: None)
RULES: dict[str, list[tuple[object, str, Callable]]] = {
    # a place entity after a building noun (في كاتدرائية برلين) is the place, as after a place noun
    "facility": [(place_date, "place_words", _without(facility_heads=("facility_heads",)))],
    # a place entity after the dual of a place noun (في مديريتي حيس والخوخة)
    "dual": [(place_date, "place_words", _without(facility_heads=("dual_place_heads",)))],
    # the place between تعرض and an attack noun with ل (تعرضت مدينة التحيتا لقصف)
    "undergone": [NO_UNDERGONE],
    # a meeting's own relative clause with جمع / جمعت dates and places it
    "gathering": [(place_date, "place_words", _without(doing_verbs=("gathering_verbs",)))],
    # a definite noun of force takes the day and place of the record of its type earlier in its sentence
    "same-sentence": [NO_SAME_SENTENCE],
    # منذ that opens a time expression of its own does not make a later time a since phrase
    "own-since": [NO_OWN_SINCE],
    # a day and place set off by commas after the trigger and its subject (قمعت ...، السبت في صنعاء،)
    "interposed": [NO_INTERPOSED],
    # a lead coding no use of force gives its place to a later record dated by the lead's day
    "lead-day": [NO_LEAD_DAY],
    # the time of a "وذلك خلال / عندما ..." phrase after the trigger's clause dates it
    "that-phrase": [NO_THAT_PHRASE],
    # the indefinite scheduling participles (جولة كانت مقررة اعتبارا من الأربعاء)
    "scheduled": [(place_date, "place_words", _without(scheduling_participles=("scheduling_indefinite",)))],
}
# all the round's rules off at once (one patch of place_words: the rules above each replace the same function)
ALL = {
    "all": [
        (
            place_date,
            "place_words",
            _without(
                facility_heads=("facility_heads", "dual_place_heads"),
                doing_verbs=("gathering_verbs",),
                scheduling_participles=("scheduling_indefinite",),
            ),
        ),
        NO_UNDERGONE,
        NO_SAME_SENTENCE,
        NO_OWN_SINCE,
        NO_INTERPOSED,
        NO_LEAD_DAY,
        NO_THAT_PHRASE,
    ]
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    if "--rule" not in (sys.argv[1:] if argv is None else argv):
        args, off = named_rules_off(args, ALL)
    return run_diff(args, off, seed=9595, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

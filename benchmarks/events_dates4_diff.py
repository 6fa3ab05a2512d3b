"""The dates and places the seventh dates round's rules change on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_dates4_diff.py --seed 7373 --n 1500 > dates4_diff.txt
    PYTHONPATH=src python benchmarks/events_dates4_diff.py --rule lead-place --n 1500

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline twice, with the round's rules (or the one
named by ``--rule``) switched off and on. Every trigger span whose type, date or place differs is printed with the
sentence and both readings, for judging by reading; the last line counts new, changed and lost records.
docs/events.md, "Dates and locations, seventh round", reports the judged list (and "Participant rules, seventeenth
round" the ``ongoing`` rule's).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import marsad.events.lead_incident as lead_incident
import marsad.events.place_date as place_date
import marsad.events.records as records
from marsad.model import Event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import named_rules_off, run_diff

DAILY = frozenset({"يومي", "يوميا"})


def _habitual_before(text: str) -> bool:
    """``habitual`` as it stood before the round: without يومي، يوميا, and words read with their punctuation."""
    words = lead_incident.lead_words().habitual_words - DAILY
    keys = [lead_incident.normalize_key(w) for w in text.split()]
    return any(lead_incident._bare(k) in words or k in words for k in keys)


RULES: dict[str, list[tuple[object, str, Callable]]] = {
    # a use of force with no place, told right after a lead whose use of force of the same type has one, takes
    # the lead's place
    "lead-place": [(records, "join_lead_place", lambda *a, **k: None)],
    # يومي and يوميا make a sentence habitual (no lead's day or incident's day and place for its uses of force),
    # and a habitual word followed by a comma counts
    "habitual": [(records, "habitual", _habitual_before), (lead_incident, "habitual", _habitual_before)],
    # a lead that codes no use of force still gives its place (its first place entity, all of one country)
    "lead-entity-place": [(records, "lead_place", lambda *a, **k: None)],
    # a day set off by commas after a relative clause on the subject dates the main clause
    "after-relative": [(place_date, "_day_after_relative", lambda *a, **k: None)],
    # (participant round 17) a verb in the imperfect takes no lead's place
    "ongoing": [(records, "_ongoing", lambda *a, **k: False)],
}


def reading(ev: Event) -> tuple[str, str, str]:
    place = f"{ev.location.text} ({ev.location.country})" if ev.location else "-"
    return (ev.type, ev.date or "-", place)


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=7373, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

"""Modality of a coded event from cue words around its trigger (EVENT-CONVENTIONS section 5).

Precedence: negated > hypothetical > future > historical > reported > asserted. The cues (particles,
verbs of planning, report verbs) are data in ``data/cues.yaml``; this module only says where to look:
within the trigger's clause, a few words before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from marsad.events.lexicon import TriggerMatch, Word, key_set

PRECEDENCE: tuple[str, ...] = ("negated", "hypothetical", "future", "historical", "reported", "asserted")


@dataclass(frozen=True, slots=True)
class ModalityCues:
    negation: frozenset[str]
    negation_window: int
    hypothetical: frozenset[str]
    hypothetical_window: int
    future: frozenset[str]
    future_window: int
    intent: frozenset[str]
    intent_window: int
    historical: frozenset[str]
    historical_window: int
    historical_days: int
    report_verbs: frozenset[str]
    according: frozenset[str]
    complementizers: frozenset[str]

    @classmethod
    def from_data(cls, cues: dict[str, Any]) -> ModalityCues:
        m, r = cues["modality"], cues["report"]

        return cls(
            negation=key_set(m["negation"]["words"]),
            negation_window=int(m["negation"]["window"]),
            hypothetical=key_set(m["hypothetical"]["words"]),
            hypothetical_window=int(m["hypothetical"]["window"]),
            future=key_set(m["future"]["words"]),
            future_window=int(m["future"]["window"]),
            intent=key_set(m["intent"]["words"]),
            intent_window=int(m["intent"]["window"]),
            historical=key_set(m["historical"]["words"]),
            historical_window=int(m["historical"]["window"]),
            historical_days=int(m["historical_days"]),
            report_verbs=key_set(r["verbs"]),
            according=key_set(r["according"]),
            complementizers=key_set(r["complementizers"]),
        )


@dataclass(frozen=True, slots=True)
class ModalityInput:
    words: Sequence[Word]
    match: TriggerMatch
    clause_start: int
    """Index of the first word of the trigger's clause."""
    reported: bool
    event_date: str | None
    story_date: str | None


def _bare(word: Word) -> str:
    # a cue word may carry و/ف (ولم، فلن): compare without them
    key = word.norm
    if len(key) > 2 and key[0] in "وف":
        return key[1:]
    return key


def decide(inp: ModalityInput, *, cues: ModalityCues) -> str:
    """The modality of one event."""
    words, m = inp.words, inp.match
    before = [_bare(w) for w in words[max(inp.clause_start, 0) : m.head]]
    head_form_imperfect = m.form in m.entry.imperfect_forms

    def near(window: int, vocab: frozenset[str]) -> bool:
        return any(w in vocab for w in before[-window:]) if window else False

    if near(cues.negation_window, cues.negation):
        return "negated"
    if near(cues.hypothetical_window, cues.hypothetical - {"قد"}) or (
        before and before[-1] == "قد" and head_form_imperfect
    ):
        return "hypothetical"
    if "س+" in m.proclitics or near(cues.future_window, cues.future) or near(cues.intent_window, cues.intent):
        return "future"
    if inp.event_date and inp.story_date and _starts_after(inp.event_date, inp.story_date):
        return "future"  # dated after publication (يوم الجمعة المقبل)
    if _historical(before, inp, cues=cues):
        return "historical"
    if inp.reported:
        return "reported"
    return "asserted"


def _historical(before: list[str], inp: ModalityInput, *, cues: ModalityCues) -> bool:
    recent = before[-cues.historical_window :]
    if "قد" in recent and any(w in ("كان", "كانت", "كانوا") for w in recent):
        return True
    if recent[-2:] and "منذ" in recent[-2:]:
        return True
    if inp.event_date and inp.story_date:
        return _days_before(inp.event_date, inp.story_date) > cues.historical_days
    return False


def _days_before(event: str, story: str) -> int:
    """Days between the end of the event's (possibly coarse) date and the story date."""
    try:
        published = date.fromisoformat(story[:10])
        parts = event.split("-")
        year = int(parts[0])
        if len(parts) == 1:
            end = date(year, 12, 31)
        elif len(parts) == 2 and parts[1].isdigit():
            month = int(parts[1])
            end = date(year + (month == 12), month % 12 + 1, 1)
        elif len(parts) >= 3 and parts[1].isdigit():
            end = date(year, int(parts[1]), int(parts[2][:2]))
        else:
            end = date(year, 12, 31)
    except ValueError:
        return 0
    return (published - end).days


def _starts_after(event: str, story: str) -> bool:
    """The event's period starts after the publication day (2024-05-17 vs 2024-05-16; not 2024-05)."""
    try:
        published = date.fromisoformat(story[:10])
        parts = event.split("-")
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return date(year, month, day) > published
    except ValueError:
        return False

"""Month and weekday names (Gregorian in every Arabic system, Hijri), loaded from ``data/calendar.toml``.

Shared by the cleaner (publication dates) and the time-expression tagger. Keys are
:func:`~marsad.language.normalize.normalize_key` forms, so أيار/ايار and آذار/اذار meet.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.language.normalize import normalize_key


@dataclass(frozen=True, slots=True)
class CalendarNames:
    gregorian: dict[str, int]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    """ISO weekday numbers, Monday = 1."""

    def month(self, name: str) -> int | None:
        return self.gregorian.get(normalize_key(name))

    def hijri_month(self, name: str) -> int | None:
        return self.hijri.get(normalize_key(name))

    def weekday(self, name: str) -> int | None:
        key = normalize_key(name)
        return self.weekdays.get(key) or self.weekdays.get("ال" + key)


@cache  # read-only data, loaded once per process; the cache holds an immutable value
def calendar_names() -> CalendarNames:
    raw = tomllib.loads(
        resources.files("marsad.language").joinpath("data", "calendar.toml").read_text(encoding="utf-8")
    )

    def keyed(table: dict[str, int]) -> dict[str, int]:
        return {normalize_key(k): v for k, v in table.items()}

    return CalendarNames(keyed(raw["gregorian"]), keyed(raw["hijri"]), keyed(raw["weekdays"]))

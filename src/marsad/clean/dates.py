"""Publication dates as pages write them, to ISO 8601.

Forms handled (Arabic-Indic and Persian digits everywhere): ISO 8601 (``2024-05-16T10:00:00+03:00``,
``2017-01-22T194300``), RFC 822 (``Thu, 26 Dec 2013 04:57:07 +0400``), English ("16th, May 2024 GMT",
"May 16, 2024"), Arabic with any Arab region's month names ("مايو 16, 2024", "16 أيار 2024",
"الخميس 16 مايو 2024", "28 آب/اغسطس 2013"), numeric day-first dates ("١٦/٥/٢٠٢٤", "07/07/2016"), and
Hijri dates ("8 ذو القعدة 1445 هـ", converted with ``hijridate``). A time, "ص/م" or AM/PM, and a zone
(GMT, UTC, Z, +0300, "GMT+0400") are taken when written next to the date.

The value is a date ("2024-05-16") when no time is stated and a date-time with its offset when one is
("2013-12-26T04:57:07+04:00"); a time without a zone stays naive. ``dateutil``/``htmldate`` know neither
Arabic month names nor Hijri dates, hence these patterns; month names come from CLDR
(:mod:`marsad.language.calendar`) and from ``babel`` for English.

Matching runs on a *match view* of the same length as the text (digits to ASCII, alef/ya/ta-marbuta
unified), so every match is also a span of the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from marsad.language.calendar import calendar_names
from marsad.language.normalize import ALEFS, DIGITS, KEY_LETTERS, normalize_key

_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: str
    """ISO 8601: a date, or a date-time (with offset when stated)."""
    start: int
    end: int
    has_time: bool


@dataclass(frozen=True, slots=True)
class FoundTime:
    """A time of day with no date ("14:00 (GMT+0400)"), e.g. after an update label."""

    hour: int
    minute: int
    second: int
    offset: str | None
    start: int
    end: int


def _pairs() -> tuple[tuple[str, str], ...]:
    table = {**DIGITS, **ALEFS, **KEY_LETTERS}
    return tuple((chr(k), v if isinstance(v, str) else chr(v)) for k, v in table.items())


# (from, to) character pairs of the three one-to-one mappings.
_VIEW_PAIRS = _pairs()


def match_view(text: str) -> str:
    """Same length as ``text``: digits to ASCII, alef/ya/ta-marbuta/hamza seats unified."""
    # A chain of str.replace is ~20x faster than str.translate with a dict table on Arabic text
    # (translate takes its slow per-character path for non-ASCII strings).
    for old, new in _VIEW_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


@dataclass(frozen=True, slots=True)
class _Patterns:
    any_date: re.Pattern[str]
    time: re.Pattern[str]
    english: dict[str, int]


def _alternation(names: list[str]) -> str:
    # Longest first so "تشرين الثاني" wins over a shorter prefix; spaces match any run of spaces.
    parts = sorted({n for n in names if n}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


_TIME = (
    r"(?P<{p}h>[01]?\d|2[0-3])[:.](?P<{p}mi>[0-5]\d)(?::(?P<{p}s>[0-5]\d)(?:\.\d+)?)?"
    r"(?:\s*(?P<{p}ampm>[AaPp]\.?[Mm]\.?|ص(?:باحا)?|م(?:ساء)?)(?![\w]))?"
)
_ZONE = (
    r"(?:\s*\(?\s*(?P<{p}tz>(?:GMT|UTC|UT|Z)(?:\s*(?P<{p}tzo>[+-]\d{{1,2}}(?::?\d{{2}})?))?"
    r"|(?P<{p}off>[+-]\d{{2}}:?\d{{2}})|بتوقيت\s+(?:غرينتش|جرينتش|غرينيتش))\s*\)?)?"
)


@cache  # built once per process from read-only data
def _patterns() -> _Patterns:
    from babel.dates import get_month_names

    names = calendar_names()
    english: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="en").items():
            english[name.lower().rstrip(".")] = number
    english["sept"] = 9
    ar_months = _alternation([match_view(k) for k in names.gregorian])
    en_months = _alternation(list(english))
    hijri = _alternation([match_view(k) for k in names.hijri])
    weekdays = _alternation([match_view(k) for k in names.weekdays])
    month = rf"(?:{ar_months}|(?i:{en_months})\.?)"
    month2 = rf"(?P<mon>{month})(?:\s*[/(]\s*(?:{month})\s*\)?)?"
    wd = rf"(?:(?:{weekdays}|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s*[,،]?\s*)?"
    time = rf"(?:\s*[,،-]?\s*(?:(?:الساعة|الساعه|at)\s+)?{_TIME.format(p='t')}{_ZONE.format(p='t')})?"
    zone_only = _ZONE.format(p="z")
    forms = [
        # ISO 8601, with or without separators in the time.
        r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
        r"(?:[T ](?P<ih>\d{2}):?(?P<imi>\d{2})(?::?(?P<is>\d{2})(?:\.\d+)?)?"
        r"\s*(?P<itz>Z|[+-]\d{2}:?\d{2})?)?)(?!\d)",
        # Hijri: 8 ذو القعدة 1445 هـ
        rf"(?P<hij>(?P<hd>\d{{1,2}})\s+(?P<hm>{hijri})\s*[,،]?\s+(?P<hy>1[34]\d\d)(?:\s*(?:هـ|ه)(?!\w))?)",
        # Day month year: الخميس 16 مايو 2024, 16th, May 2024 GMT, Thu, 26 Dec 2013 04:57:07 +0400
        rf"(?P<dmy>{wd}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s*(?:من\s+)?{month2}\s*[,،]?\s*(?P<y>\d{{4}}))",
        # Month day year: مايو 16, 2024, May 16, 2024
        rf"(?P<mdy>{wd}(?P<mon2>{month})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]\s*(?P<y2>\d{{4}}))",
        # Numeric, day first as Arab sites write it; or year first.
        r"(?P<num>(?<![\d/.-])(?P<nd>\d{1,2})(?P<sep>[/.-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4})(?![\d/])"
        r"|(?<![\d/])(?P<ry>\d{4})/(?P<rm>\d{1,2})/(?P<rd>\d{1,2})(?![\d/]))",
    ]
    any_date = re.compile(rf"(?:{'|'.join(forms)})(?:{time})(?:{zone_only})")
    return _Patterns(any_date, re.compile(_TIME.format(p="") + _ZONE.format(p="")), english)


def _offset(tz: str | None, tzo: str | None, off: str | None) -> str | None:
    raw = off or tzo
    if raw:
        sign, digits = raw[0], raw[1:].replace(":", "")
        if len(digits) <= 2:
            digits = digits.zfill(2) + "00"
        hours, minutes = int(digits[:2]), int(digits[2:4])
        if hours > 14 or minutes > 59:
            return None
        return f"{sign}{hours:02d}:{minutes:02d}"
    if tz:
        return "+00:00"
    return None


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm[0] in "Ppم"
    if pm and hour < 12:
        return hour + 12
    if not pm and hour == 12:
        return 0
    return hour


def _month(name: str, english: dict[str, int]) -> int | None:
    key = name.lower().rstrip(".")
    if key in english:
        return english[key]
    return calendar_names().month(normalize_key(name))


def _iso(
    day: dt.date,
    *,
    hour: int | None = None,
    minute: int = 0,
    second: int = 0,
    offset: str | None = None,
) -> str:
    if hour is None:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    return stamp + (offset or "")


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _hijri(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _from_match(m: re.Match[str], pats: _Patterns) -> FoundDate | None:
    g = m.group
    hour: int | None = None
    minute = second = 0
    offset: str | None = None
    if g("iso"):
        day = _valid(int(g("iy")), int(g("im")), int(g("id")))
        if g("ih"):
            hour, minute, second = int(g("ih")), int(g("imi")), int(g("is") or 0)
            if hour > 23 or minute > 59 or second > 59:
                return None
            offset = (
                _offset(None, None, g("itz"))
                if g("itz") and g("itz") != "Z"
                else ("+00:00" if g("itz") else None)
            )
    elif g("hij"):
        month = calendar_names().hijri_month(normalize_key(g("hm")))
        day = _hijri(int(g("hy")), month, int(g("hd"))) if month else None
    elif g("dmy"):
        month = _month(g("mon"), pats.english)
        day = _valid(int(g("y")), month, int(g("d"))) if month else None
    elif g("mdy"):
        month = _month(g("mon2"), pats.english)
        day = _valid(int(g("y2")), month, int(g("d2"))) if month else None
    elif g("ry"):
        day = _valid(int(g("ry")), int(g("rm")), int(g("rd")))
    else:
        day = _valid(int(g("ny")), int(g("nm")), int(g("nd")))
    if day is None:
        return None
    if hour is None and g("th"):
        hour, minute, second = _hour(int(g("th")), g("tampm")), int(g("tmi")), int(g("ts") or 0)
        offset = _offset(g("ttz"), g("ttzo"), g("toff"))
    elif offset is None and hour is not None:
        offset = _offset(g("ztz"), g("ztzo"), g("zoff"))
    return FoundDate(
        _iso(day, hour=hour, minute=minute, second=second, offset=offset),
        m.start(),
        m.end(),
        hour is not None,
    )


def find_dates(text: str, *, view: str | None = None) -> list[FoundDate]:
    """Every date in ``text``, in order; offsets are offsets of ``text``. ``view`` is its match view,
    when the caller has it already."""
    pats = _patterns()
    found = []
    for m in pats.any_date.finditer(view if view is not None else match_view(text)):
        value = _from_match(m, pats)
        if value is not None:
            found.append(value)
    return found


def parse_date(text: str) -> str | None:
    """The first date stated in ``text`` (a record field, a meta tag), as ISO 8601, or None."""
    found = find_dates(text)
    if found:
        return found[0].value
    return _parse_rfc822(text)


def _parse_rfc822(text: str) -> str | None:
    """RFC 822 forms the patterns miss (odd zone names): left to the standard library's parser."""
    from email.utils import parsedate_to_datetime

    try:
        stamp = parsedate_to_datetime(text.translate(DIGITS).strip())
    except (TypeError, ValueError, IndexError):
        return None
    if not _MIN_YEAR <= stamp.year <= _MAX_YEAR:
        return None
    return stamp.isoformat()


def find_time(text: str, *, view: str | None = None) -> FoundTime | None:
    """The first time of day in ``text`` ("14:00 (GMT+0400)", "10:30 م")."""
    m = _patterns().time.search(view if view is not None else match_view(text))
    if not m:
        return None
    g = m.group
    return FoundTime(
        _hour(int(g("h")), g("ampm")),
        int(g("mi")),
        int(g("s") or 0),
        _offset(g("tz"), g("tzo"), g("off")),
        m.start(),
        m.end(),
    )


def with_time(date_value: str, time: FoundTime) -> str:
    """A date ("2013-08-28") with a separately stated time of day."""
    day = dt.date.fromisoformat(date_value[:10])
    return _iso(day, hour=time.hour, minute=time.minute, second=time.second, offset=time.offset)

"""Time expressions (TIMEX3-like) resolved against the story's own date.

Patterns are written once against folded text (:mod:`scan`) from the month, weekday and Hijri names
of ``data/calendar.toml`` and the relative words of ``data/times.toml``. Rules (see
EVENT-CONVENTIONS §6): a weekday in a past-tense clause is the latest such day on or before the story
date, in a future clause (سـ، سوف، من المقرر، المقبل) the next one; a month without a year is the latest
such month not after publication (the next one in a future clause); "العام الماضي" is the year before
the story's. Seasons take the ISO/TIMEX form ``2022-FA``; a period inside a year ("الأشهر العشرة
الأولى من عام 2024") takes the year, the coarsest unit that holds it. With no story date every
relative expression stays unresolved, with a reason: another story's date is never borrowed.

Written by hand: the maintained date parsers (dateparser, htmldate) read whole dates, not the
relative, tense-dependent expressions of Arabic news; Hijri dates are converted with ``hijridate``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

import ahocorasick

from marsad.language.calendar import calendar_names
from marsad.language.clitics import analyze
from marsad.language.normalize import light_key, normalize_key, scan_fold, strip_diacritics
from marsad.language.prefilter import Prefiltered, WordStartUnion, prefiltered, word_start_union
from marsad.language.scan import ScanText
from marsad.language.wordfreq import article_free_counts
from marsad.model import Article, Span, TimeExpr
from marsad.pipeline import Context, Stage

log = logging.getLogger(__name__)

# \d\d* rather than \d+: a pattern that opens with a class lets ``re`` skip ahead to a digit in C;
# one that opens with a repeat is tried at every character (the same matches, ~10x the instructions).
NUMBER_RUN = re.compile(r"\d\d*(?:[/.\-]\d+)*")
CLITIC_PREFIX = re.compile(r"(?:[وف]?(?:لل|[بل])?(?:ال)?)$")
TRAILING_MARK = re.compile("[\u064b-\u065f\u0670\u0640]")
# Letters every future marker contains: a word opening with (و/ف)س + imperfect prefix, or one of the
# marker words of times.toml (سوف، المقرر، المنتظر، المتوقع، يعتزم، يرتقب ...), in any spelling.
FUTURE_HINT = re.compile("(?:^|\\s)[وف]?س[يتنأا]|سوف|مقرر|منتظر|متوقع|توقع|عتزا?م|رتقب")
# How near before a time an intention's noun must stand to make it future (:func:`_context_tense`).
INTENT_WORDS = 6
FUTURE_SHAPE = re.compile(r"^[وف]?س[يتنأ][^\W\d_]{3,}$")
WORD = re.compile(r"[^\W\d_][\w\u064b-\u065f\u0670\u0640]*")
BOUNDARY = re.compile(r"[.،,؛;:!?؟\n\"“”«»]")
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class TimeWords:
    months: MappingProxyType[str, int]
    hijri: MappingProxyType[str, int]
    weekdays: MappingProxyType[str, int]
    days: MappingProxyType[str, int]
    units: MappingProxyType[str, str]
    counts: MappingProxyType[str, int]
    past: frozenset[str]
    future: frozenset[str]
    present: frozenset[str]
    seasons: MappingProxyType[str, str]
    decades: MappingProxyType[str, int]
    not_today: frozenset[str]
    not_weekday_after: frozenset[str]
    future_markers: frozenset[str]
    intent_markers: frozenset[str]
    """Nouns of an intention (اعتزامه): future markers only before the expression (:func:`_context_tense`)."""
    vague: MappingProxyType[str, str]
    ordinal_day_values: MappingProxyType[str, int]
    until: frozenset[str]
    until_aside: frozenset[str]
    same_day: frozenset[str]
    age: frozenset[str]
    near_days: int
    carry_chars: int
    carry_months: int
    """A day-and-month within this many days of the story date is in the story's year (any tense)."""
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    gates: MappingProxyType[str, frozenset[str]]
    """Per pattern, words (folded, first word of a phrase) of which one must occur for the pattern to
    be tried at all; ``#year`` and ``#digit`` stand for a four-digit year and any digit."""


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for p in phrases:
        w = p.split()[0]
        out.add(w)
        if w.startswith("ال"):
            out.add(w[2:])
    return frozenset(out)


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, as a character trie: Python's ``re`` tries the branches of
    an alternation one by one, so ``م(?:ارس|ايو)`` is far cheaper at every position than
    ``مارس|مايو``. Longer words come first at each node (leftmost-longest for our literal lists)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [
            (re.escape(ch) if ch != " " else r"\s+") + emit(child)
            for ch, child in sorted(((c, n) for c, n in node.items() if c), key=lambda x: x[0])
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(tree)


def _alt(words: Iterable[str]) -> str:
    uniq = sorted(set(words))
    return "(?:" + _trie(uniq) + ")" if uniq else "(?!)"


def _fold(word: str) -> str:
    return " ".join(scan_fold(strip_diacritics(word)).split())


def _folded(value: object) -> object:
    """The data file with every word in the folded spelling the patterns match (مؤخراً → موخرا)."""
    if isinstance(value, str):
        return _fold(value)
    if isinstance(value, list):
        return [_folded(v) for v in value]
    if isinstance(value, dict):
        return {_fold(k): _folded(v) for k, v in value.items()}
    return value


def _ordinal_days(raw: dict) -> dict[str, int]:
    """Folded ordinal day names 1-31 (العاشر، الحادي عشر، الثامن والعشرين)."""
    units = raw["ordinal_days"]
    out = {w: i + 1 for i, w in enumerate(units)}
    out[raw["ordinal_eleven"] + " عشر"] = 11
    for i, w in enumerate(units[1:9], start=2):
        out[w + " عشر"] = 10 + i
    for tens_word, tens in raw["ordinal_tens"].items():
        out[tens_word] = tens
        for i, w in enumerate([raw["ordinal_eleven"], *units[1:9]], start=1):
            if tens + i <= 31:
                out[f"{w} و{tens_word}"] = tens + i
                out[f"{w} و {tens_word}"] = tens + i
    return out


@cache  # read-only data and compiled patterns, built once per process
def time_words() -> TimeWords:
    raw = _folded(
        tomllib.loads(
            resources.files("marsad.language").joinpath("data", "times.toml").read_text(encoding="utf-8")
        )
    )
    cal = calendar_names()
    units = {form: unit for unit, forms in raw["units"].items() for form in forms}
    rel = raw["relative"]
    vague = {w: tense for tense, words in raw["vague"].items() for w in words}
    months, hijri, weekdays = dict(cal.gregorian), dict(cal.hijri), dict(cal.weekdays)
    M = _alt(months)
    H = _alt(hijri)
    W = _alt(weekdays)
    # A month, optionally paired with its other-system name (مارس/آذار, أيار (مايو), تشرين أول, typos).
    MP = rf"(?P<month>{M})(?:\s*[/\\(]\s*(?:{M}|[^\W\d_]+(?:\s+(?:اول|ثاني|الاول|الثاني))?)\s*\)?)?"
    Y = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)(?!\d)"
    YWORD = r"(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?"
    D = r"(?P<day>[0-3]?\d)(?!\d)"
    B = r"(?<![\w])"
    E = r"(?![\w])"
    PRE = r"(?:[وف]?(?:لل|[بل])?)?"  # clitic letters before the first word: وفي، بمارس، للعام
    cues = _alt(raw["cues"])
    rel_all = _alt([*rel["past"], *rel["future"], *rel["present"]])
    unit_forms = _alt(units)
    counts = _alt(raw["counts"])
    approx = _alt(raw["approximators"])
    day_parts = _alt(raw["day_parts"])
    hy = r"(?P<hyear>1[34]\d\d)\s*(?:ه|هجري|هجريه|للهجره)(?![\w])"
    od = _ordinal_days(raw)
    OD = rf"(?P<oday>{_alt(od)})"
    DAY = rf"(?:{D}\s+(?:من\s+)?|{OD}\s+من\s+)"
    # A range or pair of days of one month before the day (يومي 4 و5 جوان، بين 4 و5، من 4 إلى 5، 4-5):
    # the span covers both, the value is the first day (as a quantity range's is its lower bound).
    DRANGE = r"(?:(?:(?:يومي|ايام|بين)\s+)?(?P<d1>[0-3]?\d)\s*(?:و|-|–)\s*|من\s+(?P<d0>[0-3]?\d)\s+(?:الي|حتي)\s+)?"
    DPRE = rf"(?:(?:{day_parts})\s+)?(?:(?:اليوم|امس|يوم)\s*،?\s*)?(?:(?:يوم\s+)?(?:{W})\s*،?\s*)?"
    Y1 = r"(?P<y1>1[89]\d\d|20\d\d|21\d\d)(?!\d)"
    plural_units = "سنوات|اعوام|اشهر|شهور|ايام|اسابيع|عقود"
    patterns: list[tuple[str, str]] = [
        (
            "hijri_date",
            rf"{B}{PRE}(?P<x>{D}\s+(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{H})\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?{hy})",
        ),
        (
            "date",
            rf"{B}{PRE}(?P<x>{DPRE}{DRANGE}{DAY}(?:شهر\s+)?{MP}\s*،?\s+(?:في\s+)?{YWORD}{Y}(?:\s*م{E})?)",
        ),
        ("date_us", rf"{B}{PRE}(?P<x>{MP}\s+{D},?\s+{Y})"),
        (
            "numeric",
            r"(?<![\d/.\-])(?P<x>(?P<day>[0-3]?\d)[/.\-](?P<nmonth>[01]?\d)[/.\-](?P<year>(?:19|20)\d\d))(?![\d/.\-])",
        ),
        ("iso", r"(?<![\d\-])(?P<x>(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d))(?![\d])"),
        (
            "period_year",
            rf"{B}{PRE}(?P<x>(?:ال)?(?:اشهر|شهور|اسابيع|ايام|اسابيع|النصف|الربع|الثلث|نصف|ربع)(?:\s+[\w]+)?(?:\s+(?:الاولي|الاول|الاخيره|الاخير|الثاني|الثالث|الرابع|الماضيه))?\s+من\s+(?:(?:ال)?(?:عام|سنه)\s+)?{Y})",
        ),
        (
            "season_year",
            rf"{B}{PRE}(?P<x>(?P<season>{_alt(raw['seasons'])})\s+(?:(?:ال)?(?:عام|سنه)\s+)?{Y})",
        ),
        (
            "hijri_month_year",
            rf"{B}{PRE}(?P<x>(?:شهر\s+)?(?P<hmonth>{H})\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?{hy})",
        ),
        ("month_year", rf"{B}{PRE}(?P<x>(?:منذ\s+)?(?:شهر\s+)?{MP}\s*،?\s+{YWORD}{Y})"),
        (
            "year_range",
            rf"{B}{PRE}(?P<x>(?:بين|من)\s+(?:(?:ال)?(?:عامي|عامين|عام|سنتي|سنه)\s+)?{Y1}\s*(?:و|الي|-|–)\s*(?:(?:ال)?(?:عام|سنه)\s+)?{Y}){E}",
        ),
        ("year_span", rf"(?<![\d\-/.])(?P<x>{Y1}\s*[-–]\s*{Y})(?![\d\-/])"),
        ("day_month", rf"{B}{PRE}(?P<x>{DPRE}{DRANGE}{DAY}(?:شهر\s+)?{MP}(?:\s+(?P<rel>{rel_all}))?){E}"),
        (
            "month_rel",
            rf"{B}{PRE}(?P<x>(?:شهر\s+)?{MP}\s+(?:من\s+)?(?P<unit>العام|السنه)\s+(?P<rel>{rel_all}|ذاته|نفسه)){E}",
        ),
        ("month_rel_simple", rf"{B}{PRE}(?P<x>(?:شهر\s+)?{MP}\s+(?P<rel>{rel_all})){E}"),
        (
            "decade",
            rf"{B}{PRE}(?P<x>(?P<decade>{_alt(raw['decades'])})(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?P<century>الماضي|العشرين|الحالي|الحادي\s+والعشرين))?){E}",
        ),
        ("hijri_year", rf"{B}{PRE}(?P<x>(?:(?:ال)?(?:عام|سنه)\s+)?{hy})"),
        (
            "year",
            rf"{B}{PRE}(?P<x>(?=(?:منذ\s+)?(?:ال)?(?:عام|سنه)\s+\d|\d{{4}}\s*م{E})(?:منذ\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?{Y}(?:\s*م{E})?)",
        ),
        # A cue glued to its year (في1987، منذ2014: a typo, no space) is read as if spaced.
        (
            "year_cue",
            rf"{B}{PRE}(?:(?:{cues})\s+|(?:{_alt(raw['glued_year_cues'])})(?=\d))(?P<x>{Y}){E}(?!\s*[/\-])",
        ),
        (
            "weekday",
            rf"{B}{PRE}(?P<x>(?:(?:{day_parts})\s+)?(?:(?:(?P<today>اليوم)|(?P<yday>امس|الامس)|(?P<tmrw>غدا))\s*،?\s*|يوم\s+)?(?P<wd>{W})(?:\s+(?P<rel>{rel_all}))?){E}",
        ),
        ("days", rf"{B}{PRE}(?P<x>(?:(?:{day_parts})\s+)?(?P<days>{_alt(raw['days'])})){E}"),
        (
            "ago",
            rf"{B}{PRE}(?P<x>(?P<ago>قبل|منذ)\s+(?:(?:{approx})\s+)?(?:(?P<n>\d{{1,3}}|{counts})\s+)?(?P<unit>{unit_forms})){E}",
        ),
        (
            "season_rel",
            rf"{B}{PRE}(?P<x>(?:هذا\s+)?(?P<season>{_alt(raw['seasons'])})(?:\s+(?P<rel>{rel_all}))?){E}",
        ),
        (
            "unit_rel",
            rf"{B}{PRE}(?P<x>(?:(?:مطلع|اوايل|اواخر|منتصف|نهايه|بدايه|اواسط)\s+)?(?:(?P<this>هذا|هذه)\s+)?(?:ال)?(?P<unit>{unit_forms})(?:\s+(?P<rel>{rel_all}))?){E}",
        ),
        ("vague", rf"{B}{PRE}(?P<x>{_alt(vague)}){E}"),
        (
            "vague_period",
            rf"{B}{PRE}(?P<x>(?:(?:في|خلال)\s+)?ال(?:{plural_units})(?:\s+[^\W\d_]+)?\s+(?P<rel>{rel_all}|الاخيره)){E}",
        ),
        ("hijri_month", rf"{B}{PRE}(?:(?P<cue>{cues})\s+)?(?P<x>(?:شهر\s+)?(?P<hmonth>{H})){E}"),
        ("month", rf"{B}{PRE}(?:(?P<cue>{cues})\s+)?(?P<x>(?:شهر\s+)?{MP}){E}"),
    ]
    month_w = _first_words(months)
    hijri_w = _first_words(hijri)
    unit_w = _first_words(units) | {"ال" + u for u in units}
    season_w = _first_words(raw["seasons"])
    gates = {
        "hijri_date": hijri_w,
        "hijri_month_year": hijri_w,
        "hijri_year": frozenset({"ه", "هجري", "هجريه", "للهجره"}),
        "hijri_month": _first_words(hijri),
        "date": month_w,
        "date_us": month_w,
        "day_month": month_w,
        "month_year": month_w,
        "month_rel": month_w,
        "month_rel_simple": month_w,
        "year_range": frozenset({"#year"}),
        "year_span": frozenset({"#year"}),
        "vague_period": unit_w | {"عقود", "العقود"},
        "month": month_w,
        "numeric": frozenset({"#digit"}),
        "iso": frozenset({"#digit"}),
        # Windows around the period or season word reach the year after it.
        "period_year": frozenset({"اشهر", "شهور", "اسابيع", "ايام", "النصف", "الربع", "الثلث", "نصف", "ربع"}),
        "season_year": season_w,
        "year": frozenset({"#year"}),
        "year_cue": frozenset({"#year"}),
        "decade": _first_words(raw["decades"]),
        "weekday": _first_words(weekdays),
        "days": _first_words(raw["days"]),
        "ago": frozenset({"قبل", "منذ"}),
        "season_rel": season_w,
        "unit_rel": unit_w,
        "vague": frozenset(max(v.split(), key=len) for v in vague),
    }
    return TimeWords(
        months=MappingProxyType(months),
        hijri=MappingProxyType(hijri),
        weekdays=MappingProxyType(weekdays),
        days=MappingProxyType({re.sub(r"\s+", " ", k): v for k, v in raw["days"].items()}),
        units=MappingProxyType(units),
        counts=MappingProxyType(raw["counts"]),
        past=frozenset(rel["past"]),
        future=frozenset(rel["future"]),
        present=frozenset(rel["present"]),
        seasons=MappingProxyType(raw["seasons"]),
        decades=MappingProxyType(raw["decades"]),
        not_today=frozenset(raw["not_today"]),
        not_weekday_after=frozenset(raw["not_weekday_after"]),
        future_markers=frozenset(raw["future_markers"]),
        intent_markers=frozenset(raw["intent_markers"]),
        vague=MappingProxyType(vague),
        ordinal_day_values=MappingProxyType(od),
        until=frozenset(raw["until"]),
        until_aside=frozenset(raw["until_aside"]),
        same_day=frozenset(raw["same_day"]),
        age=frozenset(raw["age"]),
        near_days=int(raw["near_days"]),
        carry_chars=int(raw["carry_chars"]),
        carry_months=int(raw["carry_months"]),
        patterns=tuple((name, re.compile(p)) for name, p in patterns),
        gates=MappingProxyType(gates),
    )


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str | None
    granularity: str | None
    tense: str | None = None
    reason: str | None = None
    relative: bool = False


NO_DATE = "relative expression and the story has no date"
# Patterns that name a month and its year, and those a year may be carried to (:func:`_carried_year`).
YEAR_NAMING = frozenset({"date", "date_us", "numeric", "iso", "month_year"})
YEAR_CARRIERS = frozenset({"month", "day_month"})
CARRY_STOPS = frozenset(".!?؟\n")
# After "قبل <count> <unit>": من and another event or year (قبل شهر ونصف من الانتخابات), but not من الآن
# or a new clause's من جهته.
_COUNTED_FROM = re.compile(r"\s+(?:و\s*نصف(?:\s+[^\W\d_]+)?\s+)?من\s+(?!(?:الآن|الان|قبل)\b|جهت)\w")


def _month_key(m: re.Match[str], words: TimeWords) -> int:
    return words.months[" ".join(m.group("month").split())]


def _iso_day(d: dt.date) -> str:
    return d.isoformat()


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _hijri_span(y: int, m: int, d: int | None) -> tuple[dt.date, dt.date] | None:
    from hijridate import Hijri

    try:
        if d is not None:
            g = Hijri(y, m, d).to_gregorian()
            day = dt.date(g.year, g.month, g.day)
            return day, day
        first = Hijri(y, m, 1)
        start = first.to_gregorian()
        end = Hijri(y, m, first.month_length()).to_gregorian()
        return dt.date(start.year, start.month, start.day), dt.date(end.year, end.month, end.day)
    except (ValueError, OverflowError):
        return None


def _coarsest(start: dt.date, end: dt.date) -> Resolution:
    if start == end:
        return Resolution(start.isoformat(), "day")
    if (start.year, start.month) == (end.year, end.month):
        return Resolution(f"{start.year:04d}-{start.month:02d}", "month")
    if start.year == end.year:
        return Resolution(f"{start.year:04d}", "year")
    return Resolution(None, None, reason="Hijri period spans two Gregorian years")


def _tense_of(value_key: tuple[int, ...], anchor: dt.date | None, gran: str) -> str | None:
    if anchor is None:
        return None
    a = {"day": (anchor.year, anchor.month, anchor.day), "month": (anchor.year, anchor.month)}.get(
        gran, (anchor.year,)
    )
    a = a[: len(value_key)]
    return "past" if value_key < a else "future" if value_key > a else "present"


def _until_aside(left_words: list[str], right: str, words: TimeWords) -> bool:
    """حتى opening its clause and closed by a comma: an "as of" aside of a report ("ارتفع عدد القتلى ... إلى 11
    قتيلا، حتى الأحد، في حين"; "وتقول السلطات، حتى الثلاثاء، إنها"), not a deadline ahead ("مهلة حتى السبت"):
    its tense is the clause's, not the future."""
    return (
        len(left_words) == 1
        and normalize_key(left_words[0]) in words.until_aside
        and right.lstrip(" ").startswith(("،", ","))
    )


def _context_tense(text: str, start: int, end: int, words: TimeWords) -> str:
    """future when the clause around the expression has a future marker (سـ on a verb, سوف, من المقرر,
    المقبل), else past: news reports what happened."""
    left = text[max(0, start - 80) : start]
    cut = max((m.end() for m in BOUNDARY.finditer(left)), default=0)
    right = text[end : end + 60]
    rcut = next((m.start() for m in BOUNDARY.finditer(right)), len(right))
    left_words = WORD.findall(left[cut:])
    if (
        left_words
        and normalize_key(left_words[-1]) in words.until
        and not _until_aside(left_words, right, words)
    ):
        return "future"
    right_words = WORD.findall(right[:rcut])[:5]
    if FUTURE_HINT.search(" ".join(left_words)) is None and FUTURE_HINT.search(" ".join(right_words)) is None:
        return "past"  # no word that could mark the future: skip the per-word checks
    if any(normalize_key(w) in words.intent_markers for w in left_words[-INTENT_WORDS:]):
        return "future"  # "اعتزامه لقاء كيم بنهاية مايو"; not "أعلن الاثنين اعتزامه" (the announcement's day)
    for w in [*left_words, *right_words]:
        key = normalize_key(w)
        if key in words.future_markers or normalize_key(w.lstrip("وف")) in words.future_markers:
            return "future"
        if "س+" in analyze(w).clitics:
            return "future"
        light = light_key(w)
        if FUTURE_SHAPE.match(light) and article_free_counts().get(light) is None:
            # A verb form the news never showed (وستصحبها): the segmenter has no evidence to split
            # س, but سـ + imperfect prefix + three letters is a future verb far more often than not.
            return "future"
    return "past"


def _resolve(
    name: str, m: re.Match[str], anchor: dt.date | None, words: TimeWords, text: str, span: tuple[int, int]
) -> Resolution | None:
    g = m.groupdict()
    if name in ("date", "date_us", "numeric", "iso"):
        month = _month_key(m, words) if g.get("month") else int(g["nmonth"])
        d = _safe_date(int(g["year"]), month, _day_of(g, words))
        if d is None:
            return None
        return Resolution(d.isoformat(), "day", _tense_of((d.year, d.month, d.day), anchor, "day"))
    if name == "hijri_date":
        r = _hijri_span(int(g["hyear"]), words.hijri[" ".join(g["hmonth"].split())], int(g["day"]))
        if r is None:
            return Resolution(None, "day", reason="Hijri date out of the convertible range")
        return Resolution(
            r[0].isoformat(), "day", _tense_of((r[0].year, r[0].month, r[0].day), anchor, "day")
        )
    if name in ("hijri_month_year", "hijri_year", "hijri_month"):
        hy = int(g["hyear"]) if g.get("hyear") else None
        if name == "hijri_year":
            from hijridate import Hijri

            try:
                s, e = (
                    Hijri(hy, 1, 1).to_gregorian(),
                    Hijri(hy, 12, Hijri(hy, 12, 1).month_length()).to_gregorian(),
                )
            except (ValueError, OverflowError):
                return Resolution(None, "year", reason="Hijri year out of the convertible range")
            res = _coarsest(dt.date(s.year, s.month, s.day), dt.date(e.year, e.month, e.day))
            return Resolution(res.value, res.granularity or "year", reason=res.reason)
        hm = words.hijri[" ".join(g["hmonth"].split())]
        relative = False
        if hy is None:
            if g.get("cue") is None and not m.group("x").startswith("شهر"):
                return None
            if anchor is None:
                return Resolution(None, "month", reason=NO_DATE, relative=True)
            from hijridate import Gregorian

            h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
            hy = h.year if hm <= h.month else h.year - 1
            if _context_tense(text, *span, words) == "future" and hm > h.month:
                hy = h.year
            relative = True
        r = _hijri_span(hy, hm, None)
        if r is None:
            return Resolution(None, "month", reason="Hijri date out of the convertible range")
        res = _coarsest(*r)
        tense = None
        if anchor is not None:
            tense = "past" if r[1] < anchor else "future" if r[0] > anchor else "present"
        return Resolution(res.value, res.granularity or "month", tense, res.reason, relative)
    if name in ("month_year",):
        month = _month_key(m, words)
        y = int(g["year"])
        return Resolution(f"{y:04d}-{month:02d}", "month", _tense_of((y, month), anchor, "month"))
    if name in ("year", "year_cue"):
        y = int(g["year"])
        return Resolution(f"{y:04d}", "year", _tense_of((y,), anchor, "year"))
    if name == "period_year":
        y = int(g["year"])
        return Resolution(f"{y:04d}", "year", _tense_of((y,), anchor, "year"))
    if name == "season_year":
        y = int(g["year"])
        return Resolution(f"{y:04d}-{words.seasons[g['season']]}", "season", _tense_of((y,), anchor, "year"))
    if name == "decade":
        after = text[span[1] : span[1] + 20].split()
        if len(after) >= 2 and after[0] == "من" and normalize_key(after[1]) in words.age:
            return None  # في الخمسينيات من عمره: an age
        century = 20 if g.get("century") and ("الحالي" in g["century"] or "الحادي" in g["century"]) else 19
        return Resolution(f"{century}{words.decades[g['decade']]}X", "decade", "past")
    if name == "vague":
        tense = words.vague.get(" ".join(g["x"].split()), "past")
        return Resolution(None, None, tense, reason=f"vague {tense} reference")
    if name == "vague_period":
        rel = g["rel"]
        tense = "future" if rel in words.future else "present" if rel in words.present else "past"
        return Resolution(None, None, tense, reason=f"vague {tense} period (several units)")
    if name in ("year_range", "year_span"):
        y1, y2 = int(g["y1"]), int(g["year"])
        tense = _tense_of((y2,), anchor, "year")
        if y1 == y2:
            return Resolution(f"{y1:04d}", "year", tense)
        if y1 // 10 == y2 // 10:
            return Resolution(f"{y1 // 10:03d}X", "decade", tense)
        return Resolution(None, None, tense, reason="year range with no common decade")
    # Relative forms from here on: they need the story date.
    if name == "day_month":
        month = _month_key(m, words)
        day = _day_of(g, words)
        if anchor is None:
            return Resolution(
                None, "day", None, "day and month without a year, and the story has no date", True
            )
        rel = g.get("rel")
        tense = _rel_tense(rel, words) or _context_tense(text, *span, words)
        y = anchor.year
        near = None if rel else _near_day(anchor, month, day, words.near_days)
        if near is not None:
            # A day within a few days of the story date is that one, whatever the clause's tense: "اعتبارا
            # من 21 أبريل ستوقف" in a story of 22 April starts the day the speaker spoke, not a year on.
            cand = near
        elif rel in words.present:
            cand = _safe_date(y, month, day)
        else:
            cand = _safe_date(y, month, day)
            if cand is None:
                return None
            if tense == "future" and (cand < anchor or (rel in words.future and cand == anchor)):
                cand = _safe_date(y + 1, month, day)
            elif tense != "future" and (cand > anchor or (rel in words.past and cand == anchor)):
                cand = _safe_date(y - 1, month, day)
        if cand is None:
            return None
        return Resolution(cand.isoformat(), "day", tense, relative=True)
    if name == "month_rel_simple":
        month = _month_key(m, words)
        rel = g["rel"]
        if anchor is None:
            return Resolution(None, "month", None, NO_DATE, True)
        tense = _rel_tense(rel, words) or "past"
        y = anchor.year
        if tense == "past":
            y = y if month < anchor.month else y - 1
        elif tense == "future":
            y = y if month > anchor.month else y + 1
        return Resolution(f"{y:04d}-{month:02d}", "month", tense, relative=True)
    if name == "month":
        if g.get("cue") is None and not m.group("x").startswith("شهر") and "/" not in m.group("x"):
            return None  # مارس alone is also a verb ("practised"): a month needs a cue
        month = _month_key(m, words)
        if anchor is None:
            return Resolution(None, "month", None, "month without a year, and the story has no date", True)
        tense = _context_tense(text, *span, words)
        y = anchor.year
        if tense == "future":
            y = y if month >= anchor.month else y + 1
        else:
            y = y if month <= anchor.month else y - 1
        return Resolution(f"{y:04d}-{month:02d}", "month", tense, relative=True)
    if name == "month_rel":
        month = _month_key(m, words)
        rel = g["rel"]
        if rel in ("ذاته", "نفسه"):
            return None
        if anchor is None:
            return Resolution(None, "month", None, NO_DATE, True)
        delta = -1 if rel in words.past else 1 if rel in words.future else 0
        y = anchor.year + delta
        return Resolution(
            f"{y:04d}-{month:02d}", "month", _tense_of((y, month), anchor, "month"), relative=True
        )
    if name == "weekday":
        before = text[max(0, span[0] - 12) : span[0]].split()
        if before and normalize_key(before[-1]) in words.not_weekday_after:
            return None  # إمام الجمعة: a title, not a Friday
        return _weekday(m, anchor, words, text, span)
    if name == "days":
        key = " ".join(g["days"].split())
        if key in ("اليوم", "الليله"):
            after = text[span[1] : span[1] + 20].split()
            if after and normalize_key(after[0]) in words.not_today:
                return None
            before = text[max(0, span[0] - 12) : span[0]].split()
            if before and normalize_key(before[-1]) in words.same_day:
                return None  # في نفس اليوم: the same day as something else, not today
        offset = words.days[key]
        tense = "present" if offset == 0 else "past" if offset < 0 else "future"
        if anchor is None:
            return Resolution(None, "day", tense, NO_DATE, True)
        return Resolution((anchor + dt.timedelta(days=offset)).isoformat(), "day", tense, relative=True)
    if name == "ago":
        unit = words.units[g["unit"]]
        n_raw = g.get("n")
        form = g["unit"]
        if n_raw is None:
            if form.endswith(("ين", "تين")) and form not in ("سنين",):
                n = 2
            elif form in ("يوم", "اسبوع", "شهر", "عام", "سنه"):
                n = 1
            else:
                return Resolution(None, unit, "past", "vague past reference")
        else:
            n = int(n_raw) if n_raw.isdigit() else words.counts[n_raw]
        if g["ago"] == "قبل" and _COUNTED_FROM.match(text, span[1]):
            # "قبل شهر من الانتخابات": a month before another event, not before the story's day.
            return Resolution(None, unit, None, "counted from another event")
        if anchor is None:
            return Resolution(None, unit, "past", NO_DATE, True)
        return Resolution(*_offset(anchor, unit, -n), "past", relative=True)
    if name == "unit_rel":
        unit = words.units[g["unit"]]
        rel = g.get("rel")
        if g.get("this"):
            delta, tense = 0, "present"
        elif rel is None:
            return None
        elif rel in words.past:
            delta, tense = -1, "past"
        elif rel in words.future:
            delta, tense = 1, "future"
        else:
            delta, tense = 0, "present"
        if g["unit"] not in ("يوم", "اسبوع", "شهر", "عام", "سنه"):
            return None  # الأيام الماضية, السنوات المقبلة: vague spans, not one unit
        if anchor is None:
            return Resolution(None, unit, tense, NO_DATE, True)
        return Resolution(*_offset(anchor, unit, delta), tense, relative=True)
    if name == "season_rel":
        rel = g.get("rel")
        season = words.seasons[g["season"]]
        if rel is None and not m.group("x").startswith("هذا"):
            return None
        if anchor is None:
            return Resolution(None, "season", None, NO_DATE, True)
        start_month = SEASON_MONTH[season]
        # The season instance that starts in year y runs start_month .. start_month + 2.
        y = anchor.year if start_month <= anchor.month else anchor.year - 1  # the latest that has begun
        if season == "WI" and anchor.month <= 2:
            y = anchor.year - 1
        if rel in words.past:
            end = _shift_month(y, start_month, 2)
            if end >= (anchor.year, anchor.month):
                y -= 1
            tense = "past"
        elif rel in words.future:
            y += 1
            tense = "future"
        else:
            tense = "present"
        return Resolution(f"{y:04d}-{season}", "season", tense, relative=True)
    return None


def _day_of(g: dict[str, str | None], words: TimeWords) -> int:
    """The day of a date; of a range of days in one month (يومي 4 و5 جوان) its first day, when it is
    the smaller (a pair running into the month before, "30 و1 يونيو", keeps the named month's day)."""
    day = int(g["day"]) if g.get("day") else words.ordinal_day_values[" ".join((g["oday"] or "").split())]  # type: ignore[arg-type]
    first = g.get("d1") or g.get("d0")
    if first is not None and 0 < int(first) < day:
        return int(first)
    return day


def _near_day(anchor: dt.date, month: int, day: int, days: int) -> dt.date | None:
    """The day-and-month of the year before, of, or after the story date's that lies within ``days`` of
    it, if one does: a report lags its speaker by a day or two and announces what comes in a few, so
    such a day is the same occasion, not one a year away."""
    for y in (anchor.year, anchor.year - 1, anchor.year + 1):
        cand = _safe_date(y, month, day)
        if cand is not None and abs((cand - anchor).days) <= days:
            return cand
    return None


def _rel_tense(rel: str | None, words: TimeWords) -> str | None:
    if rel is None:
        return None
    return "past" if rel in words.past else "future" if rel in words.future else "present"


def _offset(anchor: dt.date, unit: str, delta: int) -> tuple[str, str]:
    if unit == "day":
        return (anchor + dt.timedelta(days=delta)).isoformat(), "day"
    if unit == "week":
        y, w, _ = (anchor + dt.timedelta(weeks=delta)).isocalendar()
        return f"{y:04d}-W{w:02d}", "week"
    if unit == "month":
        y, mo = _shift_month(anchor.year, anchor.month, delta)
        return f"{y:04d}-{mo:02d}", "month"
    return f"{anchor.year + delta:04d}", "year"


def _weekday(
    m: re.Match[str], anchor: dt.date | None, words: TimeWords, text: str, span: tuple[int, int]
) -> Resolution:
    g = m.groupdict()
    iso = words.weekdays[g["wd"]]
    rel = g.get("rel")
    if g.get("yday") or g.get("tmrw"):
        offset = -1 if g.get("yday") else 1
        tense = "past" if offset < 0 else "future"
        if anchor is None:
            return Resolution(None, "day", tense, NO_DATE, True)
        return Resolution((anchor + dt.timedelta(days=offset)).isoformat(), "day", tense, relative=True)
    if g.get("today"):
        tense = "present"
    elif rel in words.past:
        tense = "past"
    elif rel in words.future:
        tense = "future"
    else:
        tense = _context_tense(text, *span, words)
    if anchor is None:
        return Resolution(None, "day", tense, NO_DATE, True)
    back = (anchor.isoweekday() - iso) % 7
    if tense == "present":
        d = anchor - dt.timedelta(days=back)
    elif tense == "future":
        ahead = (iso - anchor.isoweekday()) % 7
        if rel in words.future and ahead == 0:
            ahead = 7
        d = anchor + dt.timedelta(days=ahead)
    else:
        if rel in words.past and back == 0:
            back = 7
        d = anchor - dt.timedelta(days=back)
    return Resolution(d.isoformat(), "day", tense, relative=True)


def _as_date(anchor: dt.date | str | None) -> dt.date | None:
    if anchor is None or isinstance(anchor, dt.date):
        return anchor
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    match: re.Match[str]
    start: int
    end: int


WINDOW_BEFORE = 70
WINDOW_AFTER = 80
DIGIT_BEFORE = 50
DIGIT_AFTER = 25


# A one-letter trigger (the ه after a hijri year) ends a word of almost every sentence (ـه, and ة
# folded to ه), so it is not put in the automaton, whose every hit costs a Python loop step: a regex
# finds the few occurrences that can pass the whole-word test of ``_windows`` (next character not an
# Arabic letter; previous one not an Arabic letter, or the last letter of a clitic prefix (و ف ب ل),
# see CLITIC_PREFIX), and each is then checked as an automaton hit would be. The literal comes first
# so that ``re`` skips to it instead of trying the lookarounds at every position.
ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a"
NOT_PREFIX_END = "\u0621-\u0627\u0629-\u063a\u0642\u0643\u0645-\u0647\u0649-\u064a"
"""The Arabic letters no clitic prefix ends with (all but ب ف ل و)."""


@dataclass(frozen=True, slots=True)
class _Triggers:
    automaton: ahocorasick.Automaton
    """Trigger words of two letters or more -> (length, pattern names)."""
    letters: re.Pattern[str] | None
    """The one-letter triggers, where they can be whole words."""
    letter_names: MappingProxyType[str, frozenset[str]]
    """One-letter trigger -> pattern names."""
    digit_names: tuple[str, ...]
    """Patterns tried around every number."""
    scanners: tuple[tuple[str, Prefiltered], ...]
    """``TimeWords.patterns`` in the same order, each with a finder that skips to the places where
    it can match (every pattern opens with a lookbehind, which ``re`` would try at every character)."""
    union: WordStartUnion | None
    """One finder for the scanners that open at a word start (all but the digit-led ones), so that
    the text is scanned once for them all, not once per pattern and window."""
    bits: tuple[int, ...]
    """Per scanner, its bit in ``union`` (0: not in it, searched with its own finder)."""


@cache  # built once per process from the immutable tables
def _triggers() -> _Triggers:
    """Aho-Corasick automaton over the trigger words of every pattern (and the ten digits).

    Every regex here starts with a lookbehind, so ``re`` must try it at every character of the
    story: 23 patterns cost more than the rest of the language layer. One C-speed pass finds the few
    places a time expression can be; the patterns then run only in windows around those places."""
    words = time_words()
    by_word: dict[str, set[str]] = {}
    for name, gate in words.gates.items():
        for w in gate:
            if w not in ("#digit", "#year"):  # digits are found as runs by NUMBER_RUN
                by_word.setdefault(w, set()).add(name)
    automaton = ahocorasick.Automaton()
    letter_names: dict[str, frozenset[str]] = {}
    for w, names in by_word.items():
        if len(w) == 1:
            letter_names[w] = frozenset(names)
        else:
            automaton.add_word(w, (len(w), frozenset(names)))
    automaton.make_automaton()
    letters = None
    if letter_names:
        cls = "".join(re.escape(ch) for ch in sorted(letter_names))
        letters = re.compile(f"[{cls}](?<![{NOT_PREFIX_END}][{cls}])(?![{ARABIC_LETTER}])")
    digit_names = tuple(name for name, gate in words.gates.items() if gate & {"#digit", "#year"})
    scanners = tuple((name, prefiltered(pattern)) for name, pattern in words.patterns)
    at_word_start = [p.finder is not None and p.shift == 1 for _, p in scanners]
    union = word_start_union([p for (_, p), ok in zip(scanners, at_word_start, strict=True) if ok])
    bits: list[int] = []
    for ok in at_word_start:
        bits.append(1 << sum(1 for b in bits if b) if ok and union is not None else 0)
    return _Triggers(
        automaton, letters, MappingProxyType(letter_names), digit_names, scanners, union, tuple(bits)
    )


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _windows(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Per pattern, merged (start, end) windows of folded text around its trigger words."""
    n = len(folded)
    triggers = _triggers()
    hits = list(triggers.automaton.iter(folded))
    if triggers.letters is not None:
        names_of = triggers.letter_names
        hits += [(m.start(), (1, names_of[m.group()])) for m in triggers.letters.finditer(folded)]
    # The windows of each set of pattern names (a trigger word's), handed to each name after the loop:
    # one append per hit instead of one per name (three), the order of a name's windows being
    # immaterial (``_merged`` sorts them).
    by_names: dict[frozenset[str], list[tuple[int, int]]] = {}
    for end, (length, names) in hits:
        start = end - length + 1
        # Whole words only (اب is August, not the middle of الانتخابات), clitic letters allowed.
        if end + 1 < n and folded[end + 1].isalpha():
            continue
        if start > 0 and folded[start - 1].isalpha():
            w0 = start
            while w0 > 0 and w0 > start - 5 and folded[w0 - 1].isalpha():
                w0 -= 1
            if (w0 > 0 and folded[w0 - 1].isalpha()) or not CLITIC_PREFIX.match(folded, w0, start):
                continue
        a = start - WINDOW_BEFORE
        b = end + 1 + WINDOW_AFTER
        window = (a if a > 0 else 0, b if b < n else n)
        spans = by_names.get(names)
        if spans is None:
            by_names[names] = [window]
        else:
            spans.append(window)
    raw: dict[str, list[tuple[int, int]]] = {}
    for names, spans in by_names.items():
        for name in names:
            have = raw.get(name)
            if have is None:
                raw[name] = [*spans]
            else:
                have += spans
    merged = {name: _merged(spans) for name, spans in raw.items()}
    if triggers.digit_names:
        # A date's words lie before its digits (الأشهر العشرة الأولى من عام 2024).
        spans = [
            (max(0, m.start() - DIGIT_BEFORE), min(n, m.end() + DIGIT_AFTER))
            for m in NUMBER_RUN.finditer(folded)
        ]
        if spans:
            digits = _merged(spans)  # the same for every pattern gated by digits alone
            for name in triggers.digit_names:
                words_spans = raw.get(name)
                merged[name] = _merged(words_spans + spans) if words_spans else list(digits)
    return merged


def _matches(folded: str, windows: dict[str, list[tuple[int, int]]]) -> Iterator[tuple[str, re.Match[str]]]:
    """Every pattern's matches in its windows, in priority order, window by window: what
    ``pattern.finditer(folded, ws, we)`` gives for each window. The patterns that open at a word start
    are tried only where their union finder stopped (one scan of the text for them all, instead of one
    per pattern and window: 33 window scans an article)."""
    triggers = _triggers()
    union = triggers.union
    stops = None
    if union is not None:
        ranges = [
            w
            for (name, _), bit in zip(triggers.scanners, triggers.bits, strict=True)
            if bit
            for w in windows.get(name, ())
        ]
        if ranges:
            stops = union.stops(folded, _merged(ranges))
    for (name, scanner), bit in zip(triggers.scanners, triggers.bits, strict=True):
        spans = windows.get(name)
        if not spans:
            continue
        if bit and union is not None and stops is not None:
            for m in union.matches(scanner.pattern, bit, stops, folded, spans):
                yield name, m
            continue
        for ws, we in spans:
            for m in scanner.finditer(folded, ws, we):
                yield name, m


@lru_cache(maxsize=16)  # the quantity, time and quote stages scan the same story text in turn
def _scan(text: str) -> tuple[_Found, ...]:
    """Accepted pattern matches, in priority order (full dates before months, months before bare
    years); a match that overlaps an accepted one, or that the rules reject whatever the story date
    (مارس with no cue), is dropped."""
    words = time_words()
    st = ScanText.of(text)
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    for name, m in _matches(st.folded, _windows(st.folded)):
        a, b = m.span("x")
        if any(a < y and x < b for x, y in taken):
            continue
        start, end = st.start(a), st.end(b)
        while end < len(text) and TRAILING_MARK.match(text, end):
            end += 1  # حالياً: the span keeps the word's last diacritics
        try:
            res = _resolve(name, m, None, words, text, (start, end))
        except (KeyError, ValueError, OverflowError) as exc:  # a name the tables lack
            log.debug("time expression %r not resolved: %s", text[start:end], exc)
            continue
        if res is None:
            continue
        taken.append((a, b))
        found.append(_Found(name, m, start, end))
    return tuple(sorted(found, key=lambda f: f.start))


def find_times(text: str, *, anchor: dt.date | str | None) -> list[TimeExpr]:
    """Time expressions in ``text``, relative ones resolved against ``anchor`` (the story date; a
    ``date``, an ISO string, or None: then they stay unresolved)."""
    words = time_words()
    day = _as_date(anchor)
    out: list[TimeExpr] = []
    named: tuple[int, int, int] | None = None  # the last time's (end, year, month) when it named both
    for f in _scan(text):
        start, end = f.start, f.end
        try:
            res = _resolve(f.name, f.match, day, words, text, (start, end))
        except (KeyError, ValueError, OverflowError) as exc:
            log.debug("time expression %r not resolved: %s", text[start:end], exc)
            continue
        if res is None:
            continue
        res = _carried_year(f, res, named, day, words, text)
        named = _named_month(f, res)
        out.append(
            TimeExpr(
                start=start,
                end=end,
                text=text[start:end],
                value=res.value,
                granularity=res.granularity,
                anchor=day.isoformat() if (res.relative and day is not None) else None,
                tense=res.tense,
                reason=res.reason if res.value is None else None,
            )
        )
    return out


def _named_month(f: _Found, res: Resolution) -> tuple[int, int, int] | None:
    """(end, year, month) of an expression that names its month and its year ("في الرابع من نيسان/أبريل 2017"),
    else None."""
    if f.name not in YEAR_NAMING or res.value is None or res.relative:
        return None
    return f.end, int(res.value[:4]), int(res.value[5:7])


def _carried_year(
    f: _Found,
    res: Resolution,
    named: tuple[int, int, int] | None,
    anchor: dt.date | None,
    words: TimeWords,
    text: str,
) -> Resolution:
    """A month with no year, or a day and month, right after a time that named its month and year takes that
    year when it is the same month or one of the next few, in the same sentence: the sentence goes on telling
    that time ("تنطلق الحملة الانتخابية ... يوم 25 نوفمبر 2017 ... وتنتهي يوم 15 ديسمبر" in a story of May 2017 —
    December 2017, not the December before; "من السابع وحتى التاسع من كانون الثاني/يناير 2015، الأخوان ... يقتلان
    في 7 كانون الثاني/يناير"). Only when no other time stands between and the two are close (``carry_chars``);
    a month with its own modifier (الماضي، المقبل) keeps it. Across a sentence end the year was as often another
    story's ("... في يناير 2016. وقال مفتش الشرطة ... بين 25 يناير والسادس من فبراير": this year's arrests), so
    it is not carried there (dates eleventh round)."""
    if (
        named is None
        or anchor is None
        or f.name not in YEAR_CARRIERS
        or not res.relative
        or res.value is None
        or f.match.groupdict().get("rel")
        or f.start - named[0] > words.carry_chars
    ):
        return res
    end, year, month = named
    if any(ch in CARRY_STOPS for ch in text[end : f.start]):
        return res
    own = int(res.value[5:7])
    if not 0 <= own - month <= words.carry_months or int(res.value[:4]) == year:
        return res
    value = f"{year:04d}{res.value[4:]}"
    key = tuple(int(part) for part in value.split("-"))
    return replace(res, value=value, tense=_tense_of(key, anchor, res.granularity or "month"), relative=False)


def find_date_spans(text: str) -> list[Span]:
    """Spans of every time expression (resolved or not): what the quantity tagger must not count."""
    return [Span(start=f.start, end=f.end, text=text[f.start : f.end]) for f in _scan(text)]


def run(article: Article, *, ctx: Context) -> Article:
    for story in article.stories:
        story.times = find_times(story.text, anchor=story.date)
    return article


STAGE = Stage(name="times", func=run, requires=("sentences", "tokens"), assigns=("times",))

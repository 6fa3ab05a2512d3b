"""Story metadata written in the text: publication lines, datelines and credits.

A *publication line* is a short line of dates and labels ("تاريخ النشر: 16th, May 2024 GMT",
"مايو 16, 2024 آخر تحديث: مايو 16, 2024"). A *dateline* opens the first paragraph and names a place
and/or a credit before a dash: "برلين - د ب أ -", "المستقلة/-", "(أ ف ب) -", "دمشق، سوريا (CNN) --".
A credit found in ``data/agencies.toml`` is an agency (or a known outlet); a credit written "X/-" is
the outlet signing its own story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.clean.dates import find_dates, find_time, match_view, with_time
from marsad.clean.labels import Labels
from marsad.language.normalize import normalize_key

# The dateline before its separator: no sentence punctuation, at most ~60 characters.
_DATELINE = re.compile(
    r"^\s*(?P<dl>[^\n.!?؟:\"“”«»]{1,60}?)"
    r"(?P<sep>(?:\s*/\s*[-–—ـ]+\s*|\s+[-–—ـ]{1,2}\s+|\s*[-–—]{2}\s*|\s*—\s*|(?<=\))\s*[-–—]+\s*)"
    # a doubled separator ("(CNN)- - رحبت") is scraping noise: it goes with the dateline
    r"(?:[-–—]+\s+)*)(?=\S)"
)
_PARENS = re.compile(r"\(([^()]{1,40})\)")
# Parts of a credit line: "برلين - د ب أ", "الرياض : واس", "الرياض-الوئام".
_PART_SPLIT = re.compile(r"\s+[-–—ـ]+\s+|\s*[-–—]\s*(?=\S)|\s*:\s*(?=\S)")
_CREDIT_SPLIT = re.compile(r"\s*[،,]\s*|\s+و(?=\S)")
_WORDS = re.compile(r"\S+")
# \d{4}|\d[:.]\d\d|\d/\d with the first digit taken out of the alternation: a pattern that opens
# with a class lets ``re`` skip to the digits in C, where a top-level alternation of repeats is tried
# branch by branch at every character (the same lines have a match: 4x faster on short lines).
_DATE_OR_TIME = re.compile(r"\d(?:\d{3}|[:.]\d\d|/\d)")
# "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)" has 9; body lines have many more.
_MAX_PUBLICATION_WORDS = 16
_TRAILING_SEPARATORS = re.compile(r"(?:\s*/?\s*[-–—ـ]+)+\s*$")
_CREDIT_NOISE = re.compile(r"[.\s]+")
_SENTENCE_END = re.compile(r"[.!؟?…:]\s*$")


@dataclass(frozen=True, slots=True)
class Credit:
    agency: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    """The dateline as written, without its separator ("برلين - د ب أ", "المستقلة")."""
    end: int
    """Offset in the line where the story text starts (after the separator)."""
    place: str | None
    agency: str | None
    outlet: str | None


@dataclass(frozen=True, slots=True)
class PublicationLine:
    published: str | None
    updated: str | None


def credit_key(name: str) -> str:
    """Credits are compared without dots, spaces and edge punctuation: "أ. ف. ب" meets "أ ف ب"."""
    return _CREDIT_NOISE.sub("", normalize_key(name.strip(" ()-/:،,")).lower())


def credit_of(name: str, *, labels: Labels) -> Credit | None:
    key = credit_key(name)
    if key in labels.agencies:
        return Credit(agency=labels.agencies[key])
    if key in labels.outlets:
        return Credit(outlet=labels.outlets[key])
    return None


def _credits(text: str, *, labels: Labels) -> list[Credit] | None:
    """Every part of ``text`` as a credit ("العربية.نت، وكالات"), or None when a part is not one."""
    parts = [p for p in _CREDIT_SPLIT.split(text.strip()) if p]
    credits = [credit_of(p, labels=labels) for p in parts]
    if not parts or any(c is None for c in credits):
        return None
    return [c for c in credits if c is not None]


def _merge(credits: list[Credit]) -> Credit:
    agency = next((c.agency for c in credits if c.agency), None)
    outlet = next((c.outlet for c in credits if c.outlet), None)
    return Credit(agency=agency, outlet=outlet)


def parse_credit_line(text: str, *, labels: Labels, max_words: int) -> Dateline | None:
    """A whole string that is a dateline (a record's author field: "برلين - د ب أ"), or None."""
    text = " ".join(text.split())
    if not text or len(_WORDS.findall(text)) > max_words:
        return None
    parts = [p for p in _PART_SPLIT.split(text) if p.strip()]
    credits: list[Credit] = []
    place: str | None = None
    for i, part in enumerate(parts):
        found = _credits(part, labels=labels)
        if found:
            credits.extend(found)
        elif i == 0 and len(parts) > 1:
            place = part.strip()
        elif credits and i == len(parts) - 1:
            continue  # a reporter's name after the credit ("العربية.نت - إسلام سيف")
        else:
            return None
    if not credits:
        return None
    credit = _merge(credits)
    text = text.rstrip(" :：-–—")
    return Dateline(text=text, end=len(text), place=place, agency=credit.agency, outlet=credit.outlet)


def find_dateline(line: str, *, labels: Labels, max_words: int) -> Dateline | None:
    """The dateline opening ``line``, or None."""
    m = _DATELINE.match(line)
    if not m:
        return None
    dl = m.group("dl").strip()
    if not dl or len(_WORDS.findall(dl)) > max_words:
        return None
    end = m.end()
    sep = m.group("sep")
    place: str | None = None
    credit = Credit()
    parens = _PARENS.search(dl)
    if "/" in sep:
        # "المستقلة/-": the outlet (or agency) signs its own story.
        credit = credit_of(dl, labels=labels) or Credit(outlet=dl)
    elif parens:
        credit = credit_of(parens.group(1), labels=labels) or Credit(outlet=parens.group(1).strip())
        place = dl[: parens.start()].strip(" ،,") or None
    else:
        found = _credits(dl, labels=labels)
        if found:
            credit = _merge(found)
        else:
            # A place alone ("القاهرة -"), perhaps followed by a credit and a second dash.
            if len(_WORDS.findall(dl)) > 3:
                return None
            place = dl
            rest = _DATELINE.match(line[end:])
            if rest:
                more = _credits(rest.group("dl"), labels=labels)
                if more:
                    credit = _merge(more)
                    end += rest.end()
            if credit == Credit() and not _looks_like_place_dateline(line, m):
                return None
    text = line[m.start("dl") : end].strip()
    text = _TRAILING_SEPARATORS.sub("", text).strip()
    return Dateline(text=text, end=end, place=place, agency=credit.agency, outlet=credit.outlet)


def _looks_like_place_dateline(line: str, m: re.Match[str]) -> bool:
    """A bare "Place -" dateline: a short name then " - " (spaced dash), the usual press form."""
    return len(_WORDS.findall(m.group("dl"))) <= 2 and m.group("sep").strip() in ("-", "–", "ـ")


def publication_line(line: str, *, labels: Labels, view: str | None = None) -> PublicationLine | None:
    """Dates of a line made of dates and labels; None for any other line."""
    view = view if view is not None else match_view(line)
    # Cheap refusal first: a publication line has few words and a year or a time. The word count first:
    # str.split is one C pass, where the search tests every character for a Unicode digit (\d), and it
    # refuses most of the lines that reach here (body lines of up to 160 characters).
    if len(view.split()) > _MAX_PUBLICATION_WORDS or not _DATE_OR_TIME.search(view):
        return None
    return _publication_dates(line, labels=labels, view=view)


def _publication_dates(line: str, *, labels: Labels, view: str) -> PublicationLine | None:
    """``publication_line`` past its cheap refusal."""
    dates = find_dates(line, view=view)
    marks = list(labels.date_labels.finditer(view))
    if not dates and not marks:
        return None
    # What is left once dates, labels and punctuation go must be (almost) nothing.
    rest = list(view)
    for d in dates:
        rest[d.start : d.end] = [" "] * (d.end - d.start)
    for mk in marks:
        rest[mk.start() : mk.end()] = [" "] * (mk.end() - mk.start())
    time = find_time(line, view=view)
    if not dates and time is None:
        return None
    if time is not None:
        rest[time.start : time.end] = [" "] * (time.end - time.start)
    leftover = re.sub(r"[\s:：،,|\-–—/()\[\]]+", " ", "".join(rest)).split()
    if len(leftover) > 2 or (leftover and not dates):
        return None
    published: str | None = None
    updated: str | None = None
    # Each date belongs to the closest label before it; a date before any label is the publication date.
    for d in dates:
        label = _label_before(marks, d.start)
        if label is not None and normalize_key(label).lower() in labels.updated:
            updated = updated or d.value
        else:
            published = published or d.value
    if updated is None and time is not None:
        label = _label_before(marks, time.start)
        date = published
        covered = any(d.start <= time.start < d.end for d in dates)
        if label is not None and normalize_key(label).lower() in labels.updated and date and not covered:
            updated = with_time(date, time)
    if published is None and updated is None:
        return None
    return PublicationLine(published=published, updated=updated)


def _label_before(marks: list[re.Match[str]], at: int) -> str | None:
    before = [mk for mk in marks if mk.end() <= at]
    return before[-1].group("label") if before else None


def is_title_like(line: str, *, max_words: int) -> bool:
    words = len(_WORDS.findall(line))
    return 0 < words <= max_words and not _SENTENCE_END.search(line)

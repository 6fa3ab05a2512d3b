"""Cut a repaired page into lines, classify each, and group them into stories.

Each line is one of: blank; a related-story *marker* ("إقرأ أيضاً:", "أخبار ذات صلة", "مرتبط"),
possibly followed on the same line by a footer or an inline title; a *source* footer ("المصدر: ...",
whose value becomes metadata); another *footer* ("شارك", "الوسوم: ..."); a *publication* line
(dates and date labels only); or *body*. Stories are the runs of lines between markers: the first run
is the main story, each later run with text a related story.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.clean.dates import match_view
from marsad.clean.labels import Labels
from marsad.clean.metadata import PublicationLine, publication_line

BLANK, MARKER, SOURCE, FOOTER, PUBLICATION, BODY = (
    "blank",
    "marker",
    "source",
    "footer",
    "publication",
    "body",
)
# A publication line is short; longer lines are body text even when they hold a date.
_MAX_PUBLICATION_CHARS = 160


@dataclass(slots=True)
class Line:
    start: int
    """Offset of the first non-space character in the repaired text."""
    end: int
    """Offset after the last non-space character."""
    newline: int
    """Offset of the line's terminating newline, or -1 at the end of the text."""
    text: str
    kind: str = BODY
    view: str = ""
    """The line's match view (same length as ``text``)."""
    source: str | None = None
    """The value of a source footer on this line ("المصدر: وكالة ..."), for the metadata."""
    title: str | None = None
    """The title written after a marker on the same line ("اقرأ أيضا: العنوان")."""
    publication: PublicationLine | None = None


@dataclass(slots=True)
class Segment:
    lines: list[Line] = field(default_factory=list)
    marker: Line | None = None

    @property
    def content(self) -> list[Line]:
        return [ln for ln in self.lines if ln.kind in (BODY, PUBLICATION)]


def split_lines(text: str, *, view: str | None = None) -> list[Line]:
    """The lines of ``text`` (with their match views cut from ``view`` when given)."""
    lines: list[Line] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end_raw = n if nl < 0 else nl
        chunk = text[pos:end_raw]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = pos + lead
            line = Line(start, start + len(stripped), nl, stripped, BODY)
            if view is not None:
                line.view = view[start : start + len(stripped)]
            lines.append(line)
        else:
            lines.append(Line(pos, pos, nl, "", BLANK))
        if nl < 0:
            break
        pos = nl + 1
    return lines


def classify(line: Line, *, labels: Labels) -> Line:
    """Set ``line.kind`` (and its source, title or publication dates)."""
    if line.kind == BLANK:
        return line
    view = line.view = line.view or match_view(line.text)
    m = labels.related_start.match(view)
    if m:
        rest = line.text[m.end() :].strip()
        if not rest:
            line.kind = MARKER
            return line
        inner = classify(_rest_of(line, m.end(), rest, view), labels=labels)
        if inner.kind in (SOURCE, FOOTER):
            # "مرتبط المصدر: ...": a marker and a footer on one line; the footer's value is kept.
            line.kind, line.source = MARKER, inner.source
            return line
        if m.group("colon"):
            line.kind, line.title = MARKER, rest
            return line
        return line  # a sentence that merely starts with the word ("مرتبط بالأزمة ...")
    m = labels.source_start.match(view)
    if m and m.group("colon"):
        line.kind, line.source = SOURCE, line.text[m.end() :].strip() or None
        return line
    m = labels.footer_start.match(view)
    if m:
        rest = line.text[m.end() :].strip()
        if m.group("colon") or not rest:
            line.kind = FOOTER
            return line
        inner = _rest_of(line, m.end(), rest, view)
        classify(inner, labels=labels)
        if inner.kind in (SOURCE, FOOTER):
            # Two footer labels on one line ("شارك المصدر: ..."), glued or not.
            line.kind, line.source = inner.kind, inner.source
            return line
    if len(line.text) <= _MAX_PUBLICATION_CHARS:
        pub = publication_line(line.text, labels=labels, view=view)
        if pub is not None:
            line.kind, line.publication = PUBLICATION, pub
    return line


def _rest_of(line: Line, at: int, rest: str, view: str) -> Line:
    """The part of ``line`` after offset ``at`` (``rest`` is it stripped), as a line of its own."""
    lead = len(line.text[at:]) - len(line.text[at:].lstrip())
    inner = Line(line.start + at + lead, line.end, line.newline, rest)
    inner.view = view[at + lead : at + lead + len(rest)]
    return inner


def segments(lines: list[Line]) -> list[Segment]:
    """The main run of lines, then one run after each marker."""
    out = [Segment()]
    for line in lines:
        if line.kind == MARKER:
            out.append(Segment(marker=line))
        else:
            out[-1].lines.append(line)
    return out


def is_trailing_chrome(line: Line, *, labels: Labels) -> bool:
    """A disclaimer or comment-policy line ("... لا تعبر عن رأي الموقع"), dropped at a story's end."""
    key = (line.view or match_view(line.text)).lower()
    return any(p in key for p in labels.trailing_phrases)

"""Field names of one news record (a JSON Lines line, a JSON array item) and how they map onto an Article.

Scrapers disagree on names: the text is ``text``, ``content`` or ``body``; the date ``published``,
``date``, ``pubDate`` ...; the outlet ``outlet``, ``source`` or ``source_name``. The first non-empty
field of each group wins; every other field is kept in ``Article.meta`` untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TEXT_FIELDS = ("text", "content", "body", "article", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "pubDate", "pub_date", "datePublished", "published_at", "date_published")
UPDATED_FIELDS = ("updated", "modified", "dateModified", "updated_at")
URL_FIELDS = ("url", "link", "uri")
# source_name before source: ANT's `source` is a short code ("skynews"), `source_name` the outlet's name.
OUTLET_FIELDS = ("outlet", "source_name", "source", "publisher", "site_name")
AUTHOR_FIELDS = ("author", "byline", "authors")


@dataclass(frozen=True, slots=True)
class RecordFields:
    text: str | None
    title: str | None
    published: str | None
    updated: str | None
    url: str | None
    outlet: str | None
    author: str | None
    rest: dict[str, Any]


def _first(record: dict[str, Any], names: tuple[str, ...], used: set[str]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = "، ".join(str(v) for v in value if v)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            used.add(name)
            return value
    return None


def record_fields(record: dict[str, Any]) -> RecordFields:
    used: set[str] = set()
    text = _first(record, TEXT_FIELDS, used)
    title = _first(record, TITLE_FIELDS, used)
    published = _first(record, DATE_FIELDS, used)
    updated = _first(record, UPDATED_FIELDS, used)
    url = _first(record, URL_FIELDS, used)
    outlet = _first(record, OUTLET_FIELDS, used)
    author = _first(record, AUTHOR_FIELDS, used)
    rest = {k: v for k, v in record.items() if k not in used}
    return RecordFields(text, title, published, updated, url, outlet, author, rest)

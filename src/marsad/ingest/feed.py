"""RSS and Atom feeds with ``feedparser``: one article per entry, from its content or else its summary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from marsad.errors import NoContentError

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b", re.I)
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"[ \t\u00a0]+")
_NEWLINES = re.compile(r"\s*\n\s*")


def looks_like_feed(head: str) -> bool:
    return bool(_FEED_ROOT.search(head[:3000]))


@dataclass(frozen=True, slots=True)
class FeedEntry:
    text: str
    title: str | None
    published: str | None
    updated: str | None
    url: str | None
    author: str | None
    outlet: str | None


def html_fragment_to_text(fragment: str) -> str:
    """An entry's HTML fragment to plain text, one line per block (entries are small; no full parser)."""
    import html

    text = _BLOCK.sub("\n", fragment)
    text = html.unescape(_TAG.sub("", text))
    text = _BLANKS.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def iter_feed(text: str, *, source: str) -> Iterator[FeedEntry]:
    import feedparser  # loaded on the first feed only

    parsed = feedparser.parse(text)
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise NoContentError(f"feed with no entries{problem}", source=source)
    outlet = parsed.feed.get("title") or None
    for entry in parsed.entries:
        body = ""
        for content in entry.get("content") or []:
            if content.get("value"):
                body = content["value"]
                break
        body = body or entry.get("summary") or entry.get("description") or ""
        yield FeedEntry(
            text=html_fragment_to_text(body),
            title=entry.get("title") or None,
            # the raw strings, not feedparser's *_parsed tuples, which drop the stated time zone
            published=entry.get("published") or entry.get("created") or None,
            # dict.get: FeedParserDict.get("updated") falls back to "published" (with a warning).
            updated=dict.get(entry, "updated") or None,
            url=entry.get("link") or None,
            author=entry.get("author") or None,
            outlet=outlet,
        )

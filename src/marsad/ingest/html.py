"""HTML pages: the main text with ``trafilatura``, the metadata from the page's own markup.

The page states its metadata in several places, trusted in this order: JSON-LD ``NewsArticle``
(``headline``, ``datePublished``, ``dateModified``, ``publisher``), Open Graph / ``article:*`` meta tags,
then a date line written in the page text above the article body (Arabic pages often carry the date
only there, e.g. "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"), and only then ``htmldate``
restricted to markup (its text heuristics answer January 1st for pages dated only in Arabic).
Dates are kept as the page wrote them (digits included); the cleaner parses them.

``Article.raw`` for a page is the extracted article text (what stories are cut from); the markup itself
is not text a span could point at.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from marsad.errors import NoContentError

log = logging.getLogger(__name__)

_TAG = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.S | re.I)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWS_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "webpage",
    "analysisnewsarticle",
}


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    description: str | None = None
    date_line: str | None = None
    """The page-text line above the body that states the date, when markup states none."""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    meta: PageMeta


_TITLE_PARTS = re.compile(r"\s+[-|–—:]{1,2}\s+")
_PAGE_TAG = re.compile(r"<(?:html|body|!doctype\s+html)\b", re.I)
_HTML_TAG = re.compile(r"<(?:head|div|p|article|section|main|h[1-6]|span|br)\b", re.I)


def looks_like_html(head: str) -> bool:
    """A page, or a fragment that starts with markup (a text that merely starts with "<<" is not)."""
    top = head[:3000]
    if _PAGE_TAG.search(top):
        return True
    return top.lstrip().startswith("<") and _HTML_TAG.search(top) is not None


def _meta_tags(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.iterfind(".//meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = node.get("content")
        if key and value and key not in out:
            out[key] = value.strip()
    return out


def _jsonld_items(tree: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in tree.iterfind(".//script"):
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(node.text)
        except ValueError:
            log.debug("unreadable JSON-LD block skipped")
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _NEWS_TYPES for t in types):
                items.append(item)
    return items


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list) and value:
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) or None
    return None


def page_meta(tree: Any) -> PageMeta:
    meta = PageMeta()
    tags = _meta_tags(tree)
    for item in _jsonld_items(tree):
        meta.title = meta.title or _name(item.get("headline"))
        meta.published = meta.published or _name(item.get("datePublished"))
        meta.updated = meta.updated or _name(item.get("dateModified"))
        meta.outlet = meta.outlet or _name(item.get("publisher"))
        author = item.get("author")
        if isinstance(author, dict) and author.get("@type") == "Organization":
            # An organisation credited as author is the outlet (Sky News's JSON-LD does this).
            meta.outlet = meta.outlet or _name(author)
        else:
            meta.author = meta.author or _name(author)
    meta.title = meta.title or tags.get("og:title") or tags.get("twitter:title")
    meta.published = (
        meta.published
        or tags.get("article:published_time")
        or tags.get("og:published_time")
        or tags.get("datepublished")
        or tags.get("pubdate")
        or tags.get("publish-date")
        or tags.get("date")
    )
    meta.updated = meta.updated or tags.get("article:modified_time") or tags.get("og:updated_time")
    meta.outlet = meta.outlet or tags.get("og:site_name")
    meta.author = meta.author or tags.get("author") or tags.get("article:author")
    meta.url = tags.get("og:url")
    meta.description = tags.get("og:description") or tags.get("description")
    if not meta.url:
        link = tree.find(".//link[@rel='canonical']")
        meta.url = link.get("href") if link is not None else None
    if not meta.title:
        node = tree.find(".//title")
        if node is not None and node.text and node.text.strip():
            # "<title>Headline - CNNArabic.com</title>": the longest part is the headline.
            meta.title = max(_TITLE_PARTS.split(node.text.strip()), key=len).strip()
    return meta


def visible_lines(html: str) -> list[str]:
    """The page's text, one line per block, markup removed (a cheap view for finding the date line)."""
    text = unescape(_TAG.sub("\n", html))
    lines = []
    for line in text.split("\n"):
        line = _SPACE.sub(" ", line).strip()
        if line:
            lines.append(line)
    return lines


def read_html(html: str, *, source: str) -> Page:
    """Extract the article text and the page's metadata; NoContentError when there is no article."""
    import trafilatura  # heavy; loaded on the first HTML input only

    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoContentError("HTML that cannot be parsed", source=source)
    meta = page_meta(tree)
    # fast=True: trafilatura's own extractor without the readability/justext fallbacks (3x faster,
    # same text on news pages); metadata comes from page_meta above, not from trafilatura.
    doc = trafilatura.bare_extraction(tree, fast=True, include_comments=False, with_metadata=False)
    text = (doc.text if doc is not None else "") or ""
    lead = _lead(tree)
    if lead and lead[:40] not in text:
        # The lead paragraph often sits outside the body container (Sky News's "article-summary"),
        # where trafilatura does not look; it is the story's first paragraph.
        text = lead + "\n" + text
    if len(text.strip()) < 40:
        raise NoContentError("HTML page with no article text", source=source)
    if not meta.published:
        meta.date_line = _date_line(html, text, meta=meta)
    return Page(text=text, meta=meta)


_LEAD_XPATH = (
    ".//p[contains(@class, 'summary') or contains(@class, 'lead') or contains(@class, 'intro')"
    " or contains(@class, 'standfirst') or contains(@class, 'excerpt')]"
)


def _lead(tree: Any) -> str | None:
    for node in tree.xpath(_LEAD_XPATH):
        text = " ".join(node.text_content().split())
        if len(text) >= 40:
            return text
    return None


# A date line is short: "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)" has 9 words;
# a sentence of the article that mentions a date has more.
_MAX_DATE_LINE_WORDS = 12
_DATE_HINT = re.compile(r"(?:19|20)\d\d|[١٢][٠٩٨][٠-٩]{2}")


def _date_line(html: str, text: str, *, meta: PageMeta) -> str | None:
    """The first short page line above the article body that states a date: the page's own date line
    (menus and headlines with a year in them are passed over because no date parses out of them)."""
    from marsad.clean.dates import parse_date  # the date patterns live with the cleaner

    first = text.strip().split("\n", 1)[0][:30]
    for line in visible_lines(html):
        if first and first in line:
            break
        if (
            len(line) <= 160
            and len(line.split()) <= _MAX_DATE_LINE_WORDS
            and _DATE_HINT.search(line)
            and not line.startswith(("©", "&copy;"))
            and parse_date(line) is not None
        ):
            return line
    return _htmldate(html)


def _htmldate(html: str) -> str | None:
    import htmldate  # only for pages whose text states no date

    try:
        # extensive_search=False: markup only; its free-text guesses are wrong on Arabic pages.
        return htmldate.find_date(html, extensive_search=False, original_date=True)
    except Exception as exc:  # htmldate raises assorted errors on odd markup; a date is optional
        log.debug("htmldate failed: %s", exc)
        return None

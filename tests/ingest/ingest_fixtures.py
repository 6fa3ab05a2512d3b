"""Builders for reader fixtures, made at test time from the ANT excerpt (see data/README.md)."""

from __future__ import annotations

import html
import json
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

DATA = Path(__file__).parent / "data"


def ant_records() -> list[dict]:
    with (DATA / "ant_excerpt.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def html_page(record: dict) -> str:
    """A news page around an ANT article: navigation, the article, a footer."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
    stamp = parsedate_to_datetime(record["published"]).isoformat() if "," in record["published"] else ""
    return (
        "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<title>{html.escape(record['title'])} | الموقع</title>"
        f"<meta property='og:title' content='{html.escape(record['title'])}'>"
        f"<meta property='article:published_time' content='{stamp}'>"
        f"<meta property='og:site_name' content='{html.escape(record['source_name'])}'>"
        "</head><body><nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/w'>العالم</a></li>"
        "<li><a href='/s'>رياضة</a></li></ul></nav>"
        f"<main><article><h1>{html.escape(record['title'])}</h1>{paragraphs}</article></main>"
        "<footer><p>جميع الحقوق محفوظة للموقع 2018</p><a href='/privacy'>سياسة الخصوصية</a></footer>"
        "</body></html>"
    )


def rss_feed(records: list[dict]) -> str:
    items = []
    for r in records:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n") if p.strip())
        items.append(
            f"<item><title>{html.escape(r['title'])}</title><link>{html.escape(r['url'])}</link>"
            f"<pubDate>{r['published']}</pubDate><description>{html.escape(body)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار العالم</title>'
        f"<link>http://example.org/</link><description>feed</description>{''.join(items)}</channel></rss>"
    )


def atom_feed(records: list[dict]) -> str:
    entries = []
    for r in records:
        stamp = parsedate_to_datetime(r["published"]).isoformat()
        entries.append(
            f"<entry><title>{html.escape(r['title'])}</title><link href='{html.escape(r['url'])}'/>"
            f"<id>{html.escape(r['url'])}</id><updated>{stamp}</updated><published>{stamp}</published>"
            f"<content type='html'>{html.escape(r['text'])}</content></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom أخبار</title><id>urn:x</id><updated>2018-02-26T00:00:00Z</updated>{''.join(entries)}</feed>"
    )


def warc_record(uri: str, page: str, *, date: str = "2018-02-26T16:59:44Z", charset: str = "utf-8") -> bytes:
    body = page.encode(charset)
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={charset}\r\n".encode()
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
        + f"{abs(hash(uri)):032x}"[:32]
        + f">\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def rfc822(record: dict) -> str:
    return format_datetime(parsedate_to_datetime(record["published"]))

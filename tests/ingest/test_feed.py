"""RSS and Atom feeds built from ANT articles."""

from __future__ import annotations

import pytest
from ingest_fixtures import ant_records, atom_feed, rss_feed

from marsad.errors import NoContentError
from marsad.ingest import read_bytes
from marsad.pipeline import Pipeline


def test_feed_rss_entries_become_articles() -> None:
    records = ant_records()[:3]
    articles = read_bytes(rss_feed(records).encode("utf-8"), source="news.xml")
    assert [a.source for a in articles] == ["news.xml#1", "news.xml#2", "news.xml#3"]
    for article, record in zip(articles, records, strict=True):
        assert article.format == "feed"
        assert article.meta["title"] == record["title"]
        assert article.meta["published"] == record["published"]
        assert article.url == record["url"]
        assert article.outlet == "أخبار العالم"
        assert [" ".join(p.split()) for p in article.raw.split("\n")] == [
            " ".join(p.split()) for p in record["text"].split("\n") if p.strip()
        ]


def test_feed_rss_dates_through_clean() -> None:
    records = ant_records()[:3]
    cleaner = Pipeline.from_settings(upto="clean")
    articles = [cleaner.run(a) for a in read_bytes(rss_feed(records).encode(), source="f.rss")]
    assert articles[0].stories[0].published == "2018-02-26T16:59:44+04:00"
    assert articles[1].stories[0].published == "2018-02-15T10:11:11+00:00"
    assert articles[0].agency == "د ب أ" or articles[0].stories[0].dateline is None


def test_feed_atom_content() -> None:
    records = ant_records()[:2]
    articles = read_bytes(atom_feed(records).encode(), source="a.atom")
    assert len(articles) == 2
    assert articles[0].meta["title"] == records[0]["title"]
    assert articles[0].meta["published"].startswith("2018-02-26T16:59:44")
    assert records[0]["text"].split("\n")[0].strip() in articles[0].raw


def test_feed_with_no_entries_is_no_content() -> None:
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>فارغ</title></channel></rss>'
    with pytest.raises(NoContentError, match="feed with no entries"):
        read_bytes(empty.encode(), source="empty.rss")

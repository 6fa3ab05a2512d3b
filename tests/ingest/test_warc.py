"""WARC archives (hand-written records around ANT article pages), whole and truncated."""

from __future__ import annotations

from ingest_fixtures import ant_records, html_page, warc_record

from marsad.ingest import Failure, read_bytes
from marsad.ingest.base import iter_bytes
from marsad.model import Article


def _archive() -> bytes:
    records = ant_records()[:3]
    return b"".join(warc_record(r["url"], html_page(r)) for r in records)


def test_warc_response_records_become_pages() -> None:
    records = ant_records()[:3]
    articles = read_bytes(_archive(), source="crawl.warc")
    assert [a.source for a in articles] == ["crawl.warc#1", "crawl.warc#2", "crawl.warc#3"]
    for article, record in zip(articles, records, strict=True):
        assert article.format == "html"
        assert article.meta["title"] == record["title"]
        assert article.meta["warc_date"] == "2018-02-26T16:59:44Z"
        assert " ".join(record["text"].split())[:60] in " ".join(article.raw.split())


def test_warc_truncated_keeps_whole_records_and_names_the_cut_one() -> None:
    data = _archive()
    items = list(iter_bytes(data[: len(data) - 700], source="cut.warc"))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Failure"]
    failure = items[-1]
    assert isinstance(failure, Failure) and failure.source == "cut.warc#3"
    assert failure.error.code == "E-READ-TRUNCATED" and "truncated" in str(failure.error)
    assert all(isinstance(i, Article) for i in items[:2])


def test_warc_cut_in_the_first_header_is_clear() -> None:
    items = list(iter_bytes(_archive()[:60], source="tiny.warc"))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].error.code == "E-READ-TRUNCATED"


def test_warc_record_in_windows_1256_uses_its_declared_charset() -> None:
    record = ant_records()[0]
    data = warc_record(
        record["url"], html_page(record).replace("charset='utf-8'", ""), charset="windows-1256"
    )
    (article,) = read_bytes(data, source="legacy.warc")
    assert article.encoding == "windows-1256"
    assert article.meta["title"] == record["title"]
    assert " ".join(record["text"].split())[:60] in " ".join(article.raw.split())

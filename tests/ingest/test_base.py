"""Readers chosen by content; bad inputs give one clear error and never stop a batch."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_fixtures import ant_records, html_page

from marsad.errors import (
    DecodeError,
    EmptyInputError,
    InputError,
    NoContentError,
    TooLargeError,
    UnsupportedFormatError,
)
from marsad.ingest import Failure, iter_inputs, read_bytes, read_text
from marsad.model import Article
from marsad.settings import Settings

ARABIC = "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع الصين قوية، وأعلن عن خطط جديدة للتعاون العسكري."


def _one(data: bytes, source: str = "x") -> Article:
    (article,) = read_bytes(data, source=source)
    return article


def test_ingest_plain_text_keeps_raw_and_stable_id() -> None:
    a = _one(ARABIC.encode())
    b = read_text(ARABIC, source="elsewhere")
    assert a.raw == ARABIC and a.format == "text" and a.encoding == "utf-8"
    assert a.id == b.id and len(a.id) == 16
    assert a.id != read_text(ARABIC + " ", source="x").id


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-16", "utf-16-le", "utf-8-sig"])
def test_ingest_arabic_encodings_decode_right(encoding: str) -> None:
    text = f"{ARABIC}\n{ARABIC}\n"
    article = _one(text.encode(encoding))
    assert article.raw.lstrip("\ufeff") == text


def test_ingest_windows_1256_page_through_clean(pipeline) -> None:
    text = "عنوان الخبر\n" + ARABIC + "\n"
    article = pipeline.run(_one(text.encode("cp1256"), source="w.txt"))
    assert article.encoding == "cp1256"
    assert article.stories[0].title == "عنوان الخبر"
    assert article.stories[0].text == ARABIC


def test_ingest_empty_file_is_clear() -> None:
    with pytest.raises(EmptyInputError, match="E-READ-EMPTY"):
        read_bytes(b"", source="empty.txt")
    with pytest.raises(EmptyInputError):
        read_bytes(b"  \n\t\n", source="blank.txt")


def test_ingest_png_is_refused_by_magic() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    with pytest.raises(UnsupportedFormatError, match="PNG image"):
        read_bytes(png, source="logo.png")


def test_ingest_invalid_utf8_few_bytes_are_replaced_and_reported(caplog) -> None:
    data = ARABIC.encode() + b"\xff\xfe" + ARABIC.encode()
    with caplog.at_level("WARNING"):
        article = _one(data, source="bad.txt")
    assert article.raw.count("\ufffd") == 2
    assert article.meta["replaced_bytes"] == 2
    assert "bad.txt: 2 undecodable byte(s)" in caplog.text


def test_ingest_undecodable_bytes_are_an_error() -> None:
    # Mostly invalid UTF-8 sequences that no Arabic code page reads as text.
    data = bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0x28]) * 50
    with pytest.raises(InputError) as info:
        read_bytes(data, source="junk.bin")
    assert isinstance(info.value, (DecodeError, UnsupportedFormatError))
    assert "\n" not in str(info.value)


def test_ingest_50mb_text_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = (ARABIC + "\n").encode()
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    (item,) = list(iter_inputs([str(path)], settings=Settings.load()))
    assert isinstance(item, Failure)
    assert isinstance(item.error, TooLargeError)
    assert "max_article_chars" in str(item.error) and "\n" not in str(item.error)


def test_ingest_max_bytes_refuses_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARABIC * 10, encoding="utf-8")
    settings = Settings.load().with_overrides({"ingest": {"max_bytes": 100}})
    (item,) = list(iter_inputs([str(path)], settings=settings))
    assert isinstance(item, Failure) and item.error.code == "E-READ-TOOBIG"


def test_ingest_html_without_article_is_no_content() -> None:
    page = "<html><head><title>x</title></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>"
    with pytest.raises(NoContentError, match="no article"):
        read_bytes(page.encode(), source="nav.html")


def test_ingest_jsonl_fields_and_record_sources() -> None:
    lines = [
        {
            "content": ARABIC,
            "headline": "عنوان",
            "pubDate": "Mon, 26 Feb 2018 16:59:44 +0400",
            "source": "موقع",
            "link": "http://x/1",
            "author": "برلين - د ب أ",
            "category": "sport",
        },
        {"body": ARABIC, "title": "ثان", "date": "07/07/2016", "outlet": "جوهرة"},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode()
    first, second = read_bytes(data, source="r.jsonl")
    assert first.source == "r.jsonl#1" and second.source == "r.jsonl#2"
    assert first.raw == ARABIC and first.format == "jsonl"
    assert first.meta["title"] == "عنوان" and first.meta["published"].startswith("Mon, 26 Feb")
    assert first.outlet == "موقع" and first.url == "http://x/1" and first.author == "برلين - د ب أ"
    assert first.meta["category"] == "sport"
    assert second.outlet == "جوهرة" and second.meta["published"] == "07/07/2016"


def test_ingest_jsonl_bad_lines_fail_alone_in_order() -> None:
    data = (
        json.dumps({"text": ARABIC}, ensure_ascii=False) + "\n{broken\n\n" + json.dumps({"title": "x"}) + "\n"
    ).encode()
    items = list(iter_inputs_bytes(data))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Failure"]
    assert [i.source for i in items] == [f"r.jsonl#{n}" for n in range(1, 5)]
    assert items[1].error.code == "E-READ" and items[2].error.code == "E-READ-EMPTY"
    assert items[3].error.code == "E-READ-NOCONTENT"


def iter_inputs_bytes(data: bytes, name: str = "r.jsonl"):
    from marsad.ingest.base import iter_bytes

    return iter_bytes(data, source=name)


def test_ingest_gzip_jsonl_is_read_by_content(tmp_path: Path) -> None:
    records = ant_records()
    path = tmp_path / "news.data"  # no telling file ending
    path.write_bytes(gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()))
    items = list(iter_inputs([str(path)]))
    assert len(items) == len(records) and all(isinstance(i, Article) for i in items)
    assert items[0].meta["title"] == records[0]["title"]


def test_ingest_truncated_gzip_is_clear(tmp_path: Path) -> None:
    data = gzip.compress(("\n".join([ARABIC] * 200)).encode())
    with pytest.raises(InputError, match="E-READ-TRUNCATED"):
        read_bytes(data[: len(data) // 2], source="cut.gz")


def test_ingest_directory_mixing_bad_and_good_reads_every_good_one(tmp_path: Path) -> None:
    records = ant_records()
    (tmp_path / "sub").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "nav.html").write_text("<html><body><nav>الرئيسية</nav></body></html>", encoding="utf-8")
    (tmp_path / "empty.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    )
    (tmp_path / "a.txt").write_text(records[0]["title"] + "\n" + records[0]["text"], encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(html_page(records[1]), encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_bytes(
        (records[2]["title"] + "\n" + records[2]["text"]).encode("cp1256")
    )
    items = list(iter_inputs([str(tmp_path)]))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Failure)]
    assert sorted(Path(a.source).name for a in good) == ["a.txt", "b.html", "c.txt"]
    assert sorted(Path(f.source).name for f in bad) == ["empty.rss", "empty.txt", "logo.png", "nav.html"]
    for failure in bad:
        message = str(failure.error)
        assert message.startswith(failure.source) and "\n" not in message and "Traceback" not in message


def test_ingest_missing_path_is_a_failure() -> None:
    (item,) = list(iter_inputs(["/no/such/file.txt"]))
    assert isinstance(item, Failure) and "no such file" in str(item.error)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=300).map(lambda t: t.encode("utf-8"))))
def test_ingest_arbitrary_bytes_give_articles_or_one_input_error(data: bytes) -> None:
    try:
        articles = read_bytes(data, source="fuzz")
    except InputError as exc:
        assert str(exc).startswith("fuzz") and "\n" not in str(exc).strip()
        return
    for article in articles:
        assert article.raw.strip() and article.source.startswith("fuzz")


def test_ingest_analyze_api_reads_paths_and_text(tmp_path: Path, pipeline) -> None:
    import marsad

    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"title": "عنوان", "text": ARABIC}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    article = marsad.analyze(path, pipeline=pipeline)
    assert article.source == f"{path}#1" and article.stories[0].title == "عنوان"
    assert marsad.analyze(str(path), pipeline=pipeline).id == article.id
    assert marsad.analyze("x\x00y" + ARABIC, pipeline=pipeline).stories[0].text.endswith("العسكري.")


def test_ingest_pretty_printed_json_object_is_one_record() -> None:
    record = {"title": "عنوان", "text": ARABIC, "published": "2024-05-16"}
    (article,) = read_bytes(json.dumps(record, ensure_ascii=False, indent=2).encode(), source="one.json")
    assert article.source == "one.json" and article.raw == ARABIC and article.format == "json"
    with pytest.raises(NoContentError, match="record has no text"):
        read_bytes(json.dumps({"url": "x", "images": []}, indent=4).encode(), source="meta.json")


def test_ingest_text_starting_with_angle_brackets_is_plain_text() -> None:
    (article,) = read_bytes(("<<عاجل>>\n" + ARABIC).encode(), source="t.txt")
    assert article.format == "text"
    (fragment,) = read_bytes(f"<div><p>{ARABIC}</p><p>{ARABIC}</p></div>".encode(), source="f.html")
    assert fragment.format == "html" and ARABIC in fragment.raw

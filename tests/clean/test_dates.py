"""Publication date forms, including the raw RSS strings of the ANT corpus."""

from __future__ import annotations

import gzip
import json
import random
from email.utils import parsedate_to_datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.clean.dates import find_dates, parse_date
from support import shared_file


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("16th, May 2024 GMT", "2024-05-16"),
        ("مايو 16, 2024", "2024-05-16"),
        ("16 أيار 2024", "2024-05-16"),
        ("الخميس 16 مايو 2024", "2024-05-16"),
        ("١٦/٥/٢٠٢٤", "2024-05-16"),
        ("2024-05-16T10:00:00+03:00", "2024-05-16T10:00:00+03:00"),
        ("٢٠٢٦-٠٧-٠٧T١٤:٣٠:٠٠+٠٣:٠٠", "2026-07-07T14:30:00+03:00"),
        ("8 ذو القعدة 1445", "2024-05-16"),
        ("8 ذي القعدة 1445 هـ", "2024-05-16"),
        ("Thu, 26 Dec 2013 04:57:07 +0400", "2013-12-26T04:57:07+04:00"),
        ("Sat, 13 Jan 2018 16:41:09 GMT", "2018-01-13T16:41:09+00:00"),
        ("07/07/2016", "2016-07-07"),
        ("2017-01-22T194300", "2017-01-22T19:43:00"),
        ("28 آب/اغسطس 2013", "2013-08-28"),
        ("16 مايو 2024 الساعة 10:30 م", "2024-05-16T22:30:00"),
        ("1 كانون الثاني 2020", "2020-01-01"),
        ("3 جانفي 2017", "2017-01-03"),
    ],
)
def test_dates_written_forms(written: str, iso: str) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize("text", ["30 فبراير 2024", "32/13/2020", "في مارس/آذار 2022", "العدد 2024", ""])
def test_dates_invalid_or_partial_give_none(text: str) -> None:
    assert parse_date(text) is None


def test_dates_offsets_point_at_the_written_date() -> None:
    text = "نشر في الخميس 16 مايو 2024 ثم حدث في ١٧/٥/٢٠٢٤"
    found = find_dates(text)
    assert [text[d.start : d.end] for d in found] == ["الخميس 16 مايو 2024", "١٧/٥/٢٠٢٤"]


def _sample(path: str, n: int) -> list[dict]:
    with gzip.open(shared_file(path), "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return random.Random(20240611).sample(records, n)


def test_dates_ant_multisource_rss_strings() -> None:
    """Every RSS date (GMT and +0400 forms) parses to the same instant the standard library reads."""
    records = _sample("data/ant_news/ant_multisource_sample.jsonl.gz", 1500)
    offsets = set()
    for r in records:
        value = parse_date(r["published"])
        assert value is not None, r["published"]
        expected = parsedate_to_datetime(r["published"])
        assert value == expected.isoformat(), r["published"]
        offsets.add(value[-6:])
    assert {"+00:00", "+04:00"} <= offsets


def test_dates_ant_jawhara_day_first_and_iso() -> None:
    """Jawhara FM writes DD/MM/YYYY or ISO; the DOCNO ends with the publication day."""
    records = _sample("data/ant_news/ant_jawharafm_politics_world.jsonl.gz", 600)
    day_first = 0
    for r in records:
        value = parse_date(r["published"])
        assert value is not None, r["published"]
        docno = r["id"].rsplit("-", 1)[1]
        # Some DOCNOs are written YYYYMMDD, others DDMMYYYY (the page's own day-first order).
        readings = {docno, docno[4:] + docno[2:4] + docno[:2]}
        assert value[:10].replace("-", "") in readings, (r["published"], r["id"])
        day_first += "/" in r["published"]
    assert day_first > 100


@settings(deadline=None)
@given(st.text(max_size=300))
def test_dates_never_raise_and_spans_are_in_text(text: str) -> None:
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text)
    parse_date(text)

"""Publication lines, datelines and credits."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.clean.labels import Labels, load_labels
from marsad.clean.metadata import find_dateline, parse_credit_line, publication_line


@pytest.fixture(scope="module")
def labels() -> Labels:
    return load_labels()


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("تاريخ النشر: 16th, May 2024 GMT", "2024-05-16", None),
        ("مايو 16, 2024 آخر تحديث: مايو 16, 2024", "2024-05-16", "2024-05-16"),
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28", "2013-08-28T14:00:00+04:00"),
        ("الخميس 8 ذو القعدة 1445 هـ - 16 مايو 2024 م", "2024-05-16", None),
        (
            "نشر في: 2024-05-16T10:00:00+03:00 | تحديث: 2024-05-16T12:30:00+03:00",
            "2024-05-16T10:00:00+03:00",
            "2024-05-16T12:30:00+03:00",
        ),
        ("Published: May 16, 2024 10:00 AM GMT", "2024-05-16T10:00:00+00:00", None),
    ],
)
def test_metadata_publication_lines(line: str, published: str, updated: str | None, labels: Labels) -> None:
    pub = publication_line(line, labels=labels)
    assert pub is not None
    assert (pub.published, pub.updated) == (published, updated)


@pytest.mark.parametrize(
    "line",
    [
        "و في العام الماضي، سجلت التجارة الثنائية رقماً قياسياً منذ فبراير 2022.",
        "قال الرئيس في 16 مايو 2024 إن المحادثات ستستمر",
        "بوتين و شي جينغ بين يعلنان عن خطط",
    ],
)
def test_metadata_body_lines_are_not_publication_lines(line: str, labels: Labels) -> None:
    assert publication_line(line, labels=labels) is None


@pytest.mark.parametrize(
    ("line", "dateline", "place", "agency", "outlet", "rest"),
    [
        ("المستقلة/- أعلنت روسيا", "المستقلة", None, None, "المستقلة", "أعلنت روسيا"),
        ("برلين - د ب أ - قال المتحدث", "برلين - د ب أ", "برلين", "د ب أ", None, "قال المتحدث"),
        ("(أ ف ب) - أعلنت الحكومة", "(أ ف ب)", None, "فرانس برس", None, "أعلنت الحكومة"),
        ("القاهرة - رويترز - قال مسؤول", "القاهرة - رويترز", "القاهرة", "رويترز", None, "قال مسؤول"),
        ("دمشق، سوريا (CNN) -- أكدت جهات", "دمشق، سوريا (CNN)", "دمشق، سوريا", None, "CNN", "أكدت جهات"),
        (
            "واشنطن (رويترز) - قال البيت الأبيض",
            "واشنطن (رويترز)",
            "واشنطن",
            "رويترز",
            None,
            "قال البيت الأبيض",
        ),
    ],
)
def test_metadata_datelines(
    line: str,
    dateline: str,
    place: str | None,
    agency: str | None,
    outlet: str | None,
    rest: str,
    labels: Labels,
) -> None:
    found = find_dateline(line, labels=labels, max_words=6)
    assert found is not None
    assert (found.text, found.place, found.agency, found.outlet) == (dateline, place, agency, outlet)
    assert line[found.end :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "أعلنت روسيا و الصين أنهما ستعملان على تعميق علاقاتهما",
        "قال الرئيس الأمريكي دونالد ترامب - في خطاب مطول أمام الكونغرس - إن",
        "الاتحاد الأوروبي يقرر فرض عقوبات جديدة على روسيا - مصادر",
    ],
)
def test_metadata_sentences_are_not_datelines(line: str, labels: Labels) -> None:
    assert find_dateline(line, labels=labels, max_words=6) is None


@pytest.mark.parametrize(
    ("author", "place", "agency", "outlet"),
    [
        ("برلين - د ب أ", "برلين", "د ب أ", None),
        ("أبوظبي - سكاي نيوز عربية", "أبوظبي", None, "سكاي نيوز عربية"),
        ("الرياض : واس", "الرياض", "واس", None),
        ("العربية.نت، وكالات", None, "وكالات", "العربية.نت"),
        ("واشنطن - أ. ف. ب", "واشنطن", "فرانس برس", None),
    ],
)
def test_metadata_author_fields_as_datelines(
    author: str, place: str | None, agency: str | None, outlet: str | None, labels: Labels
) -> None:
    found = parse_credit_line(author, labels=labels, max_words=6)
    assert found is not None and (found.place, found.agency, found.outlet) == (place, agency, outlet)


@pytest.mark.parametrize("author", ["علاوة مزياني", "21674af0-1e3c-48a9-aef8-7a83563ad772", ""])
def test_metadata_person_names_are_not_datelines(author: str, labels: Labels) -> None:
    assert parse_credit_line(author, labels=labels, max_words=6) is None


PUBLICATION_PIECES = (
    "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)",
    "تاريخ النشر: 16th, May 2024 GMT",
    "نشر في: 2024-05-16T10:00:00+03:00 | تحديث: 2024-05-16T12:30:00+03:00",
    "١٦/٥/٢٠٢٤",
    "و في العام الماضي، سجلت التجارة الثنائية رقماً قياسياً منذ فبراير 2022.",
    "القاهرة - أ ش أ",
)


@settings(max_examples=300, deadline=None)
@given(
    line=st.lists(
        st.sampled_from(PUBLICATION_PIECES)
        | st.text(alphabet=st.sampled_from("0123456789٠١٢٣٤٥/:.- \u00a0،مايوتحديث2024"), max_size=40),
        min_size=1,
        max_size=4,
    ).map(" ".join)
)
def test_metadata_publication_line_refusal_order(line: str, labels: Labels) -> None:
    # publication_line as it was before round 11: the year-or-time search first, then the word count
    from marsad.clean.metadata import _DATE_OR_TIME, _MAX_PUBLICATION_WORDS, _publication_dates, match_view

    view = match_view(line)
    if not _DATE_OR_TIME.search(view) or len(view.split()) > _MAX_PUBLICATION_WORDS:
        old = None
    else:
        old = _publication_dates(line, labels=labels, view=view)
    assert publication_line(line, labels=labels) == old


def test_metadata_publication_line_pieces_parse(labels: Labels) -> None:
    # the pieces the property test joins are real publication lines and body lines
    found = [publication_line(p, labels=labels) for p in PUBLICATION_PIECES]
    assert sum(f is not None for f in found) >= 3 and found[4] is None


# ---- Round 20 (perf20): the publication line's cheap refusal with its first digit factored out

_OLD_DATE_OR_TIME = re.compile(r"\d{4}|\d[:.]\d\d|\d/\d")


def _bundled_lines() -> list[str]:
    from importlib import resources

    path = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl")
    lines: list[str] = []
    for row in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(row)
        lines.extend(str(record.get(k) or "") for k in ("title", "published", "date_line"))
        lines.extend(str(record.get("text") or "").splitlines())
    return lines


def test_date_or_time_finds_a_match_where_the_alternation_did_on_news() -> None:
    # Every line of the bundled news and its match view: a match exactly where the old pattern has one
    # (and at the same place: both are leftmost), many lines of each kind.
    from marsad.clean.dates import match_view
    from marsad.clean.metadata import _DATE_OR_TIME

    found = 0
    lines = _bundled_lines()
    for line in [*lines, *map(match_view, lines)]:
        old, new = _OLD_DATE_OR_TIME.search(line), _DATE_OR_TIME.search(line)
        assert (old is None) == (new is None), line
        if old is not None:
            assert new is not None and old.start() == new.start()
            found += 1
    assert len(lines) > 2_000 and 200 < found < len(lines)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789٣٤:./ -ab", max_size=14))
def test_date_or_time_equals_the_alternation(text: str) -> None:
    from marsad.clean.metadata import _DATE_OR_TIME

    old, new = _OLD_DATE_OR_TIME.search(text), _DATE_OR_TIME.search(text)
    assert (old is None) == (new is None)
    assert old is None or (new is not None and old.start() == new.start())

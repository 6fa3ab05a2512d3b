"""Recall round 14 (evlex14): the counter of meetings dropped for naming one side
(``benchmarks/events_lone_meetings.py``), on real sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

# SK-middleEast-2154-20180605: the Saudi crown prince, after و, is cut from the king's mention by the honorific
# الملك between the title and the name, so the talks have one side and are dropped
JORDAN = (
    "بحث العاهل الأردني الملك عبدالله الثاني وولي العهد السعودي الأمير محمد بن سلمان العلاقات الثنائية بين البلدين"
    " والتطورات الراهنة على الساحة الإقليمية."
)
# JA-internationalNews-1141-20170609 (the round-13 test sentence): a visit with its visitor and its host
MACRON = (
    "وكان ماكرون قد زار الجزائر خلال حملته الانتخابية، ما أثار جدلاً كبيراً في فرنسا بعدما وصف الاستعمار للجزائر"
    " بأنه جريمة ضد الإنسانية."
)


@pytest.fixture()
def counter(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_lone_meetings

    return events_lone_meetings


def test_counter_lists_a_meeting_dropped_with_one_side(counter, pipeline) -> None:
    """بحث ... وولي العهد السعودي: one row, the trigger, the king's title as the one side, the sentence whole."""
    (row,) = counter.lone_meetings([JORDAN], pipeline=pipeline)
    assert (row.entry, row.trigger, row.side) == ("consult.bahatha", "بحث", "العاهل الأردني")
    assert row.sentence == JORDAN
    # the coder indeed made no record of it
    import marsad

    article = marsad.analyze(JORDAN, pipeline=pipeline)
    assert not [e for s in article.stories for e in s.events if e.type == "CONSULT"]


def test_counter_is_silent_on_a_meeting_with_two_sides(counter, pipeline) -> None:
    """Macron's visit to Algeria names both sides: coded, not listed; the spy is removed afterwards."""
    import marsad.events.records as records

    before = records._lone_meeting
    assert counter.lone_meetings([MACRON], pipeline=pipeline) == []
    assert records._lone_meeting is before


def test_counter_refuses_dev_odd_part(counter) -> None:
    """Dev's odd part is the unseen check: the command line offers only all and even."""
    with pytest.raises(SystemExit):
        counter.main(["tests/events/gold/dev.jsonl", "--part", "odd"])

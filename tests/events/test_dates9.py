"""Dates and locations, twelfth round (docs/events.md, "Dates and locations, twelfth round (evdate9) (session 15)"):
each rule on real ANT sentences from articles in none of the gold files, through the whole default pipeline."""

from __future__ import annotations

import pytest

from events.test_coder_dates import _analyzed, _coded, _located

BORDER = [
    # ANT SK-middleEast-3018 (story of Friday 20 July 2018): the Gaza Strip's own eastern border
    (
        "وتجمع مئات الفلسطينيين على الحدود الشرقية لقطاع غزة، الجمعة، ضمن فعاليات مسيرة العودة المستمرة منذ 4 "
        "أشهر، وأصيب 120 منهم برصاص الجيش الإسرائيلي وقنابله المسيلة للدموع.",
        "2018-07-20",
        "برصاص",
        "قطاع غزة",
    ),
    # ANT SK-middleEast-826 (dates sample U row 5, 7 April 2018): the same border, in a clause after بينما
    (
        'وأطلق جنود الاحتلال الإسرائيلي النار على مرتجى بينما كان يغطي فعاليات "مسيرة العودة الكبرى" على الحدود '
        "الشرقية لقطاع غزة، واكد زملاؤه أنه كان يبعد عن السياج الحدودي مسافة 350 مترا على الأقل عند إصابته.",
        "2018-04-07",
        "وأطلق",
        "قطاع غزة",
    ),
    # ANT (story of 2 December 2014): the Lebanese army arrested them on Lebanon's border with Syria, not in
    # Syria; "الحدود مع" has no direction adjective, so the rule leaves it
    (
        "أكدت مصادر أمنية لبنانية أن الجيش اعتقل إحدى زوجات زعيم تنظيم الدولة أبو بكر البغدادي وأحد أبنائه على "
        "الحدود مع سوريا حسبما أفادت وكالة رويترز",
        "2014-12-02",
        "اعتقل",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "trigger", "place"), BORDER)
def test_a_place_after_its_borders_direction_adjective_is_where_it_happened(
    pipeline, text, published, trigger, place
) -> None:
    location = _located(_analyzed(pipeline, text, published), trigger)
    if place is None:
        assert location is None
        return
    at = text.index(place)
    assert location is not None and (location.text, location.country) == (place, "PSE")
    assert (location.start, location.end) == (at, at + len(place))


DATES = [
    # ANT FR-internationalNews-1153 (dates sample U row 25, story of 9 May 2018): 12 May is the elections' day,
    # thirteen words after the mobilisation, which goes on now
    pytest.param(
        "تعمل السلطات العراقية على حشد عدد كبير من أفراد القوات الأمنية والوسائل الاستخباراتية لتأمين الانتخابات "
        "النيابية المرتقبة في 12 من أيار/ مايو الحالي.",
        "2018-05-09",
        "حشد",
        None,
        id="scheduled-far",
    ),
    # ANT FR-internationalNews-1782 (dates sample U row 36, story of Wednesday 13 June 2018): the North Korean
    # agency told on Wednesday of Kim's invitation, made at Tuesday's summit in Singapore
    pytest.param(
        "ذكرت وكالة الأنباء الكورية الشمالية الرسمية الأربعاء أن الزعيم الكوري الشمالي كيم جونغ أون قد دعا الرئيس "
        "الأمريكي دونالد ترامب لزيارة بلاده ووافق بدوره على دعوة وجهت له لزيارة الولايات المتحدة، وذلك خلال القمة "
        'التي جمعتهما في سنغافورة الثلاثاء وشكلت "تحولا جذريا" في العلاقات بين البلدين.',
        "2018-06-13",
        "دعا",
        "2018-06-12",
        id="told-occasion",
    ),
]


@pytest.mark.parametrize(("text", "published", "trigger", "date"), DATES)
def test_a_time_of_another_noun_or_of_the_report_gives_way_to_the_events_own(
    pipeline, text, published, trigger, date
) -> None:
    assert _coded(_analyzed(pipeline, text, published), trigger).date == date

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


CONTROL = [
    # ANT SK-internationalNews-1880 (dates sample U row 13, story of 31 May 2018): the sea Beijing tries to control
    (
        "وتحاول بكين السيطرة على بحر الصين الجنوبي عبر بناء منشآت عسكرية على جزر اصطناعية صغيرة.",
        "2018-05-31",
        "بحر الصين الجنوبي",
    ),
    # ANT FR-internationalNews-358 (story of 10 March 2018): the town taken, not Afrin after it (as before)
    (
        "وكانت القوات التركية قد حققت تقدما ملحوظا الخميس بسيطرتها على بلدة جنديرس الإستراتيجية في جنوب غرب عفرين.",
        "2018-03-10",
        "جنديرس",
    ),
    # ANT SK-middleEast-2929 (story of 16 July 2018): the hill overlooks the Golan; the على after تطل is another
    # phrase's, too far from the noun
    (
        "حققت قوات النظام السوري، الاثنين، تقدماً مهما في جنوب البلاد بسيطرتها على تلة استراتيجية تطل على هضبة "
        "الجولان المحتلة، وفق ما أفادت تقارير إعلامية.",
        "2018-07-16",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "place"), CONTROL)
def test_a_noun_of_taking_control_is_placed_at_the_place_taken(pipeline, text, published, place) -> None:
    location = _located(_analyzed(pipeline, text, published), "سيطر")
    if place is None:
        assert location is None
        return
    at = text.index(place)
    assert location is not None and location.text == place
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

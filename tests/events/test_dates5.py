"""Dates and locations, eighth round (docs/events.md, "Dates and locations, eighth round (session 12)"): each
rule on a real ANT sentence from an article in none of the gold files, through the whole default pipeline."""

from __future__ import annotations

import pytest

from events.test_coder_dates import _analyzed, _located


@pytest.mark.parametrize(
    ("text", "published", "trigger", "place", "country"),
    [
        # ANT SK-internationalNews-1939 (dates sample R row 66): a building named by its city, after في
        (
            "ذكرت وسائل إعلام ألمانية أن شرطيا ألمانيا أطلق النار على رجل في كاتدرائية برلين، الأحد، وذلك بعد "
            "إثارته لمشاكل داخل المكان.",
            "2018-06-03",
            "أطلق النار",
            "برلين",
            "DEU",
        ),
        # ANT JA-internationalNews-1111: the airport of the city
        (
            "يذكر أن السلطات اللبنانية اعتقلت منذ أيام خمسة سعوديين في مطار بيروت اثر العثور على طنين من نفس "
            "الحبوب المنشطة على متن طائرة خاصة كانوا سيستقلونها عائدين إلى المملكة.",
            "2015-10-30",
            "اعتقلت",
            "بيروت",
            "LBN",
        ),
        # ANT AL-internationalNews-385 (sample R row 8): the dual of a place noun heads two districts; the
        # first is the place
        (
            "ويواصل الجيش اليمني، بإسناد من التحالف، العملية العسكرية لتحرير الساحل الغربي، وتأمين المناطق "
            "المحررة مؤخراً من القصف المدفعي والصاروخي العشوائي الذي يشنه الانقلابيون على الأحياء السكنية في "
            "مديريتي حيس والخوخة بعد طردهم منها.",
            "2018-03-07",
            "يشنه",
            "حيس",
            "YEM",
        ),
    ],
)
def test_place_after_a_building_or_a_dual_place_noun(
    pipeline, text, published, trigger, place, country
) -> None:
    location = _located(_analyzed(pipeline, text, published), trigger)
    assert location is not None
    assert (location.text, location.country) == (place, country)


def test_place_between_undergo_and_an_attack_is_struck(pipeline) -> None:
    # ANT SK-middleEast-3586 (sample R row 123): the town that "underwent" the shelling is where it fell
    text = "كما تعرضت مدينة التحيتا لقصف مكثف من قبل الحوثيين."
    location = _located(_analyzed(pipeline, text, "2018-09-09"), "قصف")
    assert location is not None
    assert location.text == "التحيتا"


def test_meeting_dated_by_its_own_relative_clause_of_gathering(pipeline) -> None:
    # ANT SK-internationalNews-2310 (sample R row 32): Singapore spoke on Sunday; the summit "that brought
    # together" Trump and Kim was on 12 June
    text = (
        "أعلنت سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت بين الرئيس الأميركي دونالد ترامب وزعيم كوريا "
        "الشمالية كيم جونغ أون في 12 يونيو الجاري."
    )
    story = _analyzed(pipeline, text, "2018-06-24")
    (summit,) = [e for e in story.events if e.text == "القمة"]
    assert summit.date == "2018-06-12"


def test_definite_noun_of_force_names_the_attack_of_its_sentence(pipeline) -> None:
    # ANT JA-internationalNews-92 (sample R row 21): "الهجوم" in the clause after فيما is the shooting the
    # sentence told, with its Sunday and its city
    text = (
        "قُتل 6 أشخاص، وأصيب 8 آخرون، عندما فتح مسلحون النار على مسجد بمدينة كيبيك الكندية أثناء صلاة العشاء "
        "(يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت تونس)، حسب ما أكده مسؤول من المسجد، فيما وصف رئيس "
        'الوزراء الكندي الهجوم على المسجد بـ"الاعتداء الإرهابي على مسلمين".'
    )
    story = _analyzed(pipeline, text, "2017-01-30")
    attack = next(e for e in story.events if e.text == "الهجوم")
    assert attack.date == "2017-01-29"
    assert attack.location is not None
    assert (attack.location.text, attack.location.country) == ("كيبيك", "CAN")


def test_time_after_a_since_expression_of_its_own_dates_the_clause(pipeline) -> None:
    # ANT SK-middleEast-2934 (sample R row 13): منذ belongs to "منذ عامين" (the state of emergency's); "هذا
    # الأسبوع" after it is the lifting's own time (a week within July: the month)
    text = (
        'رفع الحزب الحاكم في تركيا إلى البرلمان مشروع قانون "لمكافحة الارهاب" لتعزيز صلاحيات السلطات في حين ترفع '
        "حالة الطوارئ المطبقة منذ عامين هذا الأسبوع."
    )
    story = _analyzed(pipeline, text, "2018-07-17")
    (lifted,) = [e for e in story.events if e.text.startswith("ترفع")]
    assert lifted.date == "2018-07"


def test_place_interposed_with_the_day_after_the_subject(pipeline) -> None:
    # ANT AL-internationalNews-342 (the dev gold's even lines, where the rule was found; no fresh article of the
    # 8,771 has the construction with a coded event): "، السبت في العاصمة اليمنية صنعاء،" set off after the
    # subject is the suppression's day and place
    text = (
        "قمعت ميليشيا الحوثي الانقلابية، السبت في العاصمة اليمنية #صنعاء، احتجاج سلمي لمواطنين يطالبون بتوفير "
        "مادة الغاز المنزلي، وخفض اسعارها التي تضاعفت بشكل جنوني في السوق السوداء."
    )
    location = _located(_analyzed(pipeline, text, "2018-03-04"), "قمعت")
    assert location is not None
    assert (location.text, location.country) == ("صنعاء", "YEM")


def test_party_in_the_interposed_phrase_is_no_place(pipeline) -> None:
    # ANT SK-internationalNews-2989: "، الاثنين بالسفير التركي في الولايات المتحدة،" is the meeting's partner
    # (the ambassador to the United States), no place of the meeting
    text = (
        "التقى مستشار الأمن القومي الأميركي جون بولتون، الاثنين بالسفير التركي في الولايات المتحدة، لبحث مسألة "
        "احتجاز تركيا للقس الأميركي أندرو برانسون، وسط تفاقم كارثة الليرة التركية."
    )
    assert _located(_analyzed(pipeline, text, "2018-08-14"), "التقى") is None

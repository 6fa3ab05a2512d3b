"""Dates, eleventh round (docs/events.md, "Dates, eleventh round (evdate8) (session 14)"): each rule on real ANT
sentences from articles in none of the gold files, through the language layer or the whole default pipeline."""

from __future__ import annotations

import pytest

from events.test_coder_dates import _analyzed, _coded, _located
from marsad.language.times import find_times


def _values(text: str, published: str) -> dict[str, str | None]:
    found = find_times(text, anchor=published)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: t.value for t in found}


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # ANT JA-politic-405 (story of 6 May 2017): the campaign's end is December 2017, the sentence's year,
        # not the December before the story
        (
            "وتنطلق الحملة الانتخابية وفق ذات القرار يوم 25 نوفمبر 2017 على الساعة الصفر وتنتهي يوم 15 ديسمبر على "
            "الساعة منتصف الليل",
            "2017-05-06",
            "يوم 15 ديسمبر",
            "2017-12-15",
        ),
        # ANT FR-internationalNews-1219 (story of May 2018): the Charlie Hebdo attack of 7 January 2015
        (
            "من السابع وحتى التاسع من كانون الثاني/يناير 2015، الأخوان شريف وسعيد كواشي يقتلان في 7 كانون "
            'الثاني/يناير 12 شخصا في هجوم مسلح على مقر مجلة "شارلي إيبدو" الأسبوعية',
            "2018-05-13",
            "7 كانون الثاني/يناير",
            "2015-01-07",
        ),
    ],
)
def test_a_month_without_a_year_takes_the_year_named_before_it_in_the_sentence(
    text, published, expression, value
) -> None:
    assert _values(text, published)[expression] == value


def test_a_year_is_not_carried_across_a_sentence_end() -> None:
    # ANT AL-internationalNews-131 (story of 21 February 2018): the Jakarta attack of January 2016, then this
    # year's raids between 25 January and 6 February
    text = (
        "وشارك أنصار للتنظيم في هجوم على جاكرتا عاصمة إندونيسيا المجاورة في يناير/كانون الثاني 2016. وقال مفتش "
        "الشرطة محمد فوزي هارون في بيان، إن الشرطة ألقت القبض على المشتبه بهم العشرة في ثلاث مداهمات بين 25 "
        "يناير/كانون الثاني والسادس من فبراير/شباط."
    )
    assert _values(text, "2018-02-21")["25 يناير/كانون الثاني"] == "2018-01-25"


def test_an_intention_before_a_month_puts_it_ahead() -> None:
    # ANT SK-internationalNews-408 (dates sample T row 127, story of Friday 16 March 2018): the meeting Trump
    # intends by the end of May is May 2018; the phone call's Friday, further on, stays the story's
    text = (
        "ووسط موجة من النشاط الدبلوماسي من آسيا إلى واشنطن مرورا بأوروبا أكد ترامب اعتزامه لقاء كيم جونغ أون "
        "بنهاية مايو خلال محادثة هاتفية جرت الجمعة مع مون"
    )
    values = _values(text, "2018-03-16")
    assert values["مايو"] == "2018-05"
    assert values["الجمعة"] == "2018-03-16"


def test_an_announced_intention_leaves_the_announcement_day_past() -> None:
    # ANT CN-middleEast-1341 (story of Monday 10 September 2018): the intention's noun after the day; the Sunday
    # evening is the announcement's, not the next one
    text = (
        "وكان البشير قد أبلغ  اللجنة التنسيقية العليا لمتابعة إنفاذ مخرجات الحوار الوطني في البلاد، مساء الأحد، "
        'اعتزامه "حل الحكومة على مستويات الرئاسة والوزراء الاتحاديين ووزراء الدولة'
    )
    assert _values(text, "2018-09-10")["مساء الأحد"] == "2018-09-09"


def test_a_time_in_a_relative_aside_does_not_date_the_clause(pipeline) -> None:
    # ANT FR-internationalNews-2411 (dates sample T row 59): 12 May is the election Sadr's bloc won, told of
    # him in passing; his support for the protesters is undated
    text = (
        "أكد رجل الدين الشيعي مقتدى الصدر، الذي فازت كتلته بالانتخابات العراقية في 12 مايو/أيار، تأييده لمطالب "
        "المحتجين في جنوب البلاد عبر دعوته جميع الساسة إلى تأجيل تشكيل الحكومة الجديدة لحين الاستجابة لها."
    )
    assert _coded(_analyzed(pipeline, text, "2018-07-20"), "تأييده").date is None


VAGUE_OWN = [
    # ANT JA-internationalNews-78 (dates sample T row 71): the strikes are "recent"; Thursday evening is when the
    # Libyan forces said they found the bodies
    pytest.param(
        "قالت قوات ليبية مساء الخميس عثورها على حوالي 90 جثة لمقاتلين من المتشددين في موقعين استهدفتهما ضربات "
        "جوية أمريكية مؤخرا قرب سرت.",
        "2017-01-27",
        "استهدفتهما",
        id="recently",
    ),
    # ANT FR-internationalNews-2108 (row 104): five years of repression, not the report's Monday
    pytest.param(
        "وفي تقرير مشترك من 64 صفحة صدر الاثنين، أكد كل من الاتحاد الدولي لرابطات حقوق الإنسان، ومركز القاهرة "
        'لدراسات حقوق الإنسان، ورابطة حقوق الإنسان، ومرصد الأسلحة، أن "الدولة الفرنسية والعديد من الشركات '
        'الفرنسية شاركت في القمع الدموي المصري في السنوات الخمس الأخيرة".',
        "2018-07-02",
        "القمع",
        id="five-years",
    ),
]


@pytest.mark.parametrize(("text", "published", "trigger"), VAGUE_OWN)
def test_a_vague_time_of_the_event_keeps_the_day_before_it_from_dating_it(
    pipeline, text, published, trigger
) -> None:
    assert _coded(_analyzed(pipeline, text, published), trigger).date is None


def test_an_occasions_own_day_does_not_put_its_place_out_of_reach(pipeline) -> None:
    # ANT JA-internationalNews-210 (row 126): the call was made at a meeting last night in London
    text = (
        "كما دعا وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسن خلال لقاء جمعهما الليلة الماضية في لندن "
        '" الحكومة البريطانية بتحمل المسؤولية الأخلاقية والتاريخية فى مأساة الشعب الفلسطيني باصدارها لهذا الوعد".'
    )
    event = _coded(_analyzed(pipeline, text, "2016-11-01"), "دعا")
    assert event.date == "2016-10-31"
    location = _located(_analyzed(pipeline, text, "2016-11-01"), "دعا")
    assert location is not None and location.text == "لندن"
    assert (location.start, location.end) == (text.index("لندن"), text.index("لندن") + len("لندن"))


def test_a_meeting_told_in_the_report_gives_no_place_to_the_speakers_call(pipeline) -> None:
    # ANT JA-politic-509 (dates sample T row 138): the receptions of 2012 and 2013 were in Tunis; the call to an
    # inquiry is Marzouk's own, made when he spoke, with no place stated
    text = (
        "قال الأمين العام لحزب مشروع تونس، محسن مرزوق إنه تم استقبال بعض الاسماء الواردة في القائمة التي "
        "أصدرتها السعودية والإمارات والبحرين ومصر، في تونس خلال سنتي 2012 و2013، داعيا إلى فتح تحقيق في الغرض."
    )
    story = _analyzed(pipeline, text, "2017-06-12")
    assert _located(story, "داعيا") is None
    meeting = _located(story, "استقبال")
    assert meeting is not None and meeting.text == "تونس"


def test_a_time_in_parentheses_glosses_its_noun_not_the_clause(pipeline) -> None:
    # ANT AL-internationalNews-1516 (dates sample T row 38): 2015 is when the Paris agreement was signed, not
    # when the tariffs were imposed
    text = (
        'وقال: "قرارات ترمب المتمثلة في الانسحاب من اتفاقية باريس للمناخ (موقعة في 2015) والاتفاق النووي مع '
        'إيران، وفرض رسوم جمركية على واردات الصلب والألمونيوم، عقابية وأحادية الجانب، جاءت على حساب أوروبا".'
    )
    assert _coded(_analyzed(pipeline, text, "2018-06-08"), "وفرض رسوم").date is None

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


@pytest.mark.parametrize(
    ("text", "published", "trigger", "date"),
    [
        # ANT SK-internationalNews-2310 (sample R row 32): Singapore spoke on Sunday; the summit "that brought
        # together" Trump and Kim was on 12 June
        (
            "أعلنت سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت بين الرئيس الأميركي دونالد ترامب وزعيم كوريا "
            "الشمالية كيم جونغ أون في 12 يونيو الجاري.",
            "2018-06-24",
            "القمة",
            "2018-06-12",
        ),
        # ANT SK-middleEast-2934 (sample R row 13): منذ belongs to "منذ عامين" (the state of emergency's); "هذا
        # الأسبوع" after it is the lifting's own time (a week within July: the month)
        (
            'رفع الحزب الحاكم في تركيا إلى البرلمان مشروع قانون "لمكافحة الارهاب" لتعزيز صلاحيات السلطات في حين '
            "ترفع حالة الطوارئ المطبقة منذ عامين هذا الأسبوع.",
            "2018-07-17",
            "ترفع حالة الطوارئ",
            "2018-07",
        ),
    ],
)
def test_own_relative_of_gathering_and_a_time_after_a_since_expression_date_the_event(
    pipeline, text, published, trigger, date
) -> None:
    story = _analyzed(pipeline, text, published)
    (event,) = [e for e in story.events if e.text == trigger]
    assert event.date == date


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


@pytest.mark.parametrize(
    ("text", "published", "trigger", "date", "place", "country"),
    [
        # ANT JA-internationalNews-92 (sample R row 21): "الهجوم" in the clause after فيما is the shooting the
        # sentence told, with its Sunday and its city
        (
            "قُتل 6 أشخاص، وأصيب 8 آخرون، عندما فتح مسلحون النار على مسجد بمدينة كيبيك الكندية أثناء صلاة العشاء "
            "(يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت تونس)، حسب ما أكده مسؤول من المسجد، فيما وصف رئيس "
            'الوزراء الكندي الهجوم على المسجد بـ"الاعتداء الإرهابي على مسلمين".',
            "2017-01-30",
            "الهجوم",
            "2017-01-29",
            "كيبيك",
            "CAN",
        ),
        # ANT SK-middleEast-298: the lead tells Wednesday night's assault on Hamouria but codes no use of force;
        # the storming told again in the next sentence, dated by the lead's day, took no place while its day was set
        (
            'دخلت قوات النظام السوري ليل الأربعاء إلى حمورية، أبرز البلدات الواقعة تحت سيطرة فصيل ما يسمى بـ"فيلق '
            'الرحمن" في جنوب الغوطة الشرقية المحاصرة، في هجوم تخللّه قصف كثيف، وفق ما أفاد المرصد السوري لحقوق '
            "الإنسان.\n"
            'وقال المرصد لوكالة فرانس برس "اقتحمت قوات النظام بلدة حمورية وتمكّنت من السيطرة على أجزاء منها وسط '
            'قصف جنوني أوقع قتلى لا تزال جثثهم على الطرقات".',
            "2018-03-14",
            "اقتحمت",
            "2018-03-14",
            "حمورية",
            "SYR",
        ),
    ],
)
def test_use_of_force_told_again_takes_the_incidents_day_and_place(
    pipeline, text, published, trigger, date, place, country
) -> None:
    story = _analyzed(pipeline, text, published)
    told = next(e for e in story.events if e.text == trigger)
    assert told.date == date
    location = _located(story, trigger)
    assert location is not None
    assert (location.text, location.country) == (place, country)


@pytest.mark.parametrize(
    ("text", "published", "trigger", "date"),
    [
        # ANT CN-internationalNews-578 (sample R row 109): the denial was made when he was pressed, on Wednesday
        (
            "نفى الرئيس الأمريكي، دونالد ترامب، أن يكون قد أمر أو فكر في اغتيال الرئيس السوري، بشار الأسد، وذلك "
            'عندما تم الضغط عليه، الأربعاء، للرد على ما نُشر بالكتاب الجديد "الخوف" الذي جاء بقلم الكاتب المخضرم '
            "بوب وودوارد.",
            "2018-09-05",
            "نفى",
            "2018-09-05",
        ),
        # ANT CN-middleEast-519: "وذلك في كلمته ... الأحد" (the occasion noun with its pronoun)
        (
            "طالب الرئيس التركي رجب طيب أردوغان، الغرب بالالتفات إلى الضحايا الذين يسقطون في غوطة دمشق الشرقية، "
            'داعيا إياه للتصرف بـ"عدل" مع التطورات الراهنة، وذلك في كلمته أمام المؤتمر الاعتيادي لحزب العدالة '
            "والتنمية، الأحد.",
            "2018-04-08",
            "طالب",
            "2018-04-08",
        ),
        # ANT SK-internationalNews-2565 (sample R row 77): the Wednesday is the day the cancelled tour was
        # scheduled from ("كانت مقررة"), not the cancellation's
        (
            "ونظرا لصعوبة الوضع، قرر رئيس الوزراء الياباني شينزو آبي إلغاء جولة كانت مقررة اعتبارا من الأربعاء إلى "
            'كل من بلجيكا وفرنسا والسعودية ومصر، وذلك لإعطاء الأولوية"لإنقاذ المنكوبين وإعادة الإعمار"، بحسب ما '
            "أعلن المتحدث باسم الحكومة خلال مؤتمر صحفي.",
            "2018-07-10",
            "إلغاء جولة",
            None,
        ),
        # ANT CN-middleEast-1208: "وذلك في الذكرى الخامسة لفض اعتصامي رابعة" is no occasion of the call: the
        # dispersal's 2013 does not date it
        (
            'دعت جماعة الإخوان المسلمين إلى إخراج مصر مما وصفته بـ"النفق المظلم"، وذلك في الذكرى الخامسة لفض '
            'اعتصامي "رابعة" و"النهضة"، في 14 أغسطس/ آب عام 2013، بعد الإطاحة بحكم الرئيس الأسبق محمد مرسي وجماعة '
            "الإخوان.",
            "2018-08-14",
            "دعت",
            None,
        ),
    ],
)
def test_that_phrase_and_scheduled_times_date_the_right_event(
    pipeline, text, published, trigger, date
) -> None:
    story = _analyzed(pipeline, text, published)
    event = next(e for e in story.events if e.text == trigger)
    assert event.date == date

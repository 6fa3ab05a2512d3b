"""Dates and locations, ninth round (docs/events.md, "Dates and locations, ninth round (session 13)"): each rule on
real ANT sentences from articles in none of the gold files, through the whole default pipeline."""

from __future__ import annotations

import pytest

from events.test_coder_dates import _analyzed, _coded, _located
from marsad.language.times import find_times


@pytest.mark.parametrize(
    ("text", "published", "trigger", "place", "country"),
    [
        # ANT SK-middleEast-3161 (dates sample S row 121): "the district" is the lead's مديرية الحشوة, a name
        # the entity stage does not tag; its country from the province named right after it
        (
            "حرر الجيش اليمني بإسناد من التحالف العربي عددا من المواقع الاستراتيجية التابعة لميليشيات الحوثي "
            "الإيرانية في مديرية الحشوة شرقي محافظة صعدة باليمن، والتي تعد معقل الانقلابيين.\n"
            "وكانت وحدات من قوات الجيش الوطني قد شنّت بإسناد من التحالف العربي، السبت، هجوما مباغتا على مواقع "
            "للانقلابيين في المديرية، وكبدتهم خسائر فادحة في الأرواح والعتاد.",
            "2018-07-29",
            "شنّت",
            "الحشوة",
            "YEM",
        ),
        # ANT SK-middleEast-1997: "the camp" is مخيم الأمعري of the lead
        (
            "اقتحم الجيش الإسرائيلي، صباح الاثنين، مخيم الأمعري قرب رام الله وسط الضفة الغربية، ما أدى إلى "
            "اندلاع مواجهات مع الشبان الفلسطينيين، أصيب 7 منهم على الأقل بالرصاص.\n"
            'وأفادت وكالة "معا" الإخبارية الفلسطينية بأن الجنود حاصروا مبنى في المخيم يعتقد أن شابا متهما '
            "بقتل الجندي يتحصن بداخله.",
            "2018-05-28",
            "حاصروا",
            "الأمعري",
            "PSE",
        ),
    ],
)
def test_a_definite_place_noun_is_the_place_named_before_after_it(
    pipeline, text, published, trigger, place, country
) -> None:
    location = _located(_analyzed(pipeline, text, published), trigger)
    assert location is not None
    assert (location.text, location.country) == (place, country)
    assert text[location.start : location.end] == place  # the offsets of the lead's name


def test_a_time_inside_a_cause_phrase_does_not_date_the_clause(pipeline) -> None:
    # ANT JA-internationalNews-383 (sample S row 45): the Friday is the Paris attacks', after في أعقاب
    text = (
        "من جهته قال متحدث باسم رئيس الوزراء البلجيكي شارل ميشال إن بلجيكا فرضت قيودا على الوصول برا وبحرا "
        "ومن خلال القطارات من فرنسا في أعقاب هجمات باريس أمس الجمعة."
    )
    assert _coded(_analyzed(pipeline, text, "2015-11-14"), "فرضت").date is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # ANT CN-middleEast-841 and SK-middleEast-1599: the Friday-prayer leader's title
        ("في الوقت الذي أشار فيه إمام الجمعة في العاصمة الإيرانية، طهران، كاظم صديقي، إلى أن", "إمام الجمعة"),
        ("وخرج خطيب الجمعة في طهران أحمد خاتمي وهو عضو مجلس خبراء القيادة، ليعلن أن إيران", "خطيب الجمعة"),
    ],
)
def test_a_weekday_after_a_title_is_no_day(text, title) -> None:
    times = find_times(text, anchor="2018-05-11")
    at = text.index(title)
    assert not [t for t in times if at <= t.start < at + len(title)], times


def test_the_friday_prayer_is_still_a_friday() -> None:
    text = "وخرج آلاف المصلين في مسيرة بعد صلاة الجمعة في مدينة الحسيمة"
    times = find_times(text, anchor="2017-06-03")
    assert [(t.text, t.value) for t in times] == [("الجمعة", "2017-06-02")]


def test_a_place_noun_tagged_alone_is_left_out_of_the_name(pipeline) -> None:
    # ANT JA-internationalNews-1017 (sample S row 36): the entity stage tags "بولاية" as a place of its own; the
    # place is كوتاباتو, not "بولاية كوتاباتو" with its clitic
    text = (
        "و نقل مسؤولون محليون أن نحو 100 مسلحا تمكنوا من اقتحام السجن الواقع بولاية بولاية كوتاباتو جنوب "
        "الفلبين وتبادلوا إطلاق النار مع الحراس، كما أكدوا ايضا أن عملية الاقتحام هدفها تحرير جماعات تابعة لهم."
    )
    location = _located(_analyzed(pipeline, text, "2017-01-04"), "اقتحام")
    assert location is not None
    assert (location.text, location.country) == ("كوتاباتو", "PHL")


@pytest.mark.parametrize(
    ("text", "published", "trigger", "place"),
    [
        # ANT AL-internationalNews-471 (sample S row 0): the siege is of صعدة, resumed by the pronoun of يحاصرها
        # after an apposition; الجوف is the advance's, named before
        (
            "ويحقق الجيش اليمني بإسناد من التحالف العربي، تقدما متوازيا ومستمرا في الجوف الذي بات يسيطر على "
            "حوالي 80 بالمائة من مساحتها، وفي صعدة معقل الحوثيين التي يحاصرها من 4 محاور.",
            "2018-03-14",
            "يحاصرها",
            "صعدة",
        ),
        # ANT SK-internationalNews-2041 (sample S row 148): the visit is to Beijing
        (
            'وأكد بالاكريشنان، السبت، من بكين التي يزورها بعد زيارته كوريا الشمالية أن "الأمور سوف تبدأ في '
            'الحدوث في غضون 24 ساعة قادمة"، دون أن يفسر تصريحاته لمراسلين سنغافوريين.',
            "2018-06-09",
            "يزورها",
            "بكين",
        ),
    ],
)
def test_a_place_resumed_by_a_relative_clause_verb_is_its_place(
    pipeline, text, published, trigger, place
) -> None:
    location = _located(_analyzed(pipeline, text, published), trigger)
    assert location is not None
    assert location.text == place


def test_a_speech_participle_after_a_comma_takes_the_reports_day(pipeline) -> None:
    # ANT CN-middleEast-488: the mufti's demand goes with his statement of Thursday
    text = (
        'أكد مفتي مصر الدكتور شوقي إبراهيم علام، الخميس، أن ممارسة لعبة "الحوت الأزرق"، التي أثارت جدلا في مصر '
        "مؤخرا، حرام شرعا، مطالبا السلطات المصرية بتجريمها."
    )
    assert _coded(_analyzed(pipeline, text, "2018-04-05"), "مطالبا").date == "2018-04-05"


def test_a_report_with_no_day_gives_its_participle_none(pipeline) -> None:
    # ANT SK-middleEast-1801 (sample S row 127): the families' statement names no day, so neither does داعين
    text = (
        "وأكدت تلك العائلات دعمها الكامل للجيش الوطني الليبي، بقيادة المشير خليفة حفتر، في حربه على الإرهاب "
        "والتطرف، داعين الأهالي في درنة إلى الالتفاف حول مؤسسة الجيش وقيادتها من أجل تخليصها من الإرهاب، الذي "
        "نخر في العظم قبل الجلد لكي تعود مدينة درنة إلى حضن الوطن من جديد، وفقا لبيان نقلته بوابة الوسط."
    )
    assert _coded(_analyzed(pipeline, text, "2018-05-18"), "داعين").date is None


@pytest.mark.parametrize(
    ("text", "published", "trigger"),
    [
        # ANT SK-middleEast-2469 (sample S row 91): "اقتحمت المطار" — the airport as an object is the building
        # taken, not a preposition's place; the anaphor rule leaves it (no place from the lead's مطار الحديدة)
        (
            "أعلن القائد العام لجبهة الساحل الغربي، أبو زرعة المحرمي، الثلاثاء، أن قوات المقاومة اليمنية "
            "المشتركة، بإسناد التحالف العربي، فرضت سيطرتها الكاملة على مطار الحديدة.\n"
            "وأضاف أن قوات المقاومة المشتركة اقتحمت المطار برغم المواجهات القوية مع مليشيات الحوثي، ويتم الآن "
            "ملاحقة الجيوب المتبقية من الحوثيين داخل المطار.",
            "2018-06-19",
            "اقتحمت",
        ),
        # ANT FR-internationalNews-2074: "قطر التي اتهمتها" — an accusation's pronoun is its target, a party, not
        # the place of the accusation (the resumed-place rule reads material events and visits only)
        (
            "وفي 7 حزيران/يونيو 2017 قطعت السعودية والبحرين ودولة الإمارات ومصر العلاقات مع قطر التي اتهمتها "
            "بدعم الإرهاب وفرضت إجراءات عقابية.",
            "2018-06-29",
            "اتهمتها",
        ),
    ],
)
def test_an_object_noun_or_a_resumed_party_is_no_place(pipeline, text, published, trigger) -> None:
    assert _located(_analyzed(pipeline, text, published), trigger) is None

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.times import find_times
from marsad.model import Story
from support import assert_offsets

ANCHOR = dt.date(2024, 5, 16)  # a Thursday


def _one(text, anchor=ANCHOR):
    found = find_times(text, anchor=anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("وقع الاتفاق في 12 كانون الثاني 2023 في دمشق", "2023-01-12", "day"),
        ("بتاريخ 3/4/2019 صدر القرار", "2019-04-03", "day"),
        ("نشر في 2024-05-16 على الموقع", "2024-05-16", "day"),
        ("الخميس 16 أيار/مايو 2024", "2024-05-16", "day"),
        ("في ١٦ مايو ٢٠٢٤ وصل", "2024-05-16", "day"),
        ("انتخب في جويلية 2016 رئيسا", "2016-07", "month"),
        ("صدر في شتنبر 2017 بالرباط", "2017-09", "month"),
        ("منذ فبراير/شباط 2022 تغير كل شيء", "2022-02", "month"),
        ("في خريف عام 2022 بدأت", "2022-FA", "season"),
        ("في شتاء 2023 اشتد البرد", "2023-WI", "season"),
        ("في الأشهر العشرة الأولى من عام 2024 ارتفعت", "2024", "year"),
        ("خلال النصف الأول من عام 2023", "2023", "year"),
        ("في الثمانينيات كان", "198X", "decade"),
        ("منذ تسعينيات القرن الماضي", "199X", "decade"),
        ("بين عامي 2015 و2016 قاتل", "201X", "decade"),
        ("وقع في 15 رمضان 1445 هـ", "2024-03-25", "day"),
        ("في 1 محرم 1446هـ احتفل", "2024-07-07", "day"),
        ("خلال رمضان 1445 هـ", "2024", "year"),
        ("هجمات الحادي عشر من سبتمبر/أيلول عام 2001", "2001-09-11", "day"),
    ],
)
def test_times_absolute_forms(text, value, granularity):
    t = _one(text)
    assert (t.value, t.granularity) == (value, granularity)
    assert _one(text, anchor=None).value == value  # absolute: no story date needed


@pytest.mark.parametrize(
    ("text", "value", "tense"),
    [
        ("وصل أمس إلى القاهرة", "2024-05-15", "past"),
        ("يصل غدًا إلى القاهرة", "2024-05-17", "future"),
        ("وقع أول أمس", "2024-05-14", "past"),
        ("وقعت الهجمات الليلة الماضية", "2024-05-15", "past"),
        ("يلتقيان الليلة في القصر", "2024-05-16", "present"),
        # ANT news: a helicopter crew "found the wreck this morning"; a meeting "this evening" (the story's day;
        # its tense is the day's, present, as for اليوم and الليلة)
        ("إن مروحيات الحرس الثوري عثرت هذا الصباح على حطام الطائرة", "2024-05-16", "present"),
        ("اجتماع جيد في المكتب البيضاوي هذا المساء مع الجمعية الوطنية للبنادق", "2024-05-16", "present"),
        ("يصل بعد غد", "2024-05-18", "future"),
        ("التقيا الأسبوع الماضي", "2024-W19", "past"),
        ("يلتقيان الشهر المقبل", "2024-06", "future"),
        ("تجري الانتخابات العام المقبل", "2025", "future"),
        ("ارتفعت هذا العام", "2024", "present"),
        ("أعلنت يوم الثلاثاء", "2024-05-14", "past"),
        ("اجتمعا يوم الخميس", "2024-05-16", "past"),
        ("سيتوجهون يوم الجمعة إلى هاربين", "2024-05-17", "future"),
        ("ومن المقرر أن يزور القاهرة يوم السبت", "2024-05-18", "future"),
        ("تعقد الجمعة المقبلة", "2024-05-17", "future"),
        ("عقدت الخميس الماضي", "2024-05-09", "past"),
        ("وقع الاتفاق في أغسطس", "2023-08", "past"),
        ("سيزور البلاد في أغسطس", "2024-08", "future"),
        ("في مارس/آذار أجرت القوات مناورات", "2024-03", "past"),
        ("في مارس من العام الماضي", "2023-03", "past"),
        ("في يناير الماضي", "2024-01", "past"),
        ("في مايو الماضي", "2023-05", "past"),
        ("في 9 مايو الحالي", "2024-05-09", "present"),
        ("في 20 يونيو المقبل", "2024-06-20", "future"),
        ("منذ ثلاثة أيام", "2024-05-13", "past"),
        ("قبل عامين", "2022", "past"),
        ("في الصيف الماضي", "2023-SU", "past"),
        ("في شهر رمضان", "2024", "past"),
    ],
)
def test_times_relative_forms_resolve_against_the_story_date(text, value, tense):
    t = _one(text)
    assert (t.value, t.tense, t.anchor) == (value, tense, "2024-05-16")
    unresolved = _one(text, anchor=None)
    assert unresolved.value is None and unresolved.anchor is None and unresolved.reason


@pytest.mark.parametrize(
    "text", ["في وقت سابق، قال", "مؤخرًا أعلنت", "في السنوات القليلة الماضية", "في وقت لاحق"]
)
def test_times_vague_references_stay_unresolved(text):
    t = _one(text)
    assert t.value is None and t.reason.startswith("vague")


@pytest.mark.parametrize(
    "text",
    [
        "مارس الرئيس ضغوطا كبيرة",  # مارس the verb
        "احتفلت البلاد باليوم الوطني",
        "في نفس اليوم",
        "في الليلة التي تسبق الزفاف",
        "في نهاية الخمسينيات من عمره",
        "وقالت تيريزا ماي إن بلادها",
        "وزير الخارجية التونسي خميس الجهيناوي",
    ],
)
def test_times_words_that_are_not_time_expressions(text):
    assert find_times(text, anchor=ANCHOR) == []


def test_times_anchor_accepts_iso_strings_and_datetimes():
    assert find_times("وصل أمس", anchor="2024-05-16T10:00:00+03:00")[0].value == "2024-05-15"
    assert find_times("وصل أمس", anchor="not a date")[0].value is None


# Real ANT sentences: an approximate count (نحو، حوالي، قرابة) resolves like the count itself.
@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        # JA-internationalNews-560-20151211
        (
            "كما تبين أن أحد أبنائه سلفي تكفيري سافر إلى سوريا منذ حوالي 3 سنوات للالتحاق بالجماعات",
            "2015-12-11",
            "منذ حوالي 3 سنوات",
            "2012",
        ),
        # JA-internationalNews-973-20170528
        (
            "وتشهد اليمن نزاعا دمويا منذ نحو 26 شهرا مخلفا تدهورا في النظام الصحي",
            "2017-05-28",
            "منذ نحو 26 شهرا",
            "2015-03",
        ),
        # JA-internationalNews-1234-20151208
        ("مدينة سرت الليبية التي يسيطر عليها تنظيم داعش الارهابي منذ قرابة السنة", "2015-12-08", None, None),
    ],
)
def test_times_approximate_counts_resolve_like_the_count(text, anchor, span, value):
    found = find_times(text, anchor=anchor)
    if span is None:  # "قرابة السنة": a definite unit is no count of units
        assert all(t.value is None for t in found)
        return
    (t,) = found
    assert t.text == span == text[t.start : t.end] and t.value == value and t.tense == "past"


# Real ANT sentences: "قبل <count> <unit> من <event>" counts from another event, not from the story's day.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        # FR-middleEast-15-20180215
        ("ويأتي توقيف أبو الفتوح قبل نحو شهر ونصف شهر من الانتخابات الرئاسية في مصر", "قبل نحو شهر"),
        ("يأتي هذا الهجوم قبل 3 أيام من الدور الأول للانتخابات الرئاسية الفرنسية", "قبل 3 أيام"),
        ("ويعود آخر خطاب له إلى 28 سبتمبر 2017، قبل أسبوعين من سقوط الرقة", "قبل أسبوعين"),
    ],
)
def test_times_count_before_another_event_has_no_date(text, span):
    (t,) = [t for t in find_times(text, anchor="2018-02-15") if t.text.startswith("قبل")]
    assert t.text == span == text[t.start : t.end]
    assert t.value is None and t.reason == "counted from another event"


@pytest.mark.parametrize(
    ("text", "value"),
    [("قبل عامين من الآن", "2016"), ("اعتقل قبل يومين من قبل الشرطة", "2018-02-13")],
)
def test_times_count_before_now_or_an_agent_keeps_the_story_date(text, value):
    (t,) = find_times(text, anchor="2018-02-15")
    assert t.value == value


def _story_times(text, published):
    """The time stage's reading of one real sentence as a story, every span's offsets checked."""
    story = Story(id="s", role="main", text=text, published=published)
    story.times = find_times(story.text, anchor=story.date)
    assert_offsets(story)
    return story.times


def test_times_misspelt_monday_is_a_weekday():
    # CN-middleEast-943-20180516 (a Wednesday): الثنين, a press misspelling of الاثنين
    text = "حيث تظاهر المئات أمام السفارة الأمريكية بالأردن، الثنين وأحرقوا أعلام الولايات المتحدة وإسرائيل."
    (t,) = _story_times(text, "2018-05-16T08:55:04+00:00")
    assert (t.text, t.value, t.tense) == ("الثنين", "2018-05-14", "past")


def test_times_start_day_just_before_the_story_stays_in_its_year():
    # SK-internationalNews-1094-20180422: the future verb (ستوقف) once pushed 21 April a year on
    text = (
        'ونقلت وكالة الأنباء الكورية الشمالية الرسمية عن كيم أنه "اعتبارا من 21 أبريل ستوقف كوريا الشمالية '
        'التجارب النووية وإطلاق الصواريخ البالستية العابرة للقارات".'
    )
    (t,) = _story_times(text, "2018-04-22T14:38:01+00:00")
    assert (t.text, t.value) == ("21 أبريل", "2018-04-21")


@settings(max_examples=100, deadline=None)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(min_value=-7, max_value=7),
    st.sampled_from(["وصل الوفد في", "سيصل الوفد في", "اعتبارا من", "يصل الوزير يوم"]),
)
def test_times_day_near_the_story_date_is_the_nearest_one(anchor, shift, lead):
    day = anchor + dt.timedelta(days=shift)
    month = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"][day.month - 1]  # fmt: skip
    text = f"{lead} {day.day} {month} إلى العاصمة"
    (t,) = find_times(text, anchor=anchor)
    assert text[t.start : t.end] == t.text and t.text.endswith(f"{day.day} {month}")
    assert t.value == day.isoformat()


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # JA-politic-470-20170602: a pair of days is a range, its value the first day
        (
            "يؤدّي وزير أوروبا والشؤون الخارجية للجمهورية الفرنسيّة، جون إيف لودريان ، زيارة عمل إلى تونس "
            "يومي 4 و5 جوان 2017 بدعوة من وزير الشؤون الخارجية خميّس الجهيناوي.",
            "2017-06-02T18:26:00+01:00",
            "يومي 4 و5 جوان 2017",
            "2017-06-04",
        ),
        # its title: no year written, two days after the story's
        (
            "وزير خارجية فرنسا في تونس يومي 4 و5 جوان",
            "2017-06-02T18:26:00+01:00",
            "يومي 4 و5 جوان",
            "2017-06-04",
        ),
    ],
)
def test_times_day_pair_is_a_range_from_its_first_day(text, published, span, value):
    (t,) = _story_times(text, published)
    assert (t.text, t.value, t.granularity) == (span, value, "day")


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["يومي {a} و{b}", "بين {a} و {b}", "من {a} إلى {b}", "{a}-{b}"]),
    st.sampled_from(["مايو", "أيار", "جوان", "تموز/يوليو"]),
    st.sampled_from(["", " 2016"]),
)
def test_times_day_ranges_point_at_their_text(a, b, form, month, year):
    text = f"زار الوفد البلاد {form.format(a=a, b=b)} {month}{year} ثم غادر"
    (t,) = find_times(text, anchor="2017-06-02")
    assert text[t.start : t.end] == t.text and t.text.endswith(f"{b} {month}{year}")
    assert t.value is not None and int(t.value[8:10]) == (a if a < b else b)


# Dates, tenth round (evdate7): a cue glued to its year, and حتى set off by commas.
@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # FR-internationalNews-1600-20180602 (sample S): the pilot shot down in 1987, no space after في
        (
            'لكن صحيفة "كومرسنت "الروسية أوردت أن طيارا روسيا أسقطت طائرته في1987 \xa0هو سيرغي بانتليوك من منطقة '
            "روستوف في جنوب روسيا.",
            "2018-06-02T20:21:43+00:00",
            "1987",
            "1987",
        ),
        # FR-middleEast-828-20180724
        (
            "وكانت الدولة العبرية ضمت في1981 نحو1200 \xa0كيلومتر مربع من هضبة الجولان المحاذية",
            "2018-07-24T14:12:06+00:00",
            "1981",
            "1981",
        ),
        # SK-internationalNews-2815-20180725: عام glued to the year
        ("وعاد إلى المنصب في عام2007 .", "2018-07-25T01:46:58+00:00", "2007", "2007"),
    ],
)
def test_times_year_glued_to_its_cue(text, published, span, value):
    (t,) = _story_times(text, published)
    assert (t.text, t.value, t.granularity, t.tense) == (span, value, "year", "past")
    assert text[t.start - 2 : t.start] in ("في", "ام")


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # SK-middleEast-3081-20180723 (a Monday; sample S): a toll as of the day before, not the next Sunday
        (
            "وارتفع عدد قتلى الاحتجاجات في العراق منذ 8 يوليو الجاري إلى 11 قتيلا، حتى الأحد، في حين أصيب العشرات "
            "بعد قمع قوات الأمن احتجاجات المتظاهرين.",
            "2018-07-23T09:58:21+00:00",
            "الأحد",
            "2018-07-22",
        ),
        # SK-technology-1256-20180808 (a Wednesday): what the authorities said as of Tuesday
        (
            "وتقول السلطات، حتى الثلاثاء، إنها لم تسيطر سوى على 30 بالمئة من الحرائق.",
            "2018-08-08T04:56:14+00:00",
            "الثلاثاء",
            "2018-08-07",
        ),
    ],
)
def test_times_until_aside_takes_the_clause_tense(text, published, span, value):
    found = [t for t in _story_times(text, published) if t.granularity == "day" and t.text == span]
    assert [(t.value, t.tense) for t in found] == [(value, "past")]


def test_times_deadline_by_stays_future():
    # SK-internationalNews-2394-20180629: بحلول set off by commas is still a deadline ahead
    text = (
        "وتأمل بريطانيا في التوصل إلى اتفاق مع الاتحاد الأوروبي ينظم خروجها من التكتل ويحدد الأطر المستقبلية "
        "للتجارة والشراكة الأمنية، بحلول تشرين الأول/أكتوبر، إلا أن المحادثات متوقفة عند مسألة حدود إيرلندا."
    )
    (t,) = _story_times(text, "2018-06-29T22:25:26+00:00")
    assert (t.text, t.value) == ("تشرين الأول/أكتوبر", "2018-10")

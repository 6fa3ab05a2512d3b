"""event7 (session 17): the Saudi king's title and national bodies named without their country, on real ANT
sentences dated as their articles (SaudiNewsNet for the one form ANT lacks).

- "خادم الحرمين الشريفين" / "خادم الحرمين" (``state_titles.csv``) is the Saudi monarch on the story's date, unless
  his name follows (the name's entity stands for him) or a post or a thing named after him precedes it
  (``rules.yaml: office_heads``: سفير، مستشار، مشروع ...).
- "مجلس الوزراء"، "مجلس الشورى"، "هيئة كبار العلماء"، "الدفاع المدني" ... (``national_bodies.csv``)
  compose with a nisba like any sector word, and alone take the story's country when every city, town or region the
  story names lies in one country; never after a post ("رئيس مجلس الوزراء" is the prime minister, named apart). A
  spokesman before the body ("متحدث باسم الدفاع المدني") is a person of the body's country and sector.
"""

from __future__ import annotations

import pytest

# JA-internationalNews-571-20161102
AOUN = "وقدم الرئيس عون شكره لخادم الحرمين على التهنئة معبرا عن تقديره لما أبداه من مشاعر تجاه لبنان وشعبه"
# JA-internationalNews-1121-20170611
DANCE = (
    "دعا المرشد الأعلى لإيران، علي خامنئي، شعراء لهجو السعودية بعد الرقصة التي أداها مؤخرا خادم الحرمين "
    "الشريفين إلى جانب الرئيس الأميركي دونالد ترامب"
)
# SK-middleEast-3262-20180807: the name follows the title
NAMED = (
    "وأكدت الوزارة على توجيهات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز وولي العهد الأمير محمد بن "
    "سلمان بتمكين المواطنين القطريين من القدوم إلى المملكة"
)
# AL-economy-355-20180331: the king's ambassador
AMBASSADOR = (
    "كما حضر اللقاء الأمير خالد بن سلمان بن عبدالعزيز، سفير خادم الحرمين الشريفين لدى الولايات المتحدة "
    "الأميركية، والوفد الرسمي المرافق لولي العهد"
)
# SK-middleEast-619-20180328: a project named after the title
PROJECT = (
    "ولفت إلى أن وزارة المالية أنجزت سابقا مشروع خادم الحرمين الشريفين لتطوير وتوسعة المسعى ومشروع خادم "
    "الحرمين الشريفين لتلطيف هواء أدوار المسعى"
)
# SK-middleEast-588-20180327: the cabinet, in a story whose one place is Riyadh
CABINET = (
    "وثمن مجلس الوزراء، الذي عقد جلسته في قصر اليمامة بمدينة الرياض، نجاح وكفاءة قدرات قوات الدفاع الجوي "
    "الملكي السعودي في اعتراض وتدمير الصواريخ البالستية"
)
# AL-internationalNews-884-20180412: no place, no country for the cabinet
NO_PLACE = (
    'وقال مكتب ماي في بيان "اتفق مجلس الوزراء على الحاجة لاتخاذ إجراء لرفع المعاناة الإنسانية وردع نظام '
    'الأسد عن أي استخدام للأسلحة الكيماوية في المستقبل"'
)
# SK-middleEast-3272-20180807: a nisba composes the body
SAUDI_CABINET = "جدد مجلس الوزراء السعودي، الثلاثاء، رفض المملكة المطلق والقاطع لموقف الحكومة الكندية السلبي"
# CN-middleEast-1348-20180911: the cabinet after a post names its head, not the body (Basra makes the story IRQ's)
HEAD = (
    "وجاء في البيان أنه نشرت بعض الفضائيات ومواقع التواصل أخبارا كاذبة ومقاطع فيديو مفبركة أو قديمة تدّعي "
    "محاصرة رئيس مجلس الوزراء والوفد الوزاري المرافق له في أحد فنادق مدينة البصرة"
)
# JA-internationalNews-177-20170205: the senior scholars of al-Azhar, with Egypt's president named
AZHAR = (
    'أكدت هيئة كبار العلماء بالازهر في بيان اصدرته الاحد ان الطلاق شفويا "مستقر عليه منذ عهد النبي" معارضة '
    "بذلك الرئيس عبد الفتاح السيسي"
)
# JA-internationalNews-508-20170313: a spokesman of the civil defence, in Dubai
DUBAI = (
    "وتمت السيطرة على النيران قبل  وقوع إصابات ولفت متحدث باسم الدفاع المدني في دبي انه ورد بلاغ الى غرفة "
    "العمليات حوالي الساعة 8 مساءً يفيد باندلاع حريق  في إحدى البواخر وعلى الفور تحركت فرق الانقاذ بالتعاون مع "
    "خفر السواحل وشرطة دبي وتم اخلاء الباخرة بالكامل وقامت فرق الدفاع المدني بالتعامل مع الحادث"
)
# SNN-almadina-0212 (2015-07-12), a clause: the Yemenis are the ones called, no adjective of the directorate
YEMENIS = "ودعت المديرية العامة للجوازات الأخوة اليمنيين ممن تنطبق عليهم شروط الحصول على هوية زائر"
# SNN-alriyadh-1097 (2015-07-31), a clause: "دوماً" is "always", not Douma
ALWAYS = "مؤكداً أن مصر كانت وستظل دوماً عوناً لأشقائها ومدافعاً عن الحقوق العربية"


def spans(link, text: str, date: str) -> list[tuple]:
    return [(text[e.start : e.end], e.type, e.actor, e.country, e.sector) for e in link(text, date)]


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [(AOUN, "2016-11-02", "خادم الحرمين"), (DANCE, "2017-06-11", "خادم الحرمين الشريفين")],
)
def test_the_custodians_title_is_the_saudi_king_on_the_date(link, text, date, title):
    assert (title, "PERS", "person:king-salman", "SAU", "GOV") in spans(link, text, date)


def test_the_title_spans_exactly_its_words(link):
    (e,) = [e for e in link(AOUN, "2016-11-02") if e.actor == "person:king-salman"]
    start = AOUN.index("خادم")  # after the proclitic ل
    assert (e.start, e.end, e.role) == (start, start + len("خادم الحرمين"), None)


def test_an_undated_title_keeps_its_country_without_a_holder(link):
    assert ("خادم الحرمين", "PERS", None, "SAU", "GOV") in spans(link, AOUN, None)


def test_the_title_before_the_kings_name_leaves_the_name_alone(link):
    found = spans(link, NAMED, "2018-08-07")
    assert not [s for s in found if s[0].startswith("خادم")]
    assert [s for s in found if s[2] == "person:king-salman" and s[0].startswith("الملك سلمان")]


@pytest.mark.parametrize(("text", "date"), [(AMBASSADOR, "2018-03-31"), (PROJECT, "2018-03-28")])
def test_the_title_after_a_post_or_a_named_thing_is_no_party(link, text, date):
    assert not [s for s in spans(link, text, date) if s[0].startswith("خادم")]


def test_a_bare_body_takes_the_one_country_of_the_storys_places(link):
    e = next(e for e in link(CABINET, "2018-03-27") if e.text == "مجلس الوزراء")
    assert (e.start, e.end, e.type, e.actor, e.country, e.sector) == (5, 17, "ORG", "SAU", "SAU", "GOV")


def test_a_bare_body_in_a_story_with_no_place_stays_unlinked(link):
    assert not [s for s in spans(link, NO_PLACE, "2018-04-12") if "مجلس الوزراء" in s[0]]


def test_a_body_with_a_nisba_is_that_countrys_organisation(link):
    assert ("مجلس الوزراء السعودي", "ORG", "SAU", "SAU", "GOV") in spans(link, SAUDI_CABINET, "2018-08-07")


def test_a_body_after_a_post_is_its_holders_title_not_the_body(link):
    found = spans(link, HEAD, "2018-09-11")
    assert [s for s in found if s[3] == "IRQ" and s[2] and s[2].startswith(("city:", "place:"))]  # البصرة
    assert not [s for s in found if s[0] == "مجلس الوزراء"]


def test_a_body_with_no_place_in_the_story_is_left_alone_even_with_a_foreign_leader(link):
    assert not [s for s in spans(link, AZHAR, "2017-02-05") if "هيئة كبار العلماء" in s[0]]


def test_a_place_name_with_accusative_nunation_is_the_adverb(link):
    assert not [s for s in spans(link, ALWAYS, "2015-07-31") if s[2] == "place:douma"]


def test_a_spokesman_of_a_bare_body_is_a_person_of_its_country(link):
    found = link(DUBAI, "2017-03-13")
    e = next(e for e in found if e.type == "PERS" and e.text.startswith("متحدث"))
    start = DUBAI.index("متحدث")
    assert (e.start, e.end) == (start, start + len("متحدث باسم الدفاع المدني"))
    assert (e.actor, e.country, e.sector) == ("ARE", "ARE", "GOV")
    assert ("الدفاع المدني", "ORG", "ARE", "ARE", "GOV") in spans(link, DUBAI, "2017-03-13")


def test_a_plural_nisba_after_a_body_is_not_its_adjective(link):
    found = spans(link, YEMENIS, "2015-07-12")
    assert not [s for s in found if "الجوازات" in s[0] and "اليمنيين" in s[0]]

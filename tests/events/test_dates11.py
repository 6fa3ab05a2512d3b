"""Dates and locations, fourteenth round (docs/events.md, "Dates and locations, fourteenth round (evdate11) (session
17)"): a sentence that goes on with a statement ("وأضاف"، "وتابع") dates the statement records in it by the day of
the saying before it (``place_date.statement_day``, ``place_date.continued_statement``), through the whole default
pipeline.

SaudiNewsNet (CC BY-NC-SA) is not copied: its text is read from the shared corpus at run time, by article id and
phrase, and the test skips when it is absent (as ``test_dates10``); the ANT sentences are quoted (the article id is in
the comment), from articles in none of the gold files."""

from __future__ import annotations

from unittest.mock import patch

import marsad.events.coder as coder
from events.test_coder_dates import _analyzed, _coded
from events.test_precision18 import _saudi_texts

# ANT FR-internationalNews-622 (story of 8 April 2018): the EU's Sunday statement, then "وأضاف الاتحاد في بيان" with
# its condemnation in the quote
EU_STATEMENT = (
    "قال الاتحاد الأوروبي اليوم الأحد إن هناك دلائل على أن القوات الحكومية السورية استخدمت أسلحة كيماوية ضد مدينة "
    "دوما المحاصرة التي تسيطر عليها قوات المعارضة،مطالبا برد دولي.\n"
    'وأضاف الاتحاد في بيان "الدلائل تشير إلى هجوم كيماوي آخر شنه النظام... مسألة استمرار استخدام الأسلحة الكيماوية '
    "خاصة ضد المدنيين تبعث على قلق شديد. الاتحاد الأوروبي يدين بأشد العبارات استخدام الأسلحة الكيماوية آخر ويدعو "
    'إلى رد فوري من جانب المجتمع الدولي".'
)

# ANT SK-middleEast-23 (story of 22 February 2018): Thursday's speech, then "وأضاف الجبير ...، لافتا إلى أن "إيران
# دعمت تنظيم القاعدة"": Iran's support is what he reports, not his statement, and of no day the text gives
JUBEIR = (
    "قال وزير الخارجية السعودي، عادل الجبير، الخميس، إن إيران تسعى للتدخل في شؤون الدول من خلال الطائفية.\n"
    'وأضاف الجبير، خلال كلمة أمام البرلمان الأوروبي: "لا نتسامح أبدا مع الإرهاب ومع تمويله ومع دعم التطرف"، لافتا '
    'إلى أن "إيران دعمت تنظيم القاعدة واحتضنت قيادة التنظيم".'
)

# ANT FR-middleEast-632 (story of 15 June 2018): the month of Russia's Council presidency stands before the
# complement, but is no day of the saying
COUNCIL = (
    "قال فاسيلي نيبنزيا السفير الروسي لدى الأمم المتحدة، الذي ترأس بلاده المجلس لشهر يونيو/حزيران، إن مجلس الأمن "
    'الدولي حث بعد اجتماع دام ساعتين "كل الأطراف على احترام التزاماتها بموجب القانون الإنساني الدولي".\n'
    'وأضاف للصحفيين "تشاركوا في القلق العميق بشأن المخاطر بالنسبة للوضع الإنساني وكرروا دعوتهم للإبقاء على ميناءي '
    'الحديدة والصليف مفتوحين".'
)


def _off():
    return patch.object(coder, "continued_statement", lambda *a, **k: None)


def test_a_quoted_condemnation_after_wa_adaf_takes_the_statements_day(pipeline) -> None:
    with _off():
        before = _coded(_analyzed(pipeline, EU_STATEMENT, "2018-04-08"), "يدين")
    assert (before.type, before.date) == ("ACCUSE", None)  # what main coded
    story = _analyzed(pipeline, EU_STATEMENT, "2018-04-08")
    event = _coded(story, "يدين")
    assert (event.type, event.date) == ("ACCUSE", "2018-04-08")
    assert story.text[event.start : event.end] == "يدين"


def test_an_urging_after_a_colon_takes_yesterdays_statement_day(pipeline) -> None:
    """Dates sample V (SNN-alwatan-1942, story of 7 August 2015): "قالت بعثة الأمم المتحدة في ليبيا أمس إن ..."
    then "وأضافت البعثة التي يقودها المبعوث الدولي ...: ... يحث السيد ليون الأطراف الرئيسية" — judged 6 August."""
    text = _saudi_texts()["SNN-alwatan-1942"]
    text = text[: text.index("وتابع البيان")]
    with _off():
        before = _coded(_analyzed(pipeline, text, "2015-08-07"), "يحث")
    assert before.date is None
    event = _coded(_analyzed(pipeline, text, "2015-08-07"), "يحث")
    assert (event.type, event.date) == ("REQUEST", "2015-08-06")


def test_an_act_reported_after_a_complementizer_stays_undated(pipeline) -> None:
    event = _coded(_analyzed(pipeline, JUBEIR, "2018-02-22"), "دعمت")
    assert (event.type, event.date) == ("SUPPORT", None)


def test_a_month_before_the_complement_dates_no_statement(pipeline) -> None:
    event = _coded(_analyzed(pipeline, COUNCIL, "2018-06-15"), "دعوتهم")
    assert (event.type, event.date) == ("REQUEST", None)

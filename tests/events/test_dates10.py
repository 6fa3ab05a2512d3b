"""Dates and locations, thirteenth round (docs/events.md, "Dates and locations, thirteenth round (evdate10) (session
17)"): a "جاء ذلك خلال / في <occasion>" sentence dates and places the statement of the sentence before it
(``place_date.came_occasion``), through the whole default pipeline.

SaudiNewsNet (CC BY-NC-SA) is not copied: its text is read from the shared corpus at run time, by article id and
phrase, and the tests skip when it is absent (as ``test_precision18``); the ANT sentences are quoted (the article id
is in the comment), from articles in none of the gold files."""

from __future__ import annotations

from unittest.mock import patch

import pytest

import marsad.events.coder as coder
import marsad.events.place_date as place_date
import marsad.events.records as records
from events.test_coder_dates import _analyzed, _coded
from events.test_precision18 import _saudi_texts

# (SaudiNewsNet article, the statement's trigger, the story's date, the occasion's day and place): sample V's first
# Saudi row, judged right. (The pool's other change, SNN-was-2489's urging "جاء ذلك في كلمة ألقاها ... خلال زيارته
# اليوم ... بجدة", is read in the diff only: the test reader takes its agency line for a dateline, and without it
# the urging codes no record.)
OCCASIONS = [
    # a president's call, then "جاء ذلك خلال اجتماع لجنة ... أمس الأربعاء بالقاهرة"
    ("SNN-almadina-1802", "دعا", "2015-08-06", "2015-08-05", "القاهرة"),
]


def _through_occasion(article: str) -> str:
    """The article's text up to the end of its "جاء ذلك" sentence."""
    text = _saudi_texts()[article]
    at = text.index("جاء ذلك")
    return text[: text.index(".", at) + 1]


@pytest.mark.parametrize(
    ("article", "trigger", "published", "day", "place"), OCCASIONS, ids=[o[0] for o in OCCASIONS]
)
def test_a_came_that_sentence_dates_and_places_the_statement_before_it(
    pipeline, article, trigger, published, day, place
) -> None:
    text = _through_occasion(article)
    with patch.object(coder, "came_occasion", lambda *a, **k: None):
        before = _coded(_analyzed(pipeline, text, published), trigger)
    assert (before.date, before.location) == (None, None)  # what main coded
    story = _analyzed(pipeline, text, published)
    event = _coded(story, trigger)
    assert event.date == day
    at = story.text.index(place, story.text.index("جاء ذلك"))  # (the reader folds the article's spacing)
    assert event.location is not None
    assert (event.location.text, event.location.start, event.location.end) == (place, at, at + len(place))


# ANT AL-internationalNews-1350 (story of 27 May 2018): Saturday is the German papers' day ("تعليقًا على مقالات
# نشرتها ... السبت"), not the embassy's statement's: تعليقا ends the occasion phrase
COMMENTING = (
    "انتقدت سفارة #روما لدى برلين، بشدة، وصف صحف ألمانية الشعب الإيطالي بأنه أمة من المتسولين واتهامها لإيطاليا "
    "بـالتهرب من سداد الديون.\nجاء ذلك في بيان للسفير الإيطالي، بيترو بيناسي، تعليقًا على مقالات نشرتها كل من مجلة "
    "#دير_شبيغل واسعة الانتشار، وصحيفة فرانكفورت، السبت."
)


def test_another_acts_day_after_the_occasion_phrase_does_not_date_the_statement(pipeline) -> None:
    words = place_date.place_words()
    no_stops = type(words)(**{**{f: getattr(words, f) for f in words.__slots__}, "came_stops": frozenset()})
    with patch.object(place_date, "place_words", lambda: no_stops):
        assert _coded(_analyzed(pipeline, COMMENTING, "2018-05-27"), "انتقدت").date == "2018-05-26"
    assert _coded(_analyzed(pipeline, COMMENTING, "2018-05-27"), "انتقدت").date is None


# ANT JA-internationalNews-1122 (story of 22 May 2017): the Middle East ends a long clause about the summit's arms
# deals, far from the summit; Zarif's criticism gets no place from it
SUMMIT = (
    "انتقد وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد الرئيس الأمريكي دونالد ترامب الذي وجه اصابع الاتهام "
    "لايران بدعم الارهاب في المنطقة.\nوجاء ذلك خلال قمة اسلامية أميركية نجحت بمناسبتها الولايات المتحدة في ابرام "
    "صفقات أسلحة واستثمارات أخرى بمئات المليارات من الدولارات مع السعودية خصم طهران اللدود في الشرق الأوسط."
)


def test_a_place_far_from_the_occasion_noun_is_not_the_statements(pipeline) -> None:
    with patch.object(place_date, "CAME_PLACE_WINDOW", 40):
        far = _coded(_analyzed(pipeline, SUMMIT, "2017-05-22"), "انتقد").location
    assert far is not None and far.text == "الشرق الأوسط"
    event = _coded(_analyzed(pipeline, SUMMIT, "2017-05-22"), "انتقد")
    assert (event.date, event.location) == ("2017-05-21", None)


# ANT AL-internationalNews-380 (story of Wednesday 7 March 2018): the lead's arrests in Adana are undated; the next
# sentence tells them again with their day ("اعتقلت المشتبه بهم اليوم الأربعاء"), which the lead's record now takes
ADANA = (
    "ذكرت وكالة الأناضول التركية الرسمية للأنباء أن الشرطة في مدينة #أضنة جنوباً اعتقلت 13 شخصاً يشتبه بانتمائهم "
    "لتنظيم #داعش وبتخطيطهم لشن هجمات على عدد من المباني في المدينة بما فيها القنصلية الأميركية.\nوقالت الأناضول "
    "إن الشرطة اعتقلت المشتبه بهم اليوم الأربعاء في مداهمات متزامنة على منازلهم مستخدمة آلات حربية لدك الأبواب في "
    "بعض المواقع."
)


def test_the_leads_undated_use_of_force_takes_the_day_of_its_repeat(pipeline) -> None:
    with patch.object(records, "_date_lead_by_repeat", lambda *a, **k: None):
        before = _analyzed(pipeline, ADANA, "2018-03-07")
    lead = [e for e in before.events if e.type == "COERCE" and e.start < ADANA.index("\n")]
    assert lead and lead[0].date is None  # what main coded
    story = _analyzed(pipeline, ADANA, "2018-03-07")
    lead = [e for e in story.events if e.type == "COERCE" and e.start < story.text.index("وقالت الأناضول")]
    assert [(e.text, e.date) for e in lead] == [("اعتقلت", "2018-03-07")]


# ANT SK-middleEast-178 (story of Friday 2 March 2018): the repeat's Friday is the Observatory director's saying
# ("وقال ...، الجمعة، إن قوات الحكومة سيطرت"), not the day of the capture, so the lead stays undated
CAPTURE = (
    "سيطرت قوات الحكومة السورية على أراض كانت في يد مسلحي المعارضة، على مشارف الغوطة الشرقية قرب دمشق، في هجوم بري "
    "استمر رغم خطة روسية لهدنات يومية.\nوقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن، الجمعة، إن قوات "
    "الحكومة سيطرت على قريتي حوش زريقة وحوش الضواهرة في منطق المرج، على المشارف الشرقية والجنوبية الشرقية من الجيب "
    "الذي تسيطر عليه المعارضة."
)


def test_a_repeats_day_of_saying_does_not_date_the_lead(pipeline) -> None:
    def lead(story):
        return [e for e in story.events if e.type == "COERCE" and e.start < story.text.index("وقال مدير")]

    with patch.object(records, "_said_repeat_day", lambda *a, **k: False):
        assert [e.date for e in lead(_analyzed(pipeline, CAPTURE, "2018-03-02"))] == ["2018-03-02"]
    assert [e.date for e in lead(_analyzed(pipeline, CAPTURE, "2018-03-02"))] == [None]

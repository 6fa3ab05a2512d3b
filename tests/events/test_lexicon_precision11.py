"""Eleventh precision round (evprec10): a trigger hoped for (آمل أن، أمله في أن) is not asserted. Sentences are real
ANT text from articles in no gold file (the article id is in the comment)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import assert_offsets

import marsad
from events.lexicon_support import ARABIC_TEXT, matched_starts, reads, types_at

PUTIN = (
    'وسارع الرئيس الروسي فلاديمير بوتن لتهنئة باشينيان على انتخابه، حيث قال في بيان نشره الكرملين: "آمل في أن'
    ' يساهم عملك كرئيس حكومة في تعزيز علاقات الصداقة والتحالف بين بلدينا بشكل إضافي".'
)  # SK-internationalNews-1437-20180508 (sample Q: a hope read as AGREE)

# (sentence, trigger, type): the trigger stands within six words after the أن of a hope and was read as the type
HOPED = [
    (PUTIN, "تعزيز", "AGREE"),
    (
        "وأعرب عن أمله في أن تتوصل الدول الداعمة للاتفاق إلى حلول لتفادي أضرار العقوبات الأمريكية على إيران قبل نهاية"
        " نوفمبر/ تشرين الثاني المقبل أي قبل بدء تنفيذ الدفعة الثانية من هذه العقوبات.",
        "تتوصل",
        "SUPPORT",
    ),  # BB-internationalNews-756-20180706 (the 2,000-article audit's one change)
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), HOPED)
def test_lexicon_round11_a_hoped_act_is_not_read(lexicon, sentence, trigger, etype) -> None:
    assert etype not in types_at(lexicon, sentence, trigger)


@pytest.mark.parametrize(("sentence", "trigger", "etype"), HOPED)
def test_lexicon_round11_a_hoped_act_makes_no_event(sentence, trigger, etype) -> None:
    article = marsad.analyze(sentence)
    start = sentence.index(trigger)
    for story in article.stories:
        assert_offsets(story)
        assert not [e for e in story.events if e.type == etype and e.start <= start < e.end]


def test_lexicon_round11_an_act_before_the_hope_stays(lexicon) -> None:
    # SK-internationalNews-28-20180219: Trump's criticism comes before "he hopes that she runs"
    sentence = (
        "انتقد الرئيس الأميركي دونالد ترامب، المذيعة الشهيرة أوبرا وينفري، بسبب فقرة من برنامج (60 دقيقة)، وقال مرة"
        " أخرى إنه يأمل أن تنافسه في انتخابات الرئاسة عام 2020."
    )
    assert reads(lexicon, sentence, "انتقد", "accuse.intaqada")


def test_lexicon_round11_a_trigger_beyond_the_window_stays(lexicon) -> None:
    # JA-politic-238-20161216: the resignation is a condition's, eleven words after the أن; the window is six
    sentence = (
        "كما عبر الغنوشي عن أمله في أن يتراجع بالحاج علي عن قراره، أو أن يحافظ الفريق العامل معه على تماسكه في حال"
        " مضى في تصميمه على الاستقالة."
    )
    assert "RETREAT" in types_at(lexicon, sentence, "الاستقالة")


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round11_hope_never_raises(lexicon, before, after) -> None:
    matched_starts(lexicon, f"{before} آمل في أن {after}")

"""Eleventh precision round (evprec10): a trigger hoped for or feared (آمل أن، أمله في أن، خشية أن) or avoided (تفادي
انتقاد) is not asserted, and two sense vetoes (قبض راتبا: received pay; دعا الحضور: called on the attendees). Sentences
are real ANT text from articles in no gold file (the article id is in the comment)."""

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

# (sentence, trigger, type): read as the type on main: a hope or fear (within six words after its أن), an
# avoided act, and a salary received
NOT_READ = [
    (PUTIN, "تعزيز", "AGREE"),
    (
        "وأعرب عن أمله في أن تتوصل الدول الداعمة للاتفاق إلى حلول لتفادي أضرار العقوبات الأمريكية على إيران قبل نهاية"
        " نوفمبر/ تشرين الثاني المقبل أي قبل بدء تنفيذ الدفعة الثانية من هذه العقوبات.",
        "تتوصل",
        "SUPPORT",
    ),  # BB-internationalNews-756-20180706 (the audit's hope)
    (
        "ويتفادى عدد من المقاتلين الأفغان إخبار عائلاتهم بأمر سفرهم إلى سوريا خشية أن تعلم السلطات بالأمر وتقوم"
        ' باعتقالهم، لكن بعض أبناء طائفة "الهازارا" لا يخفون "فخرهم" بمهمة القتال هناك.',
        "باعتقالهم",
        "COERCE",
    ),  # SK-middleEast-3177-20180730: an arrest feared
    (
        "وحاول جمعة تفادي انتقاد احزاب الائتلاف الحاكم او بقية الاحزاب مبينا ان حزبه الجديد مرجعيته وسطية تقدمية"
        " مفتوحة للجميع.",
        "انتقاد",
        "ACCUSE",
    ),  # JA-politic-68-20170129: a criticism avoided
    (
        "ونقلت عن حسين، 26 عاما، وهو مقاتل أفغاني شارك في عمليات القتال بسوريا، أنه كان يقبض راتبا يصل إلى 600"
        " دولار في الشهر بعدما كان يعمل نجارا في إيران.",
        "يقبض",
        "COERCE",
    ),  # SK-middleEast-3177-20180730: received a salary, no arrest
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round11_the_trigger_is_not_read(lexicon, sentence, trigger, etype) -> None:
    assert etype not in types_at(lexicon, sentence, trigger)


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round11_the_trigger_makes_no_event(sentence, trigger, etype) -> None:
    article = marsad.analyze(sentence)
    start = sentence.index(trigger)
    for story in article.stories:
        assert_offsets(story)
        assert not [e for e in story.events if e.type == etype and e.start <= start < e.end]


def test_lexicon_round11_the_attendees_called_on_are_a_call(lexicon) -> None:
    # JA-politic-68-20170129: Jomaa called on the attendees to contribute (REQUEST), no invitation to attend (AGREE)
    sentence = "ودعا الحضور للمساهمة في بلورة توجهات الحزب واقتراح اسمه وهيكلته."
    assert "AGREE" not in types_at(lexicon, sentence, "ودعا")
    assert reads(lexicon, sentence, "ودعا", "request.daa")


def test_lexicon_round11_an_arrest_and_an_invitation_stay(lexicon) -> None:
    # SK-middleEast-460-20180321: an arrest (قبض على); JA-internationalNews-947-20160827: an invitation to attend
    arrest = "وكانت الأجهزة الأمنية الأردنية قبضت عليهما في 8 مارس 2016."
    assert reads(lexicon, arrest, "قبضت", "coerce.qabada")
    invite = (
        'ودعا في بيان اليوم السبت أعضاء المجلس لحضور اجتماع وصفه بـ " العاجل"، يوم غد الأحد، بمقر المجلس في طرابلس'
        " لمناقشة تعديلات التشكيل الحكومي ."
    )
    assert reads(lexicon, invite, "ودعا", "agree.daa_ziyara")


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

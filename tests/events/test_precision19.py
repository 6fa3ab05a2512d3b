"""Nineteenth precision round (evprec19): sample V's word senses (SaudiNewsNet, benchmarks/data/events_sample_v.tsv).

A form III perfect written as the noun of the same letters (367 طالبًا، وهو طالب سابق، أبو طالب: a student or the name
Taleb) is no demand (``lexicon._nominal``); a refusal to comment with the spokesman between the verb and التعليق is no
rejection (``lexicon._declined``); a programme, a course or events "aimed at" a public is no attack
(``assault.istahdafa``'s ``not_before`` and ``unless``). SaudiNewsNet (CC BY-NC-SA) is not copied: its sentences are
read from the shared corpus at run time, by article id and phrase, and the tests skip when it is absent; the ANT
sentences are quoted (the article id is in the comment)."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings

import marsad.events.lexicon as lexicon_module
from events.lexicon_support import ARABIC_TEXT, matched_starts, reads, types_at
from events.test_precision18 import _saudi_sentence
from support import assert_offsets

# SK-internationalNews-1648-20180518 (ANT): a count of students, after a number
COUNTED = 'وتقول السلطات إن 17 طالبا أصيبوا خلال إطلاق النار ذاته، مشيرة إلى أن "الطالب المجرم" ظل يطلق الرصاص حتى نفدت ذخيرته.'
# SK-internationalNews-62-20180220 (ANT): "and he is a former student", after a subject pronoun
PRONOUN = (
    'واعترف نيكولاس كروز (19 عاما) وهو طالب سابق في مدرسة "مارجوري ستونمان دوغلاس" الثانوية في فلوريدا ويعاني'
    " اضطرابات نفسية، بأنه قتل 17 شخصا بواسطة بندقية هجومية نصف آلية."
)
# SK-middleEast-2-20180223 (ANT): "for each student", after a quantifier
EACH = "وقال أولياء أمور إنه طلب من أولادهم دفع مبلغ ألف ريال شهريًا لكل طالب مقابل استمرار تعليمهم."
STUDENTS = [(COUNTED, "طالبا"), (PRONOUN, "طالب"), (EACH, "طالب")]


@pytest.mark.parametrize(("sentence", "trigger"), STUDENTS, ids=["number", "pronoun", "each"])
def test_precision19_a_student_is_no_demand(lexicon, sentence, trigger) -> None:
    with patch.object(lexicon_module, "_nominal", lambda *a, **k: False):
        assert reads(lexicon, sentence, trigger, "request.taalaba")  # what main read
    assert "REQUEST" not in types_at(lexicon, sentence, trigger)


# (SaudiNewsNet article, phrase, trigger, the type main read, the rule that removes it or None for a lexicon list):
# sample V's students, a name, and events, a programme and a course aimed at a public (main at a78f07d)
SAUDI_SENSES = [
    ("SNN-aawsat-0625", "367 طالبًا", "طالبًا", "REQUEST", "_nominal"),  # sample V: a study of 367 pupils
    (
        "SNN-3alyoum-2128",
        "حياته طالبًا",
        "طالبًا",
        "REQUEST",
        "_nominal",
    ),  # sample V: he began life as a student
    (
        "SNN-alriyadh-1322",
        "أبو طالب",
        "طالب",
        "REQUEST",
        "_nominal",
    ),  # fresh diff: a health official, Abu Taleb
    (
        "SNN-sabq-2425",
        "فعاليات تستهدف شرائح",
        "تستهدف",
        "ASSAULT",
        None,
    ),  # sample V: events aimed at visitors
    ("SNN-almadina-1804", "استهدفت جميع الفئات", "استهدفت", "ASSAULT", None),  # sample V: events for all ages
    ("SNN-almadina-1904", "الدورة تستهدف", "تستهدف", "ASSAULT", None),  # fresh diff: a course for teachers
]


@pytest.mark.parametrize(
    ("article", "phrase", "trigger", "etype", "rule"), SAUDI_SENSES, ids=[r[0] for r in SAUDI_SENSES]
)
def test_precision19_a_saudi_word_sense_is_no_event(lexicon, article, phrase, trigger, etype, rule) -> None:
    sentence = _saudi_sentence(article, phrase)
    # types_at reads the trigger's first occurrence: it must be the phrase's
    assert sentence.index(trigger) == sentence.index(phrase) + phrase.index(trigger)
    if rule is not None:
        with patch.object(lexicon_module, rule, lambda *a, **k: False):
            assert etype in types_at(lexicon, sentence, trigger)  # what main read
    assert etype not in types_at(lexicon, sentence, trigger)


# AL-internationalNews-868-20180410 (ANT): the dual perfect after قد is a demand; CN-middleEast-701-20180422 keeps a
# year before the verb
DUAL = (
    'وكان الرئيسان الفرنسي إيمانويل ماكرون والأميركي دونالد ترمب قد طالبا المجتمع الدولي بـ"رد حازم" على الهجوم'
    " الكيمياوي على مدينة دوما في سوريا."
)


def test_precision19_a_demand_stays(lexicon) -> None:
    assert reads(lexicon, DUAL, "طالبا", "request.taalaba")


def test_precision19_a_participle_asking_stays(lexicon) -> None:
    # SNN-3alyoum-0672: the minister "asking the reporter not to put a question to him" (طالباً من): tanween, but a request
    sentence = _saudi_sentence("SNN-3alyoum-0672", "طالباً من المراسل")
    assert "REQUEST" in types_at(lexicon, sentence, "طالباً")


def test_precision19_cardinal_is_no_year() -> None:
    assert lexicon_module._cardinal("367")
    assert lexicon_module._cardinal("١٣٠٠")
    assert not lexicon_module._cardinal("2017")
    assert not lexicon_module._cardinal("١٩٩٠")
    assert not lexicon_module._cardinal("طالب")


# SK-internationalNews-1539-20180512 (ANT): the embassy's spokesman declined to comment
DECLINED = (
    "ورفض متحدث باسم السفارة الأميركية في إسلام آباد التعليق على التقارير الإعلامية، بينما لم يؤكد متحدث باسم"
    " وزارة الخارجية الأميركية في واشنطن أو ينفي تلك التقارير."
)
# CN-middleEast-1291-20180906 (ANT): the parliament's spokesman rejected calling the incidents sectarian: a rejection
REJECTED = (
    "فيما رفض المتحدث باسم البرلمان المصرى صلاح حسب الله، وصف الحوادث المتكررة ضد الأقباط بالطائفية، موضحا أنها"
    ' "مشكلات متراكمة وحوادث فردية تواجهها الدولة بكل حزم".'
)


def test_precision19_declining_to_comment_is_no_rejection(lexicon) -> None:
    with patch.object(lexicon_module, "_declined", lambda *a, **k: False):
        assert reads(lexicon, DECLINED, "ورفض", "reject.rafada")
    assert "REJECT" not in types_at(lexicon, DECLINED, "ورفض")
    # the denial later in the sentence (لم يؤكد ... أو ينفي) is another matter, not touched here
    assert reads(lexicon, REJECTED, "رفض", "reject.rafada")


# FR-middleEast-95-20180303 (ANT): Turkish planes' third strike on pro-Damascus fighters; فيها after the verb is no
# "segment" (a first version listed فئة, whose key is that of فيه)
STRIKE = (
    "وتعد هذه ثالث مرة تستهدف فيها الطائرات التركية مواقع تابعة للمقاتلين الموالين لدمشق خلال يومين، بعد مقتل 18"
    " عنصرا يومي الخميس والجمعة في غارات تركية على قريتين شمال غرب عفرين."
)


def test_precision19_a_strike_stays(lexicon) -> None:
    assert reads(lexicon, STRIKE, "تستهدف", "assault.istahdafa")


def test_precision19_a_saudi_spokesman_declining_codes_no_event() -> None:
    import marsad

    # SNN-aleqtisadiya-1713 (sample V): "a Goldman Sachs spokesman declined to comment on the news", through the
    # whole pipeline: no record has its trigger at the verb, and every story's offsets hold
    sentence = _saudi_sentence("SNN-aleqtisadiya-1713", "رفض متحدث باسم جولدمان")
    analysis = marsad.analyze(sentence)
    starts = {e.start for story in analysis.stories for e in story.events}
    assert sentence.index("رفض متحدث") not in starts
    for story in analysis.stories:
        assert_offsets(story)


@settings(max_examples=30, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_precision19_rules_never_raise(lexicon, before, after) -> None:
    matched_starts(lexicon, f"{before} 17 طالبًا {after} ورفض متحدث {before} التعليق طالب")


# FR-internationalNews-1432-20180525 (ANT): وعدَّت (and she considered herself a victim) is و + عدّ, not a promise
CONSIDERED = "وعدَّت ميليت نفسها ضحية للقانون الإيرلندي ورفعت قضيتها إلى لجنة حقوق الإنسان في الأمم المتحدة."
# the same letters with no shadda stay a promise (a sentence of the same article's kind, the shadda taken away)
PROMISED = "وعدت ميليت نفسها ضحية للقانون الإيرلندي ورفعت قضيتها إلى لجنة حقوق الإنسان في الأمم المتحدة."


def test_precision19_considered_with_a_shadda_is_no_promise(lexicon) -> None:
    assert "AGREE" not in types_at(lexicon, CONSIDERED, "وعدَّت")
    with patch.object(lexicon_module, "SHADDA", "\ufffe"):
        assert reads(lexicon, CONSIDERED, "وعدَّت", "agree.waada")  # what main read
    assert reads(lexicon, PROMISED, "وعدت", "agree.waada")


def test_precision19_a_saudi_considered_codes_no_event() -> None:
    import marsad

    # SNN-alwatan-0050 (sample V): "وعدّ" a man considered the holiday a chance for trips, through the whole pipeline
    sentence = _saudi_sentence("SNN-alwatan-0050", "وعدّ الصاعدي")
    analysis = marsad.analyze(sentence)
    assert "AGREE" not in {e.type for story in analysis.stories for e in story.events}

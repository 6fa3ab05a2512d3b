"""Recall round 12 (evlex12, docs/events.md "Recall round 12 (evlex12)"): what recall sample J (SaudiNewsNet) and
the dev even lines showed missing. The bare perfect هنأ (normalized onto هنا, "here") with a title next, and its
forms with an object pronoun; and acting sides named by a common noun (agents.yaml): unknown assailants (مجهولون),
an armed group (مجموعة مسلحة), the security bodies and the border guards (الجهات الأمنية، حرس الحدود). Sentences
are real ANT text, and a few SaudiNewsNet ones (the article id is in the comment); each is checked for its entry and
exact trigger offsets, what must not be read, and the participants the whole default pipeline gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import events_at

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists

TRUMP_PUTIN = (
    "هنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين على إعادة انتخابه لولاية رابعة"
    " قبل يومين."
)  # BB-internationalNews-199-20180321
ALWALEED = "هنأ الأمير السعودي الوليد بن طلال، اليوم الأربعاء، الرئيس الأميركي المنتخب دونالد ترامب عبر حسابه على تويتر."  # JA-internationalNews-265-20161109
STAFF = (
    "ثم رحب بالزملاء الموظفين وهنأهم بعيد الفطر السعيد وأوصى الجميع باستمرار الجد والمثابرة لخدمة الممارسين الصحيين"
    " في المملكة."
)  # SNN-alwatan-0717 (the sentence's last clause)
COPTS = "أطلق اليوم الجمعة مجهولون النار على حافلة تقل أقباطا كانوا في طريقهم إلى محافظة المنيا في مصر."
# JA-internationalNews-979-20170526 (recall sample I, row dropped for want of an acting side)
CHECKPOINT = (
    "هاجمت مجموعة مسلحة اليوم حاجزا أمنيا بطريق الخارجة- أسيوط بمحافظة الوادى الجديد في مصر، مما أسفر عن مقتل 6"
    " أشخاص وجرح آخرين."
)  # JA-internationalNews-491-20170116
RED_CROSS = (
    "أكد متحدث رسمي باسم اللجنة الدولية للصليب الأحمر، السبت، مقتل أحد موظفي اللجنة برصاص مجهولين في محافظة تعز"
    " جنوب غربي اليمن."
)  # SK-middleEast-1159-20180421
SECURITY = "وباشرت الجهات الأمنية الموقع وقبضت على الجاني وأحالته إلى مستشفى الصحة النفسية للتأكد من قواه العقلية."  # SNN-okaz-0446
BORDER = (
    "تمكنت دوريات حرس الحدود بقطاع ظهران الجنوب بمنطقة عسير أمس من ضبط 30 مسدسا وثمانية رشاشات و18 ألف طلقة"
    " رشاش كلاشنكوف وثلاثة آلاف طلقة مسدس."
)  # SNN-alwatan-1038 (recall sample J row 42)

# (sentence, trigger span, entry, type)
ENTRIES = [
    (TRUMP_PUTIN, "هنأ", "support.hanna_title", "SUPPORT"),
    (ALWALEED, "هنأ", "support.hanna_title", "SUPPORT"),
    (STAFF, "وهنأهم", "support.hanna_pron", "SUPPORT"),
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall12_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)
    assert_exact_offsets(lexicon, sentence)


def test_lexicon_recall12_every_entry_has_a_sentence(lexicon) -> None:
    """The round's block at the end of lexicon.yaml is exactly the entries tested here."""
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "support.hanna_title", len(ids))) == ids


# (sentence, word, entry): هنا as "here", with a title two words on (the one such match in the ANT and
# SaudiNewsNet text outside the gold files)
NOT_READ = [
    (
        "وهنا توقع الوزير اليمني أدوارا إيجابية وسريعة ستمارسها الأمم المتحدة خلال زيارتها، ضد الممارسات التي قامت"
        " بها ميليشيات الحوثية.",
        "وهنا",
        "support.hanna_title",
    ),  # SNN-aawsat-0114 (shortened after الحوثية): a verb next, so "here"
]


@pytest.mark.parametrize(("sentence", "word", "entry_id"), NOT_READ)
def test_lexicon_recall12_not_read(lexicon, sentence, word, entry_id) -> None:
    assert entry_id not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_coder_congratulation_with_the_title_next(pipeline) -> None:
    """Trump congratulated Putin on his re-election: SUPPORT USA/GOV -> RUS/GOV at هنأ."""
    (ev,) = events_at(TRUMP_PUTIN, "هنأ", pipeline)
    assert (ev.type, ev.start, ev.end) == ("SUPPORT", 0, len("هنأ"))
    assert [(p.text, p.country, p.sector) for p in ev.source] == [("الرئيس الأمريكي", "USA", "GOV")]
    assert [(p.country, p.sector) for p in ev.target] == [("RUS", "GOV")]


def test_coder_unknown_gunmen_fire_on_a_bus(pipeline) -> None:
    """Unknown gunmen fired on a bus of Copts in Egypt: the common noun مجهولون is the acting side (REB), with the
    place's country, as the dev gold codes "مجموعة مسلحة مجهولة الهوية"."""
    (ev,) = events_at(COPTS, "أطلق", pipeline)
    assert ev.type == "ASSAULT"
    start = COPTS.index("مجهولون")
    assert [(p.text, p.start, p.end, p.country, p.sector) for p in ev.source] == [
        ("مجهولون", start, start + len("مجهولون"), "EGY", "REB")
    ]


def test_coder_killed_by_unknown_gunmen(pipeline) -> None:
    """The ICRC employee killed by unknown gunmen's bullets in Taiz: the oblique مجهولين after برصاص acts."""
    (ev,) = events_at(RED_CROSS, "برصاص", pipeline)
    assert ev.type == "ASSAULT"
    assert [(p.text, p.country, p.sector) for p in ev.source] == [("مجهولين", "YEM", "REB")]


def test_coder_armed_group_attacks_a_checkpoint(pipeline) -> None:
    """An armed group attacked a checkpoint in Egypt's New Valley: the two-word common noun is one party."""
    (ev,) = events_at(CHECKPOINT, "هاجمت", pipeline)
    assert ev.type == "ASSAULT"
    start = CHECKPOINT.index("مجموعة")
    assert [(p.text, p.start, p.country, p.sector) for p in ev.source] == [
        ("مجموعة مسلحة", start, "EGY", "REB")
    ]


def test_coder_security_bodies_arrest(pipeline) -> None:
    """The security bodies arrested the culprit: الجهات الأمنية is the police (COP)."""
    (ev,) = events_at(SECURITY, "وقبضت", pipeline)
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    assert [(p.text, p.sector) for p in ev.source] == [("الجهات الأمنية", "COP")]


def test_coder_border_guards_seize_arms(pipeline) -> None:
    """Border guard patrols in Asir seized pistols and machine guns: COERCE by SAU/COP (recall sample J row 42)."""
    (ev,) = events_at(BORDER, "ضبط", pipeline)
    assert ev.type == "COERCE"
    assert [(p.text, p.country, p.sector) for p in ev.source] == [("حرس الحدود", "SAU", "COP")]


def test_coder_without_the_round_no_side(pipeline, monkeypatch) -> None:
    """The same sentences with the round's agents removed make no record: the common nouns are what acts."""
    from marsad.events.coder import load_resources

    res = pipeline.ctx.resource("events.coder", load_resources)
    for word in ("مجهولون", "مجهولين"):
        monkeypatch.delitem(res.generic_single, word)
    monkeypatch.delitem(res.generic_pairs, "حرس الحدود")
    res.generic_words.clear()
    try:
        assert events_at(COPTS, "أطلق", pipeline) == []
        assert events_at(BORDER, "ضبط", pipeline) == []
    finally:
        res.generic_words.clear()


@settings(max_examples=200, deadline=None)
@given(word_lists(["هنأ", "وهنأ", "وهنأهم", "هنا", "الرئيس", "سمو", "توقع", "مجلس", "،"]))
def test_lexicon_recall12_offsets(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))

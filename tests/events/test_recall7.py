"""Recall round 7 (evrecall7, docs/events.md "Recall round 7: the agent in another clause"): the speaker of a report
verb is the first side of a meeting noun in its content whose only side follows مع (``constructions.speaker_meeting``,
read in ``records.code_match``), and a future cue after the noun makes it a meeting to come, an intent to meet
(``constructions.spoken_meeting_future``). Real ANT sentences, each coded alone through the whole default pipeline;
the first is sample G's row (CN-internationalNews-281-20180424), the second the one record the rule changed on the
round's fresh articles before the outlet check. And an office whose holder's name follows between commas is the verb's
subject (``constructions.apposed_title_subject``, read in ``participants.read_participants``): the sentence of recall
round 6's one wrong record (a fresh CNN article)."""

from __future__ import annotations

from tests.support import events_at

import marsad
import marsad.events.participants as participants
import marsad.events.records as records

TRUMP = (
    "من جانب آخر، قال الرئيس ترامب إن اللقاء مع زعيم كوريا الشمالية سيكون قريباً جداً، مشيراً إلى أن كيم جونغ"
    " أون “رجل شريف” على حد تعبيره."
)
NHK = (
    "قالت هيئة الإذاعة والتلفزيون اليابانية (إن.إتش.كيه) اليوم الثلاثاء، إن أحد كبار مساعدي الزعيم الكوري الشمالي"
    " كيم جونغ أون وصل إلى سنغافورة الليلة الماضية في أحدث إشارة إلى أن اجتماع القمة مع الرئيس الأميركي دونالد"
    " ترامب يمضي قدما."
)


def test_coder_speaker_meets_the_side_after_maa(pipeline) -> None:
    """Trump, the speaker, meets Kim: both sides of a meeting to come, coded as the intent to meet (AGREE 036)."""
    (ev,) = events_at(TRUMP, "اللقاء", pipeline)
    assert (ev.type, ev.cameo, ev.modality) == ("AGREE", "036", "future")
    assert ev.start == TRUMP.index("اللقاء") and TRUMP[ev.start : ev.end] == "اللقاء"
    sides = [(p.text, p.country, p.start) for p in [*ev.source, *ev.target]]
    assert sides == [("ترامب", "USA", TRUMP.index("ترامب")), ("كوريا الشمالية", "PRK", TRUMP.index("كوريا"))]


def test_coder_spoken_talks_going_on_stay_talks(pipeline) -> None:
    """SK-internationalNews-2095-20180612 (fresh): "لاحقا" dates the saying, "من المتوقع" is a comparison; the
    talks the White House tells of are going on, a CONSULT of the US and North Korea, not an intent to meet."""
    sentence = 'وقال البيت الأبيض لاحقا إن المناقشات مع كوريا الشمالية تقدمت"بسرعة أكبر من المتوقع".'
    (ev,) = events_at(sentence, "المناقشات", pipeline)
    assert (ev.type, ev.modality) == ("CONSULT", "asserted")
    assert [(p.text, p.start) for p in [*ev.source, *ev.target]] == [
        ("البيت الأبيض", sentence.index("البيت")),
        ("كوريا الشمالية", sentence.index("كوريا")),
    ]


def test_coder_speaker_meeting_needs_the_rule(pipeline, monkeypatch) -> None:
    """Without the rule the meeting has one side and no record."""
    monkeypatch.setattr(records, "speaker_meeting", lambda *args, **kwargs: None)
    assert events_at(TRUMP, "اللقاء", pipeline) == []


def test_coder_outlet_is_no_side_of_the_summit_it_tells(pipeline) -> None:
    """NHK tells of Kim's summit with Trump: the outlet is no side of it (the fresh articles' one change, wrong)."""
    article = marsad.analyze(NHK, pipeline=pipeline)
    sides = [p.text for story in article.stories for e in story.events for p in [*e.source, *e.target]]
    assert not any("اليابانية" in s or "الإذاعة" in s for s in sides)


POLYANSKY = (
    "رفض النائب الأول لمندوب روسيا لدى الأمم المتحدة، ديميتري بوليانسكي، الأربعاء، إعلان البيت الأبيض بفرض عقوبات"
    " على روسيا بسبب قضية تسميم العميل المزدوج الروسي، سيرغي سكريبال وابنته في المملكة المتحدة."
)


def test_coder_office_before_an_apposed_name_is_the_subject(pipeline) -> None:
    """Russia's deputy envoy rejects the White House's announcement: the office's party is the subject, the
    announcer the recipient."""
    (ev,) = [e for e in events_at(POLYANSKY, "رفض", pipeline) if e.type == "REJECT"]
    assert [(p.text, p.country, p.start) for p in ev.source] == [("روسيا", "RUS", POLYANSKY.index("روسيا"))]
    assert [(p.text, p.country, p.start) for p in ev.target] == [
        ("البيت الأبيض", "USA", POLYANSKY.index("البيت الأبيض"))
    ]


def test_coder_office_before_an_apposed_name_needs_the_rule(pipeline, monkeypatch) -> None:
    """Without the rule the verb has no subject within reach: no REJECT of Russia."""
    monkeypatch.setattr(participants, "apposed_title_subject", lambda *args, **kwargs: None)
    sources = [
        p.country for e in events_at(POLYANSKY, "رفض", pipeline) if e.type == "REJECT" for p in e.source
    ]
    assert "RUS" not in sources

"""Golden test on the seed page: its two stories annotated by hand upstream (seed_stories.py), coded
by the real coder. Each expected event names its trigger, type, mode, actors, date, location and
modality; offsets are checked against the story text."""

from __future__ import annotations

import pytest

from events.seed_stories import seed_main, seed_related
from marsad.events.coder import code_story, load_resources
from support import assert_offsets


@pytest.fixture(scope="module")
def res():
    return load_resources()


@pytest.fixture(scope="module")
def main_events(seed_text, res):
    st = seed_main(seed_text)
    st.events = code_story(st, res=res)
    return st


@pytest.fixture(scope="module")
def related_events(seed_text, res):
    st = seed_related(seed_text)
    st.events = code_story(st, res=res)
    return st


def _find(story, trigger):
    hits = [e for e in story.events if e.text == trigger]
    assert len(hits) == 1, (trigger, [(e.text, e.type) for e in story.events])
    return hits[0]


def _countries(parts):
    return sorted(p.country for p in parts)


# trigger, type, mode, source countries, target countries, date, location, modality
MAIN = [
    # Russia and China announce deeper military ties (an intent: AGREE), 2024-05-16, Beijing
    ("تعميق علاقاتهما", "AGREE", None, ["CHN", "RUS"], [], "2024-05-16", "بكين", "asserted"),
    # Putin meets Xi in Beijing: reciprocal meeting, both actors, no recipient
    ("التقى", "CONSULT", None, ["CHN", "RUS"], [], "2024-05-16", "بكين", "asserted"),
    # US tariffs on $18bn of Chinese goods, dated by "يوم الثلاثاء" = 2024-05-14
    ("تعريفات جمركية", "SANCTION", "discontinue", ["USA"], ["CHN"], "2024-05-14", None, "asserted"),
    # Putin praises the talks with Xi
    ("أشاد", "SUPPORT", None, ["RUS"], ["CHN"], "2024-05-16", None, "asserted"),
    # the invasion of Ukraine as background: ASSAULT without a mode, historical, no date of its own
    ("الغزو", "ASSAULT", None, ["RUS"], ["UKR"], None, None, "historical"),
    # Putin "grateful" to China: a speech act he made, so asserted, dated by يوم الخميس
    ("ممتن", "SUPPORT", None, ["RUS"], ["CHN"], "2024-05-16", None, "asserted"),
    # the joint statement plans expanded joint drills: future cooperation -> AGREE, actors by back-reference
    ("التدريبات العسكرية المشتركة", "AGREE", None, ["CHN", "RUS"], [], None, None, "future"),
    # last year a Chinese flotilla joined Russian forces in the Sea of Japan
    ("انضم", "COOPERATE", None, ["CHN"], ["RUS"], "2023", "بحر اليابان", "historical"),
    # March: Chinese and Russian navies drilled with Iranian forces in the Gulf of Oman
    ("مناورات مشتركة", "COOPERATE", None, ["CHN", "IRN", "RUS"], [], "2024-03", "خليج عمان", "historical"),
    # the sovereign fund will open an office in Harbin (future cooperation -> AGREE), per state media
    ("سيفتتح مكتبا", "AGREE", None, ["RUS"], [], None, "هاربين", "future"),
]

RELATED = [
    # Putin holds talks with Pezeshkian: the related story has no date, so no date
    ("يجري", "CONSULT", None, ["IRN", "RUS"], [], None, "موسكو", "asserted"),
    ("زيارة", "CONSULT", "visit", ["IRN"], ["RUS"], None, "روسيا", "reported"),
    # they will sign a strategic cooperation agreement: a plan to sign is AGREE
    ("يوقع", "AGREE", None, ["IRN", "RUS"], [], None, None, "future"),
    ("غزو", "ASSAULT", None, ["RUS"], ["UKR"], "2022-02", None, "historical"),
    # Ukraine said Russia launched more than 8000 Shahed drones: the content event, reported
    ("أطلقت", "ASSAULT", "drone", ["RUS"], [], None, None, "reported"),
    # Kyiv had accused Iran (autumn 2022): one ACCUSE, the alleged supply is not coded
    ("اتهمت", "ACCUSE", "allege", ["UKR"], ["IRN"], "2022", None, "historical"),
]


@pytest.mark.parametrize("expected", MAIN, ids=[m[0] for m in MAIN])
def test_coder_seed_main_story_events(main_events, expected) -> None:
    trigger, etype, mode, src, tgt, date, loc, modality = expected
    e = _find(main_events, trigger)
    got = (e.type, e.mode, _countries(e.source), _countries(e.target), e.date or e.date_inferred, e.modality)
    assert got == (etype, mode, src, tgt, date, modality)
    assert (e.location.text if e.location else None) == loc
    assert e.story_id == "seed-main" and e.sentence is not None
    assert main_events.text[e.sentence.start : e.sentence.end] == e.sentence.text
    assert e.sentence.start <= e.start < e.end <= e.sentence.end


@pytest.mark.parametrize("expected", RELATED, ids=[m[0] for m in RELATED])
def test_coder_seed_related_story_events(related_events, expected) -> None:
    trigger, etype, mode, src, tgt, date, loc, modality = expected
    e = _find(related_events, trigger)
    got = (e.type, e.mode, _countries(e.source), _countries(e.target), e.date or e.date_inferred, e.modality)
    assert got == (etype, mode, src, tgt, date, modality)
    assert (e.location.text if e.location else None) == loc


def test_coder_seed_no_related_event_dated_by_main_story(related_events) -> None:
    assert all(e.date in (None, "2022-02", "2022") for e in related_events.events)
    assert all(e.date != "2024-05-16" for e in related_events.events)


def test_coder_seed_not_coded(main_events) -> None:
    texts = " ".join(e.text for e in main_events.events)
    # the trade record, falling exports, "angered Beijing" and background US sanctions are not events
    for word in ("سجلت", "رقماً", "انخفضت", "أثار", "العقوبات"):
        assert word not in texts
    # one record per event: the meeting is not repeated for اجتماعهما or المحادثات
    assert sum(e.type == "CONSULT" for e in main_events.events) == 1


def test_coder_seed_offsets_provenance_and_scores(main_events, related_events) -> None:
    for st in (main_events, related_events):
        assert_offsets(st)
        for e in st.events:
            for p in e.source + e.target:
                assert st.text[p.start : p.end] == p.text
            if e.speaker is not None:
                assert st.text[e.speaker.start : e.speaker.end] == e.speaker.text
            assert e.quad in (1, 2, 3, 4) and e.score is not None and e.goldstein is not None
            assert 0 < e.confidence <= 1
    tariffs = _find(main_events, "تعريفات جمركية")
    assert [main_events.quantities[i].text for i in tariffs.quantities] == ["18 مليار دولار"]
    assert tariffs.quad == 4 and tariffs.cameo == "163" and tariffs.goldstein == -8.0
    drones = _find(related_events, "أطلقت")
    assert [related_events.quantities[i].value for i in drones.quantities] == [8000]
    assert drones.speaker is not None and drones.speaker.text == "أوكرانيا"
    meeting = _find(main_events, "التقى")
    assert [p.text for p in meeting.source] == ["فلاديمير بوتين", "شي جين بينغ"]


def test_coder_seed_date_only_from_the_text_and_the_story_date_kept_apart(
    main_events, related_events
) -> None:
    """EVENT-CONVENTIONS §6: with no time expression in its clause an event has no `date`; the story's
    news-cycle day is offered as `date_inferred`, for asserted main-story events only."""
    ties = _find(main_events, "تعميق علاقاتهما")
    assert (ties.date, ties.date_inferred) == (None, "2024-05-16")
    tariffs = _find(main_events, "تعريفات جمركية")
    assert (tariffs.date, tariffs.date_inferred) == ("2024-05-14", None)
    drills = _find(main_events, "التدريبات العسكرية المشتركة")
    assert (drills.date, drills.date_inferred) == (None, None)  # future: never inferred
    assert all(e.date_inferred is None for e in related_events.events)

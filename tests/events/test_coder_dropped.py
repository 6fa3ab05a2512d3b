"""Meeting nouns whose parties a relative clause of جمع names (evdrop3, ``constructions.meeting_joiner``): "القمة
التي جمعت رؤساء السودان وإثيوبيا ومصر"، "اللقاء الذي جمع ضباط مخابرات قطريين مع الحوثيين". Every sentence is real
ANT text from an article in no gold file and no judged sample (the records the rule changed in the whole ANT
corpus, docs/events.md "Recall round 3"); each is coded through the whole default pipeline (the sentence given
alone) with its parties' texts and offsets, and checked to lose them with the rule switched off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support import assert_offsets

import marsad
import marsad.events.constructions as constructions

# (ANT id, sentence, trigger, the parties' texts); a reciprocal meeting: every party is an actor, no recipient
CASES = [
    (
        "AL-internationalNews-638-20180326",
        "كان الأبرز فيها حتى الآن اللقاء الذي جمع ضباط مخابرات قطريين مع الحوثيين في مسقط نهاية العام الماضي.",
        "اللقاء",
        ["ضباط مخابرات قطريين", "الحوثيين"],
    ),
    (
        # one definite adjective between the noun and its relative pronoun; three parties joined by و
        "SK-middleEast-792-20180405",
        "ولفت الغندور إلى أن انطلاق الاجتماع الثلاثي جاء وفقا لما تم الاتفاق عليه بين رؤساء الدول الثلاث، مشيرا"
        " إلى أن القمة الثلاثية التي جمعت رؤساء السودان وإثيوبيا ومصر في أديس أبابا، على هامش القمة الأفريقية في"
        " يناير الماضي، أقرت انعقاد الاجتماع الخرطوم برئاسة وزراء الخارجية، وحضور وزراء الري ومديري أجهزة"
        " المخابرات في الدول الثلاث.",
        "القمة الثلاثية",
        ["السودان", "وإثيوبيا", "ومصر"],
    ),
    (
        # the second party split from the first by an apposed name and a title (``joined_party``)
        "SK-internationalNews-1335-20180503",
        "وجاء ذلك الإجراء بعد أيام من اللقاء التاريخي الذي جمع زعيم كوريا الشمالية كيم جونغ أون، ورئيس كوريا"
        " الجنوبية مون جي-إن، الجمعة الماضي.",
        "اللقاء",
        ["كوريا الشمالية", "ورئيس كوريا الجنوبية"],
    ),
    (
        # جمع بين: the pair after بين; the و on the head word before the second party (وزعيم كوريا الشمالية)
        "SK-internationalNews-2310-20180624",
        "أعلنت سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت بين الرئيس الأميركي دونالد ترامب وزعيم كوريا"
        " الشمالية كيم جونغ أون في 12 يونيو الجاري.",
        "القمة",
        ["الرئيس الأميركي", "كوريا الشمالية"],
    ),
]


def _meetings(sentence: str, trigger: str, pipeline) -> list:
    article = marsad.analyze(sentence, pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)
    start = sentence.index(trigger)
    return [e for story in article.stories for e in story.events if e.start == start and e.type == "CONSULT"]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "parties"), CASES)
def test_coder_dropped_meeting_parties_from_jama(pipeline, ant_id, sentence, trigger, parties) -> None:
    (ev,) = _meetings(sentence, trigger, pipeline)
    assert [p.text for p in ev.source] == parties, ant_id
    assert ev.target == []
    for p in ev.source:
        # offsets: each party is the span of its own words, after the trigger
        assert sentence[p.start : p.end] == p.text
        assert p.start > sentence.index(trigger)


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "parties"), CASES)
def test_coder_dropped_meeting_parties_need_the_rule(
    pipeline, monkeypatch, ant_id, sentence, trigger, parties
) -> None:
    monkeypatch.setattr(constructions, "meeting_joiners", frozenset)
    found = [[p.text for p in e.source] for e in _meetings(sentence, trigger, pipeline)]
    assert parties not in found, ant_id


@pytest.mark.parametrize(
    "sentence",
    [
        # جمعه: an object pronoun names one party by reference; not read (ANT JA-politic-*: "إثر اللقاء الذي
        # جمعه صباح اليوم برئيس الحكومة")
        "وأكد الوزير عقب اللقاء الذي جمعه بالرئيس السوداني عمر البشير، حرص بلاده على تعزيز العلاقات.",
        # not a meeting noun: the information gathered (ANT SK-middleEast-601-20180327)
        "كما يرغب الفريق في التعاون مع العديد من المنظمات غير الحكومية التي تجمع وثائق عن الجرائم.",
    ],
)
def test_coder_dropped_no_joiner(pipeline, sentence) -> None:
    calls: list[int] = []
    rule = constructions.meeting_joiner

    def spy(ctx, m):
        found = rule(ctx, m)
        if found is not None:
            calls.append(found)
        return found

    constructions.meeting_joiner = spy
    try:
        marsad.analyze(sentence, pipeline=pipeline)
    finally:
        constructions.meeting_joiner = rule
    assert calls == []


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(["القمة", "التي", "جمعت", "بين", "ترامب", "وبوتين", "مع", "الثلاثية", "،", "جمع"])
    )
)
def test_coder_dropped_any_words_keep_offsets(pipeline, words) -> None:
    article = marsad.analyze(" ".join(words) + ".", pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)

"""Recall round 6 (evrecall6, docs/events.md "Recall round 6: sample G and unnamed agents"): civilians named by a
case-marked nominative plural right after an active verb with a recipient are its agents (``agents.yaml:
nominatives``, ``mentions.nominative_generic``, ``records._nominative_agent``): "بعد أن اقتحم متظاهرون مقر القنصلية
الإيرانية". Civilians after a use of force were always read as its object or victims (``roles.is_victim``, and
``records.code_match`` drops a civilian generic source of a force event), so these attacks had the wrong side or
none. And a verb of issuing whose object pronoun resumes a declared act's noun gives it its subject (``cues.yaml:
issued_verbs``: "العقوبات التي أعلنتها الإدارة الأمريكية"). Every sentence is real ANT text from an article in no gold file and no judged sample (among the records the
rule changed on fresh articles, read for the round); each is coded through the whole default pipeline (the sentence
given alone) with its participants' texts and offsets, and checked to lose the agent with the rule switched off."""

from __future__ import annotations

import pytest
from tests.support import events_at

import marsad
import marsad.events.constructions as constructions
import marsad.events.mentions as mentions
import marsad.events.records as records

# (ANT id, sentence, trigger, type, the agent's country and sector, the recipient's text, country and sector)
NOMINATIVE = [
    (
        # the foreign ministry (the sentence's subject) was the intruder before, the protesters its recipient
        "CN-middleEast-1309-20180907",
        'أعربت وزارة الخارجية العراقية عن "أسفها العميق" في بيان صدر، مساء الجمعة، بعد أن اقتحم متظاهرون مقر'
        " القنصلية الإيرانية في البصرة، وأضرموا النار فيها.",
        "اقتحم",
        "COERCE",
        ("IRQ", "CVL"),
        ("القنصلية الإيرانية", "IRN", "GOV"),
    ),
    (
        # Egypt and Israel were the attackers before and the protesters attacked
        "FR-internationalNews-1170-20180510",
        "وهو أيضا أول حفل كبير تقيمه السفارة منذ 2011 بعدما هاجم متظاهرون مبناها في القاهرة في أيلول/سبتمبر من نفس"
        " العام وإنزالهم للعلم الإسرائيلي من على البناية التي كانت توجد بها السفارة في مشهد بدا محرجا بشدة للسلطات"
        " الأمنية المصرية والحكومة الإسرائيلية.",
        "هاجم",
        "ASSAULT",
        ("EGY", "CVL"),
        ("الإسرائيلي", "ISR", None),
    ),
]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "code", "recipient"), NOMINATIVE)
def test_coder_nominative_civilians_are_the_agent(
    pipeline, ant_id, sentence, trigger, etype, code, recipient
) -> None:
    (ev,) = [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]
    (agent,) = ev.source
    assert (agent.text, agent.country, agent.sector) == ("متظاهرون", *code), ant_id
    # offsets: the plural right after the verb
    assert sentence[agent.start : agent.end] == "متظاهرون"
    assert agent.start == sentence.index("متظاهرون", sentence.index(trigger))
    assert [(p.text, p.country, p.sector) for p in ev.target] == [recipient]
    assert sentence[ev.target[0].start : ev.target[0].end] == recipient[0]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "code", "recipient"), NOMINATIVE)
def test_coder_nominative_civilians_need_the_rule(
    pipeline, monkeypatch, ant_id, sentence, trigger, etype, code, recipient
) -> None:
    for module in (mentions, records):
        monkeypatch.setattr(module, "nominative_words", frozenset)
    sources = [p.text for e in events_at(sentence, trigger, pipeline) if e.type == etype for p in e.source]
    assert "متظاهرون" not in sources, ant_id


def test_coder_nominative_without_a_recipient_stays_a_victim(pipeline) -> None:
    """ "قتل شخصان وأصيب اثنان" (JA-internationalNews-841-20170410): the verb with no recipient may be an unmarked
    passive (two people were killed), so the nominative dual is no killer and no record has it as its side."""
    sentence = (
        "قتل شخصان وأصيب اثنان اخران على الأقل في اطلاق نار داخل صف في مدرسة ابتدائية في سان برناردينو شرق لوس"
        " انجليس، اليوم الاثنين وفق ما أفادت به الشرطة."
    )
    article = marsad.analyze(sentence, pipeline=pipeline)
    sides = [p.text for story in article.stories for e in story.events for p in [*e.source, *e.target]]
    assert "شخصان" not in sides


def test_nominative_words_are_case_marked() -> None:
    """The list holds nominative forms only: an oblique ين plural is also the object (اعتقلت الشرطة متظاهرين)."""
    words = mentions.nominative_words()
    assert "متظاهرون" in words and "شخصان" in words
    assert not any(w.endswith("ين") for w in words)


# A verb of issuing whose object pronoun resumes a declared act's noun (``cues.yaml: issued_verbs``,
# ``constructions.resumptive_verb``): its subject made the act. (ANT id, sentence, trigger, type, agent, country)
ISSUED = [
    (
        # the sanctions had no imposer before (the sentence's speaker is Russia's spokeswoman)
        "CN-internationalNews-458-20180809",
        'قالت ماريا زخاروفا، المتحدثة باسم وزارة الخارجية الروسية، إن بلادها "ستعمل على اتخاذ إجراءات انتقامية"، ردا'
        " على العقوبات التي أعلنتها الإدارة الأمريكية على خلفية قضية تسميم العميل الروسي السابق سيرغي سكريبال وابنته"
        " يوليا بريطانيا.",
        "العقوبات",
        "SANCTION",
        "الإدارة الأمريكية",
        "USA",
    ),
    (
        # an indefinite noun with an adjective between it and the verb; no record before
        "SK-middleEast-847-20180408",
        "تأتي هذه الاتهامات في وقت استأنفت قوات النظام السوري الجمعة هجومها على دوما بعدما تعثر اتفاق إجلاء"
        ' "مبدئي" أعلنته روسيا وتعرقلت المفاوضات مع فصيل جيش الإسلام المسيطر على المدينة.',
        "اتفاق",
        "AGREE",
        "روسيا",
        "RUS",
    ),
]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "agent", "country"), ISSUED)
def test_coder_issued_noun_takes_the_verbs_subject(
    pipeline, ant_id, sentence, trigger, etype, agent, country
) -> None:
    (ev,) = [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]
    assert [(p.text, p.country) for p in ev.source] == [(agent, country)], ant_id
    # offsets: the issuing verb's subject, after the noun
    assert sentence[ev.source[0].start : ev.source[0].end] == agent
    assert ev.source[0].start == sentence.index(agent) > ev.start


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "agent", "country"), ISSUED)
def test_coder_issued_noun_needs_the_rule(
    pipeline, monkeypatch, ant_id, sentence, trigger, etype, agent, country
) -> None:
    monkeypatch.setattr(constructions, "issued_verbs", frozenset)
    sources = [p.text for e in events_at(sentence, trigger, pipeline) if e.type == etype for p in e.source]
    assert agent not in sources, ant_id


def test_coder_issued_statement_is_no_support(pipeline) -> None:
    """ "حسبما أفاد بيان مشترك أصدرته الفصائل" (SK-middleEast-89-20180227): the joint statement is the report's
    source, not a record of the factions (SUPPORT is not among ``constructions.ISSUED_TYPES``)."""
    sentence = (
        'أعلنت فصائل مقاتلة، الثلاثاء، التزامها بإخراج مقاتلون ينتمون لـ"جبهة تحرير الشام"، جبهة النصرة سابقا،'
        " وعائلاتهم من الغوطة الشرقية وذلك بعد دخول وقف إطلاق النار حيز التنفيذ الفعلي، حسبما أفاد بيان مشترك"
        " أصدرته الفصائل التي تسيطر على المنطقة المحاصرة بريف دمشق."
    )
    assert not [e for e in events_at(sentence, "بيان مشترك", pipeline) if e.type == "SUPPORT"]

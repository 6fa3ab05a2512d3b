"""event5 (session 15): a visit's named place is its host only when it can stand for a party: a country or a
city of ``cities.csv`` visited from abroad, not a provincial city or region of ``places.csv`` (``place:`` ids)
nor the visitor's own country. Real SaudiNewsNet sentences (the pool the regression was seen on)."""

from __future__ import annotations

import pytest

from events.handmade import Ent, annotate, story
from marsad.events.coder import code_story, load_resources
from marsad.events.words import split_words
from support import assert_offsets


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _visits(text: str, published: str, ents: list[Ent], res) -> tuple[list[tuple], list[tuple]]:
    """The story's entity spans and its visit records (trigger, source spans, target spans with actors)."""
    st = story(text, published=published)
    annotate(st, entities=ents)
    assert_offsets(st)
    visits = [
        (
            e.text,
            [(p.start, p.end, p.country) for p in e.source],
            [(p.start, p.end, p.country, p.actor) for p in e.target],
        )
        for e in code_story(st, res=res)
        if e.mode == "visit"
    ]
    return [(e.start, e.end) for e in st.entities], visits


# SNN-alriyadh-2466: officials visiting the wounded in Asir; the region is where, not whom, they visited
ASIR = (
    "زار عدد من المسؤولين في منطقة عسير أمس، مصابي حادثة التفجير الآثم، التي استهدفت مسجد قوة الطوارئ الخاصة."
)
# SNN-aawsat-0420: the King receives in Jeddah; Jeddah is not the other side of his own reception
JEDDAH = (
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع "
    "الأميركي اشتون كارتر والوفد المرافق له."
)
# SNN-aawsat-0809: the Turkish foreign minister's visit to Damascus: Syria hosts (as Putin's trip to Beijing)
DAMASCUS = (
    "بل أرسل دباباته إلى المدن السورية، للمرة الأولى، وذلك بعد ساعات فقط من زيارة وزير الخارجية التركي إلى "
    "دمشق»."
)


def test_visit_in_a_region_has_no_place_host(res) -> None:
    spans, visits = _visits(ASIR, "2015-08-11", [Ent("منطقة عسير", "LOC", "SAU", actor="place:asir")], res)
    assert spans == [(24, 34)]
    assert visits == []


def test_reception_in_the_hosts_own_city_is_no_host(res) -> None:
    king = Ent("الملك سلمان بن عبد العزيز", "PERS", "SAU", "GOV", actor="person:king-salman")
    spans, visits = _visits(JEDDAH, "2015-07-22", [king, Ent("جدة", "GPE", "SAU", actor="city:jeddah")], res)
    assert spans == [(29, 54), (71, 74)]
    assert all(p[3] != "city:jeddah" for _, _, tgt in visits for p in tgt)


def test_foreign_visit_to_a_capital_keeps_its_host(res) -> None:
    minister = Ent("وزير الخارجية التركي", "PERS", "TUR", "GOV", actor="person:cavusoglu")
    spans, visits = _visits(
        DAMASCUS, "2015-07-25", [minister, Ent("دمشق", "GPE", "SYR", actor="city:damascus")], res
    )
    assert spans == [(77, 97), (102, 106)]
    assert visits == [("زيارة", [(77, 97, "TUR")], [(102, 106, "SYR", "city:damascus")])]


# FR-internationalNews-318-20180308 (ANT): the Queen receives the Saudi crown prince at the start of his visit to
# Britain: a foreign side among the two keeps Britain the host
LONDON = (
    "استقبلت الملكة إليزابيث الثانية ولي العهد السعودي الأمير محمد بن سلمان الأربعاء في قصر باكنغهام، في مستهل "
    "الزيارة الرسمية التي يقوم بها إلى بريطانيا حيث واجه تظاهرات احتجاجية على خلفية ضلوع بلاده في الحرب في اليمن."
)


def test_visit_with_a_foreign_side_keeps_the_country_host(res) -> None:
    ents = [
        Ent("الملكة إليزابيث الثانية", "PERS", "GBR", "GOV", actor="person:elizabeth-ii"),
        Ent("ولي العهد السعودي", "PERS", "SAU", "GOV", actor="person:mbs"),
        Ent("بريطانيا", "GPE", "GBR", actor="GBR"),
    ]
    spans, visits = _visits(LONDON, "2018-03-08", ents, res)
    assert spans == [(8, 31), (32, 49), (140, 148)]
    # the host is Britain's: the Queen herself since the twenty-eighth round (ولي opens with a و of its own, so the
    # crown prince is no longer her co-actor but the visitor, and the Queen the one visited), Britain before
    assert [tgt for trigger, _, tgt in visits if trigger == "استقبلت"] == [
        [(8, 31, "GBR", "person:elizabeth-ii")]
    ]


# Two phrases that took the organisations the entity stage now keeps (جامعة الملك فيصل، جامعة تبوك) as the
# askers of requests no one made (SaudiNewsNet pool): "طلب العلم" is seeking knowledge, "تدعونا الى التأمل" gives
# reason to reflect.
@pytest.mark.parametrize(
    ("sent", "word"),
    [
        # SNN-alyaum-0796
        (
            "ولكونه حريصا على طلب العلم قبل وفاته شرع في إكمال دراسته في الدراسات العليا تخصص التاريخ، لكنه لم "
            "يدرك الانتهاء منها رحمة الله.",
            "طلب",
        ),
        # SNN-alyaum-1749
        ("هذه الحادثة تدعونا الى التأمل لمدى قوة المشاعر التي تعصف بقلب الأم نحو الأبناء", "تدعونا"),
    ],
)
def test_lexicon_seeking_knowledge_and_reason_to_reflect_are_no_requests(res, sent, word) -> None:
    found = [
        (m.entry.type, sent[m.start : m.end]) for m in res.lexicon.match(split_words(sent, 0, len(sent)))
    ]
    assert ("REQUEST", word) not in found

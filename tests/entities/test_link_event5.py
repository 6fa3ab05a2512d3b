"""event5 (session 15): an NER organisation span holding knowledge-base places only (جامعة تبوك) is the
organisation, with the place's country, not the place (event4's provincial cities had made the university a
city). Real SaudiNewsNet sentences; the NER span is given as the tagger gives it."""

from __future__ import annotations

from marsad.model import make_entity

# SNN-alweeam-0835 (2015-07-25)
TABUK_UNI = (
    "يذكر أن جامعة تبوك تعرضت لحملة نقد لاذعة بعد وفاة معلمة كانت تراجع الجامعة بسبب رفض قبولها بكلية الطب"
)
# SNN-alwatan-0461 (2015-07-23): the club and the university of Taif, the province's department
TAIF = (
    "وعلى الصعيد الثقافي، قامت الشركة بالتعاون مع نادي الطائف الأدبي الثقافي، وجامعة الطائف والإدارة العام "
    "للتعليم بالمحافظة"
)


def _ner(text: str, surface: str, type_: str = "ORG"):
    start = text.index(surface)
    return make_entity(start, start + len(surface), surface, type_, confidence=0.9)


def _rows(linker, text: str, date: str, ner) -> list[tuple]:
    found = linker.link(text, date=date, ner=ner)
    for e in found:
        assert text[e.start : e.end] == e.text, e
    return [(e.start, e.end, e.type, e.actor, e.country) for e in found]


def test_org_span_over_a_city_stays_the_org(linker) -> None:
    rows = _rows(linker, TABUK_UNI, "2015-07-25", [_ner(TABUK_UNI, "جامعة تبوك")])
    assert rows == [(8, 18, "ORG", None, "SAU")]


def test_org_span_over_a_city_after_a_conjunction(linker) -> None:
    rows = _rows(linker, TAIF, "2015-07-23", [_ner(TAIF, "وجامعة الطائف")])
    assert (73, 86, "ORG", None, "SAU") in rows
    assert not any(r[3] == "place:taif" and r[0] >= 73 for r in rows)


def test_place_span_is_not_an_org(linker) -> None:
    # the tagger's LOC over the same words leaves the place as it was
    rows = _rows(linker, TABUK_UNI, "2015-07-25", [_ner(TABUK_UNI, "تبوك", "LOC")])
    assert rows == [(14, 18, "LOC", "place:tabuk", "SAU")]


# SNN-aljazirah-0979 (2015-07-27): the corniche is a place, whatever the tagger says
CORNICHE = (
    "استحوذت حادثة التحرش التي تعرضت لها فتاتان في كورنيش جدة -مؤخراً- على اهتمام المجتمع، فما عاد الناس "
    "يطيقون هذه الانتهاكات المخزية"
)
# SNN-aawsat-1586 (2015-08-04): two cities joined, tagged as one organisation
SUEZ = (
    "وأضاف أن المعرض الذي يستمر لمدة شهر هو واحد من ثلاثة معارض تنظمها وزارة الآثار احتفالاً بافتتاح القناة "
    "وسيقام المعرضان الآخران في مدينتي السويس والإسماعيلية"
)


def test_org_span_a_place_word_opens_keeps_the_place(linker) -> None:
    rows = _rows(linker, CORNICHE, "2015-07-27", [_ner(CORNICHE, "كورنيش جدة")])
    assert (53, 56, "GPE", "city:jeddah", "SAU") in rows
    assert not any(r[2] == "ORG" for r in rows)


def test_org_span_over_coordinated_places_keeps_the_place(linker) -> None:
    rows = _rows(linker, SUEZ, "2015-08-04", [_ner(SUEZ, "السويس والإسماعيلية")])
    assert (145, 156, "LOC", "place:ismailia", "EGY") in rows
    assert not any(r[2] == "ORG" for r in rows)


# JA-internationalNews-68-25022016 (ANT): the tagger's ORG over a city and its proclitic alone
BEL_ABBES = (
    "أعلنت وزارة الدفاع الجزائرية في بلاغ لها اليوم أن وحدات تابعة للجيش الجزائري تمكنت أمس من كشف وتدمير 9 "
    "مخابئ لعناصر إرهابية بالمدية ومخبأ آخر بسيدي بلعباس."
)


def test_org_span_of_a_place_and_its_proclitic_keeps_the_place(linker) -> None:
    rows = _rows(linker, BEL_ABBES, "2016-02-25", [_ner(BEL_ABBES, "بسيدي بلعباس")])
    start = BEL_ABBES.index("سيدي بلعباس")
    assert (start, start + 11, "LOC", "place:sidi-bel-abbes", "DZA") in rows
    assert not any(r[0] == start - 1 for r in rows)

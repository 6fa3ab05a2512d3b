"""evsector1 (session 16): an NER span the knowledge base does not know that opens with a sector word
(``sectors.csv``) takes that sector: the tagger's "الميليشيات" is REB, "حزب تيار المحبة" PTY, "الهيئة العامة
للطيران المدني" GOV. Real ANT sentences; the NER span is given as the tagger gives it."""

from __future__ import annotations

import pytest

from marsad.model import make_entity

# AL-internationalNews-737-20180401: the militias' camp, the tagger's MISC
CAMP = (
    'وأكد المصدر أن قوات الجيش حررت "حيد الأصم" وتبة "أبو عقال"، كما تمكنت من تحرير "معسكر الكمب" مركز تجمع '
    "الميليشيات، فيما تخوض قوات الجيش معارك ضارية"
)
# SK-internationalNews-1811-20180527: the same word after a proclitic
SMUGGLING = (
    "ويعاني الاقتصاد الإيراني تحت وطأة إصرار النظام على مواصلة سياساته الخارجية الضارة، ومن بينها رفضه تعديل "
    "الاتفاق النووي بما يضمن التوقف عن تطوير صواريخ باليستية وتهريب أسلحة للميليشيات الخارجية."
)
# CN-middleEast-1028-20180526: Oman's civil aviation authority
AVIATION = (
    "أعلنت الهيئة العامة للطيران المدني في سلطنة عُمان، السبت، إعادة فتح مطار العاصمة، صلالة، ابتداء من منتصف "
    "الليلة"
)
# JA-politic-108-20160713: a Tunisian party the knowledge base lacks
PARTY = "أكد رئيس حزب تيار المحبة، الهاشمي الحامدي تلقيه تهديدات بالقتل."


def _ner(text: str, surface: str, type_: str):
    start = text.index(surface)
    return make_entity(start, start + len(surface), surface, type_, confidence=0.9)


def _at(linker, text: str, date: str, surface: str, type_: str) -> tuple:
    found = linker.link(text, date=date, ner=[_ner(text, surface, type_)])
    for e in found:
        assert text[e.start : e.end] == e.text, e
    start = text.index(surface)
    (e,) = [e for e in found if e.start == start]
    return (e.end - e.start, e.type, e.actor, e.country, e.sector)


@pytest.mark.parametrize(
    ("text", "date", "surface", "type_", "sector"),
    [
        (CAMP, "2018-04-01", "الميليشيات", "MISC", "REB"),
        (SMUGGLING, "2018-05-27", "للميليشيات", "MISC", "REB"),
        (AVIATION, "2018-05-26", "الهيئة العامة للطيران المدني", "ORG", "GOV"),
        (PARTY, "2016-07-13", "حزب تيار المحبة", "ORG", "PTY"),
    ],
)
def test_unlinked_ner_span_opening_with_a_sector_word_takes_it(
    linker, text, date, surface, type_, sector
) -> None:
    assert _at(linker, text, date, surface, type_) == (len(surface), type_, None, None, sector)


def test_sector_word_inside_the_span_is_not_its_opening(linker) -> None:
    # "مركز تجمع الميليشيات" (a camp) opens with no sector word: no sector
    assert _at(linker, CAMP, "2018-04-01", "مركز تجمع الميليشيات", "ORG") == (20, "ORG", None, None, None)


# AL-internationalNews-342-20180304: the tagger takes the adjective alone (PERS)
MILITIA_ADJ = (
    "وبحسب الشهود، فإن اطقم حوثية مسلحة على متنها عناصر ميليشياوية اعتدت بالضرب العنيف على المحتجين، وأطلقت "
    "الرصاص الحي"
)


def test_militia_adjective_alone_is_reb(linker) -> None:
    assert _at(linker, MILITIA_ADJ, "2018-03-04", "ميليشياوية", "PERS") == (10, "PERS", None, None, "REB")


# AL-internationalNews-191-20180224: the AU mission in Somalia (AMISOM), a peace-keeping force
AMISOM = (
    "وتكافح الحكومة الصومالية التي تدعمها بعثة الاتحاد الإفريقي منذ سنوات، حركة الشباب المتشددة التي لجأت إلى "
    "حرب التفجيرات والهجمات الخاطفة"
)


def test_au_mission_is_a_military_igo(link) -> None:
    start = AMISOM.index("بعثة الاتحاد الإفريقي")
    rows = [(e.start, e.text, e.actor, e.country, e.sector) for e in link(AMISOM, "2018-02-24")]
    assert (start, "بعثة الاتحاد الإفريقي", "IGO:AMISOM", "IGO", "MIL") in rows
    assert not any(r[2] == "IGO:AU" for r in rows)

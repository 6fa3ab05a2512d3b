"""Participant rules, twenty-eighth round (evrole28): the visitor of a Saudi reception, missed when honorifics stand
between the verb and the host's name (``recipients.honorific_subject``), when a place of the adjunct stops the search
for an object set off by a comma (``recipients.adjunct_place``), or when a word opening with a و of its own (وزير)
was read as a party coordinated with the place before it (``mentions._conjunction_clitic``); and a congratulation's
recipient after an honorific carrying its preposition (``recipients.titled_recipient``). Real SaudiNewsNet sentences
(the pool these receptions are written in) and one ANT sentence; docs/events.md, "Participant rules, twenty-eighth
round"."""

from __future__ import annotations

import pytest

from events.test_coder_participants import _gold_story
from marsad.language.clitics import analyze
from marsad.model import Entity, Token
from support import assert_offsets


def _story(pipeline, source: str, text: str, published: str):
    st = _gold_story(pipeline, source, text, published)
    assert_offsets(st)
    return st


def _sides(e) -> tuple[list[tuple[str, int, str | None]], list[tuple[str, int, str | None]]]:
    return [(p.text, p.start, p.country) for p in e.source], [(p.text, p.start, p.country) for p in e.target]


RECEPTIONS = {
    # SNN-3alyoum-0656: the king's title (three words) stood between the verb and his name; the king was read as
    # the visitor (the host's swap) and Qatar's emir never read, and the one-sided visit was dropped
    "honorific": (
        "SNN-3alyoum-0656",
        "2015-07-24",
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا بالدرعية اليوم أخاه صاحب السمو"
        " الشيخ تميم بن حمد آل ثاني أمير دولة قطر والوفد المرافق له.",
        ("الشيخ تميم بن حمد", "QAT"),
        ("الملك سلمان", "SAU"),
    ),
    # SNN-aawsat-0420: the visitor after the adjunct "، في قصر السلام بجدة اليوم (الأربعاء)،": Jeddah stopped
    # the search for the object after the comma (event5's lost reception of the US defence secretary)
    "adjunct": (
        "SNN-aawsat-0420",
        "2015-07-22",
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع"
        " الأميركي اشتون كارتر والوفد المرافق له.",
        ("وزير الدفاع الأميركي", "USA"),
        ("الملك سلمان بن عبد العزيز", "SAU"),
    ),
}


@pytest.mark.parametrize("case", sorted(RECEPTIONS))
def test_reception_reads_the_visitor_past_the_title_and_the_place(pipeline, case: str) -> None:
    source, published, text, visitor, host = RECEPTIONS[case]
    st = _story(pipeline, source, text, published)
    visits = [e for e in st.events if e.type == "CONSULT" and e.text == "استقبل"]
    assert len(visits) == 1
    assert _sides(visits[0]) == (
        [(visitor[0], text.index(visitor[0]), visitor[1])],
        [(host[0], text.index(host[0]), host[1])],
    )


def test_conjunction_clitic_reads_the_segmenter_without_token_clitics() -> None:
    from marsad.events.mentions import _conjunction_clitic

    def tok(text: str, clitics: list[str] | None = None) -> Token:
        return Token(start=0, end=len(text), text=text, norm=text, stem=text, clitics=clitics or [])

    office = Entity(start=0, end=4, text="وزير", type="PERS", country="USA", sector="GOV")
    state = Entity(start=0, end=7, text="وبروناي", type="GPE", country="BRN")
    # a story built by hand has no clitics on its tokens: the segmenter decides
    assert not _conjunction_clitic(tok("وزير"), office)
    assert _conjunction_clitic(tok("ووزير"), office)
    # the language stage's clitics win when given
    assert _conjunction_clitic(tok("وزير", ["و+"]), office)
    assert analyze("وزير").clitics == ()
    # a state keeps the old reading: the segmenter leaves "وبروناي" whole
    assert analyze("وبروناي").clitics == ()
    assert _conjunction_clitic(tok("وبروناي"), state)


# (source, published, text, trigger, actor, recipient): each side (text, country)
COORDINATED = {
    # ANT FR-internationalNews-318-20180308: "الثانية ولي العهد": ولي opens with a و of its own; the queen and the
    # crown prince were one pair of actors, and Britain of the visit's place the host
    "queen": (
        "FR-internationalNews-318-20180308",
        "2018-03-08",
        "استقبلت الملكة إليزابيث الثانية ولي العهد السعودي الأمير محمد بن سلمان الأربعاء في قصر باكنغهام، في مستهل"
        " الزيارة الرسمية التي يقوم بها إلى بريطانيا حيث واجه تظاهرات احتجاجية على خلفية ضلوع بلاده في الحرب في"
        " اليمن.",
        "استقبلت",
        ("ولي العهد السعودي", "SAU"),
        ("الملكة إليزابيث الثانية", "GBR"),
    ),
    # SNN-almadina-1802: "أبو مازن وزير الخارجية الأمريكي": the one accused was read as a second accuser
    "abbas": (
        "SNN-almadina-1802",
        "2015-07-20",
        "واتهم أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير فيما تعهد به من اتفاق بين الجانبين.",
        "واتهم",
        ("أبو مازن", "PSE"),
        ("وزير الخارجية الأمريكي", "USA"),
    ),
}


@pytest.mark.parametrize("case", sorted(COORDINATED))
def test_office_opening_with_waw_is_no_coordinated_party(pipeline, case: str) -> None:
    source, published, text, trigger, actor, recipient = COORDINATED[case]
    st = _story(pipeline, source, text, published)
    events = [e for e in st.events if e.text == trigger]
    assert len(events) == 1
    assert _sides(events[0]) == (
        [(actor[0], text.index(actor[0]), actor[1])],
        [(recipient[0], text.index(recipient[0]), recipient[1])],
    )


def test_congratulation_reaches_the_name_after_the_honorific(pipeline) -> None:
    # roles sample V, SNN-alyaum-0380: the ل of لفخامة stands two words before the name the entities tag
    text = (
        "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس خوان مانويل سانتوس"
        " رئيس جمهورية كولومبيا بمناسبة ذكرى استقلال بلاده."
    )
    st = _story(pipeline, "SNN-alyaum-0380", text, "2015-07-20")
    events = [e for e in st.events if e.text == "تهنئة"]
    assert len(events) == 1
    assert _sides(events[0]) == (
        [("الملك سلمان", text.index("الملك سلمان"), "SAU")],
        [("خوان مانويل سانتوس", text.index("خوان مانويل سانتوس"), "COL")],
    )

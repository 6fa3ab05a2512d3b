"""The lexicon's look-up of a word tries only the affixes its first or last letter allows: the same
answers as trying every proclitic and enclitic (the reference: the same lexicon with one group of all)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.lexicon import TA_MARBUTA_END_RE, load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.words import split_words

SENTENCES = (
    "والتقى الرئيس الروسي نظيره الصيني وبحث معه زيارته إلى القاهرة",
    "وأدانت الخارجية الهجوم وفرضت واشنطن عقوبات جديدة على موسكو بالصواريخ",
    "سيلتقي الوزير نظيره الأردني غدا لبحث التعاون وللتوقيع على اتفاقية",
    "أطلقت روسيا أكثر من 80 صاروخا على كييف وشنت هجوما فهاجمتها وقصفتهم",
)
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"
WORDS = sorted({w for s in SENTENCES for w in s.split()})


@pytest.fixture(scope="module")
def lexicons():
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    reference = copy.copy(lexicon)
    reference._proclitics_by_first = {"": lexicon.affixes.proclitics}
    reference._enclitics_by_last = {"": lexicon.affixes.enclitics}
    reference._lookups, reference._bares = {}, {}
    return lexicon, reference


def _same(lexicons, text: str) -> None:
    lexicon, reference = lexicons
    for w in split_words(text, 0, len(text)):
        ends_ta = bool(TA_MARBUTA_END_RE.search(w.text))
        assert lexicon._lookup(w, ends_ta=ends_ta) == reference._lookup(w, ends_ta=ends_ta), w.text
        assert lexicon.bare(w) == reference.bare(w), w.text


def test_lexicon_lookup_by_letter_on_real_words(lexicons) -> None:
    lexicon, _ = lexicons
    # grouped, in the affixes' order
    assert lexicon._proclitics_by_first["و"] == tuple(p for p in lexicon.affixes.proclitics if p[0] == "و")
    assert "ب" not in lexicon._proclitics_by_first["و"]
    for s in SENTENCES:
        _same(lexicons, s)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=9),
            st.tuples(
                st.sampled_from(["و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "لل"]), st.sampled_from(WORDS)
            ).map("".join),
            st.tuples(
                st.sampled_from(WORDS), st.sampled_from(["ه", "ها", "هما", "هم", "هن", "نا", "كم", "ا"])
            ).map("".join),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_lexicon_lookup_by_letter_equals_every_affix(lexicons, words) -> None:
    _same(lexicons, " ".join(words))

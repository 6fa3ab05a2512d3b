"""Arabic full-text search on both backends, and properties of the clitic-stripping term rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from store_helpers import made_article

from marsad.errors import UsageError
from marsad.store.ingest import ingest
from marsad.store.search import Filters, search, search_terms, word_forms, words

CHINA = (
    "وقال المتحدث إن بكين ستواصل التعاون مع موسكو في مجال الطاقة، وإن الصين ترحب بالمبادرة الروسية الجديدة."
)
FOR_CHINA = "أعلنت واشنطن أنها سترسل وفداً تجارياً للصين الشهر المقبل لبحث الرسوم الجمركية على الصلب."
AND_CHINA = "اتفقت الهند والصين على خفض التوتر على الحدود بعد محادثات بين وزيري الدفاع في البلدين."
OTHER = "أعلن الرئيس الفرنسي عن خطة جديدة لإصلاح نظام التقاعد وسط احتجاجات النقابات العمالية في باريس."
DIACRITICS = "قَالَ وَزِيرُ الخَارِجِيَّةِ إِنَّ إِيرَانَ سَتُشارِكُ فِي المُؤْتَمَرِ المُقْبِلِ بِشَأْنِ سُورِيَا."


@pytest.fixture
def filled(store, settings):
    arts = [
        made_article(CHINA, key="china", outlet="skynews", published="2018-03-01",
                     events=[("CONSULT", "التعاون", "بكين", "CHN", "موسكو:RUS")]),
        made_article(FOR_CHINA, key="for", outlet="bbc", published="2018-04-01",
                     events=[("CONSULT", "سترسل", "واشنطن", "USA", "للصين:CHN")]),
        made_article(AND_CHINA, key="and", outlet="cnn", published="2018-05-01",
                     events=[("AGREE", "اتفقت", "الهند", "IND", "والصين:CHN")]),
        made_article(OTHER, key="other", outlet="bbc", published="2018-06-01"),
        made_article(DIACRITICS, key="dia", outlet="france24", published="2018-07-01"),
    ]  # fmt: skip
    ingest(arts, store=store, settings=settings)
    return store


def _found(store, query: str, **filters) -> set[str]:
    return {h.source.removesuffix(".txt") for h in search(store, query, filters=Filters(**filters))}


@pytest.mark.parametrize("query", ["الصين", "والصين", "للصين", "بالصين", "الصّين"])
def test_search_finds_china_in_every_clitic_form(filled, query: str) -> None:
    assert _found(filled, query) == {"china", "for", "and"}


def test_search_ignores_diacritics_and_letter_variants(filled) -> None:
    assert _found(filled, "وزير الخارجية") == {"dia"}
    assert _found(filled, "ايران") == {"dia"}  # إيران written with a bare alef
    assert _found(filled, "سوريا") == {"dia"}
    assert _found(filled, "سورية") == set()  # a different word, not a spelling variant
    assert _found(filled, "مؤتمر") == {"dia"}


def test_search_every_word_must_match(filled) -> None:
    assert _found(filled, "الصين موسكو") == {"china"}
    assert _found(filled, "الصين باريس") == set()


def test_search_filters(filled) -> None:
    assert _found(filled, "الصين", date_from="2018-04-01") == {"for", "and"}
    assert _found(filled, "الصين", date_to="2018-04-01") == {"china", "for"}
    assert _found(filled, "الصين", outlet="BBC") == {"for"}
    assert _found(filled, "الصين", event_type="agree") == {"and"}
    assert _found(filled, "الصين", actor="USA") == {"for"}
    assert _found(filled, "الصين", actor="RUS") == {"china"}


def test_search_snippet_points_at_the_match(filled) -> None:
    hit = next(h for h in search(filled, "للصين") if h.source == "for.txt")
    assert FOR_CHINA[hit.start : hit.start + len("للصين")] == "للصين"
    assert "للصين" in hit.snippet


def test_search_empty_query_is_a_usage_error(filled) -> None:
    with pytest.raises(UsageError):
        search(filled, " ... ")


ARABIC_WORD = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئء", min_size=3, max_size=9)
PROCLITICS = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "وب", "ول", "فب"]


@given(ARABIC_WORD, st.sampled_from(PROCLITICS))
def test_search_forms_meet_across_proclitics(word: str, prefix: str) -> None:
    key = words(word)[0]
    assert set(word_forms(words(prefix + word)[0])) & set(word_forms(key))


@given(ARABIC_WORD)
def test_search_forms_meet_for_lam_plus_article(word: str) -> None:
    # ل + ال is written لل: "للصين" must meet "الصين".
    assert set(word_forms(words("لل" + word)[0])) & set(word_forms(words("ال" + word)[0]))


@given(st.text(max_size=300))
def test_search_terms_never_raise_and_are_stable(text: str) -> None:
    terms = search_terms(text)
    assert search_terms(terms).split() == search_terms(terms).split()
    for term in terms.split():
        assert term == term.strip() and term
        assert term in search_terms(term).split()

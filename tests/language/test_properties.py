"""Property tests: for any text, every function returns spans that point at their text, and never
raises; the normalisation keys are idempotent."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.normalize import light_key, normalize_key, scan_fold
from marsad.language.quantities import find_quantities
from marsad.language.quotes import find_quotes
from marsad.language.scan import ScanText
from marsad.language.sentences import split_sentences
from marsad.language.times import find_date_spans, find_times
from marsad.language.tokens import tokenize

# Arabic-heavy text: letters, diacritics, tatweel, digits of three systems, quotes, punctuation and the
# words the taggers look for, so that the generated strings reach the interesting code paths.
WORDS = [
    "قال",
    "إن",
    "أن",
    "وأضاف",
    "شي",
    "بوتين",
    "يوم",
    "الثلاثاء",
    "الجمعة",
    "أمس",
    "غدًا",
    "اليوم",
    "مارس/آذار",
    "فبراير",
    "2022",
    "عام",
    "العام",
    "الماضي",
    "المقبل",
    "منذ",
    "قبل",
    "أكثر",
    "من",
    "8000",
    "240.1",
    "٢٤٠٫١",
    "مليار",
    "دولار",
    "ألف",
    "ثمانية",
    "آلاف",
    "الخامسة",
    "و",
    "السبعين",
    "بنسبة",
    "15.5%",
    "في",
    "المئة",
    "رمضان",
    "1445",
    "هـ",
    "خريف",
    "الثمانينيات",
    "وفقًا",
    "لـ",
    "نقلت",
    "عن",
    "قوله",
    "الذي",
    "وصفه",
    "بأنه",
    "بين",
    "و1917",
    "السادس",
    "والعشرين",
    "\u064e",
    "\u0640",
]
ALPHABET = st.sampled_from(
    list(
        'ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ ٠١٢٣٤٥٦٧٨٩0123456789.,،؛؟!:"“”«»()/-%\n\u064b\u0651\u200f\u0640'
    )
)
ARABICISH = st.one_of(
    st.text(),
    st.text(alphabet=ALPHABET, max_size=200),
    st.lists(st.sampled_from([*WORDS, " ", " ", "\n", ".", "،", "“", "”", '"']), max_size=60).map("".join),
)
ANCHORS = st.one_of(st.none(), st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31)))


def _check(text, spans):
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text


@settings(max_examples=150, deadline=None)
@given(ARABICISH)
def test_properties_sentences_and_tokens_point_at_their_text(text):
    sents = split_sentences(text)
    _check(text, sents)
    assert all(a.end <= b.start for a, b in pairwise(sents))
    toks = tokenize(text)
    _check(text, toks)
    assert all(t.text.strip() for t in toks)
    assert all(a.end <= b.start for a, b in pairwise(toks))


@settings(max_examples=150, deadline=None)
@given(ARABICISH, ANCHORS)
def test_properties_times_quantities_quotes_point_at_their_text(text, anchor):
    times = find_times(text, anchor=anchor)
    _check(text, times)
    for t in times:
        assert (t.value is None) == (t.reason is not None)
        if anchor is None:
            assert t.anchor is None
    spans = find_date_spans(text)
    _check(text, spans)
    quantities = find_quantities(text, exclude=spans)
    _check(text, quantities)
    quotes = find_quotes(text, times=spans)
    _check(text, quotes)
    _check(text, [q.speaker for q in quotes if q.speaker is not None])


@settings(max_examples=200, deadline=None)
@given(ARABICISH)
def test_properties_normalizing_twice_changes_nothing(text):
    for key in (normalize_key, light_key):
        once = key(text)
        assert key(once) == once
    assert len(scan_fold(text)) == len(text)
    for tok in tokenize(text):
        assert normalize_key(tok.norm) == tok.norm
        assert normalize_key(tok.stem) == tok.stem


@settings(max_examples=150, deadline=None)
@given(ARABICISH)
def test_properties_scan_view_maps_back(text):
    view = ScanText.of(text)
    for i in range(len(view.folded)):
        j = view.start(i)
        assert 0 <= j < len(text)
        assert scan_fold(text[j]) == view.folded[i]


PUBLISHED = st.one_of(st.none(), st.just("2024-05-16"), st.just("2018-02-29"), st.text(max_size=12))


@settings(max_examples=100, deadline=None)
@given(ARABICISH, PUBLISHED)
def test_properties_stages_never_raise_and_keep_offsets(text, published):
    from marsad.language import quantities, quotes, sentences, times, tokens
    from marsad.model import Article, Story
    from marsad.pipeline import Context

    article = Article(
        id="p", source="p", raw=text, stories=[Story(id="p-0", role="main", text=text, published=published)]
    )
    ctx = Context()
    for stage in (sentences.STAGE, tokens.STAGE, quantities.STAGE, times.STAGE, quotes.STAGE):
        article = stage.func(article, ctx=ctx)
    story = article.stories[0]
    for name in ("sentences", "tokens", "quantities", "times", "quotes"):
        _check(text, getattr(story, name))
    if story.date is None:
        assert all(t.anchor is None for t in story.times)

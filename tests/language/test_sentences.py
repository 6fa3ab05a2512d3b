import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.sentences import TERMINATOR, quote_spans, split_sentences


def _texts(text):
    return [s.text for s in split_sentences(text)]


def test_sentences_split_on_arabic_and_latin_marks():
    text = "وصل الوفد إلى موسكو. هل يلتقي بوتين؟ نعم! ثم غادر؛ وانتهت الزيارة"
    assert _texts(text) == ["وصل الوفد إلى موسكو.", "هل يلتقي بوتين؟", "نعم!", "ثم غادر؛", "وانتهت الزيارة"]


def test_sentences_split_on_line_breaks():
    assert _texts("السطر الأول\nالسطر الثاني") == ["السطر الأول", "السطر الثاني"]


@pytest.mark.parametrize(
    "text",
    [
        "بلغت التجارة 240.1 مليار دولار خلال العام",
        "ارتفعت بنسبة 15.5% على أساس سنوي",
        "وقع الاتفاق في 16.05.2024 في بكين",
        "قال د. محمد إن الوضع مستقر",
        "نقلت أ.ف.ب الخبر",
    ],
)
def test_sentences_never_split_inside_numbers_dates_abbreviations(text):
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        'ونقلت الوكالة عن السفير قوله: "طبيعة هذا الاتفاق مختلفة. أقامت علاقات شراكة".',
        "قال الوزير: “لن نتراجع. هذا موقفنا الثابت!” ثم غادر.",
        "وقال: «نحن مستعدون. والحوار ممكن؟» وصمت.",
    ],
)
def test_sentences_never_split_inside_quotes(text):
    assert _texts(text) == [text]


def test_sentences_unpaired_quote_protects_nothing():
    assert _texts("قال “لن نتراجع. ثم غادر. وانتهى") == ["قال “لن نتراجع.", "ثم غادر.", "وانتهى"]


def test_sentences_punctuation_only_piece_joins_previous():
    text = "حل “الأزمة الأوكرانية”. .\nو أعلن البيان"
    assert _texts(text) == ["حل “الأزمة الأوكرانية”. .", "و أعلن البيان"]


def test_sentences_quote_spans_pair_straight_and_curly():
    para = 'قال "نعم" و“لا” و«ربما»'
    assert [para[a:b] for a, b in quote_spans(para)] == ['"نعم"', "“لا”", "«ربما»"]


def test_sentences_offsets_point_at_text():
    text = "  أولاً.   ثانياً؟\n\n ثالثاً  "
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert _texts(text) == ["أولاً.", "ثانياً؟", "ثالثاً"]


def test_sentences_era_mark_after_a_year_ends_the_sentence():
    assert _texts("افتتح المشروع عام 2024م. وقال الوزير إنه مهم") == [
        "افتتح المشروع عام 2024م.",
        "وقال الوزير إنه مهم",
    ]
    assert _texts("ولد في 1400 هـ. ثم انتقل") == ["ولد في 1400 هـ.", "ثم انتقل"]


# The terminator pattern as it was written before it opened with a class (the reference).
_OLD_TERMINATOR = re.compile(r"(?:[.!?\u061f\u061b\u2026]+)[\u201d\u00bb\"')\]]*")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=".!?\u061f\u061b\u2026\u201d\u00bb\"')]ab ١\n", max_size=60))
def test_sentences_terminator_matches_as_before(text: str) -> None:
    assert [m.span() for m in TERMINATOR.finditer(text)] == [m.span() for m in _OLD_TERMINATOR.finditer(text)]


# Round 27 (session 15): paragraph_spans cuts a text with no \r, U+2028 or U+2029 at its newlines by str.split,
# where the sentence and quotes stages ran PARAGRAPH over every character; it must give PARAGRAPH's spans exactly.
def _paragraph_spans_by_regex(text: str) -> list[tuple[int, int]]:
    """The old form (before round 27): the spans of PARAGRAPH's matches."""
    from marsad.language.sentences import PARAGRAPH

    return [m.span() for m in PARAGRAPH.finditer(text)]


_PARAGRAPH_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        "\u2028",
        "\u2029",
        "\x0b",
        "\x0c",
        "\x85",
        " ",
        "\t",
        "قال",
        "الوزير.",
        "«",
        "a",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PARAGRAPH_PIECES, max_size=30).map("".join) | st.text(max_size=60))
def test_paragraph_spans_equal_the_regex(text):
    from marsad.language.sentences import paragraph_spans

    assert paragraph_spans(text) == _paragraph_spans_by_regex(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["\n", "\n\n", " ", "\t", "\x0c", "\x85", "قال", "الوزير.", "a"]), max_size=30)
)
def test_paragraph_spans_equal_the_regex_by_newlines_alone(pieces):
    # texts that take the str.split way (no \r, U+2028 or U+2029), with leading, trailing and repeated newlines
    from marsad.language.sentences import paragraph_spans

    text = "".join(pieces)
    assert paragraph_spans(text) == _paragraph_spans_by_regex(text)


def test_paragraph_spans_on_the_bundled_news():
    import json
    from importlib import resources

    from marsad.language.sentences import paragraph_spans

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    spans = 0
    for line in sample.splitlines()[:80]:
        text = json.loads(line)["text"]
        got = paragraph_spans(text)
        assert got == _paragraph_spans_by_regex(text)
        spans += len(got)
    assert spans > 160  # several paragraphs an article
    text = "قال الوزير إن المحادثات مستمرة.\n\nوأضاف أن الوفد يصل غدا.\n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "قال الوزير إن المحادثات مستمرة.",
        "وأضاف أن الوفد يصل غدا.",
    ]


# Round 27 (session 15): _word_before finds WORD_BEFORE's match from the dot backwards.
def _word_before_by_regex(text: str, lo: int, dot: int) -> tuple[int, str] | None:
    """The old form (before round 27): WORD_BEFORE searched over [lo, dot)."""
    from marsad.language.sentences import WORD_BEFORE

    m = WORD_BEFORE.search(text, lo, dot)
    return None if m is None else (m.start(), m.group(1))


_WORD_BEFORE_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\u00a0", "\t", "_", "\u0640", "م", "ه", "د", "ا", "a", "Z", "1", "٣", "²", "½", "Ⅻ", ".", "،",
     "-", "(", "أ.ف.ب", "2024", "هـ", "الخ", "ص", "é", "\u064b"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_WORD_BEFORE_PIECES, max_size=16).map("".join), st.data())
def test_word_before_equals_the_regex(text, data):
    from marsad.language.sentences import _word_before

    dot = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, dot))
    assert _word_before(text, lo, dot) == _word_before_by_regex(text, lo, dot)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30), st.data())
def test_word_before_equals_the_regex_on_any_text(text, data):
    from marsad.language.sentences import _word_before

    dot = data.draw(st.integers(0, len(text)))
    lo = max(0, dot - 20)
    assert _word_before(text, lo, dot) == _word_before_by_regex(text, lo, dot)


def test_word_before_at_every_dot_of_the_bundled_news():
    import json
    from importlib import resources

    from marsad.language.sentences import _word_before

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    dots = 0
    for line in sample.splitlines()[:80]:
        text = json.loads(line)["text"]
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            lo = max(0, dot - 20)
            assert _word_before(text, lo, dot) == _word_before_by_regex(text, lo, dot)
            dots += 1
    assert dots > 500
    assert "\u0640".isalnum()  # tatweel, which WORD_BEFORE names, is a word character of str.isalnum
    text = "وقال د. أحمد إن عام 2024م. كان صعبا"
    assert _word_before(text, 0, text.index(".")) == (5, "د")
    era = text.index("م.")  # the run is 2024م: the match opens at its first letter
    assert _word_before(text, 0, era + 1) == (era, "م")
    assert _word_before(text, era - 1, era) is None  # the window holds the digit 4 alone


# Round 27 (session 15): quote_spans returns at once for a paragraph with no quotation mark.
@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(['"', "“", "”", "«", "»", "„", "'", "‘", "’", "‹", "قال", " ", "."]), max_size=12
    )
)
def test_has_quote_mark_equals_the_regex(pieces):
    from marsad.language.sentences import QUOTE_MARKS, _has_quote_mark

    text = "".join(pieces)
    assert _has_quote_mark(text) == (QUOTE_MARKS.search(text) is not None)


def test_quote_spans_with_and_without_marks_on_the_bundled_news():
    import json
    from importlib import resources

    from marsad.language.sentences import PARAGRAPH, QUOTE_MARKS, _has_quote_mark

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    seen = {True: 0, False: 0}
    for line in sample.splitlines()[:80]:
        for p in PARAGRAPH.finditer(json.loads(line)["text"]):
            has = _has_quote_mark(p.group())
            assert has == (QUOTE_MARKS.search(p.group()) is not None)
            seen[has] += 1
            if not has:
                assert quote_spans(p.group()) == []
    assert seen[True] > 20 and seen[False] > 100
    assert quote_spans("قال «لن نتراجع» ثم غادر") == [(4, 15)]

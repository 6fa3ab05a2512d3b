import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.language.tokens import stem_of, tokenize


def _tok(text):
    return [(t.text, t.stem, t.clitics) for t in tokenize(text)]


def test_tokens_are_words_numbers_and_punctuation():
    toks = tokenize("بلغت 240.1 مليار دولار (٢٤٠٫١)، و8,000 طائرة.")
    assert [t.text for t in toks] == [
        "بلغت",
        "240.1",
        "مليار",
        "دولار",
        "(",
        "٢٤٠٫١",
        ")",
        "،",
        "و",
        "8,000",
        "طائرة",
        ".",
    ]


@pytest.mark.parametrize(
    ("word", "stem", "clitics"),
    [
        ("وبزشكيان", "بزشكيان", ["و+"]),
        ("بالذكرى", "ذكري", ["ب+", "ال+"]),
        ("للصين", "صين", ["ل+", "ال+"]),
        ("والسبعين", "سبعين", ["و+", "ال+"]),
        ("وقال", "قال", ["و+"]),
        ("سيتوجهون", "يتوجهون", ["س+"]),
        ("علاقاتهما", "علاقات", ["+هما"]),
        ("حكومته", "حكومه", ["+ه"]),
        ("بلادنا", "بلاد", ["+نا"]),
        ("لروسيا", "روسيا", ["ل+"]),
        ("للكرملين", "كرملين", ["ل+", "ال+"]),
    ],
)
def test_tokens_split_clitics(word, stem, clitics):
    assert _tok(word) == [(word, stem, clitics)]


@pytest.mark.parametrize(
    "word",
    [
        "وزير",
        "بلاد",
        "فرض",
        "كما",
        "لبنان",
        "بكين",
        "بوتين",
        "سوريا",
        "كانت",
        "ولي",
        "التي",
        "الله",
        "فكرة",
        "وكالة",
    ],
)
def test_tokens_keep_words_that_only_look_segmentable(word):
    (tok,) = tokenize(word)
    assert tok.clitics == []


def test_tokens_norm_is_the_matching_key():
    (tok,) = tokenize("الإِمارات")
    assert tok.norm == "الامارات"
    assert tok.stem == "امارات"
    assert tok.clitics == ["ال+"]


def test_tokens_stem_of_matches_token_stem():
    assert stem_of("الصين") == tokenize("وللصين")[0].stem == "صين"


def test_tokens_offsets_with_diacritics_and_tatweel():
    text = "وَقَالَ الــرئيس: نعم"
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
    assert [t.stem for t in tokenize(text)][:2] == ["قال", "رييس"]


def test_tokens_fast_constructor_sets_every_field():
    import dataclasses

    from marsad.language.tokens import TOKEN_FIELDS
    from marsad.model import Token

    assert {f.name for f in dataclasses.fields(Token)} == set(TOKEN_FIELDS)
    (tok,) = tokenize("والصين")
    assert tok == Token(start=0, end=6, text="والصين", norm="والصين", stem="صين", clitics=["و+", "ال+"])
    assert dataclasses.asdict(tok)["clitics"] == ["و+", "ال+"]


def test_tokens_new_name_after_preposition_split_when_the_text_shows_the_name():
    toks = tokenize("استقبل بوتين بزشكيان وقال لبزشكيان إن وببزشكيان بلابلا")
    got = {t.text: (t.stem, t.clitics) for t in toks}
    assert got["بزشكيان"] == ("بزشكيان", [])
    assert got["لبزشكيان"] == ("بزشكيان", ["ل+"])
    assert got["وببزشكيان"] == ("بزشكيان", ["و+", "ب+"])
    assert got["بلابلا"] == ("بلابلا", [])  # no evidence in the text: kept whole


@pytest.mark.parametrize(("word", "stem"), [("للبنان", "لبنان"), ("لليبيا", "ليبيا"), ("للندن", "لندن")])
def test_tokens_lam_before_a_name_starting_with_lam(word, stem):
    (tok,) = tokenize(word)
    assert (tok.stem, tok.clitics) == (stem, ["ل+"])


def _tokenize_by_regex(text: str) -> list[tuple]:
    """Tokens as the tokenizer cut them before it used str.split: whitespace chunks by regex."""
    import re

    from marsad.language.tokens import _chunk_parts, _plain_fields, _split_new_names, _token

    out = []
    for chunk in re.finditer(r"\S+", text):
        fields = _plain_fields(chunk.group())
        if fields is not None:
            out.append(_token(*chunk.span(), chunk.group(), fields[0], fields[1], [*fields[2]]))
            continue
        for s, e, part, norm, stem, clitics in _chunk_parts(chunk.group()):
            out.append(_token(chunk.start() + s, chunk.start() + e, part, norm, stem, [*clitics]))
    _split_new_names(out)
    return [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in out]


# Every kind of whitespace str.split and \s know (no-break, em and ideographic spaces, the
# separators \x1c-\x1f, line and paragraph separators), next to Arabic words, digits and marks.
WHITESPACE_AND_WORDS = st.lists(
    st.sampled_from(
        [" ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x1f", "\u2028", "\u200b", "\u0640",
         "لبزشكيان", "بزشكيان", "والصين", "قال:", "2024،", "٢٤٠٫١", "\u064b", "«", "x", "و"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(st.one_of(st.text(max_size=60), WHITESPACE_AND_WORDS))
def test_tokens_split_chunks_equal_the_regex_chunks(text: str) -> None:
    got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)]
    assert got == _tokenize_by_regex(text)
    assert all(text[s:e] == surface for s, e, surface, *_ in got)


def test_tokens_keep_no_second_cache_of_the_clitic_analysis():
    # _fields caches what a token needs per surface form; the Analysis objects are not also kept in
    # analyze's cache, where every full garbage collection would walk them
    from marsad.language.clitics import analyze

    analyze.cache_clear()
    toks = tokenize("وأكدت الخارجيةُ بزشكيان ولبزشكيان بالمقاتلات، وقالوا: لقد زارتها الوفود.")
    assert analyze.cache_info().currsize == 0
    assert [(t.stem, t.clitics) for t in toks if t.text == "بالمقاتلات"] == [("مقاتلات", ["ب+", "ال+"])]


ONE_GAP_TEXTS = st.tuples(
    st.lists(st.sampled_from(["لبزشكيان", "بزشكيان", "والصين", "قال:", "2024،", "٢٤٠٫١", "«بوتين»", "x", "و"]), min_size=1),
    st.lists(st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\u2028"]), min_size=1),
).map(lambda p: "".join(w + p[1][i % len(p[1])] for i, w in enumerate(p[0]))[:-1])  # fmt: skip


@given(ONE_GAP_TEXTS)
def test_tokens_one_gap_texts_equal_the_regex_chunks(text: str) -> None:
    # one whitespace character of any kind between chunks: the starts are running sums
    from marsad.language.tokens import chunk_starts

    chunks = text.split()
    assert not isinstance(chunk_starts(text, chunks), list)
    got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)]
    assert got == _tokenize_by_regex(text)


def test_tokens_bundled_news_equal_the_regex_chunks():
    # the news texts, with their titles and datelines as separate lines; and the same with a space
    # doubled, which takes the str.find walk
    import json
    from importlib import resources

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    for line in sample.splitlines()[:60]:
        rec = json.loads(line)
        text = "\n".join([rec.get("title") or "", rec["text"]])
        for variant in (text, text.replace(" ", "  ", 1), " " + text):
            got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(variant)]
            assert got == _tokenize_by_regex(variant)


def _tokenize_round24(text: str) -> list[tuple]:
    """Tokens as round 24 made them: the chunks zipped with chunk_starts' starts (running sums, or str.find)."""
    from marsad.language.tokens import _chunk_parts, _plain_fields, _split_new_names, _token, chunk_starts

    out = []
    chunks = text.split()
    for surface, start in zip(chunks, chunk_starts(text, chunks), strict=False):
        fields = _plain_fields(surface)
        if fields is not None:
            out.append(_token(start, start + len(surface), surface, fields[0], fields[1], [*fields[2]]))
            continue
        for s, e, part, norm, stem, clitics in _chunk_parts(surface):
            out.append(_token(start + s, start + e, part, norm, stem, [*clitics]))
    _split_new_names(out)
    return [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in out]


@given(st.one_of(st.text(max_size=60), WHITESPACE_AND_WORDS, ONE_GAP_TEXTS))
def test_tokens_running_starts_equal_the_round24_starts(text: str) -> None:
    # round 25: a chunk starts one past the previous one's end in a text of single gaps, else where str.find
    # finds it; any text, any whitespace, leading and trailing whitespace included
    got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)]
    assert got == _tokenize_round24(text)


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس: إن  الحوار مستمر.",  # one double gap in the middle
        " وأكدت الخارجية\n\nأن الوفد وصل ",  # around the text and a blank line
        "\u00a0بوتين\u2003و«شي»\t2024،\u3000٢٤٠٫١",  # one gap each, of other whitespace characters
        "",
        "   ",
        "بزشكيان",
    ],
)
def test_tokens_running_starts_on_news_gaps(text: str) -> None:
    got = [(t.start, t.end, t.text) for t in tokenize(text)]
    assert got == [(s, e, x) for s, e, x, *_ in _tokenize_round24(text)]
    assert all(text[s:e] == x for s, e, x in got)


def test_tokens_running_starts_on_bundled_news_with_irregular_gaps():
    import json
    from importlib import resources

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    for line in sample.splitlines()[60:120]:
        rec = json.loads(line)
        text = "\n".join([rec.get("title") or "", rec["text"]])
        for variant in (text, text.replace(" ", "\n\n", 3), text + "\n", "\t" + text.replace(" ", "\u00a0")):
            got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(variant)]
            assert got == _tokenize_round24(variant)


def test_tokens_plain_memo_holds_fields_or_nothing():
    # round 25: the plain-word memo is a dict: a plain word's fields as _plain_fields gives them, () for a chunk
    # that is not one plain word (its tokens come from _chunk_parts)
    from marsad.language import tokens

    text = "وأكدت الخارجية، في بيان: إن «بزشكيان» زار 2024 ولبزشكيان"
    tokens._plain_memo.clear()
    first = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)]
    assert first == _tokenize_round24(text)
    for chunk in text.split():
        fields = tokens._plain_fields(chunk)
        assert tokens._plain_memo[chunk] == (fields if fields and "?" not in fields[2] else ())
    assert tokens._plain_memo["ولبزشكيان"] == ()  # a new name after a preposition: through _chunk_parts
    assert [(t.stem, t.clitics) for t in tokenize("ولبزشكيان")] == [("لبزشكيان", ["و+"])]
    assert tokens._plain_memo["الخارجية،"] == () and tokens._plain_memo["2024"] == ()
    assert tokens._plain_memo["وأكدت"] == ("واكدت", "اكدت", ("و+",))
    assert [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)] == first  # memo full


def test_tokens_plain_memo_emptied_at_its_bound(monkeypatch):
    import json
    from importlib import resources

    from marsad.language import tokens

    monkeypatch.setattr(tokens, "PLAIN_LIMIT", 5)
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    for line in sample.splitlines()[120:150]:
        text = json.loads(line)["text"]
        got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)]
        assert got == _tokenize_round24(text)
        assert len(tokens._plain_memo) <= 5


NEW_NAME_TEXTS = st.lists(
    st.sampled_from(
        ["لبزشكيان", "بزشكيان", "ببزشكيان،", "«لبزشكيان»", "ولبزشكيان", "كجيتانجالي", "جيتانجالي.", "لكرملينوف",
         "قال:", "الرئيس", "و", " ", "\n", "  "]
    ),
    max_size=20,
).map(" ".join)  # fmt: skip


@given(NEW_NAME_TEXTS)
def test_tokens_new_names_found_as_round24_found_them(text: str) -> None:
    # round 25: tokenize hands _split_new_names the tokens marked "?" as it makes them (a new name after a
    # preposition takes _chunk_parts' way), where round 24 scanned every token for the mark
    got = [(t.start, t.end, t.text, t.norm, t.stem, t.clitics) for t in tokenize(text)]
    assert got == _tokenize_round24(text)
    assert not any("?" in t[5] for t in got)


def test_tokens_new_name_split_in_a_plain_chunk_and_beside_punctuation():
    text = "وقال لبزشكيان إن الوفد زار «لبزشكيان» ثم بزشكيان، وببزشكيان."
    got = [(t.text, t.stem, t.clitics) for t in tokenize(text) if "بزشكيان" in t.text]
    assert got == [
        ("لبزشكيان", "بزشكيان", ["ل+"]),
        ("لبزشكيان", "بزشكيان", ["ل+"]),
        ("بزشكيان", "بزشكيان", []),
        ("وببزشكيان", "بزشكيان", ["و+", "ب+"]),
    ]
    assert got == [
        (x, stem, clitics) for _, _, x, _, stem, clitics in _tokenize_round24(text) if "بزشكيان" in x
    ]

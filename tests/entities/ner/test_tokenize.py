from __future__ import annotations

import json
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.tokenize import (
    MAX_SENTENCE_TOKENS,
    SENTENCE_END,
    TOKEN_RE,
    _chunk_tokens,
    sentence_tokens,
    tokenize,
)


def test_tokenize_like_anercorp() -> None:
    text = 'فرانكفورت (د ب أ) أعلن أن 70% من "السيارات"، و3.5 مليار -- ميلِفا'
    assert [t.text for t in tokenize(text)] == [
        "فرانكفورت", "(", "د", "ب", "أ", ")", "أعلن", "أن", "70%", "من", '"', "السيارات", '"', "،",
        "و3", ".", "5", "مليار", "--", "ميلِفا",
    ]  # fmt: skip


@given(st.text(max_size=300))
def test_tokenize_offsets_exact_and_cover_non_space(text: str) -> None:
    tokens = tokenize(text)
    covered = set()
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.text and not any(ch.isspace() for ch in t.text)
        covered.update(range(t.start, t.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_tokenize_sentences_cut_at_stops_and_line_breaks() -> None:
    text = "قال بوتين: سنرد. وأضاف\nأن موسكو لن تنسحب؟ الخبر"
    assert [s.texts for s in sentence_tokens(text)] == [
        ["قال", "بوتين", ":", "سنرد", "."], ["وأضاف"], ["أن", "موسكو", "لن", "تنسحب", "؟"], ["الخبر"],
    ]  # fmt: skip


@given(st.text(alphabet=st.sampled_from(list("بوتين موسكو.\n؟ 12،")), max_size=600))
def test_tokenize_sentences_are_the_tokens_cut(text: str) -> None:
    sents = sentence_tokens(text)
    flat = [(a, b, t) for s in sents for a, b, t in zip(s.starts, s.ends, s.texts, strict=True)]
    assert flat == [(t.start, t.end, t.text) for t in tokenize(text)]
    for s in sents:
        assert s.texts and len(s.texts) <= MAX_SENTENCE_TOKENS
        assert all(t not in SENTENCE_END for t in s.texts[:-1])
        assert all("\n" not in text[a:b] for a, b in zip(s.ends, s.starts[1:], strict=False))


def _sentences_by_regex(text: str) -> list[tuple[list[int], list[int], list[str]]]:
    """Sentences as cut before the chunk cache: one regex pass with line breaks as matches."""
    import re

    from marsad.entities.ner.tokenize import TOKEN_RE

    pattern = re.compile(TOKEN_RE.pattern + r"|\n")
    out, starts, ends, texts = [], [], [], []
    for m in pattern.finditer(text):
        if m.group() == "\n":
            if texts:
                out.append((starts, ends, texts))
                starts, ends, texts = [], [], []
            continue
        starts.append(m.start())
        ends.append(m.end())
        texts.append(m.group())
        if m.group() in SENTENCE_END or len(texts) >= MAX_SENTENCE_TOKENS:
            out.append((starts, ends, texts))
            starts, ends, texts = [], [], []
    if texts:
        out.append((starts, ends, texts))
    return out


PIECES = st.sampled_from(
    ["\n", " ", "\r\n", "\u2028", "\u00a0", "\x1c", "\t", "بوتين", "3.5", "70%", "--", "...", ".", "؟",
     "،", "\u0650", "\u200c", "و3", "x_y", "«", "٢٤٠٫١"]
)  # fmt: skip


@given(st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=80).map("".join)))
def test_tokenize_sentences_by_chunk_equal_one_regex_pass(text: str) -> None:
    got = [(s.starts, s.ends, s.texts) for s in sentence_tokens(text)]
    assert got == _sentences_by_regex(text)


def test_tokenize_sentences_by_chunk_cut_long_runs_like_the_regex_pass() -> None:
    text = " ".join(["كلمة"] * (2 * MAX_SENTENCE_TOKENS + 7)) + "\n\nثم. بعد"
    got = [(s.starts, s.ends, s.texts) for s in sentence_tokens(text)]
    assert got == _sentences_by_regex(text)
    assert [len(s[2]) for s in got] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 7, 2, 1]


def _sentences_round18(text: str) -> list[tuple[list[int], list[int], list[str]]]:
    """Sentences as round 18 cut them: every whitespace chunk walked in Python, its start found with
    ``str.find``, the token count checked after each token."""
    from marsad.entities.ner.tokenize import _chunk_tokens

    out, starts, ends, texts = [], [], [], []
    at = 0
    for line in text.split("\n"):
        pos = 0
        for chunk in line.split():
            start = line.find(chunk, pos)
            pos = start + len(chunk)
            parts = _chunk_tokens(chunk)
            for s, e, token in parts if parts is not None else [(0, len(chunk), chunk)]:
                starts.append(at + start + s)
                ends.append(at + start + e)
                texts.append(token)
                if token in SENTENCE_END or len(texts) >= MAX_SENTENCE_TOKENS:
                    out.append((starts, ends, texts))
                    starts, ends, texts = [], [], []
        at += len(line) + 1
        if texts:
            out.append((starts, ends, texts))
            starts, ends, texts = [], [], []
    return out


def test_tokenize_sentences_equal_round18_on_the_bundled_news() -> None:
    # a line's plain chunks go in by slices with running-sum bounds; the round-18 walk is the reference
    import json
    from importlib import resources

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in sample.splitlines()]
    assert len(texts) >= 100
    for text in texts:
        assert [(s.starts, s.ends, s.texts) for s in sentence_tokens(text)] == _sentences_round18(text)


LONG_PIECES = st.sampled_from(["كلمة", "كلمة،", "(أ)", "3.5", ".", "؟", " ", "  ", "\t", "\n", "\u00a0"])


@given(st.lists(LONG_PIECES, max_size=900).map(" ".join), st.sampled_from(["", " ", "\n", ".", " ."]))
def test_tokenize_sentences_equal_round18_with_long_runs(text: str, end: str) -> None:
    # runs past MAX_SENTENCE_TOKENS, cut inside a chunk of several tokens or just before a stop
    text += end
    assert [(s.starts, s.ends, s.texts) for s in sentence_tokens(text)] == _sentences_round18(text)


def test_tokenize_cut_at_the_bound_inside_a_chunk_and_before_a_stop() -> None:
    from marsad.entities.ner.tokenize import _sentence

    text = (
        " ".join(["كلمة"] * (MAX_SENTENCE_TOKENS - 1))
        + " (أ) كلمة\n"
        + " ".join(["ب"] * MAX_SENTENCE_TOKENS)
        + " ."
    )
    got = [(s.starts, s.ends, s.texts) for s in sentence_tokens(text)]
    assert got == _sentences_round18(text)
    assert [s[2][-1] for s in got] == ["(", "كلمة", "ب", "."]
    assert [len(s[2]) for s in got] == [MAX_SENTENCE_TOKENS, 3, MAX_SENTENCE_TOKENS, 1]
    assert _sentence([1], [2], ["x"]) == sentence_tokens(" x")[0]


def test_tokenize_sentence_fields_are_the_dataclass_fields() -> None:
    import dataclasses

    from marsad.entities.ner.tokenize import SENTENCE_FIELDS, SentenceTokens

    assert tuple(f.name for f in dataclasses.fields(SentenceTokens)) == SENTENCE_FIELDS


# Round 22 (perf22): the tokenizer looks up only the chunks that are not all letters and digits
# (``str.isalnum``); the sentences must equal the round-18 walk (every chunk through the chunk cache).

# Characters where ``str.isalnum`` and the tokenizer's word class could part: Arabic letters and
# digits, a diacritic (Mn: not alnum, inside a word), tatweel (Lm: alnum), ZWNJ (Cf), superscript
# two and a vulgar half (digit and numeric: alnum and \w), "_" (\w, not alnum), the Arabic decimal
# separator, a percent sign, stops and a comma.
ODD_CHARS = "بوتينقال٣٥3²½ـ\u064e\u200c_٫%.،؟(-"


@given(st.text(alphabet=ODD_CHARS, min_size=1, max_size=8))
def test_an_alnum_chunk_is_one_word_token(chunk: str) -> None:
    # the premise of the gate: a chunk that passes isalnum needs no look-up (the cache gives None)
    if chunk.isalnum():
        assert _chunk_tokens(chunk) is None
        assert [m.group() for m in TOKEN_RE.finditer(chunk)] == [chunk]


@given(
    st.lists(st.text(alphabet=ODD_CHARS, min_size=1, max_size=6), max_size=60),
    st.sampled_from([" ", "\n", "  "]),
)
def test_tokenize_sentences_equal_round18_on_odd_chunks(pieces: list[str], gap: str) -> None:
    text = gap.join(pieces)
    assert [(s.starts, s.ends, s.texts) for s in sentence_tokens(text)] == _sentences_round18(text)


def test_tokenize_sentences_equal_round18_on_bundled_news_with_marks() -> None:
    # real news, as it is and with a diacritic put on every third word (chunks the gate sends to the cache)
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in sample.splitlines()[:60]]
    gated = 0
    for text in texts:
        marked = " ".join(w + "\u064e" if k % 3 == 0 else w for k, w in enumerate(text.split(" ")))
        for t in (text, marked):
            assert [(s.starts, s.ends, s.texts) for s in sentence_tokens(t)] == _sentences_round18(t)
        gated += sum(not chunk.isalnum() for chunk in text.split())
    assert gated > 1_000

"""Tokens the way ANERcorp writes them: words, numbers, and punctuation split off, with exact offsets.

The NER model was trained on ANERcorp tokens, so the tagger tokenizes text the same way itself rather
than depending on the pipeline's tokens stage: a word is a run of letters, digits and Arabic marks
(diacritics, tatweel, zero-width joiners stay inside the word they sit in); a number keeps its decimal
point and a trailing percent sign (``3.5``, ``70%``); any other character is a token of its own, except
that a run of the same punctuation character (``--``, ``...``) stays one token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# \w is letters and digits (and "_"); Arabic combining marks, tatweel and ZWNJ/ZWJ are added so that a
# vowelled or stretched word stays one token.
_WORD = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]+"
_NUMBER = r"\d+(?:[.,\u066b\u066c]\d+)+%?|\d+%"
TOKEN_RE = re.compile(rf"{_NUMBER}|{_WORD}|(\S)\1*")
# Tokens that end a sentence (ANERcorp's sentences end at these).
SENTENCE_END = frozenset({".", "!", "?", "؟", "...", "..", "؛"})
# Long sequences cost nothing in accuracy but keep the Viterbi pass bounded on text with no full stops.
MAX_SENTENCE_TOKENS = 200


@dataclass(frozen=True, slots=True)
class TokenSpan:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[TokenSpan]:
    """ANERcorp-style tokens of ``text`` with their character offsets (``text[start:end] == token``)."""
    return [TokenSpan(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


@dataclass(frozen=True, slots=True)
class SentenceTokens:
    """One sentence's tokens as parallel lists (cheaper than a span object per token)."""

    starts: list[int]
    ends: list[int]
    texts: list[str]


@lru_cache(maxsize=262_144)  # per whitespace chunk: news repeats its words
def _chunk_tokens(chunk: str) -> tuple[tuple[int, int, str], ...] | None:
    """The tokens of one whitespace-free chunk as (start, end, text), offsets into the chunk; None
    when the chunk is one token that ends no sentence (most chunks), which the caller takes whole."""
    parts = tuple((m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(chunk))
    if len(parts) == 1 and parts[0][2] == chunk and chunk not in SENTENCE_END:
        return None
    return parts


def sentence_tokens(text: str) -> list[SentenceTokens]:
    r"""The tokens of :func:`tokenize`, cut into sentences after final punctuation, at line breaks
    and every :data:`MAX_SENTENCE_TOKENS` tokens (the model was trained on sentences).

    No token holds whitespace and none looks behind it, so the tokens of the text are those of its
    whitespace chunks, each tokenized once per distinct chunk (str.split cuts at the whitespace
    ``\S`` stops at; a chunk's offset is where it next occurs); a line break ends a sentence."""
    out: list[SentenceTokens] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    at = 0
    chunk_tokens = _chunk_tokens
    for line in text.split("\n"):
        find = line.find
        pos = 0
        for chunk in line.split():
            start = find(chunk, pos)
            pos = start + len(chunk)
            base = at + start
            parts = chunk_tokens(chunk)
            if parts is None:  # one token, the chunk itself, ending no sentence: no inner loop
                starts.append(base)
                ends.append(at + pos)
                texts.append(chunk)
                if len(texts) >= MAX_SENTENCE_TOKENS:
                    out.append(SentenceTokens(starts, ends, texts))
                    starts, ends, texts = [], [], []
                continue
            for s, e, token in parts:
                starts.append(base + s)
                ends.append(base + e)
                texts.append(token)
                if token in SENTENCE_END or len(texts) >= MAX_SENTENCE_TOKENS:
                    out.append(SentenceTokens(starts, ends, texts))
                    starts, ends, texts = [], [], []
        at += len(line) + 1
        if texts:
            out.append(SentenceTokens(starts, ends, texts))
            starts, ends, texts = [], [], []
    return out

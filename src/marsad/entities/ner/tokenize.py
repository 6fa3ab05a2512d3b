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
from itertools import compress, count
from operator import add, not_

from marsad.language.tokens import chunk_starts

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


# A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (about 4,600
# instructions a sentence); ``_sentence`` sets the slots through their descriptors.
# ``SENTENCE_FIELDS`` must list every field of SentenceTokens (a test checks).
SENTENCE_FIELDS = ("starts", "ends", "texts")
_SET_STARTS = SentenceTokens.starts.__set__  # type: ignore[attr-defined]
_SET_ENDS = SentenceTokens.ends.__set__  # type: ignore[attr-defined]
_SET_TEXTS = SentenceTokens.texts.__set__  # type: ignore[attr-defined]


def _sentence(starts: list[int], ends: list[int], texts: list[str]) -> SentenceTokens:
    """``SentenceTokens(starts, ends, texts)`` without the frozen ``__init__``."""
    sentence = object.__new__(SentenceTokens)
    _SET_STARTS(sentence, starts)
    _SET_ENDS(sentence, ends)
    _SET_TEXTS(sentence, texts)
    return sentence


@lru_cache(maxsize=262_144)  # per whitespace chunk: news repeats its words
def _chunk_tokens(chunk: str) -> tuple[tuple[int, int, str], ...] | None:
    """The tokens of one whitespace-free chunk as (start, end, text), offsets into the chunk; None
    when the chunk is one token that ends no sentence (most chunks), which the caller takes whole."""
    parts = tuple((m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(chunk))
    if len(parts) == 1 and parts[0][2] == chunk and chunk not in SENTENCE_END:
        return None
    return parts


def _cut(out: list[SentenceTokens], starts: list[int], ends: list[int], texts: list[str]) -> None:
    """Append one sentence to ``out``, in pieces of :data:`MAX_SENTENCE_TOKENS` tokens when longer
    (the pieces a count of the tokens as they come would cut: it starts again after every cut)."""
    if len(texts) <= MAX_SENTENCE_TOKENS:
        out.append(_sentence(starts, ends, texts))
        return
    for k in range(0, len(texts), MAX_SENTENCE_TOKENS):
        j = k + MAX_SENTENCE_TOKENS
        out.append(_sentence(starts[k:j], ends[k:j], texts[k:j]))


def sentence_tokens(text: str) -> list[SentenceTokens]:
    r"""The tokens of :func:`tokenize`, cut into sentences after final punctuation, at line breaks
    and every :data:`MAX_SENTENCE_TOKENS` tokens (the model was trained on sentences).

    No token holds whitespace and none looks behind it, so the tokens of the text are those of its
    whitespace chunks, each tokenized once per distinct chunk (str.split cuts at the whitespace
    ``\S`` stops at); a line break ends a sentence. Most chunks are one token that ends no sentence
    (:func:`_chunk_tokens` gives None): a line's run of them goes into the sentence by slices, its
    bounds made by C calls over the whole line; only the other chunks are walked token by token."""
    out: list[SentenceTokens] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    at = 0
    for line in text.split("\n"):
        chunks = line.split()
        if chunks:
            starts_of = list(chunk_starts(line, chunks, at=at))
            del starts_of[len(chunks) :]  # the running sums' extra last one
            chunk_ends = list(map(add, starts_of, map(len, chunks)))
            done = 0
            # A chunk of letters and digits alone (``str.isalnum``, the same test as ``\w`` bar "_")
            # is one word token and ends no sentence: only the other chunks (a mark or punctuation in
            # them, about one in eight) are looked up in the chunk cache, where every chunk was
            # (a fresh string's hash and an ``lru_cache`` hit each).
            for i in compress(count(), map(not_, map(str.isalnum, chunks))):
                parts = _chunk_tokens(chunks[i])
                if parts is None:
                    continue
                if done < i:
                    starts += starts_of[done:i]
                    ends += chunk_ends[done:i]
                    texts += chunks[done:i]
                base = starts_of[i]
                for s, e, token in parts:
                    starts.append(base + s)
                    ends.append(base + e)
                    texts.append(token)
                    if token in SENTENCE_END:
                        _cut(out, starts, ends, texts)
                        starts, ends, texts = [], [], []
                done = i + 1
            if done < len(chunks):
                starts += starts_of[done:]
                ends += chunk_ends[done:]
                texts += chunks[done:]
        at += len(line) + 1
        if texts:
            _cut(out, starts, ends, texts)
            starts, ends, texts = [], [], []
    return out

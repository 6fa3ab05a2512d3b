"""Word-level tokens with clitic analysis.

A token's surface is a whitespace/punctuation-delimited word (``وبزشكيان``), a number with its
decimal and thousands marks (``240.1``, ``٢٤٠٫١``, ``8,000``) or one punctuation mark; the clitics are
analysed into fields (``stem``, ``clitics``) rather than split into separate tokens, because the
entity, gazetteer and event stages match whole words against lexicons by their stem.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.language.clitics import analyze
from marsad.language.normalize import normalize_key
from marsad.model import Article, Token
from marsad.pipeline import Context, Stage

DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
NUMBER = rf"[{DIGIT}]+(?:[.,\u066b\u066c][{DIGIT}]+)*"
# Arabic and Latin letters with Arabic marks, tatweel and joiners, as explicit ranges: a positive
# character class is several times faster in ``re`` than ``[^\W\d_]`` (a Unicode lookup per char).
LETTERS = "A-Za-z\u00c0-\u024f\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
WORD = rf"[{LETTERS}{MARKS}]+|[^\W\d_]+"
INVISIBLE = "\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
WORD_RE = re.compile(WORD)
TOKEN_RE = re.compile(rf"({NUMBER})|({WORD})|([^\s{INVISIBLE}])")
CHUNK_RE = re.compile(r"\S+")
PLAIN_WORD = re.compile(rf"[{LETTERS}{MARKS}]+")


@lru_cache(maxsize=262_144)  # per surface form; hits dominate on news text
def _fields(surface: str, kind: int) -> tuple[str, str, tuple[str, ...]]:
    norm = normalize_key(surface)
    if kind != 2:
        return norm, norm, ()
    a = analyze(surface)
    return norm, a.stem, a.clitics


@lru_cache(maxsize=262_144)  # per whitespace chunk: None when it holds more than one plain word
def _plain_fields(chunk: str) -> tuple[str, str, tuple[str, ...]] | None:
    if PLAIN_WORD.fullmatch(chunk) is None:
        return None
    return _fields(chunk, 2)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets into it."""
    out: list[Token] = []
    append = out.append
    # Whitespace chunks first: most are one plain word, analysed once per distinct form.
    for chunk in CHUNK_RE.finditer(text):
        surface = chunk.group()
        fields = _plain_fields(surface)
        if fields is not None:
            start, end = chunk.span()
            append(
                Token(
                    start=start, end=end, text=surface, norm=fields[0], stem=fields[1], clitics=[*fields[2]]
                )
            )
            continue
        base = chunk.start()
        for m in TOKEN_RE.finditer(surface):
            part = m.group()
            norm, stem, clitics = _fields(part, m.lastindex or 3)
            start, end = m.span()
            append(
                Token(start=base + start, end=base + end, text=part, norm=norm, stem=stem, clitics=[*clitics])
            )
    return out


def stem_of(word: str) -> str:
    """The stem key of one word, as tokens carry it: for building lexicons that match ``Token.stem``."""
    return analyze(word).stem


def run(article: Article, *, ctx: Context) -> Article:
    for story in article.stories:
        story.tokens = tokenize(story.text)
    return article


STAGE = Stage(name="tokens", func=run, requires=("sentences",), assigns=("tokens",))

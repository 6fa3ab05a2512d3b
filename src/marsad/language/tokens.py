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
# Letters (any script), then letters, Arabic marks, tatweel and joiners; \w minus digits and _.
WORD = r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d])*"
INVISIBLE = "\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
WORD_RE = re.compile(WORD)
TOKEN_RE = re.compile(rf"({NUMBER})|({WORD})|([^\s{INVISIBLE}])")


@lru_cache(maxsize=262_144)  # per surface form; hits dominate on news text
def _fields(surface: str, kind: int) -> tuple[str, str, tuple[str, ...]]:
    norm = normalize_key(surface)
    if kind != 2:
        return norm, norm, ()
    a = analyze(surface)
    return norm, a.stem, a.clitics


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets into it."""
    out: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastindex or 3
        surface = m.group()
        norm, stem, clitics = _fields(surface, kind)
        out.append(
            Token(start=m.start(), end=m.end(), text=surface, norm=norm, stem=stem, clitics=list(clitics))
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

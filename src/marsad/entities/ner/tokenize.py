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

# \w is letters and digits (and "_"); Arabic combining marks, tatweel and ZWNJ/ZWJ are added so that a
# vowelled or stretched word stays one token.
_WORD = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]+"
_NUMBER = r"\d+(?:[.,\u066b\u066c]\d+)+%?|\d+%"
TOKEN_RE = re.compile(rf"{_NUMBER}|{_WORD}|(\S)\1*")


@dataclass(frozen=True, slots=True)
class TokenSpan:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[TokenSpan]:
    """ANERcorp-style tokens of ``text`` with their character offsets (``text[start:end] == token``)."""
    return [TokenSpan(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]

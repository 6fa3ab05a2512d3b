"""Word-level tokens with clitic analysis.

A token's surface is a whitespace/punctuation-delimited word (``وبزشكيان``), a number with its
decimal and thousands marks (``240.1``, ``٢٤٠٫١``, ``8,000``) or one punctuation mark; the clitics are
analysed into fields (``stem``, ``clitics``) rather than split into separate tokens, because the
entity, gazetteer and event stages match whole words against lexicons by their stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add

from marsad.language.clitics import analysis_fields, analyze
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
PLAIN_WORD = re.compile(rf"[{LETTERS}{MARKS}]+")


PREPOSITIONS = ("ب", "ل", "ك")


@lru_cache(maxsize=262_144)  # per surface form; hits dominate on news text
def _fields(surface: str, kind: int) -> tuple[str, str, tuple[str, ...]]:
    norm = normalize_key(surface)
    if kind != 2:
        return norm, norm, ()
    stem, clitics, _, known = analysis_fields(surface)  # this function's cache keeps what it needs
    if not known and stem[:1] in PREPOSITIONS and len(stem) >= 5:
        # A new name after a preposition (لبزشكيان): resolved against the rest of the text.
        return norm, stem, (*clitics, "?")
    return norm, stem, clitics


def _plain_fields(chunk: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The fields of a whitespace chunk that is one plain word; None when it is anything else."""
    if PLAIN_WORD.fullmatch(chunk) is None:
        return None
    return _fields(chunk, 2)


PLAIN_LIMIT = 262_144
"""Chunks the plain-word memo keeps before it is emptied (the bound of the lru_cache it replaced)."""
_plain_memo: dict[str, tuple[str, str, tuple[str, ...]] | tuple[()]] = {}
"""Whitespace chunk -> its fields when it is one plain word, () when it is not. A plain dict read by ``dict.get``
(round 25): the lru_cache it replaced built an argument tuple, made its key and moved the entry to the front of
its list on each of the 31,000 hits of 100 unseen articles (7 M instructions). A per-process memo of a pure
function, as the lru_cache was; bounded by emptying it (news repeats its words, so it refills at once)."""


def _learn_plain(chunk: str) -> tuple[str, str, tuple[str, ...]] | tuple[()]:
    """``_plain_fields(chunk)`` kept in the memo; () for a chunk that is no plain word, and for a new name after a
    preposition (its clitics end in "?"), which then takes ``_chunk_parts``' way (one part, the same fields), where
    ``tokenize`` looks for the "?": the plain words, nine tokens in ten, are not looked at again for it."""
    if len(_plain_memo) >= PLAIN_LIMIT:
        _plain_memo.clear()
    fields = _plain_fields(chunk)
    if fields is None or "?" in fields[2]:
        fields = ()
    _plain_memo[chunk] = fields
    return fields


@lru_cache(maxsize=262_144)  # per whitespace chunk that is not one plain word (وقال:، 2024،، "بوتين")
def _chunk_parts(chunk: str) -> tuple[tuple[int, int, str, str, str, tuple[str, ...]], ...]:
    """The tokens of a chunk as (start, end, text, norm, stem, clitics), offsets into the chunk: a word
    with its punctuation recurs (قال:، الماضي.), so its split and analysis are done once."""
    out = []
    for m in TOKEN_RE.finditer(chunk):
        part = m.group()
        start, end = m.span()
        out.append((start, end, part, *_fields(part, m.lastindex or 3)))
    return tuple(out)


TOKEN_FIELDS = ("start", "end", "text", "norm", "stem", "clitics")
_new = object.__new__


def _token(start: int, end: int, text: str, norm: str, stem: str, clitics: list[str]) -> Token:
    """A Token without the dataclass ``__init__``: tokens are the most numerous objects of the
    pipeline (350 per article) and the keyword-only slotted ``__init__`` costs three times as much as
    setting the six slots. ``TOKEN_FIELDS`` must list every field of :class:`Token` (a test checks)."""
    tok = _new(Token)
    tok.start = start
    tok.end = end
    tok.text = text
    tok.norm = norm
    tok.stem = stem
    tok.clitics = clitics
    return tok


def chunk_starts(text: str, chunks: list[str], *, at: int = 0) -> Iterable[int]:
    """Where each of ``text.split()``'s chunks starts, plus ``at`` (the text's offset in a larger one).
    When one whitespace character parts every two chunks and none lies around them (97 texts in 100),
    the starts are running sums of the lengths plus one, made in C, with one extra last sum (left to
    ``zip``, or cut by the caller); otherwise a chunk starts where it first occurs after the previous
    one (only whitespace lies between them). The NER tagger's tokenizer reads its lines' chunks here too."""
    lengths = list(map(len, chunks))
    if sum(lengths) + len(chunks) - 1 == len(text):
        return accumulate(map(add, lengths, repeat(1)), initial=at)
    starts = []
    find = text.find
    pos = 0
    for chunk in chunks:
        start = find(chunk, pos)
        starts.append(at + start)
        pos = start + len(chunk)
    return starts


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets into it."""
    out: list[Token] = []
    append = out.append
    pending: list[Token] = []  # new names after a preposition (clitics ending in "?"), for _split_new_names
    plain = _plain_memo.get
    # Whitespace chunks first: most are one plain word, analysed once per distinct form. str.split()
    # cuts at the same whitespace as the regex \S+ (both use Py_UNICODE_ISSPACE) without a match
    # object per chunk. The Token is built inline: this runs for every word.
    chunks = text.split()
    # Where a chunk starts: one past the previous chunk's end when one whitespace character parts every two
    # chunks and none lies around them (97 texts in 100: the lengths add up), else where it first occurs after
    # that, as chunk_starts finds it (round 25: one addition per chunk, where zip over chunk_starts' running
    # sums stepped three C iterators and called operator.add for each: 11 M per 100 unseen articles)
    irregular = sum(map(len, chunks)) + len(chunks) - 1 != len(text)
    find = text.find
    pos = -1
    for surface in chunks:
        start = pos + 1
        if irregular:
            start = find(surface, start)
        pos = start + len(surface)
        fields = plain(surface)
        if fields is None:
            fields = _learn_plain(surface)
        if fields:  # one plain word (not ())
            tok = _new(Token)
            tok.start = start
            tok.end = pos
            tok.text = surface
            tok.norm, tok.stem, clitics = fields
            tok.clitics = [*clitics]
            append(tok)
            continue
        for s, e, part, norm, stem, clitics in _chunk_parts(surface):
            tok = _token(start + s, start + e, part, norm, stem, [*clitics])
            append(tok)
            if "?" in clitics:
                pending.append(tok)
    if pending:
        _split_new_names(out, pending=pending)
    return out


def _split_new_names(tokens: list[Token], *, pending: list[Token] | None = None) -> None:
    """A word the news never showed, starting with ب/ل/ك (لبزشكيان, ببزشكيان), loses that letter as a
    preposition when the rest occurs as a word of its own in the same text (بزشكيان): the text itself
    is the evidence the frequency table lacks. Otherwise the word is kept whole. ``pending``: the tokens
    whose clitics end in "?", in text order, when the caller has them (``tokenize``), else found here."""
    if pending is None:
        pending = [t for t in tokens if t.clitics and t.clitics[-1] == "?"]
    if not pending:
        return
    stems = {t.stem for t in tokens}
    for t in pending:
        t.clitics.pop()
        if t.stem[1:] in stems:
            t.clitics.append(t.stem[0] + "+")
            t.stem = t.stem[1:]


def stem_of(word: str) -> str:
    """The stem key of one word, as tokens carry it: for building lexicons that match ``Token.stem``."""
    return analyze(word).stem


def run(article: Article, *, ctx: Context) -> Article:
    for story in article.stories:
        story.tokens = tokenize(story.text)
    return article


STAGE = Stage(name="tokens", func=run, requires=("sentences",), assigns=("tokens",))

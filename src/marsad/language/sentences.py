"""Sentence splitting on Arabic and Latin punctuation, never inside quotes, numbers or abbreviations.

Boundaries: ``. ! ? ؟ ؛ …`` (a run of them, with any closing quote or bracket that follows) and line
breaks. The Arabic comma ``،`` joins clauses far more often than it ends sentences (a whole news
paragraph is often one comma chain), and cutting there would separate a speech verb from its speaker
or an event from its date; so a comma ends a sentence only inside a run-on longer than
:data:`MAX_RUN_ON` characters, where it is followed by a new clause opening with و or ف.

Quotes are paired per paragraph (“…”, «…», "…" in order); a boundary inside a pair is ignored, so a
quoted passage of several sentences stays in the sentence that carries its speech verb. An unpaired
mark protects nothing (a missing closing quote must not swallow the paragraph).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from marsad.model import Article, Sentence
from marsad.pipeline import Context, Stage

MAX_RUN_ON = 400
PARAGRAPH_MEMO = 512
PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029]+")
QUOTE_MARKS = re.compile('[\u201c\u201d\u00ab\u00bb"\u201e]')
# [.!?…][.!?…]* rather than [.!?…]+: a pattern that opens with a class lets ``re`` skip ahead to
# those characters; one that opens with a repeat is tried at every character (the same matches).
TERMINATOR = re.compile(r"[.!?\u061f\u061b\u2026][.!?\u061f\u061b\u2026]*[\u201d\u00bb\"')\]]*")
COMMA = re.compile("\u060c(?=\\s*[وف])")
HAS_CONTENT = re.compile(r"[^\W_]")
YEAR_BEFORE = re.compile(r"\d\s*$")
WORD_BEFORE = re.compile(r"([^\W\d_][\w\u0640]*)\s*$")


@cache  # read-only data, loaded once per process
def abbreviations() -> frozenset[str]:
    text = (
        resources.files("marsad.language").joinpath("data", "abbreviations.txt").read_text(encoding="utf-8")
    )
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _has_quote_mark(paragraph: str) -> bool:
    """Whether ``paragraph`` holds a character of :data:`QUOTE_MARKS` (round 27): six ``in`` scans in C, where the
    regex's scan tests every character against its class (most paragraphs have no quotation mark)."""
    return (
        '"' in paragraph
        or "\u201c" in paragraph
        or "\u201d" in paragraph
        or "\u00ab" in paragraph
        or "\u00bb" in paragraph
        or "\u201e" in paragraph
    )


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each paired quotation, marks included, in one paragraph."""
    spans: list[tuple[int, int]] = []
    if not _has_quote_mark(paragraph):
        return spans
    open_at: dict[str, int] = {}
    closer = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
    for m in QUOTE_MARKS.finditer(paragraph):
        ch, i = m.group(), m.start()
        if ch == '"':
            if '"' in open_at:
                spans.append((open_at.pop('"'), i + 1))
            else:
                open_at['"'] = i
        elif ch in closer:
            open_at.setdefault(closer[ch], i)
        elif ch in open_at:
            spans.append((open_at.pop(ch), i + 1))
    spans.sort()
    return spans


# The sentence stage pairs each paragraph's quotation marks, and the quotes stage pairs the same paragraphs
# again a few stages later (round 21): the pairs are kept for the last PARAGRAPH_MEMO paragraphs (an article
# has a few dozen), read-only, so that the second stage reads the first's. The key is the paragraph's text:
# a changed paragraph is simply paired anew.
@lru_cache(maxsize=PARAGRAPH_MEMO)
def paired_quotes(paragraph: str) -> tuple[tuple[int, int], ...]:
    """:func:`quote_spans` of ``paragraph`` as a tuple, memoised across stages."""
    return tuple(quote_spans(paragraph))


def _word_before(text: str, lo: int, dot: int) -> tuple[int, str] | None:
    """The start and text of ``WORD_BEFORE.search(text, lo, dot)``'s match and group, or None when it finds none,
    found from the dot backwards (round 27): the whitespace before the dot stripped (``str.rstrip`` and ``\\s`` are
    the same Unicode test), the run of word characters (``[\\w\\u0640]``: alphanumeric or "_"; tatweel is a
    letter, Lm) before it walked back, and the run's first letter (``[^\\W\\d_]``: alphanumeric but no decimal
    digit) is the match's start. The regex tried every position of the 20 characters before the dot, backtracking
    through each word (about 12,000 instructions a dot)."""
    end = lo + len(text[lo:dot].rstrip())
    i = end
    while i > lo and ((ch := text[i - 1]).isalnum() or ch == "_"):
        i -= 1
    for p in range(i, end):
        ch = text[p]
        if ch.isalnum() and not ch.isdecimal():
            return p, text[p:end]
    return None


def _is_abbreviation(text: str, dot: int) -> bool:
    found = _word_before(text, max(0, dot - 20), dot)
    if found is None:
        return False
    start, word = found
    word = word.replace("\u0640", "")
    if word in ("م", "ه") and YEAR_BEFORE.search(text, max(0, start - 6), start):
        return False  # 2024م. / 1445هـ. : an era mark ends the sentence
    return len(word) == 1 or word in abbreviations()


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets (exclusive ends) at which sentences end in text[start:end], one paragraph."""
    para = text[start:end]
    protected = paired_quotes(para)

    def inside(i: int) -> bool:
        return any(a < i < b - 1 for a, b in protected)

    cuts: list[int] = []
    for m in TERMINATOR.finditer(para):
        i = m.start()
        if inside(i):
            continue
        mark = para[i]
        if mark == "." and m.end() - i == 1:
            before = para[i - 1] if i else ""
            after = para[i + 1] if i + 1 < len(para) else ""
            if before.isdigit() and after.isdigit():
                continue  # 240.1, 16.05.2024
            if after and not after.isspace() and after not in "\u201d\u00bb\"')]":
                continue  # a.b, www.site.com, أ.ف.ب
            if _is_abbreviation(para, i):
                continue
        cuts.append(start + m.end())
    # Run-on guard: long comma chains are cut before a clause opening with و / ف.
    last = start
    extra: list[int] = []
    for cut in [*cuts, end]:
        if cut - last > MAX_RUN_ON:
            for c in COMMA.finditer(para, last - start, cut - start):
                if not inside(c.start()) and start + c.end() - last > MAX_RUN_ON // 2:
                    extra.append(start + c.end())
                    last = start + c.end()
        last = cut
    return sorted(set(cuts + extra))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``: the matches of :data:`PARAGRAPH` (runs of characters other than
    the line and paragraph separators), in order. A text with no "\\r", U+2028 or U+2029 (nearly all news: three
    scans in C) is cut at its newlines by ``str.split``, where the regex tested every character against its class
    (round 27: about 100 instructions a character, twice a story: the sentence and quotes stages)."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return [m.span() for m in PARAGRAPH.finditer(text)]
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if end > at:
            spans.append((at, end))
        at = end + 1
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets into it (whitespace trimmed; punctuation-only pieces are
    joined to the sentence before)."""
    out: list[Sentence] = []
    for p_start, p_end in paragraph_spans(text):
        pos = p_start
        for cut in [*_boundaries(text, p_start, p_end), p_end]:
            piece = text[pos:cut]
            stripped = piece.strip()
            if stripped:
                s = pos + (len(piece) - len(piece.lstrip()))
                e = s + len(stripped)
                if HAS_CONTENT.search(stripped) is None and out and out[-1].end >= p_start:
                    prev = out[-1]
                    out[-1] = Sentence(start=prev.start, end=e, text=text[prev.start : e])
                else:
                    out.append(Sentence(start=s, end=e, text=text[s:e]))
            pos = cut
    return out


def run(article: Article, *, ctx: Context) -> Article:
    for story in article.stories:
        story.sentences = split_sentences(story.text)
    return article


STAGE = Stage(name="sentences", func=run, requires=("stories",), assigns=("sentences",))

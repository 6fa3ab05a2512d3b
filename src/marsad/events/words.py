"""The coder's view of a story's sentences and words, from the language layer or a fallback.

When the language stages have run, sentences and tokens come from the story (tokens carry a
clitic-free ``stem`` and their ``clitics``). When they have not (a story built by hand, or a pipeline
without them) the coder splits sentences at end punctuation and words at non-letters itself, so that
the events stage never depends on the order other helpers land in; the lexicon then peels clitics.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from marsad.events.lexicon import Word
from marsad.language.normalize import normalize_key
from marsad.model import Story, Token

# letters, digits, diacritics and tatweel make a word; everything else separates words
WORD_RE = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")
# a sentence ends at . ! ? ؟ or a line break (not at the dot of a decimal number: 240.1)
SENTENCE_END_RE = re.compile(r"[.!?؟]+(?!\d)|\n+")


@dataclass(frozen=True, slots=True)
class SentenceView:
    start: int
    end: int
    words: list[Word]


def sentence_bounds(story: Story) -> list[tuple[int, int]]:
    if story.sentences:
        return [(s.start, s.end) for s in story.sentences]
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in SENTENCE_END_RE.finditer(story.text):
        _add_bound(story.text, pos, m.end(), bounds)
        pos = m.end()
    _add_bound(story.text, pos, len(story.text), bounds)
    return bounds


def _add_bound(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def sentence_views(story: Story, *, letters: dict[str, bool] | None = None) -> list[SentenceView]:
    """The story's sentences with their words. ``letters``: a cache, token text -> whether it is a word
    (has a letter or digit), kept across stories by the caller (``CoderResources.word_texts``)."""
    bounds = sentence_bounds(story)
    if not story.tokens:
        return [SentenceView(start=s, end=e, words=split_words(story.text, s, e)) for s, e in bounds]
    if letters is None:
        letters = {}
    # the tokens stage gives text order: the walk checks it as it goes (round 15) instead of sorting every story's
    # tokens first (a C-level key per token and a copy of the list: about a sixth of this function); tokens out
    # of order (made by hand) are walked again, sorted (stable, as before)
    views = _walk(story.tokens, bounds, letters)
    if views is None:
        # sorted tokens are in text order, so this walk gives views (the "or" is for the type checker only)
        views = _walk(sorted(story.tokens, key=_START), bounds, letters) or []
    return views


def _walk(
    tokens: list[Token], bounds: list[tuple[int, int]], letters: dict[str, bool]
) -> list[SentenceView] | None:
    """One pass over the tokens, assigning each word to its sentence (both in text order); None when a token
    starts before the one ahead of it (not in text order)."""
    views = [_view(start, end) for start, end in bounds]
    if not views:
        return views
    n_views = len(views)
    v = 0
    view = views[0]
    view_start, view_end, append = view.start, view.end, view.words.append
    previous = -1
    get = letters.get
    for t in tokens:
        t_start = t.start
        if t_start < previous:
            return None
        previous = t_start
        t_end = t.end
        if view_end < t_end:
            while v < n_views and views[v].end < t_end:
                v += 1
            if v == n_views:
                # past the last sentence: no token after this one is a word of the story's sentences, but
                # the rest is still checked for text order (sorted, a token of a sentence could come later)
                view_start = view_end = PAST
                continue
            view = views[v]
            view_start, view_end, append = view.start, view.end, view.words.append
        # punctuation tokens: the coder reads punctuation from the text between words. Whether a
        # text is a word is read from the cache (news repeats its words): the test itself slices a
        # new one-letter string from Arabic text on every call (round 13: 1,300 -> 300 instructions)
        if t_start < view_start:
            continue
        # a known word goes on at the first test, a new text is learnt (round 25: one test where there were two)
        word = get(t.text)
        if word or (word is None and _learn(t.text, letters)):
            # the token itself is the coder's word (round 15: no second object per token); one without a key or
            # stem (made by hand, not by the tokenizer) is read through a filled copy, the story's left as it is
            append(t if t.norm and t.stem else filled(t))
    return views


def _learn(text: str, letters: dict[str, bool]) -> bool:
    """Whether ``text`` is a word, kept in ``letters`` (emptied first past ``LETTERS_LIMIT``)."""
    if len(letters) > LETTERS_LIMIT:
        letters.clear()
    word = letters[text] = is_word(text)
    return word


_SET_START, _SET_END, _SET_WORDS = (getattr(SentenceView, f).__set__ for f in ("start", "end", "words"))


def _view(start: int, end: int) -> SentenceView:
    """A SentenceView with no words yet, through its slots' descriptors: the frozen dataclass's ``__init__`` sets
    each field by a generic ``object.__setattr__`` (about three times the cost; a story has a dozen sentences).
    Sets every field (a test checks them against the constructor's)."""
    view = _new(SentenceView)
    _SET_START(view, start)
    _SET_END(view, end)
    _SET_WORDS(view, [])
    return view


PAST = sys.maxsize
"""Start and end given to the walk's sentence once the tokens have passed the last one (no token reaches it)."""


_START = attrgetter("start")
_new = object.__new__


def filled(t: Token) -> Word:
    """A copy of a token whose empty ``norm`` (``stem``) is the text's key (that key), as the coder reads it."""
    key = t.norm or normalize_key(t.text)
    return Token(start=t.start, end=t.end, text=t.text, norm=key, stem=t.stem or key, clitics=list(t.clitics))


def comma_after(text: str, words: Sequence[Word], j: int) -> bool:
    """A comma (Arabic or Latin) between word ``j`` and the next; False after the last word."""
    if j + 1 >= len(words):
        return False
    gap = text[words[j].end : words[j + 1].start]
    return "،" in gap or "," in gap


def word(start: int, end: int, text: str, key: str, stem: str, clitics: tuple[str, ...] = ()) -> Word:
    """A word made by hand (tests; the fallback without tokens): a ``Token`` with ``key`` as its ``norm``."""
    return Token(start=start, end=end, text=text, norm=key, stem=stem, clitics=list(clitics))


LETTERS_LIMIT = 200_000
"""Texts kept in a ``letters`` cache before it is cleared (bounded memory on long runs)."""


def is_word(text: str) -> bool:
    """A token the coder reads as a word: one with a letter or digit (not a punctuation mark)."""
    return text[:1].isalnum() or _has_letter(text)


def _has_letter(text: str) -> bool:
    return text[:1].isalnum() or text[-1:].isalnum() or bool(WORD_RE.search(text))


def split_words(text: str, start: int, end: int) -> list[Word]:
    out: list[Word] = []
    for m in WORD_RE.finditer(text, start, end):
        key = normalize_key(m.group())
        if key:
            out.append(word(m.start(), m.end(), m.group(), key, key))
    return out


# Round 21 (speed): "a word with a punctuation mark in it" was a generator over the word's characters, each
# looked up in the clause punctuation (``cues.yaml``'s clause.punctuation, a string); 5,300 words per 100
# articles in ``suffer_verb`` and ``unknown_subject``. The marks as a character class, compiled once per
# string, let ``re`` scan the word in C (a set's ``isdisjoint`` over the word made a string object of each
# Arabic character, and saved only a third).
@cache  # one entry per punctuation string (the coder has one)
def mark_class(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + "]" if marks else "(?!)")  # (?!) matches nowhere


def has_mark(text: str, marks: str) -> bool:
    """Whether a character of ``text`` is one of ``marks`` (``any(ch in marks for ch in text)``)."""
    return mark_class(marks).search(text) is not None

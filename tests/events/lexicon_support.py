"""Helpers shared by the lexicon rounds' tests: what the lexicon matches in a real sentence."""

from __future__ import annotations

from hypothesis import strategies as st

from marsad.events.lexicon import Lexicon
from marsad.events.words import split_words


def lexicon_matches(lexicon: Lexicon, sentence: str) -> list[tuple[str, str, int, int]]:
    """(entry id, type, start, end) of every match in the sentence."""
    return [
        (m.entry.id, m.entry.type, m.start, m.end)
        for m in lexicon.match(split_words(sentence, 0, len(sentence)))
    ]


def lexicon_at(lexicon: Lexicon, sentence: str, word: str) -> list[tuple[str, str]]:
    """(entry id, type) of the matches whose trigger starts at ``word``."""
    start = sentence.index(word)
    return [(eid, etype) for eid, etype, s, _ in lexicon_matches(lexicon, sentence) if s == start]


def round_block(lexicon: Lexicon, first_id: str, size: int) -> list[str]:
    """The ids of a round's block of ``size`` entries, which starts at ``first_id`` (later rounds append their own
    blocks after it, so a block is found by its first entry, not by its place at the end of the file)."""
    ids = [e.id for e in lexicon.entries]
    first = ids.index(first_id)
    return ids[first : first + size]


def assert_exact_offsets(lexicon: Lexicon, sentence: str) -> None:
    """Every match of the sentence spans whole words of it, from its head word to its last word (the property the
    lexicon rounds' hypothesis tests check on random word lists)."""
    words = split_words(sentence, 0, len(sentence))
    for m in lexicon.match(words):
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start : m.end].strip() == sentence[m.start : m.end]
        assert m.start == words[m.head].start and m.end == words[m.last].end


def word_lists(words: list[str], *, max_size: int = 14) -> st.SearchStrategy[list[str]]:
    """Random lists of a round's trigger and companion words (with punctuation and spaces), for the offsets
    property of ``assert_exact_offsets``."""
    return st.lists(st.sampled_from(words), max_size=max_size)


def types_at(lexicon: Lexicon, sentence: str, word: str) -> list[str]:
    """The event types read at ``word`` (a veto test asserts the vetoed entry's type is not among them)."""
    return [etype for _, etype in lexicon_at(lexicon, sentence, word)]


def reads(lexicon: Lexicon, sentence: str, trigger: str, entry_id: str) -> bool:
    """Whether the entry reads exactly ``trigger`` (its first occurrence) in the sentence."""
    start = sentence.index(trigger)
    return any(
        (eid, s, e) == (entry_id, start, start + len(trigger))
        for eid, _, s, e in lexicon_matches(lexicon, sentence)
    )


ARABIC_TEXT = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ")), max_size=80)
"""Random Arabic letters and spaces, the text a round's property test puts around its real phrase."""


def matched_starts(lexicon: Lexicon, sentence: str) -> set[int]:
    """The start of every match in the sentence, each checked to lie inside the text with no outer spaces."""
    matches = lexicon.match(split_words(sentence, 0, len(sentence)))
    for m in matches:
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start : m.end].strip() == sentence[m.start : m.end]
    return {m.start for m in matches}


def assert_not_coded(lexicon: Lexicon, sentence: str, trigger: str, etype: str) -> None:
    """The lexicon reads no ``etype`` at the trigger, and the whole pipeline codes no such event over it, every
    story's spans still exact (a precision round's vetoed readings)."""
    from tests.support import assert_offsets

    import marsad  # the whole pipeline, loaded only by the tests that run it

    assert etype not in types_at(lexicon, sentence, trigger)
    stories = marsad.analyze(sentence).stories
    at = sentence.index(trigger)
    assert etype not in {e.type for story in stories for e in story.events if e.start <= at < e.end}
    for story in stories:
        assert_offsets(story)

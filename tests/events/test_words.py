from __future__ import annotations

import dataclasses

from marsad.events.coder import load_resources
from marsad.events.lexicon import Word
from marsad.events.words import _word, sentence_views
from marsad.language.sentences import split_sentences
from marsad.language.tokens import tokenize
from marsad.model import Story

TEXT = (
    "وأعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيزور الصين الأسبوع المقبل، "
    "في أول رحلة خارجية له. واتهمت كييف طهران بتزويد موسكو بطائرات مسيرة."
)


def _story() -> Story:
    s = Story(id="s", role="main", text=TEXT, published="2024-05-14")
    s.sentences = split_sentences(TEXT)
    s.tokens = tokenize(TEXT)
    return s


def test_events_words_fast_constructor_sets_every_field() -> None:
    # _word bypasses the dataclass __init__: a field added to Word must be set there too
    fast = _word(3, 8, "وأعلن", "واعلن", "اعلن", ("و+",))
    assert fast == Word(3, 8, "وأعلن", "واعلن", "اعلن", ("و+",))
    for f in dataclasses.fields(Word):
        getattr(fast, f.name)  # raises AttributeError on an unset slot


def test_events_words_views_keep_offsets_and_sentences() -> None:
    story = _story()
    views = sentence_views(story)
    assert len(views) == 2
    for view in views:
        assert view.words
        for w in view.words:
            assert story.text[w.start : w.end] == w.text
            assert view.start <= w.start and w.end <= view.end
    assert [w.text for w in views[1].words][:3] == ["واتهمت", "كييف", "طهران"]
    # punctuation tokens are not words
    assert all(w.text not in ("،", ".") for v in views for w in v.words)


def test_events_words_views_same_for_unsorted_tokens() -> None:
    story = _story()
    expected = sentence_views(story)
    story.tokens = list(reversed(story.tokens))
    assert sentence_views(story) == expected


def test_events_words_generic_pair_heads_cover_every_pair() -> None:
    res = load_resources()
    assert res.generic_pairs
    # a word outside generic_pair_heads skips the pair look-up: every pair's first word must be there
    assert {k.partition(" ")[0] for k in res.generic_pairs} == res.generic_pair_heads

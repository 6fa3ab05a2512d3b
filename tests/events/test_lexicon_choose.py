"""``_choose`` with its companion test probing ``starts_with``'s memo inline and the charge window read by
``isdisjoint`` (round 13) gives the answers of the form before (``_old_choose``, kept here), on real news and
on word sequences made of the lexicon's own triggers, companions and charge words."""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.lexicon import (
    ADJACENT,
    BEFORE_WINDOW,
    CHARGE_KEEPS,
    CHARGE_WINDOW,
    COUNT_KEEPS,
    COUNT_WINDOW,
    HOPE_WINDOW,
    NEXT_WINDOW,
    POSSIBLE_AFTER_TYPES,
    QUESTION_WINDOW,
    _choose,
    _phrase_at,
    load_lexicon,
    read_data,
)
from marsad.events.ontology import load_ontology
from marsad.events.words import split_words, word


def _old_phrase_at(words, j, companion):
    n = companion.count(" ") + 1
    return " ".join(w.norm for w in words[j : j + n]).startswith(companion)


def _old_counted(words, i, lex):
    # the count test of the tenth precision round (evprec9), written out word by word
    j = i - 1
    if j > 0 and words[j].norm in lex.count_auxiliaries:
        j -= 1
    if j < 1 or words[j].norm not in lex.count_relatives:
        return False
    return any(w.norm in lex.count_words for w in words[max(0, j - COUNT_WINDOW) : j])


def _old_hoped(words, i, lex):
    # the hope test of the eleventh precision round (evprec10): the nearest أن within HOPE_WINDOW words before the
    # trigger, and a word of hope among the two words before it
    for j in range(i - 1, 0, -1):
        if i - j > HOPE_WINDOW:
            return False
        if words[j].norm in lex.hope_that:
            return any(w.norm in lex.hope_words for w in words[max(0, j - 2) : j])
    return False


def _old_choose(entries, words, i, lex):
    # lexicon._choose before round 13 (every companion word through lex.starts_with, charged by a generator)
    plain = None
    if i > 0 and words[i - 1].norm in lex.aim_words:
        return None, i
    if i > 0 and words[i - 1].norm in lex.aim_verbs and not words[i].norm.startswith("ال"):
        return None, i
    if i > 0 and words[i - 1].text in lex.any_words:
        return None, i
    possible = i > 0 and words[i - 1].norm in lex.possibility_words
    possible_after = any(w.norm in lex.possibility_after_words for w in words[i + 1 : i + 1 + NEXT_WINDOW])
    counted = _old_counted(words, i, lex)
    asked = any(w.norm in lex.question_words for w in words[max(0, i - QUESTION_WINDOW) : i])
    if i > 0 and words[i - 1].norm in lex.avoid_words:
        return None, i
    if _old_hoped(words, i, lex):
        return None, i
    charged = any(w.norm in lex.charge_words for w in words[max(0, i - CHARGE_WINDOW) : i])
    for entry in entries:
        if possible and entry.type != "ACCUSE":
            continue
        if possible_after and entry.type in POSSIBLE_AFTER_TYPES:
            continue
        if counted and entry.type not in COUNT_KEEPS:
            continue
        if asked and entry.pos == "verb":
            continue
        if charged and entry.type not in CHARGE_KEEPS:
            continue
        if entry.not_after and i > 0 and lex.starts_with(words[i - 1], entry.not_after):
            continue
        if entry.not_after_words and i > 0 and words[i - 1].norm in entry.not_after_words:
            continue
        if entry.unless and any(lex.starts_with(w, entry.unless) for w in words[i + 1 : i + 1 + NEXT_WINDOW]):
            continue
        if entry.unless_phrases and any(
            _old_phrase_at(words, j, c)
            for j in range(i + 1, i + 1 + NEXT_WINDOW)
            for c in entry.unless_phrases
        ):
            continue
        if entry.not_before and any(
            lex.starts_with(w, entry.not_before) for w in words[max(0, i - BEFORE_WINDOW) : i]
        ):
            continue
        if entry.not_with and any(
            lex.starts_with(w, entry.not_with) for w in words[i + 1 : i + 1 + entry.window]
        ):
            continue
        if entry.next_words and not any(
            w.norm in entry.next_words or w.norm[1:] in entry.next_words
            for w in words[i + 1 : i + 1 + NEXT_WINDOW]
        ):
            continue
        if not entry.companions:
            plain = plain or entry
            continue
        single, phrases = entry.companion_words, entry.companion_phrases
        for j in range(i + 1, min(len(words), i + 1 + entry.window)):
            if single and lex.starts_with(words[j], single):
                return entry, (j if j - i <= ADJACENT else i)
            if phrases and any(_old_phrase_at(words, j, c) for c in phrases):
                return entry, (j if j - i <= ADJACENT else i)
    return plain, i


@pytest.fixture(scope="module")
def lexicons():
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    fresh = copy.copy(lexicon)  # the old form runs on memos of its own
    fresh._lookups, fresh._bares, fresh._starts, fresh._by_text = {}, {}, {}, {}
    return lexicon, fresh


def _compare(lexicons, words) -> tuple[int, int]:
    """Both forms at every word that looks up to entries; (triggers chosen, chosen through a companion)."""
    lexicon, fresh = lexicons
    chosen = by_companion = 0
    for i, w in enumerate(words):
        found = lexicon.lookup(w)
        if found is None:
            continue
        new = _choose(found[1], words, i, lexicon)
        assert new == _old_choose(found[1], words, i, fresh), (w.text, i)
        chosen += new[0] is not None
        by_companion += new[0] is not None and bool(new[0].companions)
    return chosen, by_companion


def _sample_texts() -> list[str]:
    path = resources.files("marsad") / "samples" / "ant_news_sample.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()[:60]
    return [json.loads(line)["text"] for line in lines]


def test_lexicon_choose_equals_the_old_form_on_real_news(lexicons) -> None:
    chosen = by_companion = 0
    for text in _sample_texts():
        words = split_words(text, 0, len(text))
        for _ in range(2):  # the second pass answers from the memos the first filled
            c, b = _compare(lexicons, words)
        chosen, by_companion = chosen + c, by_companion + b
    assert chosen >= 200 and by_companion >= 20  # the companion path is exercised, not only plain entries


def _vocabulary() -> list[str]:
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    with_companions = [e for e in lexicon.entries if e.companion_words or e.companion_phrases][:40]
    words = {f for e in with_companions for f in sorted(e.forms)[:3]}
    words |= {c for e in with_companions for c in e.companion_words[:4]}
    words |= {"ب" + c for e in with_companions for c in e.companion_words[:2]}
    # a letter that is no proclitic before a companion: only the respelt stem (the companion) starts with it
    words |= {"م" + c for e in with_companions for c in e.companion_words[:2]}
    words |= {p for e in with_companions for c in e.companion_phrases[:2] for p in c.split()}
    words |= set(sorted(lexicon.charge_words)[:6]) | {"في", "على", "الى", "من", "الحكومة", "روسيا"}
    return sorted(words)


VOCABULARY = _vocabulary()


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_lexicon_choose_equals_the_old_form_on_trigger_soup(lexicons, data) -> None:
    pieces = data.draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=16))
    text = " ".join(pieces)
    words = split_words(text, 0, len(text))
    # some words respelt under the same key (another stem and clitic, as language.tokens makes of a new name
    # after ل/ب): the inline probe must check the stem as starts_with does
    respelt = [
        word(w.start, w.end, w.text, w.norm, w.norm[1:], (w.norm[0] + "+",))
        if len(w.norm) > 3 and data.draw(st.booleans())
        else w
        for w in words
    ]
    for ws in (words, respelt, words):
        _compare(lexicons, ws)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_lexicon_phrase_at_gate_equals_the_join(lexicons, data) -> None:
    # round 15: _phrase_at tests the first word against the companion before joining the window's keys
    lexicon, _ = lexicons
    phrases = sorted({c for e in lexicon.entries for c in (*e.companion_phrases, *e.unless_phrases)})
    assert len(phrases) >= 5
    parts = [w for c in phrases for w in c.split()]
    keys = data.draw(
        st.lists(st.sampled_from(parts) | st.text("ابتلنوه ", min_size=0, max_size=5), max_size=6)
    )
    words = [word(i, i + 1, k, k, k) for i, k in enumerate(keys)]
    for j in range(len(words) + 2):
        for c in data.draw(st.lists(st.sampled_from(phrases) | st.sampled_from(["", " ", "ا"]), max_size=4)):
            assert _phrase_at(words, j, c) == _old_phrase_at(words, j, c), (keys, j, c)

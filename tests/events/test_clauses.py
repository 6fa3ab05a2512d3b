from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.events.clauses import _clause_word
from marsad.events.coder import load_resources
from marsad.events.resources import ClauseWord
from marsad.events.words import sentence_views
from marsad.language.normalize import normalize_key
from marsad.language.sentences import split_sentences
from marsad.language.tokens import tokenize
from marsad.model import Story

TEXT = (
    "وقال المتحدث، الثلاثاء، إن الوفد سيزور موسكو قبل نهاية الشهر، وأن المحادثات ستتناول "
    "التعاون العسكري، التي بدأت من قبل، بينما رفضت كييف الوساطة."
)


def _reference(key: str, res: object) -> ClauseWord:
    # the per-key fields as _clause_word made them before its instances were shared
    comps = res.modality.complementizers  # type: ignore[attr-defined]
    bare = key[1:] if key.startswith("و") and len(key) > 3 else key
    return ClauseWord(
        continuer=key in res.clause_continuers,  # type: ignore[attr-defined]
        opener=bare in res.clause_openers,  # type: ignore[attr-defined]
        qabl=bare == "قبل",
        complementizer=key in comps or (key[:1] == "و" and key[1:] in comps and len(key) > 2),
    )


def test_clauses_clause_word_shares_instances_with_the_same_fields() -> None:
    res = load_resources()
    story = Story(id="s", role="main", text=TEXT, published="2024-05-14")
    story.sentences = split_sentences(TEXT)
    story.tokens = tokenize(TEXT)
    keys = [w.norm for view in sentence_views(story) for w in view.words]
    keys += [normalize_key(w) for w in ("إن", "أن", "وأن", "قبل", "وقبل", "بينما", "حيث", "الذي", "و")]
    keys += sorted(res.clause_openers) + sorted(res.clause_continuers) + sorted(res.modality.complementizers)
    made = [_clause_word(k, res=res) for k in keys]
    assert made == [_reference(k, res) for k in keys]
    # one object per combination of the four flags, however many keys are cached
    assert len({id(m) for m in made}) == len(set(made)) <= 16
    assert any(m.opener for m in made) and any(m.complementizer for m in made) and any(m.qabl for m in made)


def _starts_reference(words, text: str, res) -> list[int]:
    # clause_starts' answer with nothing cached: every gap and word key judged afresh (round 25's reference)
    from itertools import pairwise

    from marsad.events.clauses import PARENTHETICAL_WORDS
    from marsad.events.mentions import bare_key

    comps = res.modality.complementizers
    split_at, opens_at = [], [0]
    for i, (left, right) in enumerate(pairwise(words), 1):
        gap = text[left.end : right.start].translate(str.maketrans("", "", '"“”«»()'))
        info = _clause_word(right.norm, res=res)
        if any(ch in res.punctuation for ch in gap) and not info.continuer:
            split_at.append(i)
            opens_at.append(i)
        elif info.complementizer or (info.opener and not (info.qabl and left.norm == "من")):
            opens_at.append(i)
    dropped = {
        k
        for a, b in pairwise(split_at)
        if b - a <= PARENTHETICAL_WORDS and all(words[j].norm not in comps for j in range(a, b))
        for k in (a, b)
    }
    return [i for i in opens_at if i not in dropped or bare_key(words[i]) in res.clause_openers]


def test_clauses_clause_starts_equal_the_uncached_reference_on_the_bundled_news() -> None:
    # round 25: clause_starts reads each word once and carries the end of the one before; the same starts as
    # the uncached reference over every sentence of 60 bundled articles, the caches filled on the way, then again
    # with them full
    import json
    from importlib import resources
    from types import SimpleNamespace

    from marsad.events.clauses import clause_starts

    res = load_resources()
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    seen = 0
    for line in [*sample.splitlines()[:60], json.dumps({"text": TEXT})]:
        text = json.loads(line)["text"]
        story = Story(id="s", role="main", text=text, published="2024-05-14")
        story.sentences = split_sentences(text)
        story.tokens = tokenize(text)
        for view in sentence_views(story):
            ctx = SimpleNamespace(view=view, story=story)
            expected = _starts_reference(view.words, text, res)
            assert clause_starts(ctx, res=res) == expected
            assert clause_starts(ctx, res=res) == expected
            seen += len(expected) > 1
    assert seen > 300


def _gap_marks_reference(words, text: str, punctuation: str) -> set[int]:
    # every gap sliced and read, as clause_starts read it before round 25
    return {
        i
        for i in range(1, len(words))
        if any(ch in punctuation for ch in text[words[i - 1].end : words[i].start] if ch not in '"“”«»()')
    }


@given(
    st.text(alphabet='بوت ،؛:.!؟?"«»()-0', max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 6)), max_size=12),
    st.booleans(),
)
def test_clauses_marks_after_words_equal_every_gap_read(text: str, spans, in_order: bool) -> None:
    # round 25: the marks found in the text and placed among the words by bisection, for words in text order
    # (overlapping, touching, equal starts, past the text's end) and out of it (each gap read)
    from marsad.events.clauses import _after_marks
    from marsad.events.words import word

    if in_order:
        spans = sorted(spans)
    words = [word(a, a + n, text[a : a + n], "k", "k") for a, n in spans]
    punctuation = load_resources().punctuation
    assert _after_marks(words, text, punctuation) == _gap_marks_reference(words, text, punctuation)


def test_clauses_clause_keys_are_the_keys_that_open():
    # round 25: clause_starts visits a word without a mark before it only when its key is in _clause_keys
    import json
    from importlib import resources

    from marsad.events.clauses import _clause_keys

    res = load_resources()
    keys = _clause_keys(res.clause_openers, res.modality.complementizers)
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    news = {t.norm for line in sample.splitlines()[:100] for t in tokenize(json.loads(line)["text"])}
    for key in news | set(keys) | {"و" + k for k in res.clause_openers} | {"وقبل", "قبل", "وان", "ان", "و"}:
        info = _clause_word(key, res=res)
        assert (key in keys) == (info.opener or info.complementizer), key
    assert len(keys & news) > 10

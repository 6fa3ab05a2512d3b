"""perf29 (session 16): the sports-story test of precision round 18 (``coder._sports_story``) made cheap. Main
(a78f07d) counted every sentence of every story as it was coded, one or two ``Lexicon.starts_with`` calls a word
(about 2 M instructions an unseen article); the count is now made once a story has a record (``_sport_counts``),
each word's kind read from one memo. Main's count (``_count_sport_main`` below, patched back in) must give the same
counts, so the same records, on the bundled news and the round's sports and politics stories."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from importlib import resources
from unittest.mock import patch

import marsad
import marsad.events.coder as coder
from events.test_precision18 import SPORTS, _ant_text, _saudi_texts
from marsad.events.lexicon import Word
from marsad.events.resources import CoderResources, load_resources
from marsad.ingest import Failure, iter_inputs


def _count_sport_main(words: Sequence[Word], counts: dict[str, int], *, res: CoderResources) -> None:
    """Main's count of one sentence (a78f07d)."""
    lex = res.lexicon
    if not lex.sport_words:
        return
    for w in words:
        if lex.starts_with(w, lex.sport_words):
            kind = next((p for b in lex.bare(w) for p in lex.sport_words if b.startswith(p)), w.norm)
            counts[kind] = counts.get(kind, 0) + 1
        elif lex.state_words and lex.starts_with(w, lex.state_words):
            counts[coder.STATE_KIND] = counts.get(coder.STATE_KIND, 0) + 1


def _checked(texts: list[str]) -> list[dict[str, int]]:
    """Each story's counts, as the round counts them and as main did (asserted equal), for the stories with a
    record; the records themselves with main's count patched in must be the round's."""
    seen: list[dict[str, int]] = []
    new_counts = coder._sport_counts

    def spy(sentences, *, res):
        got = new_counts(sentences, res=res)
        main: dict[str, int] = {}
        for words in sentences:
            _count_sport_main(words, main, res=res)
        assert got == main
        seen.append(got)
        return got

    def main_counts(sentences, *, res):
        main: dict[str, int] = {}
        for words in sentences:
            _count_sport_main(words, main, res=res)
        return main

    for text in texts:
        with patch.object(coder, "_sport_counts", spy):
            new = marsad.analyze(text).stories
        with patch.object(coder, "_sport_counts", main_counts):
            old = marsad.analyze(text).stories
        assert [s.events for s in new] == [s.events for s in old]
    return seen


def test_sport29_same_counts_on_the_bundled_news() -> None:
    path = str(resources.files("marsad").joinpath("samples/ant_news_sample.jsonl"))
    texts = [a.raw for a in iter_inputs([path]) if not isinstance(a, Failure)][:25]
    counts = _checked(texts)
    assert len(counts) > 8 and any(c.get(coder.STATE_KIND) for c in counts)
    assert any(k for c in counts for k in c if k != coder.STATE_KIND)  # words of sport too


def test_sport29_same_counts_on_the_sports_and_politics_stories() -> None:
    texts = [_saudi_texts()[a] for a, _, _ in SPORTS] + [_ant_text("FR-internationalNews-1659-20180606")]
    counts = _checked(texts)
    assert sum(coder._sports_story(c) for c in counts) >= len(SPORTS)
    assert any(
        not coder._sports_story(c) and c.get(coder.STATE_KIND, 0) >= coder.SPORT_MAX_STATE for c in counts
    )


def test_sport29_the_memo_compares_the_stem() -> None:
    res = load_resources()
    story = marsad.analyze("وفاز المنتخب في المباراة على ملعب النادي بحضور الوزير.").stories[0]
    words = [w for w in story.tokens if w.norm]
    counts: dict[str, int] = {}
    coder._count_sport(words, counts, res=res)
    main: dict[str, int] = {}
    _count_sport_main(words, main, res=res)
    assert counts == main and len(main) >= 4
    # the same key with another stem (a stem of sport under the key of a plain word): counted as main counts it
    plain = next(w for w in words if w.norm == "بحضور")
    other = dataclasses.replace(plain, stem="مباراه")
    counts, main = {}, {}
    coder._count_sport([plain, other], counts, res=res)
    _count_sport_main([plain, other], main, res=res)
    assert counts == main == {"مباراه": 1}

"""``Lexicon.any_starts`` (perf23: the veto windows of ``_choose`` probe ``starts_with``'s memo inline, a miss
through ``fill_starts``) answers as the generator it replaced, ``any(lex.starts_with(w, prefixes) for w in
window)``, kept here on a lexicon with memos of its own, for every window of real news and every veto and
companion list of the lexicon; the words respelt under the same key with another stem must not be answered from
the memo of the first spelling."""

from __future__ import annotations

import copy
import json
from importlib import resources

from marsad.events.lexicon import BEFORE_WINDOW, load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.words import split_words, word


def _old_any_starts(lex, window, prefixes: tuple[str, ...]) -> bool:
    return any(lex.starts_with(w, prefixes) for w in window)


def test_lexicon_any_starts_equals_the_generator_on_real_news() -> None:
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    fresh = copy.copy(lexicon)
    fresh._bares, fresh._starts = {}, {}
    lists = sorted(
        {
            p
            for e in lexicon.entries
            for p in (e.companion_words, e.not_after, e.unless, e.not_before, e.not_with)
            if p
        }
    )
    assert len(lists) > 20
    path = resources.files("marsad") / "samples" / "ant_news_sample.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:4]]
    yes = no = 0
    for text in texts:
        words = split_words(text, 0, len(text))[:150]
        # the same keys under another stem (a new name after ل/ب): the memo's stem check must hold
        respelt = [word(w.start, w.end, w.text, w.norm, w.norm[1:], (w.norm[0] + "+",)) for w in words]
        for ws in (words, respelt, words):  # the later passes answer from the memos the first filled
            for i in range(len(ws)):
                window = ws[max(0, i - BEFORE_WINDOW) : i]
                for prefixes in lists:
                    answer = lexicon.any_starts(window, prefixes)
                    assert answer == _old_any_starts(fresh, window, prefixes), (i, prefixes)
                    yes, no = yes + answer, no + (not answer)
    assert yes > 1_000 and no > 10_000


def test_lexicon_fill_starts_keeps_its_answer_in_the_memo() -> None:
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    text = "وقال مسؤول إن القوات اعتقلت بالأسلحة عددا من المسلحين"
    words = split_words(text, 0, len(text))
    prefixes = ("اسلح", "مسلح")
    memo = lexicon.starts_memo(prefixes)
    answers = [lexicon.fill_starts(w, prefixes, memo) for w in words]
    assert answers == [False, False, False, False, False, True, False, False, True]
    assert memo[words[5].norm] == (words[5].stem, True)  # بالأسلحة: its bare form أسلحة
    assert [lexicon.starts_with(w, prefixes) for w in words] == answers

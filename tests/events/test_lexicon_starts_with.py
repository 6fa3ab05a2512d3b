"""``Lexicon.starts_with`` (perf18: a loop instead of ``any`` over a generator) answers as the form before
(kept here) for every word of real news against every companion and veto list of the lexicon."""

from __future__ import annotations

import copy
import json
from importlib import resources

from marsad.events.lexicon import load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.words import split_words, word


def _old_starts_with(lex, w, prefixes: tuple[str, ...]) -> bool:
    return any(b.startswith(prefixes) for b in lex.bare(w))


def test_lexicon_starts_with_equals_the_old_form_on_real_news() -> None:
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    fresh = copy.copy(lexicon)
    fresh._bares, fresh._starts = {}, {}
    lists = sorted(
        {p for e in lexicon.entries for p in (e.companion_words, e.not_after, e.unless, e.not_before) if p}
    )
    assert len(lists) > 20
    path = resources.files("marsad") / "samples" / "ant_news_sample.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:6]]
    yes = no = 0
    for text in texts:
        words = split_words(text, 0, len(text))
        # the same keys under another stem (a new name after ل/ب): the memo's stem check must hold
        respelt = [word(w.start, w.end, w.text, w.norm, w.norm[1:], (w.norm[0] + "+",)) for w in words[:100]]
        for w in [*words, *respelt, *words]:
            for prefixes in lists:
                answer = lexicon.starts_with(w, prefixes)
                assert answer == _old_starts_with(fresh, w, prefixes), (w.text, prefixes)
                yes, no = yes + answer, no + (not answer)
    assert yes > 1_000 and no > 1_000

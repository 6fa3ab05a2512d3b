"""perf30 (session 17): a new word's kind in the sports-story test (``coder._sport_kind``) read from its bare forms
directly, where main (6b8a615) asked ``Lexicon.starts_with`` twice (a prefix tuple hashed, a memo probed and filled
per list) although ``Lexicon.sport_memo`` keeps the answer. Main's form (``_sport_kind_main`` below) must give the
same kind for every word of the bundled news and the round-18 sports stories, and for made words whose bare forms
start with two prefixes or with a prefix of sport and one of state."""

from __future__ import annotations

import dataclasses
from importlib import resources

import marsad
import marsad.events.coder as coder
from events.test_precision18 import SPORTS, _saudi_texts
from marsad.events.lexicon import Lexicon, Word
from marsad.events.resources import load_resources
from marsad.ingest import Failure, iter_inputs


def _sport_kind_main(w: Word, lex: Lexicon) -> str | None:
    """Main's kind of a word (6b8a615)."""
    if lex.starts_with(w, lex.sport_words):
        return next((p for b in lex.bare(w) for p in lex.sport_words if b.startswith(p)), w.norm)
    if lex.state_words and lex.starts_with(w, lex.state_words):
        return coder.STATE_KIND
    return None


def _words(texts: list[str]) -> list[Word]:
    return [w for t in texts for s in marsad.analyze(t).stories for w in s.tokens if w.norm]


def test_sport30_same_kind_as_main_on_the_news() -> None:
    lex = load_resources().lexicon
    path = str(resources.files("marsad").joinpath("samples/ant_news_sample.jsonl"))
    texts = [a.raw for a in iter_inputs([path]) if not isinstance(a, Failure)][:25]
    texts += [_saudi_texts()[a] for a, _, _ in SPORTS]
    words = _words(texts)
    kinds = [coder._sport_kind(w, lex) for w in words]
    assert kinds == [_sport_kind_main(w, lex) for w in words]
    # words of sport of several kinds and words of state among them: the test could fail
    assert len({k for k in kinds if k}) >= 5 and kinds.count(coder.STATE_KIND) > 20


def test_sport30_same_kind_as_main_on_made_words() -> None:
    lex = load_resources().lexicon
    base = next(w for w in _words(["وفاز المنتخب في المباراة بحضور الوزير."]) if w.norm == "بحضور")
    made = [
        dataclasses.replace(
            base, norm="ملعب", stem="لاعب"
        ),  # two prefixes: the stem's (the first bare form) wins
        dataclasses.replace(base, norm="لاعب", stem="ملعب"),
        dataclasses.replace(base, norm="وزير", stem="مباراه"),  # sport before state
        dataclasses.replace(base, norm="مباراه", stem="وزير"),
        dataclasses.replace(
            base, norm="والوزير", stem="بحضور"
        ),  # state through the key without its proclitic
        dataclasses.replace(base, norm="بحضور", stem="وزير"),  # state through the stem alone
        dataclasses.replace(base, norm="بحضور", stem="بحضور"),
    ]
    kinds = [coder._sport_kind(w, lex) for w in made]
    assert kinds == [_sport_kind_main(w, lex) for w in made]
    assert kinds == ["لاعب", "ملعب", "مباراه", "مباراه", coder.STATE_KIND, coder.STATE_KIND, None]

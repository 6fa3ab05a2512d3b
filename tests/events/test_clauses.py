from __future__ import annotations

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

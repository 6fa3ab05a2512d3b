from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.clauses import ACCORDING, PLAIN, REPORT_VERB, _clause_word, report_frame, report_kind
from marsad.events.coder import load_resources
from marsad.events.mentions import SentenceContext
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
    keys = [w.key for view in sentence_views(story) for w in view.words]
    keys += [normalize_key(w) for w in ("إن", "أن", "وأن", "قبل", "وقبل", "بينما", "حيث", "الذي", "و")]
    keys += sorted(res.clause_openers) + sorted(res.clause_continuers) + sorted(res.modality.complementizers)
    made = [_clause_word(k, res=res) for k in keys]
    assert made == [_reference(k, res) for k in keys]
    # one object per combination of the four flags, however many keys are cached
    assert len({id(m) for m in made}) == len(set(made)) <= 16
    assert any(m.opener for m in made) and any(m.complementizer for m in made) and any(m.qabl for m in made)


def _old_report_kind(key: str, res: object) -> int:
    # report_frame's test of a word before round 13 (computed per word, not cached per key)
    cues = res.modality  # type: ignore[attr-defined]
    bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
    return ACCORDING if bare in cues.according else REPORT_VERB if bare in cues.report_verbs else PLAIN


RES = load_resources()
CUE_KEYS = sorted(RES.modality.according | RES.modality.report_verbs)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.sampled_from(CUE_KEYS),
        st.tuples(st.sampled_from(["و", "ف", "ب", "وف", ""]), st.sampled_from(CUE_KEYS)).map("".join),
        st.text(alphabet="وفقالنحسبيدهت", max_size=6),
    )
)
def test_clauses_report_kind_equals_the_per_word_test(key: str) -> None:
    assert report_kind(key, cues=RES.modality) == _old_report_kind(key, RES)


def test_clauses_report_frame_reads_its_cache_per_key() -> None:
    story = Story(id="s", role="main", text=TEXT, published="2024-05-14")
    story.sentences = split_sentences(TEXT)
    story.tokens = tokenize(TEXT)
    res = load_resources()
    (view, *_) = sentence_views(story)
    ctx = SentenceContext(view=view, entities=[], story=story, res=res)
    frame = report_frame(ctx, res=res)
    assert frame is not None and view.words[frame.verb].key == "وقال"
    # the scan stops at the report verb: the words after it are not asked (nor cached)
    assert res.report_words["وقال"] == REPORT_VERB and view.words[1].key not in res.report_words
    # the cache is the only test of a cached key: planted as plain, وقال frames no report
    res.report_words["وقال"] = PLAIN
    assert report_frame(ctx, res=res) is None
    assert {_old_report_kind(w.key, res) for w in view.words} >= {PLAIN, REPORT_VERB}

"""The generic-agent scan's per-word cache (events/mentions.py): shared values, same agents."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import marsad
from marsad.events.coder import load_resources
from marsad.events.mentions import (
    ARTICLE_PREFIXES,
    PLAIN_WORD,
    _generic_word,
    _with_generic_agents,
    strip_article,
)
from marsad.events.resources import CoderResources, GenericWord
from marsad.events.words import sentence_views
from marsad.ingest import Failure, iter_inputs, read_text
from marsad.language.normalize import normalize_key

# Generic agents of every kind the scan knows: a pair (قوات الأمن), one-word agents (محتجين، المدنيين),
# a head of a named group (مقاتلات التحالف), a former official (ضابط سابق), a genitive country (قوات الاحتلال)
TEXT = (
    "أطلقت قوات الأمن الغاز المسيل للدموع على محتجين في وسط العاصمة، فيما شنت مقاتلات التحالف العربي "
    "غارات على مواقع للمسلحين قرب الحدود. وقال ضابط سابق إن قوات الاحتلال اعتقلت عددا من المدنيين، "
    "بينما دعا الرئيس الفرنسي إيمانويل ماكرون إلى التهدئة."
)


@pytest.fixture(scope="module")
def res() -> CoderResources:
    return load_resources()


@pytest.fixture(scope="module")
def articles(pipeline):
    # the text above and the first 12 bundled ANT articles (real news, shipped in the package)
    bundled = Path(marsad.__file__).parent / "samples" / "ant_news_sample.jsonl"
    records = [a for a in islice(iter_inputs([str(bundled)]), 12) if not isinstance(a, Failure)]
    return [pipeline.run(a) for a in [read_text(TEXT, source="generic.txt"), *records]]


def _reference(key: str, res: CoderResources) -> GenericWord:
    # the per-key value as the scan made it before plain words shared one instance
    stripped = strip_article(key)
    return GenericWord(
        bare=stripped,
        pair_head=stripped in res.generic_pair_heads or key in res.generic_pair_heads,
        single=res.generic_single.get(stripped),
        head=res.group_heads.get(stripped),
    )


def _keys(articles, res: CoderResources) -> list[str]:
    keys = [w.key for a in articles for s in a.stories for v in sentence_views(s) for w in v.words]
    keys += sorted(res.generic_single) + sorted(res.group_heads) + sorted(res.generic_pair_heads)
    keys += ["ال" + k for k in sorted(res.generic_single)] + [normalize_key(w) for w in ("و", "في", "قوات")]
    return keys


def test_mentions_generic_word_equals_the_per_key_construction(articles, res) -> None:
    keys = _keys(articles, res)
    for key in keys:
        made, ref = _generic_word(key, pair_heads=res.generic_pair_heads, res=res), _reference(key, res)
        if made is PLAIN_WORD:
            # the scan reads nothing from a word that is no pair head, agent or group head
            assert not ref.pair_head and ref.single is None and ref.head is None, key
        else:
            assert made == ref, key
    made = [_generic_word(k, pair_heads=res.generic_pair_heads, res=res) for k in keys]
    # most words of real news are plain and share the one instance; the others keep their fields
    plain = sum(m is PLAIN_WORD for m in made)
    assert plain > len(made) / 2
    assert any(m.pair_head for m in made) and any(m.single for m in made) and any(m.head for m in made)


def test_mentions_generic_agents_same_as_with_per_key_cache(articles, res) -> None:
    # the scan with its own (shared-value) cache finds the same agents as with a cache filled the old way
    old = load_resources()
    keys = _keys(articles, res)
    old.generic_words.update({k: _reference(k, old) for k in keys})
    found = 0
    for article in articles:
        for st in article.stories:
            entities = sorted(st.entities, key=lambda e: e.start)
            for view in sentence_views(st):
                here = [e for e in entities if view.start <= e.start < view.end]
                new = _with_generic_agents(st, view, here, res=res)
                assert new == _with_generic_agents(st, view, here, res=old)
                found += sum(e.type == "GENERIC" for e in new)
    assert found >= 5
    # the cache filled on real text holds few objects of its own: one per word that matters to the scan
    assert PLAIN_WORD in res.generic_words.values()
    distinct = {id(v) for v in res.generic_words.values()}
    assert len(distinct) < len(res.generic_words) / 10


def _strip_reference(key: str) -> str:
    # strip_article as it tried each prefix in turn before ARTICLE_RE
    for pre in ARTICLE_PREFIXES:
        if key.startswith(pre) and len(key) - len(pre) >= 3:
            return key[len(pre) :]
    return key


@given(
    hst.text(alphabet="والفبلكمن\nة", max_size=8)
    | hst.tuples(hst.sampled_from(ARTICLE_PREFIXES), hst.text(max_size=4)).map("".join)
)
def test_mentions_strip_article_equals_the_prefix_loop(key) -> None:
    assert strip_article(key) == _strip_reference(key)


def test_mentions_strip_article_on_real_words() -> None:
    cases = {"والقوات": "قوات", "والد": "الد", "وال": "وال", "للامم": "امم", "ولد": "ولد", "قوات": "قوات"}
    for key, stripped in cases.items():
        assert strip_article(key) == _strip_reference(key) == stripped, key

"""The generic-agent scan's per-word cache (events/mentions.py): shared values, same agents."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

import marsad
from marsad.events.coder import load_resources
from marsad.events.mentions import (
    ARTICLE_PREFIXES,
    BODY_HEAD_SECTORS,
    BODY_TYPES,
    FORMER_WORDS,
    GENERIC,
    GROUP_HEAD_SECTORS,
    NGO_GROUP,
    NISBA_TYPES,
    PLAIN_WORD,
    STRIP_CACHE_LIMIT,
    UNKNOWN_GROUP,
    _armed_group,
    _generic_word,
    _past_underscores,
    _with_generic_agents,
    country_genitives,
    strip_article,
)
from marsad.events.resources import CoderResources, GenericWord
from marsad.events.words import sentence_views
from marsad.ingest import Failure, iter_inputs, read_text
from marsad.language.normalize import normalize_key
from marsad.model import Entity

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
    keys = [w.norm for a in articles for s in a.stories for v in sentence_views(s) for w in v.words]
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


def _generic_agents_reference(story, view, entities, *, res):
    # _with_generic_agents as it stepped through every word before the cache probes ran in C
    words = view.words
    out = list(entities)
    pair_heads = res.generic_pair_heads
    cache = res.generic_words
    i = 0
    while i < len(words):
        w = words[i]
        last, sector = i, None
        info = cache.get(w.norm)
        if info is None:
            if len(cache) > STRIP_CACHE_LIMIT:
                cache.clear()
            info = cache[w.norm] = _generic_word(w.norm, pair_heads=pair_heads, res=res)
        if info is PLAIN_WORD:
            i += 1  # no pair head, one-word agent or group head: no agent starts here (most words)
            continue
        bare = info.bare
        if info.pair_head and i + 1 < len(words):
            nxt = words[i + 1].norm
            sector = res.generic_pairs.get(bare + " " + nxt) or res.generic_pairs.get(w.norm + " " + nxt)
            last = i + 1 if sector else i
        if sector is None:
            sector = info.single
        head_only = sector is None and info.head is not None
        if head_only:
            sector = info.head
        if sector is None or any(e.start < words[last].end and w.start < e.end for e in entities):
            i += 1
            continue
        end, country, actor = words[last].end, None, None
        if sector in (UNKNOWN_GROUP, NGO_GROUP):
            # الغرب، جميع الدول: no single country; منظمات حقوقية: an NGO (conventions section 2)
            country, sector = sector, None
        if (
            sector not in (UNKNOWN_GROUP, NGO_GROUP, None)
            and last + 1 < len(words)
            and strip_article(words[last + 1].norm) in FORMER_WORDS
        ):
            # ضابط سابق، المسؤول السابق: a former official (conventions section 2: ELI)
            sector = "ELI"
        # only entities no earlier generic agent has taken in (مدفعية #الجيش_اليمني: two heads, one group)
        # a hashtag's underscores join its words (#النيابة_العسكرية_الإسرائيلية): they stand between nothing
        tail = _past_underscores(words, last + 1)
        tail_end = words[tail - 1].end if tail > last + 1 else words[last].end
        nisba = next(
            (e for e in out if tail_end <= e.start <= tail_end + 1 and e.start > words[last].start), None
        )
        if nisba is None and tail + 1 < len(words) and words[tail].norm.startswith("ال"):
            # one definite adjective between (النيابة العسكرية الإسرائيلية، المحكمة العليا الإسرائيلية)
            after_adj = _past_underscores(words, tail + 1)
            gap_end = words[after_adj - 1].end
            nisba = next(
                (
                    e
                    for e in out
                    if gap_end <= e.start <= gap_end + 1 and e.type in NISBA_TYPES and e.start > w.start
                ),
                None,
            )
        if nisba is not None and nisba.country and not nisba.sector:
            end, country, actor = nisba.end, nisba.country, nisba.actor
            out.remove(nisba)
        elif nisba is not None and sector in GROUP_HEAD_SECTORS and _armed_group(nisba):
            # مقاتلات التحالف العربي، مسلحي طالبان، قوات التحالف الدولي: the head names members of the
            # group after it (construct state); the party is that group, in the group's sector if it has one
            end, country, actor = nisba.end, nisba.country, nisba.actor
            sector = nisba.sector if nisba.sector in GROUP_HEAD_SECTORS else sector
            out.remove(nisba)
        elif nisba is not None and sector in BODY_HEAD_SECTORS and nisba.type in BODY_TYPES and nisba.country:
            # نيابة أمن الدولة العليا المصرية: the entity stage tags the security service (COP) and not the
            # prosecution whose name it completes (construct state); the party is the prosecution, JUD, with
            # the body's country
            end, country, actor = nisba.end, nisba.country, None
            out.remove(nisba)
        elif head_only:
            # الطيران المدني، طائرات مسيرة: without a group after it the head names no party
            i += 1
            continue
        elif nisba is None and last + 1 < len(words) and words[last + 1].norm in country_genitives():
            # قوات الاحتلال، جنود الاحتلال: the genitive names the country as a nisba would
            end, country = words[last + 1].end, country_genitives()[words[last + 1].norm]
        out.append(
            Entity(
                start=w.start,
                end=end,
                text=story.text[w.start : end],
                type=GENERIC,
                country=country,
                sector=sector,
                actor=actor,
            )
        )
        i = last + 1
        while i < len(words) and words[i].start < end:
            i += 1  # the words of the nisba or group it took in start no agent of their own
    return sorted(out, key=lambda e: e.start)


def test_mentions_generic_agents_equal_the_word_by_word_scan(articles, res) -> None:
    found = 0
    for article in articles:
        for story in article.stories:
            entities = sorted(story.entities, key=lambda e: e.start)
            for view in sentence_views(story):
                here = [e for e in entities if view.start <= e.start < view.end]
                new = _with_generic_agents(story, view, here, res=res)
                assert new == _generic_agents_reference(story, view, here, res=res)
                found += sum(e.type == "GENERIC" for e in new)
    assert found >= 5


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


def _attributed_reference(ctx, x) -> bool:
    # attributed() as it was before round 11, building the unions of its word sets on every call
    from marsad.events.mentions import ATTRIBUTION_REACH, attribution_words

    words, (marks, verbs) = ctx.view.words, attribution_words()
    telling = verbs | ctx.res.modality.report_verbs
    same = next(
        (y for y in ctx.mentions if y.last == x.first - 1 and y.entities[-1].actor == x.entities[0].actor),
        None,
    )
    if same is not None and x.entities[0].actor:
        return _attributed_reference(ctx, same)
    for k in range(x.first - 1, max(-1, x.first - 1 - ATTRIBUTION_REACH), -1):
        key = words[k].norm
        keys = {key, key[1:]} if key[:1] in ("و", "ف") else {key}
        if keys & marks:
            return True
        if not keys & (telling | {"ما", "لما"}):
            return False
    return False


ATTRIBUTED_TEXT = (
    "وفق ما أوردت وكالة الأنباء السعودية واس، أعلنت الرياض استئناف العلاقات مع طهران. "
    "وقال مسؤول بحسب رويترز إن القوات الروسية قصفت مواقع في خاركيف، فيما نقلت فرانس برس عن الجيش قوله "
    "إنه صد الهجوم، وفقا لوكالة الأنباء الرسمية."
)


def test_mentions_attributed_equals_the_unions_per_call(articles, res, pipeline) -> None:
    from marsad.events.mentions import SentenceContext, attributed

    extra = pipeline.run(read_text(ATTRIBUTED_TEXT, source="attributed.txt"))
    told = checked = 0
    for article in [extra, *articles]:
        for st in article.stories:
            entities = sorted(st.entities, key=lambda e: e.start)
            for view in sentence_views(st):
                here = [e for e in entities if view.start <= e.start < view.end]
                ctx = SentenceContext(view=view, entities=here, story=st, res=res)
                for x in ctx.mentions:
                    new = attributed(ctx, x)
                    assert new == _attributed_reference(ctx, x), (st.text[view.start : view.end], x)
                    told += new
                    checked += 1
    assert checked >= 100 and told >= 2


def _prep_before_reference(words, first, ent) -> str:
    # _prep_before before round 11: str.endswith / str.startswith per clitic and per cluster
    w = words[first]
    pro = [c[:-1] for c in w.clitics if c.endswith("+") and c[:-1] in ("ل", "ب")]
    if pro:
        return pro[-1]
    if ent.start > w.start:
        prefix = normalize_key(w.text[: ent.start - w.start]).lstrip("وف")
        if prefix[:1] in ("ل", "ب"):
            return prefix[0]
    key = w.norm
    for clitic, prep in (("ولل", "ل"), ("لل", "ل"), ("وبال", "ب"), ("بال", "ب")):
        if key.startswith(clitic):
            return prep
    if ent.type == GENERIC:
        peeled = key[: len(key) - len(strip_article(key))].lstrip("وف")
        if peeled[:1] in ("ل", "ب"):
            return peeled[0]
    if first > 0:
        prev = words[first - 1].norm
        if prev.startswith("و") and len(prev) > 2:
            prev = prev[1:]
        return prev
    return ""


PREP_KEYS = ("وللصين", "للعاصمة", "وبالقاهرة", "بالرياض", "لبوتين", "ببكين", "والصين", "موسكو", "ولل", "بال")


@settings(max_examples=400, deadline=None)
@given(
    keys=hst.lists(
        hst.sampled_from(PREP_KEYS) | hst.text(alphabet=hst.sampled_from("وبلاصين"), min_size=1, max_size=6),
        min_size=1,
        max_size=3,
    ),
    clitics=hst.lists(hst.sampled_from(["ل+", "ب+", "و+", "ال+", "+ه", "+", "ل", "بب+"]), max_size=3),
    inside=hst.integers(min_value=0, max_value=3),
    generic=hst.booleans(),
)
def test_mentions_prep_before_equals_the_startswith_form(keys, clitics, inside, generic) -> None:
    from marsad.events.mentions import _prep_before
    from marsad.events.words import word

    words, pos = [], 0
    for k in keys:
        words.append(word(pos, pos + len(k), k, k, k, tuple(clitics)))
        pos += len(k) + 1
    last = words[-1]
    start = min(last.start + inside, last.end - 1)
    ent = Entity(
        start=start, end=last.end, text=last.text[start - last.start :], type=GENERIC if generic else "LOC"
    )
    first = len(words) - 1
    assert _prep_before(words, first, ent) == _prep_before_reference(words, first, ent)

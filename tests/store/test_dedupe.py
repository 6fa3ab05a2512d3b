"""Near-duplicate clustering and event folding.

The quality test builds its set from the shared ANT news sample: for 60 articles, four edited copies
(boilerplate added, a changed headline, the last paragraph trimmed, another outlet's dateline), which
must land in their original's cluster; and pairs of *different* articles about the same event (two
outlets, same day, headlines sharing at least three content words, written independently: under 30 %
of their word sequence in common), which must not be merged.
"""

from __future__ import annotations

import difflib
import functools
import gzip
import itertools
import json
import random
from collections import defaultdict
from email.utils import parsedate_to_datetime

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from store_helpers import made_article

from marsad.store import schema
from marsad.store.db import Store
from marsad.store.dedupe import Deduper, shingles
from marsad.store.ingest import ingest
from marsad.store.search import word_forms, words
from support import shared_file

FOOTER = "تابعونا على فيسبوك وتويتر للاطلاع على آخر الأخبار العاجلة على مدار الساعة. جميع الحقوق محفوظة 2018"
HEADER = "شارك هذا الخبر | اطبع | أرسل إلى صديق"
DATELINE = "القاهرة - (أ ف ب) - "
VARIANTS = ("boilerplate", "headline", "trimmed", "dateline")


def _day(rec: dict) -> str | None:
    try:
        return parsedate_to_datetime(rec["published"]).date().isoformat()
    except (TypeError, ValueError):
        return None


def _content(title: str) -> set[str]:
    return {word_forms(w)[-1] for w in words(title) if len(w) >= 4}


def _overlap(a: str, b: str, *, at_least: float) -> bool:
    """Whether the share of the two texts' word sequence in common reaches ``at_least``
    (quick_ratio is an upper bound of ratio, and much cheaper: most pairs stop there)."""
    matcher = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)
    return matcher.quick_ratio() >= at_least and matcher.ratio() >= at_least


@pytest.fixture(scope="module")
def dedupe_set() -> dict:
    path = shared_file("data/ant_news/ant_multisource_sample.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    pol = [r for r in recs if r["category"] in ("internationalNews", "middleEast") and _day(r)]
    rng = random.Random(20261126)
    long = [r for r in pol if r["text"].count("\n") >= 3 and 150 <= len(r["text"].split()) <= 1500]
    originals = rng.sample(long, 60)
    outlets = sorted({r["source"] for r in pol})
    articles: list[dict] = []
    gold: set[frozenset[str]] = set()
    for i, rec in enumerate(originals):
        paras = [p for p in rec["text"].split("\n") if p.strip()]
        other = [o for o in outlets if o != rec["source"]]
        variants = {
            "boilerplate": (rec["title"], f"{HEADER}\n{rec['text']}\n{FOOTER}", rec["source"]),
            "headline": (originals[(i + 1) % len(originals)]["title"], rec["text"], other[0]),
            "trimmed": (rec["title"], "\n".join(paras[:-1]), other[1]),
            "dateline": (rec["title"], DATELINE + rec["text"], other[2]),
        }
        articles.append(
            {
                "key": f"o{i}",
                "title": rec["title"],
                "text": rec["text"],
                "outlet": rec["source"],
                "day": _day(rec),
            }
        )
        for kind, (title, text, outlet) in variants.items():
            articles.append(
                {"key": f"o{i}-{kind}", "title": title, "text": text, "outlet": outlet, "day": _day(rec)}
            )
            gold.add(frozenset((f"o{i}", f"o{i}-{kind}")))
        for a, b in itertools.combinations(VARIANTS, 2):
            gold.add(frozenset((f"o{i}-{a}", f"o{i}-{b}")))
    # Different articles about the same event.
    chosen = {r["id"] for r in originals}
    by_day: dict[str, list[dict]] = defaultdict(list)
    for r in pol:
        if r["id"] not in chosen and len(r["text"]) < 20000:
            by_day[_day(r)].append(r)
    negatives: list[frozenset[str]] = []
    members: dict[str, dict] = {}
    for day in sorted(by_day):
        for a, b in itertools.combinations(by_day[day], 2):
            same_event = a["source"] != b["source"] and len(_content(a["title"]) & _content(b["title"])) >= 3
            if same_event and not _overlap(a["text"], b["text"], at_least=0.3):
                negatives.append(frozenset((a["id"], b["id"])))
                members[a["id"]], members[b["id"]] = a, b
    for rid, r in sorted(members.items()):
        articles.append(
            {"key": rid, "title": r["title"], "text": r["text"], "outlet": r["source"], "day": _day(r)}
        )
    # Reprints in the wild among the same-event articles (most of the text shared word for word) are
    # true duplicates too: label them so precision does not count them against the method.
    ids = sorted(members)
    for a, b in itertools.combinations(ids, 2):
        ra, rb = members[a], members[b]
        if (
            frozenset((a, b)) not in negatives
            and _day(ra) == _day(rb)
            and _overlap(ra["text"], rb["text"], at_least=0.6)
        ):
            gold.add(frozenset((a, b)))
    return {"articles": articles, "gold": gold, "negatives": negatives}


def _clusters(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return dict(conn.execute(sa.select(schema.articles.c.doc_id, schema.articles.c.cluster_id)).all())


def test_dedupe_quality_on_news_variants(tmp_path, settings, dedupe_set) -> None:
    arts = [
        made_article(a["text"], key=a["key"], outlet=a["outlet"], title=a["title"], published=a["day"])
        for a in dedupe_set["articles"]
    ]
    with Store.open(
        tmp_path / "dedupe.db", settings=settings.with_overrides({"store": {"batch_size": 100}})
    ) as store:
        ingest(arts, store=store, settings=store.settings)
        cluster = _clusters(store)
    members = defaultdict(list)
    for key, cid in cluster.items():
        members[cid].append(key)
    predicted = {frozenset(p) for keys in members.values() for p in itertools.combinations(sorted(keys), 2)}
    gold = dedupe_set["gold"]
    precision = len(predicted & gold) / len(predicted)
    recall = len(predicted & gold) / len(gold)
    by_kind = {
        kind: sum(cluster[f"o{i}"] == cluster[f"o{i}-{kind}"] for i in range(60)) / 60 for kind in VARIANTS
    }
    merged = sum(1 for pair in dedupe_set["negatives"] if len({cluster[k] for k in pair}) == 1)
    print(
        f"\ndedupe: {len(arts)} articles, {len(gold)} gold pairs, {len(predicted)} predicted pairs, "
        f"precision {precision:.3f}, recall {recall:.3f}; per variant {by_kind}; "
        f"same-event pairs merged {merged}/{len(dedupe_set['negatives'])}"
    )
    assert len(dedupe_set["negatives"]) >= 100
    assert min(by_kind.values()) >= 0.95
    assert precision >= 0.95 and recall >= 0.95
    assert merged / len(dedupe_set["negatives"]) <= 0.02


def test_dedupe_folds_events_across_a_cluster(store, settings, sample_records) -> None:
    base = sample_records[0]["text"]
    words_ = base.split()
    trigger, src, tgt = words_[1], words_[0], words_[2]
    event = [("CONSULT", trigger, src, "RUS", f"{tgt}:CHN")]
    other = sample_records[5]["text"]
    o_words = other.split()
    arts = [
        made_article(base, key="a", outlet="skynews", events=event),
        made_article(DATELINE + base, key="b", outlet="bbc", events=event),
        made_article(base + "\n" + FOOTER, key="c", outlet="bbc", events=event),
        # A different article about the same event: its own cluster, its own folded event.
        made_article(
            other,
            key="d",
            outlet="cnn",
            events=[("CONSULT", o_words[1], o_words[0], "RUS", f"{o_words[2]}:CHN")],
        ),
    ]
    ingest(arts, store=store, settings=settings)
    cluster = _clusters(store)
    assert cluster["a"] == cluster["b"] == cluster["c"] != cluster["d"]
    f, c = schema.folds, schema.clusters
    with store.connect() as conn:
        folds = conn.execute(
            sa.select(
                f.c.cluster_id,
                f.c.type,
                f.c.source_key,
                f.c.target_key,
                f.c.n_mentions,
                f.c.n_articles,
                f.c.n_sources,
            )
        ).all()
        sizes = dict(conn.execute(sa.select(c.c.id, c.c.size)).all())
        unfolded = conn.execute(
            sa.select(sa.func.count()).where(schema.events.c.fold_id.is_(None))
        ).scalar_one()
    assert sorted((r.n_mentions, r.n_articles, r.n_sources) for r in folds) == [(1, 1, 1), (3, 3, 2)]
    assert {(r.type, r.source_key, r.target_key) for r in folds} == {("CONSULT", "RUS/GOV", "CHN")}
    assert sizes[cluster["a"]] == 3 and unfolded == 0


def test_dedupe_events_differing_in_target_are_not_folded(store, settings, sample_records) -> None:
    base = sample_records[0]["text"]
    w = base.split()
    arts = [
        made_article(base, key="a", outlet="skynews", events=[("CONSULT", w[1], w[0], "RUS", f"{w[2]}:CHN")]),
        made_article(
            DATELINE + base, key="b", outlet="bbc", events=[("CONSULT", w[1], w[0], "RUS", f"{w[2]}:IND")]
        ),
    ]
    ingest(arts, store=store, settings=settings)
    with store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.folds)).scalar_one() == 2


def test_dedupe_merging_clusters_when_an_article_bridges_them(db_url, sample_records) -> None:
    from marsad.settings import Settings

    # At threshold 0.3 an article made of two others is a near duplicate of each: their clusters merge.
    settings = Settings.load(overrides={"store": {"batch_size": 1}, "dedupe": {"threshold": 0.3}})
    # Two unrelated articles of about the same length, so the union is about half of each.
    by_len = sorted(
        (r for r in sample_records if len(r["text"].split()) >= 150), key=lambda r: len(r["text"].split())
    )
    one, two = by_len[0]["text"], by_len[1]["text"]
    w1, w2 = one.split(), two.split()
    ev1 = [("CONSULT", w1[1], w1[0], "RUS", f"{w1[2]}:CHN")]
    ev2 = [("CONSULT", w2[1], w2[0], "RUS", f"{w2[2]}:IND")]
    with Store.open(db_url, settings=settings) as store:
        ingest(
            [
                made_article(one, key="x", outlet="a", events=ev1),
                made_article(two, key="y", outlet="b", events=ev2),
            ],
            store=store,
            settings=settings,
        )
        before = _clusters(store)
        assert before["x"] != before["y"]
        ingest(
            [made_article(one + "\n" + two, key="z", outlet="c", events=ev1)], store=store, settings=settings
        )
        after = _clusters(store)
        assert after["x"] == after["y"] == after["z"]
        with store.connect() as conn:
            clusters = conn.execute(
                sa.select(schema.clusters.c.id, schema.clusters.c.size, schema.clusters.c.n_sources)
            ).all()
            folds = conn.execute(sa.select(schema.folds.c.cluster_id, schema.folds.c.n_articles)).all()
        assert [(c.size, c.n_sources) for c in clusters] == [(3, 3)]
        assert {f.cluster_id for f in folds} == {after["x"]}
        assert sorted(f.n_articles for f in folds) == [1, 2]


def test_dedupe_signature_of_empty_text_and_shingles() -> None:
    from marsad.settings import Settings

    assert Deduper.from_settings(Settings.load()).signature(" .. ") is None
    assert shingles("قالَ الرئيسُ", size=4) == ["قال الرييس".encode()]
    assert shingles("a b c d e", size=4) == [b"a b c d", b"b c d e"]


@functools.cache
def _deduper() -> Deduper:
    return Deduper()


@hypothesis_settings(deadline=None)
@given(st.text(max_size=400))
def test_dedupe_shingles_never_raise_and_a_text_matches_itself(text: str) -> None:
    deduper = _deduper()
    grams = shingles(text, size=4)
    data = deduper.signature_bytes(text)
    assert (data is None) == (not grams)
    if data is not None:
        assert deduper.similar(data, data)
        assert len(deduper.bands(data)) == len(deduper.hashranges)

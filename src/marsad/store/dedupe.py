"""Near-duplicate articles as story clusters, and events folded across a cluster.

One agency story reappears on many sites with a new headline, a dateline, a trimmed last paragraph or a
footer. Each article's main story gets a MinHash signature (``datasketch``) over word shingles of its
matching keys (:func:`~marsad.language.normalize.normalize_key`), so spelling variants and diacritics do
not count as edits. Candidate pairs come from locality-sensitive hashing with the band layout datasketch's
``MinHashLSH`` picks for the threshold; the bands live in the ``lsh_bands`` table instead of memory, so
the index is persistent, incremental across runs and the same on SQLite and PostgreSQL (datasketch's own
persistent backends are Redis and Cassandra). A candidate joins a cluster only when the estimated Jaccard
similarity of the two signatures reaches the threshold.

Every article is in exactly one cluster (a singleton when it has no near duplicate). Events of a
cluster that agree on type, source, target and date are folded into one row of ``folds`` that counts
its mentions, articles and sources, like GDELT's NumMentions/NumArticles/NumSources; every event row
keeps its own evidence and points at its fold.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np
import sqlalchemy as sa

from marsad.language.normalize import normalize_key
from marsad.settings import Settings
from marsad.store import schema
from marsad.store.search import WORD

if TYPE_CHECKING:
    from datasketch import MinHash

log = logging.getLogger(__name__)

_IN_CHUNK = 500
#: datasketch's 32-bit permutation scheme (its default since 2.0); the signature is stored as uint32.
SCHEME = "affine32"
DTYPE = "<u4"


@dataclass(frozen=True, slots=True, kw_only=True)
class SignedArticle:
    article_id: int
    minhash: bytes | None
    """The signature's hash values (uint32, little-endian); None when the article has no main text."""


def shingles(text: str, *, size: int) -> list[bytes]:
    """Overlapping runs of ``size`` words of the text's matching keys (the whole text when shorter)."""
    tokens = WORD.findall(normalize_key(text).casefold())
    if not tokens:
        return []
    if len(tokens) <= size:
        return [" ".join(tokens).encode("utf-8")]
    return [" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)]


def signature_text(title: str | None, text: str) -> str:
    """What a signature covers: the headline (outlets copy it, or change it) and the story text."""
    return f"{title}\n{text}" if title else text


def source_key(*, outlet: str | None, url: str | None, source: str) -> str:
    """Who published an article, for counting sources: the outlet, else the URL's host, else the input."""
    if outlet:
        return outlet
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return source


@functools.lru_cache(maxsize=8)
def band_layout(threshold: float, num_perm: int) -> list[tuple[int, int]]:
    """The (start, end) hash-value ranges of each LSH band, as datasketch's MinHashLSH chooses them to
    minimise false positives and negatives at ``threshold`` (a numerical integration: cached)."""
    # Imported here: datasketch loads scipy (about a second), which search and export never need.
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)


class Deduper:
    """Signatures, band hashes and cluster assignment for one threshold and signature size."""

    def __init__(
        self, *, num_perm: int = 128, threshold: float = 0.5, shingle: int = 4, seed: int = 1
    ) -> None:
        self.num_perm = num_perm
        self.threshold = threshold
        self.shingle = shingle
        self.seed = seed
        self.hashranges = band_layout(threshold, num_perm)

    @classmethod
    def from_settings(cls, settings: Settings) -> Deduper:
        return cls(
            num_perm=int(settings.get("dedupe.num_perm", 128)),
            threshold=float(settings.get("dedupe.threshold", 0.5)),
            shingle=int(settings.get("dedupe.shingle", 4)),
        )

    def signature(self, text: str) -> MinHash | None:
        from datasketch import MinHash

        grams = shingles(text, size=self.shingle)
        if not grams:
            return None
        mh = MinHash(num_perm=self.num_perm, seed=self.seed, scheme=SCHEME)
        mh.update_batch(grams)
        return mh

    def signature_bytes(self, text: str) -> bytes | None:
        mh = self.signature(text)
        return None if mh is None else mh.hashvalues.astype(DTYPE).tobytes()

    def bands(self, data: bytes) -> list[int]:
        """One signed 64-bit bucket per band (what a BIGINT column holds)."""
        values = np.frombuffer(data, dtype=DTYPE)
        out = []
        for lo, hi in self.hashranges:
            digest = hashlib.blake2b(values[lo:hi].tobytes(), digest_size=8).digest()
            out.append(int.from_bytes(digest, "little", signed=True))
        return out

    def similar(self, a: bytes, b: bytes) -> bool:
        if len(a) != len(b):
            return False
        # MinHash.jaccard is the share of equal hash values; comparing the stored arrays directly spares
        # building two MinHash objects per candidate pair.
        return (
            float(np.mean(np.frombuffer(a, dtype=DTYPE) == np.frombuffer(b, dtype=DTYPE))) >= self.threshold
        )

    def assign(self, conn: sa.Connection, items: Sequence[SignedArticle]) -> set[int]:
        """Put each article into a cluster (joining or merging its near duplicates' clusters), store its
        signature and bands, then recount and refold the clusters touched. Returns their ids."""
        a, lb, cl = schema.articles, schema.lsh_bands, schema.clusters
        item_bands = {it.article_id: self.bands(it.minhash) for it in items if it.minhash is not None}
        # Existing articles sharing at least one (band, bucket) with a new one.
        wanted: dict[tuple[int, int], list[int]] = defaultdict(list)
        for aid, buckets in item_bands.items():
            for band, bucket in enumerate(buckets):
                wanted[(band, bucket)].append(aid)
        stored: dict[tuple[int, int], list[int]] = defaultdict(list)
        buckets_all = sorted({b for _, b in wanted})
        for i in range(0, len(buckets_all), _IN_CHUNK):
            rows = conn.execute(
                sa.select(lb.c.band, lb.c.bucket, lb.c.article_id).where(
                    lb.c.bucket.in_(buckets_all[i : i + _IN_CHUNK])
                )
            )
            for band, bucket, aid in rows:
                if (band, bucket) in wanted:
                    stored[(band, bucket)].append(aid)
        cand_ids = sorted({aid for ids in stored.values() for aid in ids})
        known: dict[int, tuple[bytes, int]] = {}
        for i in range(0, len(cand_ids), _IN_CHUNK):
            for aid, mh, cid in conn.execute(
                sa.select(a.c.id, a.c.minhash, a.c.cluster_id).where(a.c.id.in_(cand_ids[i : i + _IN_CHUNK]))
            ):
                if mh is not None and cid is not None:
                    known[aid] = (bytes(mh), cid)

        touched: set[int] = set()
        assigned: dict[int, int] = {}
        batch_index: dict[tuple[int, int], list[int]] = defaultdict(list)
        for it in items:
            clusters: set[int] = set()
            if it.minhash is not None:
                cands: set[int] = set()
                for band, bucket in enumerate(item_bands[it.article_id]):
                    cands.update(stored.get((band, bucket), ()))
                    cands.update(batch_index.get((band, bucket), ()))
                cands.discard(it.article_id)
                for other in cands:
                    if other in known and self.similar(it.minhash, known[other][0]):
                        clusters.add(known[other][1])
            if clusters:
                target = min(clusters)
                others = sorted(clusters - {target})
                if others:
                    conn.execute(a.update().where(a.c.cluster_id.in_(others)).values(cluster_id=target))
                    conn.execute(cl.delete().where(cl.c.id.in_(others)))
                    for aid, (mh, cid) in known.items():
                        if cid in others:
                            known[aid] = (mh, target)
                    for aid, cid in assigned.items():
                        if cid in others:
                            assigned[aid] = target
                    touched.difference_update(others)
            else:
                target = conn.execute(cl.insert().values(size=1, n_sources=1).returning(cl.c.id)).scalar_one()
            touched.add(target)
            conn.execute(
                a.update().where(a.c.id == it.article_id).values(cluster_id=target, minhash=it.minhash)
            )
            if it.minhash is not None:
                known[it.article_id] = (it.minhash, target)
                for band, bucket in enumerate(item_bands[it.article_id]):
                    batch_index[(band, bucket)].append(it.article_id)
        signatures = {it.article_id: it.minhash for it in items}
        if assigned:
            conn.execute(
                a.update()
                .where(a.c.id == sa.bindparam("aid"))
                .values(cluster_id=sa.bindparam("cid"), minhash=sa.bindparam("mh")),
                [{"aid": aid, "cid": cid, "mh": signatures[aid]} for aid, cid in assigned.items()],
            )
        rows = [
            {"article_id": aid, "band": band, "bucket": bucket}
            for aid, buckets in item_bands.items()
            for band, bucket in enumerate(buckets)
        ]
        if rows:
            conn.execute(lb.insert(), rows)
        recount(conn, touched)
        refold(conn, touched)
        return touched


def recount(conn: sa.Connection, cluster_ids: Iterable[int]) -> None:
    """Refresh size, source count and first date of the given clusters; drop the ones left empty."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    a, cl = schema.articles, schema.clusters
    for i in range(0, len(ids), _IN_CHUNK):
        chunk = ids[i : i + _IN_CHUNK]
        stats = {cid: [0, set(), None] for cid in chunk}
        for cid, outlet, url, source, date in conn.execute(
            sa.select(a.c.cluster_id, a.c.outlet, a.c.url, a.c.source, a.c.date).where(
                a.c.cluster_id.in_(chunk)
            )
        ):
            entry = stats[cid]
            entry[0] += 1
            entry[1].add(source_key(outlet=outlet, url=url, source=source))
            if date and (entry[2] is None or date < entry[2]):
                entry[2] = date
        empty = [cid for cid, (n, _, _) in stats.items() if n == 0]
        if empty:
            conn.execute(cl.delete().where(cl.c.id.in_(empty)))
        rows = [
            {"cid": cid, "size": n, "n_sources": len(srcs), "first_date": first}
            for cid, (n, srcs, first) in stats.items()
            if n
        ]
        if rows:
            conn.execute(
                cl.update()
                .where(cl.c.id == sa.bindparam("cid"))
                .values(
                    size=sa.bindparam("size"),
                    n_sources=sa.bindparam("n_sources"),
                    first_date=sa.bindparam("first_date"),
                ),
                rows,
            )


def participant_key(*, actor: str | None, country: str | None, sector: str | None, text: str) -> str:
    """How a participant is compared across articles: its actor code, else country/sector, else its words."""
    if actor:
        return actor
    if country:
        return f"{country}/{sector}" if sector else country
    return "~" + normalize_key(text)


def refold(conn: sa.Connection, cluster_ids: Iterable[int]) -> None:
    """Rebuild the folded events of the given clusters from their event rows."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    a, s, e, p, f = schema.articles, schema.stories, schema.events, schema.participants, schema.folds
    for i in range(0, len(ids), _IN_CHUNK):
        chunk = ids[i : i + _IN_CHUNK]
        conn.execute(
            e.update()
            .where(e.c.fold_id.in_(sa.select(f.c.id).where(f.c.cluster_id.in_(chunk))))
            .values(fold_id=None)
        )
        conn.execute(f.delete().where(f.c.cluster_id.in_(chunk)))
        rows = conn.execute(
            sa.select(
                e.c.id,
                e.c.type,
                e.c.mode,
                e.c.date,
                s.c.date,
                a.c.id,
                a.c.cluster_id,
                a.c.outlet,
                a.c.url,
                a.c.source,
            )
            .select_from(e.join(s, s.c.id == e.c.story_id).join(a, a.c.id == e.c.article_id))
            .where(a.c.cluster_id.in_(chunk))
            .order_by(e.c.id)
        ).all()
        if not rows:
            continue
        sides: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
        event_ids = [r[0] for r in rows]
        for j in range(0, len(event_ids), _IN_CHUNK):
            for eid, role, actor, country, sector, text in conn.execute(
                sa.select(p.c.event_id, p.c.role, p.c.actor, p.c.country, p.c.sector, p.c.text)
                .where(p.c.event_id.in_(event_ids[j : j + _IN_CHUNK]))
                .order_by(p.c.event_id, p.c.role, p.c.position)
            ):
                sides[eid][role].append(
                    participant_key(actor=actor, country=country, sector=sector, text=text)
                )
        groups: dict[tuple, list] = {}
        for eid, etype, mode, edate, sdate, aid, cid, outlet, url, source in rows:
            side = sides[eid]
            key = (
                cid,
                etype,
                "+".join(sorted(set(side["source"]))),
                "+".join(sorted(set(side["target"]))),
                (edate or sdate or "")[:10] or None,
            )
            groups.setdefault(key, []).append(
                (eid, mode, aid, source_key(outlet=outlet, url=url, source=source))
            )
        fold_rows = [
            {
                "cluster_id": cid,
                "type": etype,
                "mode": members[0][1],
                "source_key": src,
                "target_key": tgt,
                "date": date,
                "first_event_id": members[0][0],
                "n_mentions": len(members),
                "n_articles": len({m[2] for m in members}),
                "n_sources": len({m[3] for m in members}),
            }
            for (cid, etype, src, tgt, date), members in groups.items()
        ]
        fold_ids = (
            conn.execute(f.insert().returning(f.c.id, sort_by_parameter_order=True), fold_rows)
            .scalars()
            .all()
        )
        conn.execute(
            e.update().where(e.c.id == sa.bindparam("eid")).values(fold_id=sa.bindparam("fid")),
            [
                {"eid": m[0], "fid": fold_id}
                for fold_id, members in zip(fold_ids, groups.values(), strict=True)
                for m in members
            ],
        )

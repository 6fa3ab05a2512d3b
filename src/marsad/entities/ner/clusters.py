"""Word clusters learned by marsad from unlabelled Arabic news (the ANT corpus).

Why: ANERcorp has 125k training tokens, so most names in new text were never seen in training. Words
that occur in the same contexts in 2.4 million words of news (names of cities, of politicians, of
parties) fall into the same cluster, and the CRF learns cluster features that carry over to unseen
names (the role Brown clusters play in classic NER systems).

How: each word of the vocabulary is described by the words seen one and two positions to its left and
right (counts over the top context words), weighted by positive pointwise mutual information, reduced
with a truncated SVD and clustered with k-means at several granularities (coarse to fine, like the
prefixes of a Brown cluster path). Everything is seeded, so the same text gives the same clusters.
Brown clustering itself has no maintained Python package; SVD and k-means come from scikit-learn.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from marsad.entities.ner.tokenize import TOKEN_RE
from marsad.errors import ModelError
from marsad.language.normalize import normalize_key

log = logging.getLogger(__name__)

DIGIT_RE = re.compile(r"\d")
GRANULARITIES = (64, 256, 1024, 4096)


def word_key(token: str) -> str:
    """The form under which a token is looked up everywhere in the NER model: the normalize_key
    matching key with every digit as 0 (numbers differ by value, not by kind)."""
    key = normalize_key(token)
    # A key of letters only holds no digit (a letter is never a decimal digit): no regex pass.
    return key if key.isalpha() else DIGIT_RE.sub("0", key)


@dataclass(slots=True)
class WordClusters:
    """Cluster ids per word key at each granularity, and word counts in the clustering text."""

    granularities: tuple[int, ...] = GRANULARITIES
    ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def get(self, key: str) -> tuple[int, ...] | None:
        return self.ids.get(key)

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)

    def save(self, path: Path) -> None:
        """TSV (gzipped): word, count, one cluster id per granularity."""
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            fh.write("#granularities\t" + "\t".join(map(str, self.granularities)) + "\n")
            for word, ids in sorted(self.ids.items(), key=lambda kv: (-self.counts[kv[0]], kv[0])):
                fh.write(f"{word}\t{self.counts[word]}\t" + "\t".join(map(str, ids)) + "\n")

    @classmethod
    def load(cls, path: Path) -> WordClusters:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                header = fh.readline().rstrip("\n").split("\t")
                grans = tuple(int(g) for g in header[1:])
                ids: dict[str, tuple[int, ...]] = {}
                counts: dict[str, int] = {}
                for line in fh:
                    word, count, *rest = line.rstrip("\n").split("\t")
                    ids[word] = tuple(int(r) for r in rest)
                    counts[word] = int(count)
        except (OSError, ValueError, IndexError) as exc:
            raise ModelError(f"cannot read word clusters: {exc}", source=str(path)) from exc
        return cls(granularities=grans, ids=ids, counts=counts)


def news_texts(paths: Iterable[Path]) -> Iterator[str]:
    """Title and text of every record of ANT-style JSON Lines files (gzipped or not)."""
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                yield f"{record.get('title') or ''}\n{record.get('text') or ''}"


@dataclass(slots=True)
class WordVectors:
    """Dense word vectors (unit length), one row per word, words by falling count then by form."""

    words: list[str]
    counts: dict[str, int]
    vectors: np.ndarray


def learn_word_vectors(
    texts: Iterable[str],
    *,
    extra_sentences: Iterable[list[str]] = (),
    vocab_size: int = 60_000,
    min_count: int = 3,
    contexts: int = 2_000,
    dims: int = 100,
    seed: int = 13,
) -> WordVectors:
    """PPMI-SVD vectors of the words of raw texts (tokenized here) plus already tokenized sentences."""
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    docs: list[list[str]] = [[word_key(m.group()) for m in TOKEN_RE.finditer(t)] for t in texts]
    docs.extend([word_key(t) for t in sent] for sent in extra_sentences)
    counts = Counter(w for d in docs for w in d)
    log.info("clustering text: %d tokens, %d types", sum(counts.values()), len(counts))
    ranked = [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_count]
    vocab = {w: i for i, w in enumerate(ranked[:vocab_size])}
    ctx = {w: i for i, w in enumerate(ranked[:contexts])}
    # One long id stream with -1 for out-of-vocabulary words and document breaks.
    stream_w: list[int] = []
    stream_c: list[int] = []
    for d in docs:
        stream_w.extend(vocab.get(w, -1) for w in d)
        stream_c.extend(ctx.get(w, -1) for w in d)
        stream_w.append(-1)
        stream_c.append(-1)
    w_ids = np.array(stream_w, dtype=np.int64)
    c_ids = np.array(stream_c, dtype=np.int64)
    rows, cols = [], []
    for slot, offset in enumerate((-2, -1, 1, 2)):
        if offset < 0:
            w, c = w_ids[-offset:], c_ids[:offset]
        else:
            w, c = w_ids[:-offset], c_ids[offset:]
        keep = (w >= 0) & (c >= 0)
        rows.append(w[keep])
        cols.append(c[keep] + slot * len(ctx))
    r, c = np.concatenate(rows), np.concatenate(cols)
    matrix = sparse.coo_matrix(
        (np.ones(len(r), dtype=np.float64), (r, c)), shape=(len(vocab), 4 * len(ctx))
    ).tocsr()
    matrix.sum_duplicates()
    # Positive PMI: log(p(w,c) / (p(w) p(c))), negatives set to 0.
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    vectors = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    words = list(vocab)
    return WordVectors(words=words, counts={w: counts[w] for w in words}, vectors=normalize(vectors))


def cluster_vectors(
    vectors: WordVectors, *, granularities: tuple[int, ...] = GRANULARITIES, seed: int = 13
) -> WordClusters:
    """k-means at each granularity over the vectors (coarse to fine)."""
    from sklearn.cluster import MiniBatchKMeans

    labels = []
    for k in granularities:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096, max_iter=200)
        labels.append(km.fit_predict(vectors.vectors))
        log.info("k-means with %d clusters done", k)
    ids = {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vectors.words)}
    return WordClusters(granularities=granularities, ids=ids, counts=dict(vectors.counts))


def learn_clusters(
    texts: Iterable[str],
    *,
    extra_sentences: Iterable[list[str]] = (),
    vocab_size: int = 60_000,
    min_count: int = 3,
    contexts: int = 2_000,
    dims: int = 100,
    granularities: tuple[int, ...] = GRANULARITIES,
    seed: int = 13,
) -> WordClusters:
    """Learn clusters from raw texts (tokenized here) plus already tokenized sentences."""
    vectors = learn_word_vectors(
        texts,
        extra_sentences=extra_sentences,
        vocab_size=vocab_size,
        min_count=min_count,
        contexts=contexts,
        dims=dims,
        seed=seed,
    )
    return cluster_vectors(vectors, granularities=granularities, seed=seed)

"""EXPERIMENT (not shipped): contextual features for the NER net from a small bidirectional language
model that marsad trains on unlabelled news (TagLM / ELMo-lite, cheap and on the CPU), measured on
the dev split of docs/ner.md against the shipped recipe's net (same seeds, train-only); the rows are
in docs/ner.md, "Language-model features and other cheap context (the sixth round; measured, not
shipped)": the LM gave +0.52 on the mean of three seeds, under the +1.0 the round required.

The language model (LM): per token, the fixed PPMI-SVD word vector the shipped net reads (of the
word key, else its stem or bare form) and a small character CNN over the bare form, projected to
``--lm-width`` channels; then two stacks of three residual dilated convolutions of width 3
(dilations 1, 2, 4: 14 tokens of context), one causal (positions t-2d, t-d, t) and one anti-causal
(t, t+d, t+2d). The forward stack at t predicts the cluster (the shipped 256-way level, plus
"unknown word" and "sentence edge") of token t+1, the backward stack that of token t-1: a softmax of
258 classes, no sampled softmax needed. Trained on the ANT news (``shared/data/ant_news`` only,
cut into sentences by ``tokenize.sentence_tokens``, pieces of at most 64 tokens) plus the
training sentences' words (no tags); SaudiNewsNet not used.

The NER net is the shipped one (``neural_train``: same initialisation, batches, dropout, epochs),
with the frozen LM's two top layers (forward and backward, standardised on the training sentences)
as one more input, projected into the same 200 channels (dropout 0.5 like the other inputs). The
product with the train-only second CRF is scored exactly as ``NerTagger.tag_sentences`` does
(the scorer is swapped in). ``--variant base`` is the package's own ``train_net`` (the reference
rows); ``--variant worddrop`` is the shipped net with word dropout (each token's word vector
replaced by the unknown row with probability ``--word-drop``, characters and discrete features
kept), another cheap way to make the net lean on context; ``--variant aux`` adds a second output
layer trained on NewsFANE's tags of the same sentences mapped to ANERcorp's four types
(:func:`newsfane_aux`), dropped after training.

Usage (from the repository root; ``--crf`` is the train-only CRF recipe, ``marsad train ner --out
DIR --no-net``, which gives the train-only clusters and gazetteer)::

    PYTHONPATH=src python benchmarks/ner_lm.py --crf /tmp/crf --work /tmp/lm --variant lm --seed 1
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import resource
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import jax
import jax.numpy as jnp
import numpy as np
import optax

from marsad.entities.ner import neural_train as nt
from marsad.entities.ner.clusters import WordClusters, WordVectors, learn_word_vectors, news_texts
from marsad.entities.ner.corpus import LabeledSentence, dev_split, read_conll
from marsad.entities.ner.features import FeatureExtractor
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.neural import (
    MAX_CHARS,
    NetConfig,
    NetFeaturizer,
    NetInputs,
    NeuralScorer,
    log_softmax,
    quantize,
    word_table,
)
from marsad.entities.ner.scoring import score
from marsad.entities.ner.tagger import ModelFiles, NerTagger
from marsad.entities.ner.tokenize import sentence_tokens
from marsad.language.normalize import normalize_key

log = logging.getLogger("ner_lm")

LM_PIECE = 64
LM_LEVEL = 1
"""The clusters' 256-way level: the LM's target classes."""
EDGE = 257
N_CLASSES = 258


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# --------------------------------------------------------------------------------------------- data


def load_vectors(*, work: Path, news: list[Path], train_sents: list[LabeledSentence], clusters: WordClusters):
    path = work / "vectors.npz"
    if path.is_file():
        z = np.load(path, allow_pickle=False)
        words = [str(w) for w in z["words"]]
        vectors = WordVectors(words=words, counts={w: clusters.count(w) for w in words}, vectors=z["vectors"])
    else:
        vectors = learn_word_vectors(
            news_texts(news), extra_sentences=[s.tokens for s in train_sents], seed=13
        )
        np.savez(path, words=np.array(vectors.words), vectors=vectors.vectors.astype(np.float32))
    if vectors.words != list(clusters.ids):
        raise SystemExit(
            "the vectors do not follow the CRF directory's clusters (not the train-only recipe?)"
        )
    return vectors


@dataclass
class LmCorpus:
    """Token-type tables and the LM's training pieces as type ids."""

    type_word: np.ndarray  # (types,) word-table row
    type_chars: np.ndarray  # (types, MAX_CHARS)
    type_class: np.ndarray  # (types,) 0 unknown word, 1..256 cluster + 1
    pieces: list[np.ndarray]


def lm_corpus(*, news: list[Path], train_sents: list[LabeledSentence], featurizer: NetFeaturizer) -> LmCorpus:
    types: dict[str, int] = {}
    pieces: list[np.ndarray] = []

    def add(tokens: list[str]) -> None:
        for k in range(0, len(tokens), LM_PIECE):
            part = tokens[k : k + LM_PIECE]
            if len(part) >= 3:
                pieces.append(np.array([types.setdefault(t, len(types)) for t in part], np.int32))

    for text in news_texts(news):
        for sent in sentence_tokens(text):
            add(sent.texts)
    for s in train_sents:
        add(s.tokens)
    n = len(types)
    tw = np.zeros(n, np.int32)
    tc = np.zeros((n, MAX_CHARS), np.int32)
    tk = np.zeros(n, np.int32)
    for token, i in types.items():
        word, chars, disc = featurizer._row(token)
        tw[i], tc[i], tk[i] = word, chars, disc[1 + LM_LEVEL]
    log.info("LM corpus: %d pieces, %d tokens, %d types", len(pieces), sum(map(len, pieces)), n)
    return LmCorpus(type_word=tw, type_chars=tc, type_class=tk, pieces=pieces)


NEWSFANE_FOLD = str.maketrans("أإآٱىةؤئ", "اااايهوي")
NON_WORD_RE = re.compile(r"[\W_]")


def _fane_key(token: str) -> str:
    """A token's letters after NewsFANE's own normalisation (alef/hamza, ى, ة), nothing else: its
    tokens are clitic-segmented, so sentences are matched on their letters without spaces."""
    return NON_WORD_RE.sub("", normalize_key(token).translate(NEWSFANE_FOLD))


def read_newsfane(path: Path) -> list[LabeledSentence]:
    out, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                out.append(LabeledSentence(tokens=tokens, tags=tags))
                tokens, tags = [], []
            continue
        token, tag = line.split("\t")[:2]
        tokens.append(token)
        tags.append(tag)
    if tokens:
        out.append(LabeledSentence(tokens=tokens, tags=tags))
    return out


def newsfane_aux(train_sents: list[LabeledSentence], path: Path) -> list[list[str] | None]:
    """Per training sentence, NewsFANE's annotation of the same sentence mapped onto its tokens and
    coarsened to ANERcorp's types (or None when no NewsFANE sentence has the same letters).

    A token takes the fine type of the first entity letter inside it (B- when the entity starts in
    it); each fine type maps to the ANERcorp type its tokens most often carry in these aligned
    training sentences (Government and Group, mostly untagged in ANERcorp, map to O)."""
    by_key = {"".join(map(_fane_key, s.tokens)): s for s in read_newsfane(path)}
    fine: list[list[str] | None] = []
    votes: dict[str, Counter] = {}
    for sent in train_sents:
        other = by_key.get("".join(map(_fane_key, sent.tokens)))
        if other is None:
            fine.append(None)
            continue
        letters: list[str] = []
        for token, tag in zip(other.tokens, other.tags, strict=True):
            n = len(_fane_key(token))
            if n == 0:
                continue
            letters += [tag] + [("I-" + tag[2:]) if tag != "O" else "O"] * (n - 1)
        tags, at = [], 0
        for token, gold in zip(sent.tokens, sent.tags, strict=True):
            n = len(_fane_key(token))
            inside = [t for t in letters[at : at + n] if t != "O"]
            at += n
            tags.append(inside[0] if inside else "O")
            votes.setdefault(tags[-1][2:] or "O", Counter())[gold[2:] or "O"] += 1
        fine.append(tags)
    coarse = {t: c.most_common(1)[0][0] for t, c in votes.items()}
    log.info(
        "NewsFANE aux: %d of %d sentences aligned; map %s",
        sum(f is not None for f in fine),
        len(fine),
        coarse,
    )
    out: list[list[str] | None] = []
    for tags in fine:
        if tags is None:
            out.append(None)
            continue
        mapped = []
        for t in tags:
            c = coarse.get(t[2:], "O") if t != "O" else "O"
            if c == "O":
                mapped.append("O")
            elif t.startswith("I-") and mapped and mapped[-1] != "O" and mapped[-1][2:] == c:
                mapped.append("I-" + c)
            else:
                mapped.append("B-" + c)
        out.append(mapped)
    return out


def cached_corpus(
    *, work: Path, news: list[Path], train_sents: list[LabeledSentence], featurizer: NetFeaturizer
):
    path = work / "lm_corpus.npz"
    if path.is_file():
        with np.load(path) as z:
            lengths = z["lengths"]
            flat = z["flat"]
            return LmCorpus(
                type_word=z["type_word"],
                type_chars=z["type_chars"],
                type_class=z["type_class"],
                pieces=np.split(flat, np.cumsum(lengths)[:-1]),
            )
    corpus = lm_corpus(news=news, train_sents=train_sents, featurizer=featurizer)
    np.savez(
        path,
        type_word=corpus.type_word,
        type_chars=corpus.type_chars,
        type_class=corpus.type_class,
        lengths=np.array([len(p) for p in corpus.pieces]),
        flat=np.concatenate(corpus.pieces),
    )
    return corpus


# --------------------------------------------------------------------------------------------- the LM


def lm_init(key: jax.Array, *, n_chars: int, width: int) -> dict:
    keys = iter(jax.random.split(key, 32))

    def normal(shape: tuple[int, ...], scale: float) -> jax.Array:
        return scale * jax.random.normal(next(keys), shape, dtype=jnp.float32)

    ce, cf = 16, 32
    p = {
        "char": normal((n_chars, ce), 0.1),
        "char_w": normal((3, ce, cf), (1 / (3 * ce)) ** 0.5),
        "char_b": jnp.zeros(cf),
        "in_w": normal((100 + cf, width), (1 / (100 + cf)) ** 0.5),
        "in_b": jnp.zeros(width),
    }
    for d in "fb":
        for layer in range(3):
            p[f"{d}{layer}_w"] = normal((3, width, width), (2 / (3 * width)) ** 0.5)
            p[f"{d}{layer}_b"] = jnp.zeros(width)
        p[f"{d}_out_w"] = normal((width, N_CLASSES), (1 / width) ** 0.5)
        p[f"{d}_out_b"] = jnp.zeros(N_CLASSES)
    return p


def lm_states(p: dict, table: jax.Array, word: jax.Array, chars: jax.Array, mask: jax.Array):
    """(forward, backward) top-layer states (B, T, W); the forward one at t has read tokens <= t."""
    b, t = word.shape
    ch = p["char"][chars] * (chars > 0)[..., None]
    c = jnp.pad(ch.reshape(b * t, MAX_CHARS, -1), ((0, 0), (1, 1), (0, 0)))
    conv = jnp.tanh(sum(c[:, k : k + MAX_CHARS] @ p["char_w"][k] for k in range(3)) + p["char_b"])
    conv = jnp.where((chars.reshape(b * t, MAX_CHARS) > 0)[..., None], conv, -1.0)
    h = jnp.concatenate([table[word], conv.max(axis=1).reshape(b, t, -1)], axis=-1)
    m = mask[..., None]
    x = jax.nn.relu(h @ p["in_w"] + p["in_b"]) * m
    out = []
    for d in "fb":
        y = x
        for layer in range(3):
            s = 2**layer
            if d == "f":
                yp = jnp.pad(y, ((0, 0), (2 * s, 0), (0, 0)))
            else:
                yp = jnp.pad(y, ((0, 0), (0, 2 * s), (0, 0)))
            w = p[f"{d}{layer}_w"]
            z = yp[:, 0:t] @ w[0] + yp[:, s : s + t] @ w[1] + yp[:, 2 * s : 2 * s + t] @ w[2]
            y = (y + jax.nn.relu(z + p[f"{d}{layer}_b"])) * m
        out.append(y)
    return out[0], out[1]


def lm_targets(classes: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Forward targets (class of t+1, EDGE past the end) and backward ones (class of t-1)."""
    b, t = classes.shape
    fwd = np.full((b, t), EDGE, np.int32)
    bwd = np.full((b, t), EDGE, np.int32)
    fwd[:, :-1] = classes[:, 1:]
    bwd[:, 1:] = classes[:, :-1]
    for i, n in enumerate(lengths):
        fwd[i, n - 1 :] = EDGE
    return fwd, bwd


def train_lm(*, corpus: LmCorpus, table: np.ndarray, n_chars: int, width: int, steps: int, seed: int) -> dict:
    params = lm_init(jax.random.PRNGKey(seed), n_chars=n_chars, width=width)
    tx = optax.chain(optax.clip_by_global_norm(5.0), optax.adamw(2e-3, weight_decay=0.0))
    sched = optax.cosine_decay_schedule(1.0, steps)
    opt = tx.init(params)
    table_j = jnp.asarray(table)

    def loss_fn(p, word, chars, mask, fwd, bwd):
        f, b = lm_states(p, table_j, word, chars, mask)
        lf = optax.softmax_cross_entropy_with_integer_labels(f @ p["f_out_w"] + p["f_out_b"], fwd)
        lb = optax.softmax_cross_entropy_with_integer_labels(b @ p["b_out_w"] + p["b_out_b"], bwd)
        return ((lf + lb) * mask).sum() / (2 * mask.sum())

    @jax.jit
    def step(p, o, word, chars, mask, fwd, bwd, scale):
        loss, grads = jax.value_and_grad(loss_fn)(p, word, chars, mask, fwd, bwd)
        updates, o = tx.update(grads, o, p)
        updates = jax.tree_util.tree_map(lambda u: u * scale, updates)
        return optax.apply_updates(p, updates), o, loss

    rng = np.random.default_rng(seed)
    pieces = corpus.pieces
    # Buckets of padded length 16, 32, 48, 64 with about 4,096 token slots per batch: the compiled
    # shapes stay four, and little of each batch is padding.
    buckets: dict[int, list[int]] = {}
    for i, piece in enumerate(pieces):
        buckets.setdefault(-(-len(piece) // 16) * 16, []).append(i)
    sizes = sorted(buckets)
    weight = np.array([sum(len(pieces[i]) for i in buckets[t]) for t in sizes], np.float64)
    t0, total = time.perf_counter(), 0.0
    for k in range(steps):
        t = sizes[rng.choice(len(sizes), p=weight / weight.sum())]
        batch = 4096 // t
        idx = rng.choice(buckets[t], batch)
        ids = np.zeros((batch, t), np.int32)
        mask = np.zeros((batch, t), np.float32)
        lengths = np.array([len(pieces[i]) for i in idx])
        for j, i in enumerate(idx):
            ids[j, : lengths[j]] = pieces[i]
            mask[j, : lengths[j]] = 1
        classes = corpus.type_class[ids]
        fwd, bwd = lm_targets(classes, lengths)
        word = np.where(mask > 0, corpus.type_word[ids], 0)
        chars = corpus.type_chars[ids] * (mask > 0)[..., None]
        params, opt, loss = step(params, opt, word, chars, mask, fwd, bwd, float(sched(k)))
        total += float(loss)
        if (k + 1) % 100 == 0:
            log.info("LM step %d: loss %.3f, %.0f s", k + 1, total / 100, time.perf_counter() - t0)
            total = 0.0
    return {k: np.asarray(v) for k, v in params.items()}


def lm_features(params: dict, table: np.ndarray, x: NetInputs) -> np.ndarray:
    """The frozen LM's (forward, backward) states of a NER batch, (B, T, 2W)."""
    f, b = _lm_states_jit(
        {k: jnp.asarray(v) for k, v in params.items()},
        jnp.asarray(table),
        jnp.asarray(x.word),
        jnp.asarray(x.chars),
        jnp.asarray(x.mask),
    )
    return np.concatenate([np.asarray(f), np.asarray(b)], axis=-1)


_lm_states_jit = jax.jit(lm_states)


# --------------------------------------------------------------------------------------------- the NER net


def encode(p, words, x, lm, *, config: NetConfig, dropout: float = 0.0, key=None):
    """``nt.forward`` up to its output layer, the LM states (when given) as one more input of the
    projection: the same arithmetic with one more summand."""
    extra = 0.0
    if lm is not None:
        if key is not None:
            key, sub = jax.random.split(key)
            lm = lm * jax.random.bernoulli(sub, 1 - dropout, lm.shape) / (1 - dropout)
        extra = lm @ p["lm_w"]
    b, t = x["word"].shape
    ch = p["char"][x["chars"]] * (x["chars"] > 0)[..., None]
    c = ch.reshape(b * t, MAX_CHARS, -1)
    cp = jnp.pad(c, ((0, 0), (1, 1), (0, 0)))
    conv = jnp.tanh(sum(cp[:, k : k + MAX_CHARS] @ p["char_w"][k] for k in range(3)) + p["char_b"])
    conv = jnp.where((x["chars"].reshape(b * t, MAX_CHARS) > 0)[..., None], conv, -1.0)
    charv = conv.max(axis=1).reshape(b, t, -1)
    parts = [words[x["word"]], charv] + [p[f"d{k}"][x["disc"][..., k]] for k in range(8)]
    h = jnp.concatenate(parts, axis=-1)
    if key is not None:
        key, sub = jax.random.split(key)
        h = h * jax.random.bernoulli(sub, 1 - dropout, h.shape) / (1 - dropout)
    m = x["mask"][..., None]
    y = jax.nn.relu(h @ p["proj_w"] + extra + p["proj_b"]) * m
    for layer in range(config.layers):
        d = 2**layer
        yp = jnp.pad(y, ((0, 0), (d, d), (0, 0)))
        w = p[f"cnn{layer}_w"]
        z = yp[:, 0:t] @ w[0] + yp[:, d : d + t] @ w[1] + yp[:, 2 * d : 2 * d + t] @ w[2]
        y = (y + jax.nn.relu(z + p[f"cnn{layer}_b"])) * m
    if key is not None:
        y = y * jax.random.bernoulli(key, 1 - dropout, y.shape) / (1 - dropout)
    return y


def forward_lm(p, words, x, lm, *, config: NetConfig, dropout: float = 0.0, key=None):
    return encode(p, words, x, lm, config=config, dropout=dropout, key=key) @ p["out_w"] + p["out_b"]


@dataclass
class LmNet:
    params: dict
    table: np.ndarray
    featurizer: NetFeaturizer
    lm: dict | None
    lm_mean: np.ndarray | None
    lm_std: np.ndarray | None
    config: NetConfig

    def inputs(self, sents: list[list[str]], *, pad_to: int = 0) -> tuple[NetInputs, np.ndarray | None]:
        x = self.featurizer.batch(sents, pad_to=pad_to)
        if self.lm is None:
            return x, None
        z = (lm_features(self.lm, self.table, x) - self.lm_mean) / self.lm_std
        return x, z * x.mask[..., None]

    def log_probs(self, sents, *, batch: int = 64) -> list[np.ndarray]:
        out: list[np.ndarray] = [np.zeros((0, 9))] * len(sents)
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        params = {k: jnp.asarray(v) for k, v in self.params.items()}
        for at in range(0, len(order), batch):
            idx = order[at : at + batch]
            longest = max(len(sents[i]) for i in idx)
            x, z = self.inputs([list(sents[i]) for i in idx], pad_to=-(-longest // 32) * 32)
            arrays = nt.as_arrays(x)
            if z is None:
                logits = nt.forward(params, jnp.asarray(self.table), arrays, config=self.config)
            else:
                logits = forward_lm(
                    params, jnp.asarray(self.table), arrays, jnp.asarray(z), config=self.config
                )
            logp = log_softmax(np.asarray(logits))
            for j, i in enumerate(idx):
                out[i] = logp[j, : len(sents[i])]
        return out


def train_ner(
    *,
    sentences: list[LabeledSentence],
    featurizer: NetFeaturizer,
    table: np.ndarray,
    n_chars: int,
    levels: tuple[int, ...],
    lm: dict | None,
    seed: int,
    epochs: int,
    word_drop: float,
    aux: list[list[str] | None] | None = None,
    aux_weight: float = 0.5,
) -> LmNet:
    """``nt.train_net``'s loop (same initialisation, batches and order), the LM states as an input."""
    config = nt.NetConfig()
    tc = nt.NetTrainConfig(epochs=epochs, seed=seed)
    net = LmNet(
        params={}, table=table, featurizer=featurizer, lm=lm, lm_mean=None, lm_std=None, config=config
    )
    params = nt.init_params(
        jax.random.PRNGKey(tc.seed), in_words=table.shape[1], n_chars=n_chars, levels=levels, config=config
    )
    tx = optax.chain(optax.clip_by_global_norm(tc.clip), optax.adam(tc.lr))
    table_j = jnp.asarray(table)

    def loss_fn(p, x, z, labels, key):
        if aux is not None:
            # A second output layer over the encoder's last states, trained on NewsFANE's tags.
            feats = encode(p, table_j, x, z, config=config, dropout=tc.dropout, key=key)
            logits = feats @ p["out_w"] + p["out_b"]
            aux_logits = feats @ p["aux_w"] + p["aux_b"]
            la = optax.softmax_cross_entropy_with_integer_labels(aux_logits, labels[1])
            aux_term = aux_weight * (la * x["mask"] * labels[2]).sum() / x["mask"].sum()
            labels = labels[0]
        elif z is None:
            logits = nt.forward(p, table_j, x, config=config, dropout=tc.dropout, key=key)
            aux_term = 0.0
        else:
            logits = forward_lm(p, table_j, x, z, config=config, dropout=tc.dropout, key=key)
            aux_term = 0.0
        ll = optax.softmax_cross_entropy_with_integer_labels(logits, labels)
        return (ll * x["mask"]).sum() / x["mask"].sum() + aux_term

    @jax.jit
    def step(p, o, x, z, labels, key):
        loss, grads = jax.value_and_grad(loss_fn)(p, x, z, labels, key)
        updates, o = tx.update(grads, o, p)
        return optax.apply_updates(p, updates), o, loss

    pieces = nt.chunked(sentences, size=nt.MAX_TRAIN_LEN)
    aux_pieces: list[list[str] | None] = []
    if aux is not None:
        for sent, tags in zip(sentences, aux, strict=True):
            for k in range(0, len(sent.tokens), nt.MAX_TRAIN_LEN):
                aux_pieces.append(tags[k : k + nt.MAX_TRAIN_LEN] if tags is not None else None)
        params["aux_w"] = (1 / 200) ** 0.5 * jax.random.normal(jax.random.PRNGKey(seed + 2000), (200, 9))
        params["aux_b"] = jnp.zeros(9)
    order = sorted(range(len(pieces)), key=lambda i: (len(pieces[i].tokens), i))
    batches = []
    for at in range(0, len(order), tc.batch):
        idx = order[at : at + tc.batch]
        longest = max(len(pieces[i].tokens) for i in idx)
        x = featurizer.batch(
            [pieces[i].tokens for i in idx], pad_to=-(-longest // nt.PAD_MULTIPLE) * nt.PAD_MULTIPLE
        )
        z = lm_features(lm, table, x) if lm is not None else None
        labels = np.zeros(x.word.shape, np.int32)
        for j, i in enumerate(idx):
            labels[j, : len(pieces[i].tags)] = [nt.LABEL_ID[t] for t in pieces[i].tags]
        if aux is not None:
            aux_labels = np.zeros(x.word.shape, np.int32)
            aux_mask = np.zeros(x.word.shape, np.float32)
            for j, i in enumerate(idx):
                if aux_pieces[i] is not None:
                    aux_labels[j, : len(aux_pieces[i])] = [nt.LABEL_ID[t] for t in aux_pieces[i]]
                    aux_mask[j, : len(aux_pieces[i])] = 1
            labels = (labels, aux_labels, aux_mask)
        batches.append((x, z, labels))
    if lm is not None:
        # Standardise the LM states on the training sentences (ReLU states of residual stacks grow).
        flat = np.concatenate([z[x.mask > 0] for x, z, _ in batches])
        net.lm_mean, net.lm_std = flat.mean(axis=0), flat.std(axis=0) + 1e-3
        dims = flat.shape[1]
        params["lm_w"] = (
            0.5 * (1 / dims) ** 0.5 * jax.random.normal(jax.random.PRNGKey(seed + 1000), (dims, 200))
        )
        batches = [(x, (z - net.lm_mean) / net.lm_std * x.mask[..., None], y) for x, z, y in batches]
    batches = [(nt.as_arrays(x), z, y) for x, z, y in batches]
    opt = tx.init(params)
    rng = np.random.default_rng(tc.seed)
    drop_rng = np.random.default_rng(tc.seed + 7)
    key = jax.random.PRNGKey(tc.seed + 1)
    for epoch in range(tc.epochs):
        t0, total = time.perf_counter(), 0.0
        for b in rng.permutation(len(batches)):
            key, sub = jax.random.split(key)
            x, z, labels = batches[b]
            if word_drop > 0:
                x = dict(
                    x,
                    word=np.where(drop_rng.random(x["word"].shape) < word_drop, 1, x["word"])
                    * (x["mask"] > 0),
                )
            params, opt, loss = step(params, opt, x, z, labels, sub)
            total += float(loss)
        log.info("net epoch %d: loss %.4f, %.0f s", epoch + 1, total / len(batches), time.perf_counter() - t0)
    net.params = {k: np.asarray(v) for k, v in params.items() if not k.startswith("aux_")}
    return net


# --------------------------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--crf", type=Path, required=True, help="the train-only CRF model directory")
    ap.add_argument("--work", type=Path, required=True, help="cache and results directory")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--variant", choices=("base", "lm", "worddrop", "aux"), default="lm")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--lm-width", type=int, default=128)
    ap.add_argument("--lm-steps", type=int, default=700)
    ap.add_argument("--word-drop", type=float, default=0.1)
    ap.add_argument("--prep-only", action="store_true", help="cache the vectors and the LM corpus, then stop")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args.work.mkdir(parents=True, exist_ok=True)
    started, cpu0 = time.perf_counter(), cpu_seconds()

    sentences = read_conll(args.data / "anercorp_camel" / "train.txt")
    split = dev_split(sentences, blocks=5, fraction=0.15)
    news = sorted((args.data / "ant_news").glob("*.jsonl.gz"))
    files = ModelFiles.in_dir(args.crf)
    clusters = WordClusters.load(files.clusters)
    extractor = FeatureExtractor(clusters=clusters, gazetteer=Gazetteer.load(files.gazetteer))
    vectors = load_vectors(work=args.work, news=news, train_sents=split.train, clusters=clusters)
    quantized = quantize(np.asarray(vectors.vectors, dtype=np.float32))
    table = word_table(quantized)
    words = list(clusters.ids)
    chars = tuple(sorted({ch for s in split.train for t in s.tokens for ch in t}))
    featurizer = NetFeaturizer(
        extractor=extractor,
        words={w: i + 2 for i, w in enumerate(words)},
        chars={ch: i + 2 for i, ch in enumerate(chars)},
    )
    if args.prep_only:
        cached_corpus(work=args.work, news=news, train_sents=split.train, featurizer=featurizer)
        return
    tagger = NerTagger.load(args.crf)
    dev_tokens = [s.tokens for s in split.dev]
    gold = [s.tags for s in split.dev]
    row: dict = {"variant": args.variant, "seed": args.seed}

    if args.variant == "base":
        model = nt.train_net(
            sentences=split.train,
            extractor=extractor,
            vectors=vectors,
            train_config=nt.NetTrainConfig(epochs=args.epochs, seed=args.seed),
        )
        tagger.__dict__["net"] = NeuralScorer(model=model, extractor=tagger.extractor)
        net = LmNet(
            params=model.params,
            table=table,
            featurizer=featurizer,
            lm=None,
            lm_mean=None,
            lm_std=None,
            config=model.config,
        )
    else:
        lm = None
        if args.variant == "lm":
            lm_path = args.work / f"lm_w{args.lm_width}_s{args.lm_steps}.npz"
            if lm_path.is_file():
                with np.load(lm_path) as z:
                    lm = {k: z[k] for k in z.files}
            else:
                t_lm, c_lm = time.perf_counter(), cpu_seconds()
                corpus = cached_corpus(
                    work=args.work, news=news, train_sents=split.train, featurizer=featurizer
                )
                lm = train_lm(
                    corpus=corpus,
                    table=table,
                    n_chars=len(chars) + 2,
                    width=args.lm_width,
                    steps=args.lm_steps,
                    seed=1,
                )
                np.savez(lm_path, **lm)
                row["lm_wall_s"] = round(time.perf_counter() - t_lm)
                row["lm_cpu_s"] = round(cpu_seconds() - c_lm)
            row["lm_params"] = int(sum(v.size for v in lm.values()))
        net = train_ner(
            sentences=split.train,
            featurizer=featurizer,
            table=table,
            n_chars=len(chars) + 2,
            levels=clusters.granularities,
            lm=lm,
            seed=args.seed,
            epochs=args.epochs,
            word_drop=args.word_drop if args.variant == "worddrop" else 0.0,
            aux=newsfane_aux(split.train, args.data / "newsfane_gold" / "newsfane_gold_shared.tsv")
            if args.variant == "aux"
            else None,
        )
        tagger.__dict__["net"] = net
    both = score(gold, tagger.tag_sentences(dev_tokens))
    alone = [[nt.LABELS[i] for i in _viterbi_free(lp)] for lp in net.log_probs(dev_tokens)]
    row.update(
        {
            "dev_f1": round(100 * both.micro.f1, 2),
            "dev_p": round(100 * both.micro.precision, 2),
            "dev_r": round(100 * both.micro.recall, 2),
            "by_type": {k: round(100 * v.f1, 1) for k, v in sorted(both.by_type.items())},
            "net_alone_argmax_f1": round(100 * score(gold, alone).micro.f1, 2),
            "wall_s": round(time.perf_counter() - started),
            "cpu_s": round(cpu_seconds() - cpu0),
        }
    )
    log.info("%s", row)
    with (args.work / "results.jsonl").open("a") as fh:
        fh.write(json.dumps(row) + "\n")


def _viterbi_free(logp: np.ndarray) -> list[int]:
    """Per-token argmax (the net alone, no BIO constraint: a rough figure)."""
    return [int(i) for i in logp.argmax(axis=-1)]


if __name__ == "__main__":
    main()

"""Training the neural scorer of :mod:`marsad.entities.ner.neural` with jax and optax.

Needs the ``train`` optional dependencies (jax, optax); tagging does not. :func:`forward` is the jax
twin of :func:`marsad.entities.ner.neural.forward` (same parameters, same arithmetic), so the
numpy model tags exactly as the trained one (tested). The layers are a few lines of jnp rather than
flax modules so that the two forward passes can be read side by side.

Recipe (chosen on the dev split, docs/ner.md): softmax cross-entropy, Adam (learning rate 2e-3,
gradients clipped at norm 5), batches of 32 sentences of similar length, dropout 0.5 on the token
inputs and on the encoder's output, 16 epochs, word vectors fixed (a dense Adam update of 46k x 100
parameters per step costs more than the rest of the model). Seeded: the same data and seed give the
same weights.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

# One XLA thread: the budget is 2 cores, and the CRFs train beside the net in other processes.
os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import jax
import jax.numpy as jnp
import numpy as np
import optax

from marsad.entities.ner.clusters import WordVectors
from marsad.entities.ner.corpus import LabeledSentence
from marsad.entities.ner.features import FeatureExtractor
from marsad.entities.ner.neural import (
    DISC_COLUMNS,
    LABELS,
    MAX_CHARS,
    NetConfig,
    NetFeaturizer,
    NetInputs,
    NetModel,
    quantize,
    vocabulary_digest,
    word_table,
)

log = logging.getLogger(__name__)

LABEL_ID = {t: i for i, t in enumerate(LABELS)}
MAX_TRAIN_LEN = 96
"""Training sentences are cut into pieces of at most this many tokens, and padded to a multiple
of 32: three compiled shapes instead of one per length up to 530 tokens (4 % of the sentences are
longer than 96). Tagging reads whole sentences."""
PAD_MULTIPLE = 32


@dataclass(frozen=True, slots=True)
class NetTrainConfig:
    epochs: int = 16
    batch: int = 32
    lr: float = 2e-3
    dropout: float = 0.5
    clip: float = 5.0
    seed: int = 1


def init_params(
    key: jax.Array, *, in_words: int, n_chars: int, levels: tuple[int, ...], config: NetConfig
) -> dict:
    keys = iter(jax.random.split(key, 32))

    def normal(shape: tuple[int, ...], scale: float) -> jax.Array:
        return scale * jax.random.normal(next(keys), shape, dtype=jnp.float32)

    p: dict = {
        "char": normal((n_chars, config.char_emb), 0.1),
        "char_w": normal(
            (config.char_width, config.char_emb, config.char_filters),
            (1 / (config.char_width * config.char_emb)) ** 0.5,
        ),
        "char_b": jnp.zeros(config.char_filters),
    }
    d_in = in_words + config.char_filters
    for k, (rows, dims) in enumerate(config.embedding_sizes(levels)):
        p[f"d{k}"] = normal((rows, dims), 0.1)
        d_in += dims
    width = config.width
    p["proj_w"] = normal((d_in, width), (1 / d_in) ** 0.5)
    p["proj_b"] = jnp.zeros(width)
    for layer in range(config.layers):
        p[f"cnn{layer}_w"] = normal((3, width, width), (2 / (3 * width)) ** 0.5)
        p[f"cnn{layer}_b"] = jnp.zeros(width)
    p["out_w"] = normal((width, len(LABELS)), (1 / width) ** 0.5)
    p["out_b"] = jnp.zeros(len(LABELS))
    return p


def forward(
    p: dict,
    words: jax.Array,
    x: dict,
    *,
    config: NetConfig,
    dropout: float = 0.0,
    key: jax.Array | None = None,
) -> jax.Array:
    """Per-token label logits (B, T, len(LABELS)); dropout only when ``key`` is given."""
    b, t = x["word"].shape
    ch = p["char"][x["chars"]] * (x["chars"] > 0)[..., None]
    c = ch.reshape(b * t, MAX_CHARS, -1)
    pad = config.char_width // 2
    cp = jnp.pad(c, ((0, 0), (pad, pad), (0, 0)))
    conv = sum(cp[:, k : k + MAX_CHARS] @ p["char_w"][k] for k in range(config.char_width))
    conv = jnp.tanh(conv + p["char_b"])
    conv = jnp.where((x["chars"].reshape(b * t, MAX_CHARS) > 0)[..., None], conv, -1.0)
    charv = conv.max(axis=1).reshape(b, t, -1)
    parts = [words[x["word"]], charv] + [p[f"d{k}"][x["disc"][..., k]] for k in range(DISC_COLUMNS)]
    h = jnp.concatenate(parts, axis=-1)
    if key is not None:
        key, sub = jax.random.split(key)
        h = h * jax.random.bernoulli(sub, 1 - dropout, h.shape) / (1 - dropout)
    m = x["mask"][..., None]
    y = jax.nn.relu(h @ p["proj_w"] + p["proj_b"]) * m
    for layer in range(config.layers):
        d = 2**layer
        yp = jnp.pad(y, ((0, 0), (d, d), (0, 0)))
        w = p[f"cnn{layer}_w"]
        z = yp[:, 0:t] @ w[0] + yp[:, d : d + t] @ w[1] + yp[:, 2 * d : 2 * d + t] @ w[2]
        y = (y + jax.nn.relu(z + p[f"cnn{layer}_b"])) * m
    if key is not None:
        y = y * jax.random.bernoulli(key, 1 - dropout, y.shape) / (1 - dropout)
    return y @ p["out_w"] + p["out_b"]


def as_arrays(x: NetInputs) -> dict[str, np.ndarray]:
    return {"word": x.word, "chars": x.chars, "disc": x.disc, "mask": x.mask}


def chunked(sents: list[LabeledSentence], *, size: int) -> list[LabeledSentence]:
    return [
        LabeledSentence(tokens=s.tokens[k : k + size], tags=s.tags[k : k + size])
        for s in sents
        for k in range(0, len(s.tokens), size)
    ]


def train_net(
    *,
    sentences: list[LabeledSentence],
    extractor: FeatureExtractor,
    vectors: WordVectors,
    config: NetConfig | None = None,
    train_config: NetTrainConfig | None = None,
) -> NetModel:
    """Train the net on tagged sentences; ``vectors`` must list the words of ``extractor.clusters``
    in the same order (they are the vectors the clusters were made from)."""
    config = config or NetConfig()
    tc = train_config or NetTrainConfig()
    words = list(extractor.clusters.ids)
    if words != vectors.words:
        raise ValueError("the word vectors must list the clusters' words in the clusters' order")
    started = time.perf_counter()
    quantized = quantize(np.asarray(vectors.vectors, dtype=np.float32))
    chars = tuple(sorted({ch for s in sentences for t in s.tokens for ch in t}))
    featurizer = NetFeaturizer(
        extractor=extractor,
        words={w: i + 2 for i, w in enumerate(words)},
        chars={ch: i + 2 for i, ch in enumerate(chars)},
    )
    table = jnp.asarray(word_table(quantized))
    params = init_params(
        jax.random.PRNGKey(tc.seed),
        in_words=quantized.shape[1],
        n_chars=len(chars) + 2,
        levels=extractor.clusters.granularities,
        config=config,
    )
    tx = optax.chain(optax.clip_by_global_norm(tc.clip), optax.adam(tc.lr))
    opt = tx.init(params)

    def loss_fn(p: dict, table: jax.Array, x: dict, labels: jax.Array, key: jax.Array) -> jax.Array:
        logits = forward(p, table, x, config=config, dropout=tc.dropout, key=key)
        ll = optax.softmax_cross_entropy_with_integer_labels(logits, labels)
        return (ll * x["mask"]).sum() / x["mask"].sum()

    @jax.jit
    def step(p: dict, o: optax.OptState, table: jax.Array, x: dict, labels: jax.Array, key: jax.Array):
        loss, grads = jax.value_and_grad(loss_fn)(p, table, x, labels, key)
        updates, o = tx.update(grads, o, p)
        return optax.apply_updates(p, updates), o, loss

    pieces = chunked(sentences, size=MAX_TRAIN_LEN)
    # Batches of similar length (sorted, then visited in a seeded random order) keep padding down.
    order = sorted(range(len(pieces)), key=lambda i: (len(pieces[i].tokens), i))
    batches = []
    for at in range(0, len(order), tc.batch):
        idx = order[at : at + tc.batch]
        longest = max(len(pieces[i].tokens) for i in idx)
        x = featurizer.batch(
            [pieces[i].tokens for i in idx], pad_to=-(-longest // PAD_MULTIPLE) * PAD_MULTIPLE
        )
        labels = np.zeros(x.word.shape, np.int32)
        for j, i in enumerate(idx):
            labels[j, : len(pieces[i].tags)] = [LABEL_ID[t] for t in pieces[i].tags]
        batches.append((as_arrays(x), labels))
    rng = np.random.default_rng(tc.seed)
    key = jax.random.PRNGKey(tc.seed + 1)
    for epoch in range(tc.epochs):
        t0, total = time.perf_counter(), 0.0
        for b in rng.permutation(len(batches)):
            key, sub = jax.random.split(key)
            x, labels = batches[b]
            params, opt, loss = step(params, opt, table, x, labels, sub)
            total += float(loss)
        log.info("net epoch %d: loss %.4f, %.0f s", epoch + 1, total / len(batches), time.perf_counter() - t0)
    seconds = time.perf_counter() - started
    log.info("net trained in %.0f s", seconds)
    return NetModel(
        config=config,
        params={k: np.asarray(v, dtype=np.float32) for k, v in params.items()},
        vectors=quantized,
        chars=chars,
        digest=vocabulary_digest(words),
        meta={
            "epochs": tc.epochs,
            "seed": tc.seed,
            "sentences": len(sentences),
            "seconds": round(seconds, 1),
        },
    )


def jax_log_probs(model: NetModel, x: NetInputs) -> np.ndarray:
    """The trained net's log-probabilities with jax (the reference the numpy forward must equal)."""
    params = {k: jnp.asarray(v) for k, v in model.params.items()}
    logits = forward(params, jnp.asarray(word_table(model.vectors)), as_arrays(x), config=model.config)
    return np.asarray(jax.nn.log_softmax(logits, axis=-1))

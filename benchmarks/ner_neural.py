"""EXPERIMENT: a small neural NER tagger trained by marsad, measured against the two-pass CRF on the
dev split of docs/ner.md (the rows of "Neural scorer" there). The combination that won (the CNN,
second CRF scores + the net's log-probabilities) was then shipped as ``marsad.entities.ner.neural``
(run time, numpy) and ``neural_train`` (jax); this script stays as the record of the measured variants
(BiLSTM, marginal products, weights), not as the shipped code.

The model: a BiLSTM over, per token,
- marsad's own PPMI-SVD word vectors (the vectors the shipped word clusters come from: ANT news plus
  the words of the non-dev training sentences, the recipe of ``clusters.learn_clusters``), of the word
  key, else its clitic-stripped stem or bare form; fine-tuned;
- a character CNN over the clitic-stripped bare form;
- the CRF's cheap discrete features as small embeddings: gazetteer BIO label, the four cluster ids,
  token shape, proclitic, article affinity;
with a softmax output decoded by a BIO-constrained Viterbi (an I- never follows anything but its own
B-/I-). Then two combinations with the CRF (the train-only two-pass recipe, ``marsad train ner
--out DIR`` without ``--include-dev``):
- ``product``: the CRF's per-token marginals times the net's posteriors (a product of experts), one
  constrained Viterbi;
- ``stack``: the net's posteriors (binned) as extra attributes of a CRF, with 3-fold cross-validated
  posteriors for the training sentences (as the second pass does for first-pass tags).

Written with jax + optax (the LSTM cell and the CNN are a few lines of jnp, so that a numpy forward
pass could mirror them exactly). Runs on the CPU; set XLA to one or two threads on a shared machine.

Usage (from the repository root; the CRF directory gives the train-only clusters and gazetteer)::

    PYTHONPATH=src python benchmarks/ner_neural.py --crf /tmp/crf --out /tmp/nn [--epochs 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import numpy as np

from marsad.entities.ner.clusters import WordClusters, news_texts, word_key
from marsad.entities.ner.corpus import LabeledSentence, dev_split, read_conll
from marsad.entities.ner.features import FeatureExtractor, WordForms, shape, split_proclitics
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.scoring import score

log = logging.getLogger("ner_neural")

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
LABEL_ID = {t: i for i, t in enumerate(LABELS)}
SHAPES = ("num", "punct", "Latn-cap", "Latn", "Arab", "other")
GAZ = ("O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PERS", "I-PERS", "B-MISC", "I-MISC")
PROCLITIC_IDS = ("", "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل")
PROCLITIC_IDS += ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
AFFINITY = ("unk", "0", "1", "2", "3", "4")
MAX_CHARS = 16
# Training sentences are cut into pieces of at most this many tokens: three padded lengths (32, 64,
# 96) instead of one compile per length up to 530 tokens. 4 % of the sentences are longer.
MAX_TRAIN_LEN = 96


def chunked(sents: list[LabeledSentence], *, size: int) -> list[LabeledSentence]:
    out = []
    for s in sents:
        for k in range(0, len(s.tokens), size):
            out.append(LabeledSentence(tokens=s.tokens[k : k + size], tags=s.tags[k : k + size]))
    return out


def allowed_transitions() -> np.ndarray:
    """allowed[i, j]: label j may follow label i (I-X only after B-X or I-X)."""
    ok = np.ones((len(LABELS), len(LABELS)), dtype=bool)
    for j, t in enumerate(LABELS):
        if t.startswith("I-"):
            for i, s in enumerate(LABELS):
                ok[i, j] = s[2:] == t[2:] and s != "O"
    return ok


def start_allowed() -> np.ndarray:
    return np.array([not t.startswith("I-") for t in LABELS])


def viterbi(logp: np.ndarray) -> list[str]:
    """Best label path under the BIO constraint, scores = per-token log-probabilities."""
    ok = allowed_transitions()
    trans = np.where(ok, 0.0, -1e9)
    n = len(logp)
    score_ = logp[0] + np.where(start_allowed(), 0.0, -1e9)
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    for t in range(1, n):
        cand = score_[:, None] + trans
        back[t] = cand.argmax(0)
        score_ = cand.max(0) + logp[t]
    path = [int(score_.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return [LABELS[i] for i in reversed(path)]


# ---------------------------------------------------------------------------------------------- vectors


def learn_vectors(texts, *, extra_sentences, seed: int = 13):
    """The PPMI-SVD vectors the clusters are cut from (``clusters.learn_word_vectors``)."""
    from marsad.entities.ner.clusters import learn_word_vectors

    v = learn_word_vectors(texts, extra_sentences=extra_sentences, seed=seed)
    return v.words, v.vectors.astype(np.float32)


# ---------------------------------------------------------------------------------------------- inputs


@dataclass
class Vocab:
    words: dict[str, int]
    chars: dict[str, int]
    levels: tuple[int, ...]


@dataclass
class Batch:
    word: np.ndarray  # (B, T)
    chars: np.ndarray  # (B, T, C)
    disc: np.ndarray  # (B, T, 8): gaz, 4 cluster ids, shape, proclitic, affinity
    mask: np.ndarray  # (B, T)
    labels: np.ndarray  # (B, T)
    lengths: np.ndarray  # (B,)


class Featurizer:
    def __init__(self, *, clusters: WordClusters, gazetteer: Gazetteer, vocab: Vocab) -> None:
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.vocab = vocab
        self.fx = FeatureExtractor(clusters=clusters, gazetteer=gazetteer)

    def forms(self, token: str) -> WordForms:
        return split_proclitics(word_key(token), self.clusters)

    def token_rows(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        forms = [self.forms(t) for t in tokens]
        gaz = self.gazetteer.tag([f.bare for f in forms])
        n = len(tokens)
        word = np.zeros(n, dtype=np.int32)
        chars = np.zeros((n, MAX_CHARS), dtype=np.int32)
        disc = np.zeros((n, 8), dtype=np.int32)
        words, cv = self.vocab.words, self.vocab.chars
        for i, (t, f) in enumerate(zip(tokens, forms, strict=True)):
            word[i] = words.get(f.key) or words.get(f.stem) or words.get(f.bare) or 1
            for k, ch in enumerate(f.bare[:MAX_CHARS]):
                chars[i, k] = cv.get(ch, 1)
            cl = self.clusters.get(f.key) or self.clusters.get(f.stem) or self.clusters.get(f.bare)
            disc[i, 0] = GAZ.index(gaz[i]) if gaz[i] in GAZ else 0
            for lv in range(4):
                disc[i, 1 + lv] = cl[lv] + 1 if cl else 0
            disc[i, 5] = SHAPES.index(shape(t))
            disc[i, 6] = PROCLITIC_IDS.index(f.proclitic) if f.proclitic in PROCLITIC_IDS else 0
            disc[i, 7] = AFFINITY.index(self.fx._article_affinity(f))
        return word, chars, disc

    def batch(self, sents: list[list[str]], tags: list[list[str]] | None, *, bucket: int = 16) -> Batch:
        longest = max(len(s) for s in sents)
        T = ((longest + bucket - 1) // bucket) * bucket
        B = len(sents)
        b = Batch(
            word=np.zeros((B, T), np.int32),
            chars=np.zeros((B, T, MAX_CHARS), np.int32),
            disc=np.zeros((B, T, 8), np.int32),
            mask=np.zeros((B, T), np.float32),
            labels=np.zeros((B, T), np.int32),
            lengths=np.array([len(s) for s in sents], np.int32),
        )
        for i, s in enumerate(sents):
            w, c, d = self.token_rows(s)
            n = len(s)
            b.word[i, :n], b.chars[i, :n], b.disc[i, :n], b.mask[i, :n] = w, c, d, 1.0
            if tags is not None:
                b.labels[i, :n] = [LABEL_ID[t] for t in tags[i]]
        return b


# ---------------------------------------------------------------------------------------------- model

DISC_SIZES_EMB = ((len(GAZ), 16), None, None, None, None, (len(SHAPES), 4), (len(PROCLITIC_IDS), 4))
DISC_SIZES_EMB += ((len(AFFINITY), 4),)
CLUSTER_EMB = (8, 16, 16, 16)


@dataclass
class HParams:
    hidden: int = 100
    char_emb: int = 24
    char_filters: int = 50
    char_width: int = 3
    dropout: float = 0.5
    lr: float = 2e-3
    epochs: int = 12
    batch: int = 32
    seed: int = 1
    eval_every: int = 4
    encoder: str = "lstm"
    """"lstm" (a BiLSTM) or "cnn" (dilated convolutions over tokens, ``cnn_layers`` of width 3 with
    dilations 1, 2, 4, ...: no sequential scan, much cheaper on the CPU)."""
    cnn_layers: int = 3


def init_params(key, *, vectors: np.ndarray, n_chars: int, levels: tuple[int, ...], hp: HParams) -> dict:
    import jax
    import jax.numpy as jnp

    keys = iter(jax.random.split(key, 64))

    def normal(shape, scale):
        return scale * jax.random.normal(next(keys), shape, dtype=jnp.float32)

    p: dict = {}
    p["char"] = normal((n_chars, hp.char_emb), 0.1)
    p["char_w"] = normal(
        (hp.char_width, hp.char_emb, hp.char_filters), (1 / (hp.char_width * hp.char_emb)) ** 0.5
    )
    p["char_b"] = jnp.zeros(hp.char_filters)
    disc_dims = 0
    for k, spec in enumerate(DISC_SIZES_EMB):
        if spec is None:
            size, dim = levels[k - 1] + 1, CLUSTER_EMB[k - 1]
        else:
            size, dim = spec
        p[f"d{k}"] = normal((size, dim), 0.1)
        disc_dims += dim
    d_in = vectors.shape[1] + hp.char_filters + disc_dims
    if hp.encoder == "cnn":
        width = 2 * hp.hidden
        p["proj_w"] = normal((d_in, width), (1 / d_in) ** 0.5)
        p["proj_b"] = jnp.zeros(width)
        for layer in range(hp.cnn_layers):
            p[f"cnn{layer}_w"] = normal((3, width, width), (2 / (3 * width)) ** 0.5)
            p[f"cnn{layer}_b"] = jnp.zeros(width)
        p["out_w"] = normal((width, len(LABELS)), (1 / width) ** 0.5)
        p["out_b"] = jnp.zeros(len(LABELS))
        return p
    for name in ("fw", "bw"):
        p[f"{name}_wx"] = normal((d_in, 4 * hp.hidden), (1 / d_in) ** 0.5)
        p[f"{name}_wh"] = normal((hp.hidden, 4 * hp.hidden), (1 / hp.hidden) ** 0.5)
        # Forget-gate bias 1 (gates in order i, f, g, o).
        p[f"{name}_b"] = jnp.zeros(4 * hp.hidden).at[hp.hidden : 2 * hp.hidden].set(1.0)
    p["out_w"] = normal((2 * hp.hidden, len(LABELS)), (1 / (2 * hp.hidden)) ** 0.5)
    p["out_b"] = jnp.zeros(len(LABELS))
    return p


def word_table(vectors: np.ndarray) -> np.ndarray:
    """Row 0: padding, row 1: unknown word; then the vectors (kept fixed: a dense Adam update of
    46k x 100 parameters per step costs more than the rest of the model on 2 shared cores)."""
    return np.concatenate([np.zeros((2, vectors.shape[1]), np.float32), vectors], axis=0)


def forward(p: dict, words, b: dict, *, hp: HParams, dropout_key=None):
    """Per-token label logits (B, T, L)."""
    import jax
    import jax.numpy as jnp

    word = words[b["word"]]
    ch = p["char"][b["chars"]]  # (B, T, C, E)
    ch = ch * (b["chars"] > 0)[..., None]
    Bn, T, C, E = ch.shape
    x = ch.reshape(Bn * T, C, E)
    xp = jnp.pad(x, ((0, 0), (1, 1), (0, 0)))
    conv = sum(jnp.einsum("nce,ef->ncf", xp[:, k : k + C], p["char_w"][k]) for k in range(hp.char_width))
    conv = jnp.tanh(conv + p["char_b"])
    conv = jnp.where((b["chars"].reshape(Bn * T, C) > 0)[..., None], conv, -1.0)
    charv = conv.max(axis=1).reshape(Bn, T, -1)
    parts = [word, charv] + [p[f"d{k}"][b["disc"][..., k]] for k in range(len(DISC_SIZES_EMB))]
    h = jnp.concatenate(parts, axis=-1)
    if dropout_key is not None:
        k1, k2 = jax.random.split(dropout_key)
        h = h * jax.random.bernoulli(k1, 1 - hp.dropout, h.shape) / (1 - hp.dropout)

    o = cnn_encode(p, h, b["mask"], hp=hp) if hp.encoder == "cnn" else lstm_encode(p, h, b["lengths"], hp=hp)
    if dropout_key is not None:
        o = o * jax.random.bernoulli(k2, 1 - hp.dropout, o.shape) / (1 - hp.dropout)
    return o @ p["out_w"] + p["out_b"]


def cnn_encode(p: dict, h, mask, *, hp: HParams):
    """Dilated convolutions over tokens (Strubell et al. 2017's idea, without their iteration): each
    layer sees the previous at offsets -d, 0, +d; residual; padding positions held at zero."""
    import jax
    import jax.numpy as jnp

    m = mask[..., None]
    x = jax.nn.relu(h @ p["proj_w"] + p["proj_b"]) * m
    T = x.shape[1]
    for layer in range(hp.cnn_layers):
        d = 2**layer
        xp = jnp.pad(x, ((0, 0), (d, d), (0, 0)))
        w = p[f"cnn{layer}_w"]
        y = xp[:, 0:T] @ w[0] + xp[:, d : d + T] @ w[1] + xp[:, 2 * d : 2 * d + T] @ w[2] + p[f"cnn{layer}_b"]
        x = (x + jax.nn.relu(y)) * m
    return x


def lstm_encode(p: dict, h, lengths, *, hp: HParams):
    import jax
    import jax.numpy as jnp

    T = h.shape[1]
    t_idx = jnp.arange(T)
    # The backward LSTM reads each sentence reversed within its own length (padding stays at the end).
    rev = jnp.where(t_idx[None, :] < lengths[:, None], lengths[:, None] - 1 - t_idx[None, :], t_idx[None, :])
    h_rev = jnp.take_along_axis(h, rev[..., None], axis=1)

    def lstm(name, seq):
        xw = seq @ p[f"{name}_wx"] + p[f"{name}_b"]  # (B, T, 4H)
        H = hp.hidden

        def step(carry, xt):
            hh, cc = carry
            z = xt + hh @ p[f"{name}_wh"]
            i, f, g, o = (
                jax.nn.sigmoid(z[:, :H]),
                jax.nn.sigmoid(z[:, H : 2 * H]),
                jnp.tanh(z[:, 2 * H : 3 * H]),
                jax.nn.sigmoid(z[:, 3 * H :]),
            )
            cc = f * cc + i * g
            hh = o * jnp.tanh(cc)
            return (hh, cc), hh

        zeros = jnp.zeros((seq.shape[0], H))
        _, out = jax.lax.scan(step, (zeros, zeros), jnp.swapaxes(xw, 0, 1))
        return jnp.swapaxes(out, 0, 1)

    fw = lstm("fw", h)
    bw = jnp.take_along_axis(lstm("bw", h_rev), rev[..., None], axis=1)
    return jnp.concatenate([fw, bw], axis=-1)


def as_dict(b: Batch) -> dict:
    return {
        "word": b.word,
        "chars": b.chars,
        "disc": b.disc,
        "mask": b.mask,
        "labels": b.labels,
        "lengths": b.lengths,
    }


def train_net(
    *,
    featurizer: Featurizer,
    vectors: np.ndarray,
    train: list[LabeledSentence],
    dev: list[LabeledSentence] | None,
    hp: HParams,
) -> tuple[dict, list[dict]]:
    import jax
    import jax.numpy as jnp
    import optax

    rng = np.random.default_rng(hp.seed)
    params = init_params(
        jax.random.PRNGKey(hp.seed),
        vectors=vectors,
        n_chars=len(featurizer.vocab.chars) + 2,
        levels=featurizer.vocab.levels,
        hp=hp,
    )
    tx = optax.chain(optax.clip_by_global_norm(5.0), optax.adam(hp.lr))
    opt = tx.init(params)

    words = jnp.asarray(word_table(vectors))

    def loss_fn(p, w, b, key):
        logits = forward(p, w, b, hp=hp, dropout_key=key)
        ll = optax.softmax_cross_entropy_with_integer_labels(logits, b["labels"])
        return (ll * b["mask"]).sum() / b["mask"].sum()

    @jax.jit
    def step(p, o, w, b, key):
        loss, g = jax.value_and_grad(loss_fn)(p, w, b, key)
        upd, o = tx.update(g, o, p)
        return optax.apply_updates(p, upd), o, loss

    # Batches of similar length (sorted, then shuffled as batches) keep padding and compiles down.
    train = chunked(train, size=MAX_TRAIN_LEN)
    order = sorted(range(len(train)), key=lambda i: len(train[i].tokens))
    batches = [order[i : i + hp.batch] for i in range(0, len(order), hp.batch)]
    prepared = [
        as_dict(featurizer.batch([train[i].tokens for i in bi], [train[i].tags for i in bi], bucket=32))
        for bi in batches
    ]
    key = jax.random.PRNGKey(hp.seed + 1000)
    history = []
    for epoch in range(hp.epochs):
        started = time.perf_counter()
        total = 0.0
        for bi in rng.permutation(len(prepared)):
            key, sub = jax.random.split(key)
            params, opt, loss = step(params, opt, words, prepared[bi], sub)
            total += float(loss)
        row = {
            "epoch": epoch + 1,
            "loss": round(total / len(prepared), 4),
            "seconds": round(time.perf_counter() - started, 1),
        }
        if dev is not None and (epoch + 1) % hp.eval_every == 0:
            post = posteriors(params, words, featurizer=featurizer, sents=[s.tokens for s in dev], hp=hp)
            pred = [viterbi(np.log(pp + 1e-12)) for pp in post]
            row["dev_f1"] = round(100 * score([s.tags for s in dev], pred).micro.f1, 2)
        log.info("epoch %s", row)
        history.append(row)
    return params, history


def posteriors(
    params: dict, words, *, featurizer: Featurizer, sents: list[list[str]], hp: HParams, batch: int = 32
) -> list[np.ndarray]:
    import jax

    fwd = jax.jit(lambda p, w, b: jax.nn.softmax(forward(p, w, b, hp=hp), axis=-1))
    out: list[np.ndarray | None] = [None] * len(sents)
    order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
    for k in range(0, len(order), batch):
        idx = order[k : k + batch]
        longest = max(len(sents[i]) for i in idx)
        b = featurizer.batch([sents[i] for i in idx], None, bucket=1 << max(4, (longest - 1).bit_length()))
        probs = np.asarray(fwd(params, words, as_dict(b)))
        for j, i in enumerate(idx):
            out[i] = probs[j, : len(sents[i])]
    return out  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument(
        "--crf", type=Path, required=True, help="train-only model dir (clusters, gazetteer, CRFs)"
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--encoder", choices=("lstm", "cnn"), default="lstm")
    ap.add_argument("--cnn-layers", type=int, default=3)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--eval-every", type=int, default=4)
    ap.add_argument(
        "--folds", type=int, default=0, help="also train k fold nets for CV posteriors (stacking)"
    )
    ap.add_argument("--combine", action="store_true", help="only combine saved net posteriors with the CRF")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.combine:
        combine(args)
        return
    started = time.perf_counter()

    sentences = read_conll(args.data / "anercorp_camel" / "train.txt")
    split = dev_split(sentences)
    clusters = WordClusters.load(args.crf / "clusters.tsv.gz")
    gazetteer = Gazetteer.load(args.crf / "gazetteer.tsv")
    vec_file = args.out.parent / "vectors.npz"
    if vec_file.is_file():
        z = np.load(vec_file, allow_pickle=False)
        words, vectors = list(z["words"]), z["vectors"]
    else:
        news = sorted((args.data / "ant_news").glob("*.jsonl.gz"))
        words, vectors = learn_vectors(news_texts(news), extra_sentences=[s.tokens for s in split.train])
        np.savez(vec_file, words=np.array(words), vectors=vectors)
    log.info("vectors %s in %.0f s", vectors.shape, time.perf_counter() - started)
    chars = sorted({ch for s in split.train for t in s.tokens for ch in t})
    vocab = Vocab(
        words={w: i + 2 for i, w in enumerate(words)},
        chars={c: i + 2 for i, c in enumerate(chars)},
        levels=clusters.granularities,
    )
    featurizer = Featurizer(clusters=clusters, gazetteer=gazetteer, vocab=vocab)
    hp = HParams(
        epochs=args.epochs,
        seed=args.seed,
        hidden=args.hidden,
        lr=args.lr,
        encoder=args.encoder,
        cnn_layers=args.cnn_layers,
        dropout=args.dropout,
        eval_every=args.eval_every,
    )
    t0 = time.perf_counter()
    params, history = train_net(
        featurizer=featurizer, vectors=vectors, train=split.train, dev=split.dev, hp=hp
    )
    train_seconds = time.perf_counter() - t0
    dev_tokens = [s.tokens for s in split.dev]
    words = word_table(vectors)
    post = posteriors(params, words, featurizer=featurizer, sents=dev_tokens, hp=hp)
    np.savez(args.out / "dev_posteriors.npz", *post)
    net_pred = [viterbi(np.log(pp + 1e-12)) for pp in post]
    gold = [s.tags for s in split.dev]
    result = {"hparams": hp.__dict__, "history": history, "train_seconds": round(train_seconds, 1)}
    net_scores = score(gold, net_pred)
    result["net"] = net_scores.table()
    result["net_f1"] = round(100 * net_scores.micro.f1, 2)
    log.info("net dev:\n%s", net_scores.table())

    folds_post = None
    if args.folds:
        n = len(split.train)
        folds_post = []
        for k in range(args.folds):
            a, z_ = k * n // args.folds, (k + 1) * n // args.folds
            pk, _ = train_net(
                featurizer=featurizer,
                vectors=vectors,
                train=split.train[:a] + split.train[z_:],
                dev=None,
                hp=hp,
            )
            folds_post += posteriors(
                pk, words, featurizer=featurizer, sents=[s.tokens for s in split.train[a:z_]], hp=hp
            )
        np.savez(args.out / "train_cv_posteriors.npz", *folds_post)
    result["seconds"] = round(time.perf_counter() - started, 1)
    (args.out / "result.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    np.savez(args.out / "params.npz", **{k: np.asarray(v) for k, v in params.items()})


# ---------------------------------------------------------------------------------------------- combine


def crf_marginals(crf_dir: Path, sents: list[list[str]], *, window: int = 10) -> tuple[list, list]:
    """Per-token label marginals of the first CRF and of the two-pass tagging (pycrfsuite)."""
    import pycrfsuite

    from marsad.entities.ner.docfeatures import DocTokens, document_attributes

    clusters = WordClusters.load(crf_dir / "clusters.tsv.gz")
    gazetteer = Gazetteer.load(crf_dir / "gazetteer.tsv")
    fx = FeatureExtractor(clusters=clusters, gazetteer=gazetteer)
    crf1, crf2 = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    crf1.open(str(crf_dir / "ner.crfsuite"))
    crf2.open(str(crf_dir / "ner_doc.crfsuite"))

    def marg(crf, x) -> np.ndarray:
        crf.set(x)
        labels = set(crf.labels())
        return np.array([[crf.marginal(y, t) if y in labels else 0.0 for y in LABELS] for t in range(len(x))])

    xs = [fx.sentence_attributes(s) for s in sents]
    first_tags = [list(crf1.tag(x)) for x in xs]
    first = [marg(crf1, x) for x in xs]
    extra = document_attributes(
        [
            DocTokens(forms=[fx.type_attributes(t).forms for t in s], tags=t)
            for s, t in zip(sents, first_tags, strict=True)
        ],
        window=window,
    )
    x2 = [[a + e for a, e in zip(x, ex, strict=True)] for x, ex in zip(xs, extra, strict=True)]
    second = [marg(crf2, x) for x in x2]
    return (
        first,
        second,
        crf_scores(crf_dir / "ner.crfsuite", xs),
        crf_scores(crf_dir / "ner_doc.crfsuite", x2),
    )


@dataclass
class CrfScores:
    emissions: list[np.ndarray]
    """Per sentence [token, label in LABELS order]: the CRF's summed state weights."""
    transitions: np.ndarray


def crf_scores(path: Path, xs: list[list[list[str]]]) -> CrfScores:
    from marsad.entities.ner.decode import CrfWeights

    w = CrfWeights.load(path)
    perm = [w.labels.index(t) for t in LABELS]
    em = [np.array([w.score(a) for a in x])[:, perm] for x in xs]
    return CrfScores(emissions=em, transitions=w.transitions[np.ix_(perm, perm)])


def viterbi_trans(em: np.ndarray, trans: np.ndarray) -> list[str]:
    """Plain Viterbi with label-to-label transition scores (the CRF's)."""
    n = len(em)
    score_ = em[0].copy()
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    for t in range(1, n):
        cand = score_[:, None] + trans
        back[t] = cand.argmax(0)
        score_ = cand.max(0) + em[t]
    path = [int(score_.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return [LABELS[i] for i in reversed(path)]


def combine(args: argparse.Namespace) -> None:
    sentences = read_conll(args.data / "anercorp_camel" / "train.txt")
    split = dev_split(sentences)
    gold = [s.tags for s in split.dev]
    z = np.load(args.out / "dev_posteriors.npz")
    net = [z[f"arr_{i}"] for i in range(len(split.dev))]
    first, second, s1, s2 = crf_marginals(args.crf, [s.tokens for s in split.dev])
    rows = []

    def row(name: str, pred: list[list[str]]) -> None:
        sc = score(gold, pred)
        rows.append(
            (
                name,
                round(100 * sc.micro.f1, 2),
                round(100 * sc.micro.precision, 1),
                round(100 * sc.micro.recall, 1),
            )
        )
        log.info(
            "%s: F1 %.2f (P %.1f R %.1f)",
            name,
            100 * sc.micro.f1,
            100 * sc.micro.precision,
            100 * sc.micro.recall,
        )
        if name.startswith("product 0.50 two-pass"):
            log.info("\n%s", sc.table())

    row("net alone", [viterbi(np.log(p + 1e-9)) for p in net])
    row("CRF first pass (max-marginal Viterbi)", [viterbi(np.log(p + 1e-9)) for p in first])
    row("CRF two-pass (max-marginal Viterbi)", [viterbi(np.log(p + 1e-9)) for p in second])
    for a in (0.3, 0.5, 0.7):
        for name, crf in (("first", first), ("two-pass", second)):
            pred = [
                viterbi(a * np.log(c + 1e-9) + (1 - a) * np.log(p + 1e-9))
                for c, p in zip(crf, net, strict=True)
            ]
            row(f"product {a:.2f} {name} CRF x {1 - a:.2f} net", pred)
    for name, sc_ in (("first", s1), ("two-pass", s2)):
        row(f"CRF {name} Viterbi (own scores)", [viterbi_trans(e, sc_.transitions) for e in sc_.emissions])
        for lam in (0.5, 1.0, 1.5, 2.0, 3.0):
            pred = [
                viterbi_trans(e + lam * np.log(p + 1e-9), sc_.transitions)
                for e, p in zip(sc_.emissions, net, strict=True)
            ]
            row(f"score product: {name} CRF scores + {lam} x log net", pred)
    (args.out / "combine.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

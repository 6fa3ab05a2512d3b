"""A small neural scorer that the second CRF's scores are multiplied with (a product of experts).

Why: the CRFs see each word through its form (affixes, clusters, gazetteer) and a ±2 window of
discrete features; a net over dense word vectors, a character CNN and three dilated convolutions
over the sentence (a receptive field of ±7 tokens) errs differently. Alone it scores below the
CRF on the dev split, but the product of the two is better than either (docs/ner.md): the final
Viterbi adds the net's per-token log-probabilities to the second CRF's state scores, with the
CRF's transitions.

This module is the run-time half and needs numpy only. The model is trained by
:mod:`marsad.entities.ner.neural_train` with jax and optax (the ``train`` optional dependencies),
which mirrors :func:`forward` exactly; the weights ship as one ``.npz`` file. The word vectors are
marsad's own PPMI-SVD vectors (:func:`marsad.entities.ner.clusters.learn_word_vectors`, the
vectors the shipped clusters come from), stored as int8 (unit-length rows: 1/127 steps lose
nothing that matters, and the net is trained on the dequantized values, so run time sees exactly
what training saw). Their rows follow the order of the clusters file, which lists the same words.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from marsad.entities.ner.features import PROCLITICS, FeatureExtractor
from marsad.errors import ModelError

log = logging.getLogger(__name__)

NET_FILE = "ner_net.npz"
LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
GAZ_LABELS = LABELS
SHAPES = ("num", "punct", "Latn-cap", "Latn", "Arab", "other")
AFFINITY = ("unk", "0", "1", "2", "3", "4")
PROCLITIC_IDS = ("", *PROCLITICS)
MAX_CHARS = 16
"""Characters of the bare form the character CNN reads (longer words are cut)."""
PAD, UNK = 0, 1
"""Row 0 of the word and character tables is padding, row 1 the unknown word or character."""
# Discrete input columns: gazetteer label, four cluster ids, shape, proclitic, article affinity.
DISC_COLUMNS = 8
FORM_CACHE_SIZE = 200_000


@dataclass(frozen=True, slots=True)
class NetConfig:
    width: int = 200
    """Channels of the token convolutions."""
    layers: int = 3
    """Dilated convolutions of width 3 (dilations 1, 2, 4: a receptive field of ±7 tokens)."""
    char_emb: int = 24
    char_filters: int = 50
    char_width: int = 3
    cluster_dims: tuple[int, ...] = (8, 16, 16, 16)
    gaz_dim: int = 16
    small_dim: int = 4
    """Embedding size of the shape, proclitic and article-affinity columns."""

    def embedding_sizes(self, levels: Sequence[int]) -> list[tuple[int, int]]:
        """(rows, dims) of the embedding table of each discrete column."""
        return [
            (len(GAZ_LABELS), self.gaz_dim),
            *((k + 1, d) for k, d in zip(levels, self.cluster_dims, strict=True)),
            (len(SHAPES), self.small_dim),
            (len(PROCLITIC_IDS), self.small_dim),
            (len(AFFINITY), self.small_dim),
        ]


@dataclass(slots=True)
class NetInputs:
    """A padded batch of sentences: ids per token, 0 past each sentence's end."""

    word: np.ndarray  # (B, T) int32
    chars: np.ndarray  # (B, T, MAX_CHARS) int32
    disc: np.ndarray  # (B, T, DISC_COLUMNS) int32
    mask: np.ndarray  # (B, T) float32
    lengths: np.ndarray  # (B,) int32


def vocabulary_digest(words: Sequence[str]) -> str:
    """A checksum of the word list the vector rows follow (the clusters file's order)."""
    return hashlib.sha1("\n".join(words).encode("utf-8")).hexdigest()


def quantize(vectors: np.ndarray) -> np.ndarray:
    return np.clip(np.round(vectors * 127), -127, 127).astype(np.int8)


def word_table(quantized: np.ndarray) -> np.ndarray:
    """The input word table: padding and unknown rows (zero), then the dequantized vectors."""
    dims = quantized.shape[1]
    return np.concatenate([np.zeros((2, dims), np.float32), quantized.astype(np.float32) / 127])


@dataclass(slots=True)
class NetFeaturizer:
    """Token ids for the net; the per-token part is cached per token string, as the CRF's is."""

    extractor: FeatureExtractor
    words: dict[str, int]
    chars: dict[str, int]
    cache_size: int = FORM_CACHE_SIZE
    _rows: dict[str, tuple[int, np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)

    def _row(self, token: str) -> tuple[int, np.ndarray, np.ndarray]:
        cached = self._rows.get(token)
        if cached is not None:
            return cached
        if len(self._rows) >= self.cache_size:
            self._rows.clear()
        v = self.extractor.type_values(token)
        f = v.forms
        get = self.words.get
        word = get(f.key) or get(f.stem) or get(f.bare) or UNK
        chars = np.zeros(MAX_CHARS, np.int32)
        for k, ch in enumerate(f.bare[:MAX_CHARS]):
            chars[k] = self.chars.get(ch, UNK)
        # type_values' head: ..., shape (9), ..., the clusters at 12-15 ("-" when the word has none).
        disc = np.zeros(DISC_COLUMNS, np.int32)
        for level, cl in enumerate(v.head[12:16]):
            disc[1 + level] = int(cl) + 1 if cl != "-" else 0
        disc[5] = SHAPES.index(v.head[9])
        disc[6] = PROCLITIC_IDS.index(f.proclitic) if f.proclitic in PROCLITIC_IDS else 0
        disc[7] = AFFINITY.index(v.tail[1])
        row = self._rows[token] = (word, chars, disc)
        return row

    def batch(self, sents: Sequence[Sequence[str]], *, pad_to: int = 0) -> NetInputs:
        longest = max([pad_to, *(len(s) for s in sents)])
        n = len(sents)
        x = NetInputs(
            word=np.zeros((n, longest), np.int32),
            chars=np.zeros((n, longest, MAX_CHARS), np.int32),
            disc=np.zeros((n, longest, DISC_COLUMNS), np.int32),
            mask=np.zeros((n, longest), np.float32),
            lengths=np.array([len(s) for s in sents], np.int32),
        )
        gazetteer = self.extractor.gazetteer
        for i, sent in enumerate(sents):
            rows = [self._row(t) for t in sent]
            if not rows:
                continue
            k = len(rows)
            x.word[i, :k] = [r[0] for r in rows]
            x.chars[i, :k] = [r[1] for r in rows]
            x.disc[i, :k] = [r[2] for r in rows]
            gaz = gazetteer.tag([self.extractor.type_values(t).forms.bare for t in sent])
            x.disc[i, :k, 0] = [GAZ_LABELS.index(g) if g in GAZ_LABELS else 0 for g in gaz]
            x.mask[i, :k] = 1.0
        return x


def _shifted_sum(parts: Sequence[np.ndarray], dilation: int) -> np.ndarray:
    """``parts[k]`` is (B, T, F), the input at each position already multiplied by tap k of a width-3
    convolution; the output at t sums tap 0 at t - d, tap 1 at t and tap 2 at t + d (zero outside)."""
    left, mid, right = parts
    out = mid.copy()
    d = dilation
    out[:, d:] += left[:, :-d]
    out[:, :-d] += right[:, d:]
    return out


def forward(
    params: dict[str, np.ndarray], words: np.ndarray, x: NetInputs, *, config: NetConfig
) -> np.ndarray:
    """Per-token label logits (B, T, len(LABELS)); the numpy twin of ``neural_train.forward``.

    The same sums as there, arranged for numpy: every product is one 2-D matrix product over all
    positions (numpy's batched 3-D products of small matrices, or products of strided slices, skip
    BLAS and ran 20 times slower), and a convolution shifts the products instead of the inputs."""
    if config.char_width != 3:
        raise ModelError("the NER net's character convolution must have width 3")
    b, t = x.word.shape
    chars = x.chars.reshape(b * t, MAX_CHARS)
    flat = params["char"][chars.ravel()] * (chars.ravel() > 0)[:, None]  # (B*T*C, E)
    taps = [(flat @ params["char_w"][k]).reshape(b * t, MAX_CHARS, -1) for k in range(3)]
    conv = np.tanh(_shifted_sum(taps, 1) + params["char_b"])
    conv = np.where((chars > 0)[..., None], conv, -1.0)
    charv = conv.max(axis=1)  # (B*T, F)
    parts = [words[x.word.ravel()], charv] + [
        params[f"d{k}"][x.disc[..., k].ravel()] for k in range(DISC_COLUMNS)
    ]
    h = np.concatenate(parts, axis=-1)  # (B*T, D)
    m = x.mask.reshape(b * t, 1)
    y = np.maximum(h @ params["proj_w"] + params["proj_b"], 0) * m
    for layer in range(config.layers):
        w = params[f"cnn{layer}_w"]
        taps = [(y @ w[k]).reshape(b, t, -1) for k in range(3)]
        z = _shifted_sum(taps, 2**layer).reshape(b * t, -1)
        y = (y + np.maximum(z + params[f"cnn{layer}_b"], 0)) * m
    return (y @ params["out_w"] + params["out_b"]).reshape(b, t, -1)


def log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


@dataclass(slots=True)
class NetModel:
    """The trained net as numpy arrays, and what it needs to read tokens."""

    config: NetConfig
    params: dict[str, np.ndarray]
    vectors: np.ndarray
    """int8 word vectors, rows in the clusters file's word order."""
    chars: tuple[str, ...]
    digest: str
    """:func:`vocabulary_digest` of the words the vector rows follow."""
    meta: dict = field(default_factory=dict)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            vectors=self.vectors,
            chars=np.array("".join(self.chars)),
            header=np.array(
                json.dumps({"config": asdict(self.config), "digest": self.digest, "meta": self.meta})
            ),
            **{f"p_{k}": v.astype(np.float32) for k, v in self.params.items()},
        )

    @classmethod
    def load(cls, path: Path) -> NetModel:
        try:
            with np.load(path, allow_pickle=False) as z:
                header = json.loads(str(z["header"]))
                config = NetConfig(
                    **{k: tuple(v) if isinstance(v, list) else v for k, v in header["config"].items()}
                )
                params = {k[2:]: z[k] for k in z.files if k.startswith("p_")}
                vectors, chars = z["vectors"], tuple(str(z["chars"]))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot read the NER net: {exc}", source=str(path)) from exc
        return cls(
            config=config,
            params=params,
            vectors=vectors,
            chars=chars,
            digest=header["digest"],
            meta=header.get("meta", {}),
        )


class NeuralScorer:
    """Per-token label log-probabilities of sentences, in numpy."""

    def __init__(self, *, model: NetModel, extractor: FeatureExtractor) -> None:
        words = list(extractor.clusters.ids)
        if vocabulary_digest(words) != model.digest or len(words) != len(model.vectors):
            raise ModelError("the NER net's word vectors do not follow this model's clusters file")
        self.model = model
        self.words = word_table(model.vectors)
        self.featurizer = NetFeaturizer(
            extractor=extractor,
            words={w: i + 2 for i, w in enumerate(words)},
            chars={ch: i + 2 for i, ch in enumerate(model.chars)},
        )

    def log_probs(self, sents: Sequence[Sequence[str]], *, batch: int = 64) -> list[np.ndarray]:
        """Per sentence, a (tokens, len(LABELS)) array of log-probabilities."""
        out: list[np.ndarray] = [np.zeros((0, len(LABELS)))] * len(sents)
        # Sentences of similar length together: less padding to compute.
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        for at in range(0, len(order), batch):
            idx = order[at : at + batch]
            x = self.featurizer.batch([sents[i] for i in idx])
            logp = log_softmax(forward(self.model.params, self.words, x, config=self.model.config))
            for j, i in enumerate(idx):
                out[i] = logp[j, : len(sents[i])]
        return out

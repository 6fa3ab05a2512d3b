from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.entities.ner.clusters import WordClusters, WordVectors
from marsad.entities.ner.corpus import read_conll
from marsad.entities.ner.features import FeatureExtractor
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.neural import (
    LABELS,
    NET_FILE,
    NetModel,
    NeuralScorer,
    quantize,
    vocabulary_digest,
    word_table,
)
from marsad.entities.ner.tagger import CLUSTERS_FILE, GAZETTEER_FILE, default_model_dir
from marsad.errors import ModelError
from support import shared_file


def _neural_train():
    """The training module, or a skip where the 'train' extras (jax, optax) are not installed."""
    pytest.importorskip("jax", reason="the 'train' extras (jax, optax) are not installed")
    return pytest.importorskip("marsad.entities.ner.neural_train")


@pytest.fixture(scope="module")
def extractor() -> FeatureExtractor:
    model = default_model_dir()
    return FeatureExtractor(
        clusters=WordClusters.load(model / CLUSTERS_FILE), gazetteer=Gazetteer.load(model / GAZETTEER_FILE)
    )


@pytest.fixture(scope="module")
def sentences():
    return read_conll(shared_file("data/anercorp_camel/train.txt"))


@pytest.fixture(scope="module")
def shipped_net() -> NetModel:
    return NetModel.load(default_model_dir() / NET_FILE)


def _random_vectors(clusters: WordClusters, *, seed: int) -> WordVectors:
    # Stand-ins for the PPMI-SVD vectors (learning those takes a minute): the net only needs unit
    # rows in the clusters' word order.
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(len(clusters.ids), 100))
    return WordVectors(
        words=list(clusters.ids), counts=dict(clusters.counts), vectors=v / np.linalg.norm(v, axis=1)[:, None]
    )


def test_neural_numpy_forward_equals_jax_on_real_sentences(shipped_net, extractor, sentences) -> None:
    neural_train = _neural_train()
    scorer = NeuralScorer(model=shipped_net, extractor=extractor)
    sents = [s.tokens for s in sentences[:200:7]]
    x = scorer.featurizer.batch(sents)
    ours = scorer.log_probs(sents)
    reference = neural_train.jax_log_probs(shipped_net, x)
    for i, s in enumerate(sents):
        assert ours[i].shape == (len(s), len(LABELS))
        np.testing.assert_allclose(ours[i], reference[i, : len(s)], atol=2e-4)
    # Not a vacuous equality: the net is confident and mostly right on its own training text.
    gold = [LABELS.index(t) for s in sentences[:200:7] for t in s.tags]
    picked = np.concatenate([o.argmax(axis=1) for o in ours])
    assert (picked == np.array(gold)).mean() > 0.9


def test_neural_padding_does_not_change_a_sentence_s_scores(shipped_net, extractor, sentences) -> None:
    scorer = NeuralScorer(model=shipped_net, extractor=extractor)
    short, long = sentences[3].tokens, sentences[10].tokens
    alone = scorer.log_probs([short])[0]
    together = scorer.log_probs([short, long, []])
    np.testing.assert_allclose(alone, together[0], atol=1e-5)
    assert together[2].shape == (0, len(LABELS))


@pytest.mark.slow  # two jax compiles and trainings: about 80 s on the loaded machine
def test_neural_training_is_reproducible_and_saves_what_it_trained(
    tmp_path: Path, extractor, sentences
) -> None:
    neural_train = _neural_train()
    vectors = _random_vectors(extractor.clusters, seed=3)
    config = neural_train.NetTrainConfig(epochs=1, seed=5)
    # Short sentences only: one padded length, so one compile per training (compiling dominates).
    few = [s for s in sentences[:400] if len(s.tokens) <= 32][:64]
    a = neural_train.train_net(sentences=few, extractor=extractor, vectors=vectors, train_config=config)
    b = neural_train.train_net(sentences=few, extractor=extractor, vectors=vectors, train_config=config)
    assert a.params.keys() == b.params.keys()
    for name in a.params:
        np.testing.assert_array_equal(a.params[name], b.params[name])
    a.save(tmp_path / NET_FILE)
    loaded = NetModel.load(tmp_path / NET_FILE)
    assert loaded.digest == vocabulary_digest(list(extractor.clusters.ids))
    np.testing.assert_array_equal(loaded.vectors, quantize(vectors.vectors.astype(np.float32)))
    sents = [s.tokens for s in sentences[200:230]]
    x = NeuralScorer(model=loaded, extractor=extractor).featurizer.batch(sents)
    np.testing.assert_allclose(
        neural_train.jax_log_probs(loaded, x), neural_train.jax_log_probs(a, x), atol=1e-6
    )


def test_neural_scorer_refuses_vectors_of_other_words(shipped_net, extractor) -> None:
    other = WordClusters(
        granularities=extractor.clusters.granularities,
        ids=dict(list(extractor.clusters.ids.items())[:-1]),
        counts=extractor.clusters.counts,
    )
    with pytest.raises(ModelError):
        NeuralScorer(
            model=shipped_net, extractor=FeatureExtractor(clusters=other, gazetteer=extractor.gazetteer)
        )


def test_neural_word_table_dequantizes_unit_rows() -> None:
    rng = np.random.default_rng(0)
    v = rng.normal(size=(50, 100))
    v /= np.linalg.norm(v, axis=1)[:, None]
    table = word_table(quantize(v))
    assert not table[:2].any()
    assert np.abs(table[2:] - v).max() <= 0.5 / 127 + 1e-9


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.lists(st.text(min_size=1, max_size=12).filter(lambda t: not t.isspace()), max_size=12), max_size=4
    )
)
def test_neural_log_probs_of_arbitrary_tokens_are_distributions(shipped_net, extractor, sents) -> None:
    scorer = NeuralScorer(model=shipped_net, extractor=extractor)
    out = scorer.log_probs(sents)
    assert len(out) == len(sents)
    for s, logp in zip(sents, out, strict=True):
        assert logp.shape == (len(s), len(LABELS))
        assert np.isfinite(logp).all()
        np.testing.assert_allclose(np.exp(logp).sum(axis=1), 1.0, atol=1e-5)

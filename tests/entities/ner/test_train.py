from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from marsad.entities.ner import NerTagger
from marsad.entities.ner.clusters import WordClusters
from marsad.entities.ner.corpus import dev_split, format_conll, read_conll
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.scoring import score
from marsad.entities.ner.tagger import CLUSTERS_FILE, GAZETTEER_FILE, default_model_dir
from marsad.entities.ner.train import META_FILE, TrainConfig, TrainPaths, train, train_first_pass
from support import shared_file

# The shipped model is trained on the whole training file, dev blocks included, so it cannot be scored on
# dev. The floor test trains the FIRST CRF alone within the test on the train-only split (the dev blocks
# left out), with the shipped clusters and gazetteer; its dev micro-F1 was measured at 73.41 (docs/ner.md,
# "Final model"; 115 s of CPU); the floor sits 1.5 points under it. Raise it when a better recipe ships;
# never lower it to make a worse one pass.
FIRST_PASS_DEV_F1_FLOOR = 71.9
# Dev micro-F1 of the same recipe trained without the dev blocks, as the shipped meta.json records it
# (measured at 76.42 for the shipped tagging, the second CRF times the net; 75.14 two CRF passes alone;
# 74.21 first pass); the floors sit 1.5 points under.
TRAIN_ONLY_DEV_F1_FLOOR = 74.9
TRAIN_ONLY_CRF_TWO_PASS_DEV_F1_FLOOR = 73.6
TRAIN_ONLY_FIRST_PASS_DEV_F1_FLOOR = 72.7


@pytest.fixture(scope="module")
def anercorp() -> Path:
    return shared_file("data/anercorp_camel/train.txt")


@pytest.mark.slow
def test_train_first_pass_dev_f1_floor(tmp_path: Path, anercorp: Path) -> None:
    split = dev_split(read_conll(anercorp))
    model_dir = default_model_dir()
    result = train_first_pass(
        clusters=WordClusters.load(model_dir / CLUSTERS_FILE),
        gazetteer=Gazetteer.load(model_dir / GAZETTEER_FILE),
        train_sents=split.train,
        dev_sents=split.dev,
        path=tmp_path / "first.crfsuite",
    )
    assert result.train_sentences == len(split.train)
    assert 100 * result.dev_scores.micro.f1 >= FIRST_PASS_DEV_F1_FLOOR, result.dev_scores.table()


def test_train_shipped_meta_records_include_dev_and_train_only_figures(anercorp: Path) -> None:
    meta = json.loads((default_model_dir() / META_FILE).read_text(encoding="utf-8"))
    split = dev_split(read_conll(anercorp))
    assert meta["config"]["include_dev"] is True
    assert meta["train_sentences"] == len(split.train) + len(split.dev)
    # The shipped model has seen the dev split: it must not claim a dev figure of its own.
    assert meta["dev_micro_f1"] is None
    only = meta["train_only"]
    assert only["train_sentences"] == len(split.train)
    assert only["dev_sentences"] == len(split.dev)
    assert (
        only["dev_scores"]["micro"]["gold"]
        == score([s.tags for s in split.dev], [s.tags for s in split.dev]).micro.gold
    )
    assert only["dev_scores"]["micro"]["f1"] >= TRAIN_ONLY_DEV_F1_FLOOR
    assert only["dev_scores_crf_two_pass"]["micro"]["f1"] >= TRAIN_ONLY_CRF_TWO_PASS_DEV_F1_FLOOR
    assert only["dev_scores_first_pass"]["micro"]["f1"] >= TRAIN_ONLY_FIRST_PASS_DEV_F1_FLOOR
    # The net ships because it beat the CRFs alone by at least a point on dev (docs/ner.md).
    assert meta["config"]["neural"] is True
    assert only["dev_scores"]["micro"]["f1"] >= only["dev_scores_crf_two_pass"]["micro"]["f1"] + 1.0
    assert set(only["dev_scores"]) == {"LOC", "MISC", "ORG", "PERS", "micro"}


def test_train_reproducible_on_tiny_subset(tmp_path: Path, anercorp: Path) -> None:
    sents = read_conll(anercorp)[:120]
    small = tmp_path / "small.txt"
    small.write_text(format_conll([s.tokens for s in sents], [s.tags for s in sents]), encoding="utf-8")
    # The CRF recipe alone: the net needs the news to learn word vectors (test_neural.py tests it).
    config = TrainConfig(max_iterations=30, dev_blocks=1, dev_fraction=0.2, neural=False)
    outputs = []
    for run in ("a", "b"):
        paths = TrainPaths(
            train_file=small,
            out_dir=tmp_path / run,
            clusters_file=default_model_dir() / CLUSTERS_FILE,
            gazetteers_dir=shared_file("data/gazetteers"),
        )
        report = train(paths=paths, config=config)
        assert report.dev_scores is not None
        tagger = NerTagger.load(tmp_path / run)
        outputs.append(tagger.tag_sentences([s.tokens for s in read_conll(anercorp)[200:260]]))
        assert (tmp_path / run / "ner.crfsuite").stat().st_size > 0
    assert outputs[0] == outputs[1]
    assert any(t != "O" for sent in outputs[0] for t in sent)


def test_train_include_dev_records_the_train_only_recipe(tmp_path: Path, anercorp: Path) -> None:
    sents = read_conll(anercorp)[:120]
    small = tmp_path / "small.txt"
    small.write_text(format_conll([s.tokens for s in sents], [s.tags for s in sents]), encoding="utf-8")
    config = TrainConfig(
        max_iterations=30, fold_iterations=30, dev_blocks=1, dev_fraction=0.2, include_dev=True, neural=False
    )
    paths = TrainPaths(
        train_file=small,
        out_dir=tmp_path / "all",
        clusters_file=default_model_dir() / CLUSTERS_FILE,
        gazetteers_dir=shared_file("data/gazetteers"),
    )
    report = train(paths=paths, config=config)
    assert report.train_sentences == 120
    assert report.dev_scores is None
    assert report.train_only is not None and report.train_only.dev_scores is not None
    assert 0 < report.train_only.train_sentences < 120
    assert report.train_only.train_sentences + report.train_only.dev_sentences == 120
    meta = json.loads((tmp_path / "all" / META_FILE).read_text(encoding="utf-8"))
    assert meta["config"]["include_dev"] is True
    assert meta["train_sentences"] == 120
    f1 = meta["train_only"]["dev_scores"]["micro"]["f1"]
    assert f1 == round(100 * report.train_only.dev_scores.micro.f1, 2)
    # The train-only run wrote into a temporary directory, not beside the final model.
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted(
        [CLUSTERS_FILE, GAZETTEER_FILE, META_FILE, "ner.crfsuite", "ner_doc.crfsuite"]
    )


@pytest.mark.slow  # learns word vectors from the 2.4 M words of news (~1 min) and compiles the net
def test_train_with_net_end_to_end_on_a_small_file(tmp_path: Path, anercorp: Path) -> None:
    pytest.importorskip("jax", reason="the 'train' extras (jax, optax) are not installed")
    from marsad.entities.ner.neural import NET_FILE

    sents = read_conll(anercorp)[:200]
    small = tmp_path / "small.txt"
    small.write_text(format_conll([s.tokens for s in sents], [s.tags for s in sents]), encoding="utf-8")
    config = TrainConfig(max_iterations=30, fold_iterations=30, dev_blocks=1, dev_fraction=0.2, net_epochs=2)
    paths = TrainPaths(
        train_file=small,
        out_dir=tmp_path / "model",
        news_files=sorted(shared_file("data/ant_news").glob("*.jsonl.gz")),
        gazetteers_dir=shared_file("data/gazetteers"),
    )
    jax_loaded_before = "jax" in sys.modules
    report = train(paths=paths, config=config)
    # The net trains in a worker: jax never loads here, so the CRF pools can keep forking.
    assert jax_loaded_before or "jax" not in sys.modules
    assert (tmp_path / "model" / NET_FILE).is_file()
    assert report.dev_scores is not None and report.crf_dev_scores is not None
    meta = json.loads((tmp_path / "model" / META_FILE).read_text(encoding="utf-8"))
    assert meta["config"]["neural"] is True
    assert meta["dev_micro_f1_crf_two_pass"] == round(100 * report.crf_dev_scores.micro.f1, 2)
    tagger = NerTagger.load(tmp_path / "model")
    assert tagger.net is not None
    tags = tagger.tag_sentences([s.tokens for s in read_conll(anercorp)[300:340]])
    assert len(tags) == 40

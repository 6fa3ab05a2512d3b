from __future__ import annotations

from pathlib import Path

import pytest

from marsad.entities.ner import NerTagger
from marsad.entities.ner.corpus import dev_split, format_conll, read_conll
from marsad.entities.ner.scoring import score
from marsad.entities.ner.tagger import CLUSTERS_FILE, default_model_dir
from marsad.entities.ner.train import TrainConfig, TrainPaths, train
from support import shared_file

# Dev micro-F1 of the shipped (two-pass) model measured at 75.55 (docs/ner.md); the floor sits 1.5 points under it.
# Raise it when a better model ships; never lower it to make a worse model pass.
DEV_F1_FLOOR = 74.0


@pytest.fixture(scope="module")
def anercorp() -> Path:
    return shared_file("data/anercorp_camel/train.txt")


def test_train_dev_f1_floor(ner_tagger, anercorp: Path) -> None:
    dev = dev_split(read_conll(anercorp)).dev
    predicted = ner_tagger.tag_sentences([s.tokens for s in dev])
    result = score([s.tags for s in dev], predicted)
    assert 100 * result.micro.f1 >= DEV_F1_FLOOR, result.table()


def test_train_reproducible_on_tiny_subset(tmp_path: Path, anercorp: Path) -> None:
    sents = read_conll(anercorp)[:120]
    small = tmp_path / "small.txt"
    small.write_text(format_conll([s.tokens for s in sents], [s.tags for s in sents]), encoding="utf-8")
    config = TrainConfig(max_iterations=30, dev_blocks=1, dev_fraction=0.2)
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

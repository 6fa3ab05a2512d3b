"""Training the NER model: ``marsad train ner`` calls :func:`train`.

Steps: read the ANERcorp training file, hold out the document-wise dev split, learn word clusters
from the unlabelled ANT news (or reuse a clusters file), compile the gazetteer, extract features,
train a CRF (L-BFGS with L1+L2; L1 prunes the model to a few MB), score on the dev split and write the
model directory. Everything is deterministic: clustering is seeded and CRF training has no randomness.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sklearn_crfsuite

from marsad.entities.ner.clusters import WordClusters, learn_clusters, news_texts, word_key
from marsad.entities.ner.corpus import LabeledSentence, dev_split, read_conll
from marsad.entities.ner.features import FeatureExtractor, split_proclitics
from marsad.entities.ner.gazetteer import build_gazetteer, collect_names
from marsad.entities.ner.scoring import Scores, score
from marsad.entities.ner.tagger import ModelFiles, NerTagger
from marsad.errors import UsageError

log = logging.getLogger(__name__)

META_FILE = "meta.json"


@dataclass(slots=True)
class TrainConfig:
    c1: float = 0.1
    c2: float = 0.05
    max_iterations: int = 200
    min_freq: int = 1
    seed: int = 13
    dev_blocks: int = 5
    dev_fraction: float = 0.15
    include_dev: bool = False
    """Train on the dev split too (the dev figures then no longer measure anything)."""


@dataclass(slots=True)
class TrainPaths:
    train_file: Path
    out_dir: Path
    news_files: list[Path] = field(default_factory=list)
    """Unlabelled news (ANT JSON Lines) to learn clusters from; ignored when ``clusters_file`` is set."""
    clusters_file: Path | None = None
    gazetteers_dir: Path | None = None
    kb_dir: Path | None = None


@dataclass(slots=True)
class TrainReport:
    train_sentences: int
    dev_sentences: int
    dev_scores: Scores | None
    seconds: float
    model_bytes: int


def _tags_of(sents: list[LabeledSentence]) -> list[list[str]]:
    return [s.tags for s in sents]


def train(*, paths: TrainPaths, config: TrainConfig | None = None) -> TrainReport:
    config = config or TrainConfig()
    started = time.perf_counter()
    if not paths.train_file.is_file():
        raise UsageError(f"training file not found: {paths.train_file}")
    sentences = read_conll(paths.train_file)
    split = dev_split(sentences, blocks=config.dev_blocks, fraction=config.dev_fraction)
    train_sents = sentences if config.include_dev else split.train
    log.info("train %d sentences, dev %d (blocks %s)", len(train_sents), len(split.dev), split.blocks)

    paths.out_dir.mkdir(parents=True, exist_ok=True)
    files = ModelFiles.in_dir(paths.out_dir)
    if paths.clusters_file is not None:
        clusters = WordClusters.load(paths.clusters_file)
    else:
        if not paths.news_files:
            raise UsageError("no news files to learn word clusters from (give --news or --clusters)")
        # The training sentences' words join the clustering text (without their tags).
        clusters = learn_clusters(
            news_texts(paths.news_files), extra_sentences=[s.tokens for s in train_sents], seed=config.seed
        )
    clusters.save(files.clusters)

    names = collect_names(gazetteers_dir=paths.gazetteers_dir, kb_dir=paths.kb_dir)
    gazetteer = build_gazetteer(names, bare=lambda t: split_proclitics(word_key(t), clusters).bare)
    gazetteer.save(files.gazetteer)

    extractor = FeatureExtractor(clusters=clusters, gazetteer=gazetteer)
    x = [extractor.sentence(s.tokens) for s in train_sents]
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=config.c1,
        c2=config.c2,
        max_iterations=config.max_iterations,
        min_freq=config.min_freq,
        all_possible_transitions=True,
        model_filename=str(files.model),
    )
    crf.fit(x, _tags_of(train_sents))  # writes files.model

    tagger = NerTagger.load(paths.out_dir)
    dev_scores = None
    if split.dev and not config.include_dev:
        predicted = tagger.tag_sentences([s.tokens for s in split.dev])
        dev_scores = score(_tags_of(split.dev), predicted)
        log.info("dev micro-F1 %.2f", 100 * dev_scores.micro.f1)
    seconds = time.perf_counter() - started
    report = TrainReport(
        train_sentences=len(train_sents),
        dev_sentences=len(split.dev),
        dev_scores=dev_scores,
        seconds=seconds,
        model_bytes=sum(p.stat().st_size for p in (files.model, files.clusters, files.gazetteer)),
    )
    meta = {
        "config": asdict(config),
        "train_file": paths.train_file.name,
        "dev_blocks": split.blocks,
        "train_sentences": report.train_sentences,
        "dev_micro_f1": round(100 * dev_scores.micro.f1, 2) if dev_scores else None,
        "gazetteer_entries": len(gazetteer.entries),
        "cluster_words": len(clusters.ids),
        "seconds": round(seconds, 1),
    }
    (paths.out_dir / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return report

"""Training the NER model: ``marsad train ner`` calls :func:`train`.

Steps: read the ANERcorp training file, hold out the document-wise dev split, learn word clusters
from the unlabelled ANT news (or reuse a clusters file), compile the gazetteer, extract features,
train the first-pass CRF (L-BFGS with L1+L2; L1 prunes the model to a few MB) and, for the second
pass (:mod:`marsad.entities.ner.docfeatures`), ``folds`` cross-validation CRFs whose tags of the
held-out fold feed the document features the second CRF is trained on; score both passes on the dev
split and write the model directory. The CRFs are trained two at a time in worker processes (the
budget is 2 cores). Everything is deterministic: clustering is seeded and CRF training has no
randomness.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.clusters import (
    WordClusters,
    WordVectors,
    cluster_vectors,
    learn_word_vectors,
    news_texts,
    word_key,
)
from marsad.entities.ner.corpus import LabeledSentence, dev_split, read_conll
from marsad.entities.ner.docfeatures import DocTokens, document_attributes, two_pass
from marsad.entities.ner.features import FeatureExtractor, WordForms, split_proclitics
from marsad.entities.ner.gazetteer import Gazetteer, build_gazetteer, collect_names
from marsad.entities.ner.neural import NET_FILE
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
    folds: int = 3
    """Cross-validation folds that give the second pass first-pass tags of unseen sentences."""
    fold_iterations: int = 200
    doc_window: int = 10
    """Sentences either side that the document features look at."""
    workers: int = 2
    seed: int = 13
    dev_blocks: int = 5
    dev_fraction: float = 0.15
    include_dev: bool = False
    """Train on the dev split too ("tune on dev, then retrain on train+dev"): the model's own dev
    figures then measure nothing, so ``train_only_check`` records those of the same recipe without
    the dev blocks."""
    train_only_check: bool = True
    """With ``include_dev``: first run the whole recipe without the dev blocks (into a temporary
    directory) and record its dev figures in the report and meta.json."""
    neural: bool = True
    """Also train the neural scorer multiplied into the second pass (needs jax and optax, the
    ``train`` extras, and the news to learn word vectors from)."""
    net_epochs: int = 16
    net_seed: int = 1


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
    """Of the shipped tagging (two passes, times the net when there is one)."""
    crf_dev_scores: Scores | None
    first_pass_dev_scores: Scores | None
    seconds: float
    model_bytes: int
    train_only: TrainReport | None = None
    """With ``include_dev``: the report of the same recipe trained without the dev blocks, whose
    dev scores stand for this model's (which has seen the dev split)."""


def _tags_of(sents: list[LabeledSentence]) -> list[list[str]]:
    return [s.tags for s in sents]


@dataclass(slots=True)
class FitJob:
    """One CRF to train in a worker process: the features are computed there (a fresh extractor)."""

    clusters: WordClusters
    gazetteer: Gazetteer
    sentences: list[LabeledSentence]
    extra: list[list[list[str]]] | None
    """Per sentence and token, attributes appended to the token's own (the document features)."""
    params: dict[str, float | int | bool]
    path: Path


def _fit(job: FitJob) -> Path:
    extractor = FeatureExtractor(clusters=job.clusters, gazetteer=job.gazetteer)
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, sent in enumerate(job.sentences):
        x = extractor.sentence_attributes(sent.tokens)
        if job.extra is not None:
            x = [a + b for a, b in zip(x, job.extra[i], strict=True)]
        trainer.append(x, sent.tags)
    trainer.set_params(job.params)
    trainer.train(str(job.path))
    return job.path


@dataclass(slots=True)
class NetJob:
    """The neural scorer to train in a worker process (see :func:`_train_net`)."""

    sentences: list[LabeledSentence]
    extractor: FeatureExtractor
    vectors: WordVectors
    epochs: int
    seed: int
    path: Path


def _fit_net(job: NetJob) -> Path:
    from marsad.entities.ner.neural_train import NetTrainConfig, train_net

    net = train_net(
        sentences=job.sentences,
        extractor=job.extractor,
        vectors=job.vectors,
        train_config=NetTrainConfig(epochs=job.epochs, seed=job.seed),
    )
    net.save(job.path)
    return job.path


def _train_net(
    *,
    sentences: list[LabeledSentence],
    extractor: FeatureExtractor,
    vectors: WordVectors,
    config: TrainConfig,
    path: Path,
) -> Path:
    """Train the net (``config.net_epochs``, ``config.net_seed``) into ``path`` in a worker process of
    its own, so that jax (which runs threads) never loads in this process: the CRF pools fork, and a fork of a multithreaded process can deadlock
    (``--include-dev`` trains the train-only recipe's net before the final recipe's CRFs).

    The worker is spawned, not forked: a caller may have loaded jax already (a test session that ran
    the net's tests first did, and its forked worker hung in XLA's compiler)."""
    if importlib.util.find_spec("jax") is None or importlib.util.find_spec("optax") is None:
        raise UsageError("the neural scorer needs the 'train' extras (jax, optax): pip install marsad[train]")
    job = NetJob(
        sentences=sentences,
        extractor=extractor,
        vectors=vectors,
        epochs=config.net_epochs,
        seed=config.net_seed,
        path=path,
    )
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_fit_net, (job,))


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork, the cheapest, unless jax is loaded in this process (by the caller: marsad itself trains
    the net in a spawned worker); then spawn, since forking a process that runs jax's threads can hang."""
    return multiprocessing.get_context("spawn" if "jax" in sys.modules else "fork")


def _params(config: TrainConfig, *, iterations: int) -> dict[str, float | int | bool]:
    return {
        "c1": config.c1,
        "c2": config.c2,
        "max_iterations": iterations,
        "feature.minfreq": config.min_freq,
        "feature.possible_transitions": True,
    }


def _open(path: Path) -> pycrfsuite.Tagger:
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    return crf


def _fold_ranges(n: int, folds: int) -> list[tuple[int, int]]:
    """Contiguous folds, so that a fold holds whole articles (but for its two edges)."""
    return [(k * n // folds, (k + 1) * n // folds) for k in range(folds)]


def train_crfs(
    *,
    extractor: FeatureExtractor,
    sentences: list[LabeledSentence],
    files: ModelFiles,
    config: TrainConfig,
) -> None:
    """Train the first-pass CRF, the cross-validation CRFs and the second-pass CRF.

    Scheduling on ``config.workers`` processes: the fold CRFs first, then the full first-pass CRF
    runs beside the second-pass CRF (which needs only the fold CRFs' tags)."""
    folds = _fold_ranges(len(sentences), config.folds)
    fold_paths = [files.model.with_name(f"fold{k}.crfsuite") for k in range(config.folds)]

    def job(
        sents: list[LabeledSentence], path: Path, iterations: int, extra: list[list[list[str]]] | None = None
    ) -> FitJob:
        return FitJob(
            clusters=extractor.clusters,
            gazetteer=extractor.gazetteer,
            sentences=sents,
            extra=extra,
            params=_params(config, iterations=iterations),
            path=path,
        )

    fold_jobs = [
        job(sentences[:start] + sentences[end:], path, config.fold_iterations)
        for (start, end), path in zip(folds, fold_paths, strict=True)
    ]
    # The workers need nothing from the parent but the pickled jobs (see _pool_context).
    with _pool_context().Pool(config.workers) as pool:
        fold_results = [pool.apply_async(_fit, (j,)) for j in fold_jobs]
        full = pool.apply_async(_fit, (job(sentences, files.model, config.max_iterations),))
        first_tags: list[list[str]] = []
        for (start, end), result in zip(folds, fold_results, strict=True):
            crf = _open(result.get())
            first_tags += [crf.tag(extractor.sentence_attributes(s.tokens)) for s in sentences[start:end]]
        log.info("cross-validated first-pass tags of %d sentences", len(first_tags))
        forms = [[extractor.type_attributes(t).forms for t in s.tokens] for s in sentences]
        extra = document_attributes(
            [DocTokens(forms=f, tags=t) for f, t in zip(forms, first_tags, strict=True)],
            window=config.doc_window,
        )
        second = pool.apply_async(_fit, (job(sentences, files.doc_model, config.max_iterations, extra),))
        full.get()
        second.get()
    for path in fold_paths:
        path.unlink()


@dataclass(slots=True)
class FirstPassResult:
    train_sentences: int
    dev_scores: Scores
    seconds: float


def train_first_pass(
    *,
    clusters: WordClusters,
    gazetteer: Gazetteer,
    train_sents: list[LabeledSentence],
    dev_sents: list[LabeledSentence],
    path: Path,
    config: TrainConfig | None = None,
) -> FirstPassResult:
    """Train the first-pass CRF alone (the recipe's features and parameters) and score it on ``dev_sents``.

    The cheap measure of a training set (a learning curve, the dev floor test): one CRF, in this
    process, about 2 minutes on the 3,376 non-dev sentences."""
    config = config or TrainConfig()
    started = time.perf_counter()
    job = FitJob(
        clusters=clusters,
        gazetteer=gazetteer,
        sentences=train_sents,
        extra=None,
        params=_params(config, iterations=config.max_iterations),
        path=path,
    )
    crf = _open(_fit(job))
    extractor = FeatureExtractor(clusters=clusters, gazetteer=gazetteer)
    predicted = [list(crf.tag(extractor.sentence_attributes(s.tokens))) for s in dev_sents]
    return FirstPassResult(
        train_sentences=len(train_sents),
        dev_scores=score(_tags_of(dev_sents), predicted),
        seconds=time.perf_counter() - started,
    )


def tag_two_pass(
    *, extractor: FeatureExtractor, first: Path, second: Path, sents: list[list[str]], window: int
) -> tuple[list[list[str]], list[list[str]]]:
    """First-pass and two-pass tags of consecutive sentences with pycrfsuite (the reference the
    tagger's decoder must equal)."""
    crf1, crf2 = _open(first), _open(second)
    first_tags: list[list[str]] = []

    def tag_first(batch: Sequence[Sequence[str]]) -> list[list[str]]:
        first_tags[:] = [list(crf1.tag(extractor.sentence_attributes(list(s)))) if s else [] for s in batch]
        return first_tags

    def tag_second(batch: Sequence[Sequence[str]], extra: list[list[list[str]]]) -> list[list[str]]:
        out = []
        for s, e in zip(batch, extra, strict=True):
            x = extractor.sentence_attributes(list(s))
            out.append(list(crf2.tag([a + b for a, b in zip(x, e, strict=True)])) if s else [])
        return out

    def forms(token: str) -> WordForms:
        return extractor.type_attributes(token).forms

    both = two_pass(sents, forms=forms, first=tag_first, second=tag_second, window=window)
    return first_tags, both


def _scores_meta(scores: Scores | None) -> dict[str, dict[str, float]] | None:
    """Per type and micro: gold count, precision, recall and F1 in percent."""
    if scores is None:
        return None
    return {
        label: {
            "gold": s.gold,
            "precision": round(100 * s.precision, 2),
            "recall": round(100 * s.recall, 2),
            "f1": round(100 * s.f1, 2),
        }
        for label, s in [*sorted(scores.by_type.items()), ("micro", scores.micro)]
    }


def train(*, paths: TrainPaths, config: TrainConfig | None = None) -> TrainReport:
    config = config or TrainConfig()
    started = time.perf_counter()
    if not paths.train_file.is_file():
        raise UsageError(f"training file not found: {paths.train_file}")
    train_only: TrainReport | None = None
    if config.include_dev and config.train_only_check:
        # The dev figures of a model that has seen the dev split measure nothing; those of the same
        # recipe (same code, parameters, seed, data files) trained without the dev blocks stand for it.
        with tempfile.TemporaryDirectory(prefix="marsad-ner-train-only-") as tmp:
            only = replace(config, include_dev=False)
            train_only = train(paths=replace(paths, out_dir=Path(tmp)), config=only)
    sentences = read_conll(paths.train_file)
    split = dev_split(sentences, blocks=config.dev_blocks, fraction=config.dev_fraction)
    train_sents = sentences if config.include_dev else split.train
    log.info("train %d sentences, dev %d (blocks %s)", len(train_sents), len(split.dev), split.blocks)

    paths.out_dir.mkdir(parents=True, exist_ok=True)
    files = ModelFiles.in_dir(paths.out_dir)
    vectors: WordVectors | None = None
    if paths.news_files and (config.neural or paths.clusters_file is None):
        # The training sentences' words join the clustering text (without their tags).
        vectors = learn_word_vectors(
            news_texts(paths.news_files), extra_sentences=[s.tokens for s in train_sents], seed=config.seed
        )
    if paths.clusters_file is not None:
        clusters = WordClusters.load(paths.clusters_file)
    else:
        if vectors is None:
            raise UsageError("no news files to learn word clusters from (give --news or --clusters)")
        clusters = cluster_vectors(vectors, seed=config.seed)
    clusters.save(files.clusters)
    if config.neural and vectors is None:
        # A clusters file without the news it came from (a quick retraining of the CRFs): no vectors.
        log.warning("no news files to learn word vectors from: the neural scorer is not trained")
        config = replace(config, neural=False)
    elif config.neural and vectors is not None and vectors.words != list(clusters.ids):
        raise UsageError("the clusters file was not learned from these news files: the net cannot use both")

    names = collect_names(gazetteers_dir=paths.gazetteers_dir, kb_dir=paths.kb_dir)
    gazetteer = build_gazetteer(names, bare=lambda t: split_proclitics(word_key(t), clusters).bare)
    gazetteer.save(files.gazetteer)

    extractor = FeatureExtractor(clusters=clusters, gazetteer=gazetteer)
    crf_started = time.perf_counter()
    train_crfs(extractor=extractor, sentences=train_sents, files=files, config=config)
    log.info("CRFs trained in %.0f s", time.perf_counter() - crf_started)
    net_file = paths.out_dir / NET_FILE
    if config.neural:
        assert vectors is not None  # checked above
        _train_net(sentences=train_sents, extractor=extractor, vectors=vectors, config=config, path=net_file)
    else:
        net_file.unlink(missing_ok=True)

    dev_scores = first_scores = crf_scores = None
    if split.dev and not config.include_dev:
        dev_tokens = [s.tokens for s in split.dev]
        first_tags, predicted = tag_two_pass(
            extractor=extractor,
            first=files.model,
            second=files.doc_model,
            sents=dev_tokens,
            window=config.doc_window,
        )
        first_scores = score(_tags_of(split.dev), first_tags)
        crf_scores = dev_scores = score(_tags_of(split.dev), predicted)
        if config.neural:
            dev_scores = score(_tags_of(split.dev), NerTagger.load(paths.out_dir).tag_sentences(dev_tokens))
        log.info(
            "dev micro-F1: first pass %.2f, two-pass %.2f, shipped tagging %.2f",
            100 * first_scores.micro.f1,
            100 * crf_scores.micro.f1,
            100 * dev_scores.micro.f1,
        )
    seconds = time.perf_counter() - started
    report = TrainReport(
        train_sentences=len(train_sents),
        dev_sentences=len(split.dev),
        dev_scores=dev_scores,
        crf_dev_scores=crf_scores,
        first_pass_dev_scores=first_scores,
        seconds=seconds,
        model_bytes=sum(
            p.stat().st_size
            for p in (files.model, files.doc_model, files.clusters, files.gazetteer, net_file)
            if p.is_file()
        ),
        train_only=train_only,
    )
    meta = {
        "config": asdict(config),
        "train_file": paths.train_file.name,
        "dev_blocks": split.blocks,
        "train_sentences": report.train_sentences,
        "dev_micro_f1": round(100 * dev_scores.micro.f1, 2) if dev_scores else None,
        "dev_micro_f1_first_pass": round(100 * first_scores.micro.f1, 2) if first_scores else None,
        "dev_micro_f1_crf_two_pass": round(100 * crf_scores.micro.f1, 2) if crf_scores else None,
        "dev_scores": _scores_meta(dev_scores),
        "gazetteer_entries": len(gazetteer.entries),
        "cluster_words": len(clusters.ids),
        "seconds": round(seconds, 1),
    }
    if train_only is not None:
        meta["train_only"] = {
            "train_sentences": train_only.train_sentences,
            "dev_sentences": train_only.dev_sentences,
            "dev_scores": _scores_meta(train_only.dev_scores),
            "dev_scores_first_pass": _scores_meta(train_only.first_pass_dev_scores),
            "dev_scores_crf_two_pass": _scores_meta(train_only.crf_dev_scores),
            "seconds": round(train_only.seconds, 1),
        }
    (paths.out_dir / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return report


def train_net_only(*, paths: TrainPaths, config: TrainConfig | None = None) -> Scores | None:
    """Train the neural scorer alone into a model directory whose CRFs, clusters and gazetteer
    exist already (written by :func:`train` with the same data and ``include_dev``): the step of
    :func:`train` after the CRFs, for adding the net to a trained CRF model without training the
    CRFs again (they do not depend on it). Returns the dev scores of the whole tagging (None with
    ``include_dev``)."""
    config = config or TrainConfig()
    files = ModelFiles.in_dir(paths.out_dir)
    sentences = read_conll(paths.train_file)
    split = dev_split(sentences, blocks=config.dev_blocks, fraction=config.dev_fraction)
    train_sents = sentences if config.include_dev else split.train
    clusters = WordClusters.load(files.clusters)
    vectors = learn_word_vectors(
        news_texts(paths.news_files), extra_sentences=[s.tokens for s in train_sents], seed=config.seed
    )
    if vectors.words != list(clusters.ids):
        raise UsageError("the news and training sentences do not give the words of this model's clusters")
    extractor = FeatureExtractor(clusters=clusters, gazetteer=Gazetteer.load(files.gazetteer))
    _train_net(
        sentences=train_sents,
        extractor=extractor,
        vectors=vectors,
        config=config,
        path=paths.out_dir / NET_FILE,
    )
    if config.include_dev:
        return None
    predicted = NerTagger.load(paths.out_dir).tag_sentences([s.tokens for s in split.dev])
    return score(_tags_of(split.dev), predicted)

"""EXPERIMENT (not shipped): stacking the NER net's posteriors as features of the second CRF, and
the cheap combinations around it, measured on the dev split of docs/ner.md against the shipped
recipe (the second CRF times the net, weight 1; seeds 1/2/3: 76.37 / 75.81 / 76.28, mean 76.15).
The rows are in docs/ner.md, "Stacking the net into the second CRF (the seventh round)".

Stacking: the second CRF's features (the first pass's, plus the document features of
``docfeatures``) plus, per token, the net's posteriors as attribute strings: the argmax label
(``nx:B-PERS``), its probability in five bins (``nxp:B-PERS:4``), every other label with probability
>= 0.1 in the same bins (``np:I-PERS:1``), and the neighbours' argmax labels (``-1:nx:...``,
``1:nx:...``). The CRF then learns per context how far to trust the net, instead of the fixed
product. Its training sentences get out-of-fold posteriors: the non-dev training sentences cut into
the same 3 contiguous folds as the recipe's cross-validated first-pass tags, each fold's posteriors
from a net (same recipe and seed, ``--fold-epochs`` epochs) trained on the other two folds. On dev
the features come from the net trained on all non-dev sentences (the shipped recipe's net, read
from ``--nets``: ``ref_net_{seed}.npz``, the fifth round's train-only nets).

Scored rows per seed (CoNLL micro-F1 on dev, decoded by the package's numpy decoder
``CrfDecoder``): the reference (second CRF x net, weight 1: must equal the fifth round's figure),
the stacked CRF alone, the stacked CRF x the net (weight 0.5 and 1), the stacked CRF x the net with
the weight tuned on a carved part of TRAIN (``tune``: a stacked CRF trained on folds 0-1, scored on
fold 2 with that fold's out-of-fold posteriors and cross-validated first-pass tags: the same
situation as dev, never dev), the reference product with its weight tuned the same way, and the
stacked CRF x the average of two seeds' nets.

Stages (each caches its output in ``--work``; run one process at a time on a shared machine)::

    PYTHONPATH=src python benchmarks/ner_stack.py --crf /tmp/crf --work /tmp/st --nets /tmp/st cv
    PYTHONPATH=src python benchmarks/ner_stack.py ... --seed 1 oof      # the fold nets
    PYTHONPATH=src python benchmarks/ner_stack.py ... --seed 1 stack    # the stacked CRF(s)
    PYTHONPATH=src python benchmarks/ner_stack.py ... --seed 1 eval     # rows -> results.jsonl

``--lm`` (the nets read the sixth round's LM states, ``benchmarks/ner_lm.py``) is written but was
never run: no time was left in the session after the three seeds of plain stacking.

``--crf`` is the train-only CRF recipe (``marsad train ner --out DIR --no-net``), whose clusters and
gazetteer the nets read; ``--work`` must hold ``vectors.npz`` (the train-only PPMI-SVD vectors,
cached by ``benchmarks/ner_lm.py``) or the news to learn them.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import numpy as np
import pycrfsuite

from marsad.entities.ner.clusters import WordClusters
from marsad.entities.ner.corpus import LabeledSentence, dev_split, read_conll
from marsad.entities.ner.decode import CrfDecoder, CrfWeights
from marsad.entities.ner.docfeatures import DocTokens, document_attributes
from marsad.entities.ner.features import FeatureExtractor
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.neural import LABELS, NetFeaturizer, NetModel, NeuralScorer, quantize, word_table
from marsad.entities.ner.scoring import Scores, score
from marsad.entities.ner.tagger import ModelFiles, NerTagger
from marsad.entities.ner.train import TrainConfig, _fold_ranges, _params

log = logging.getLogger("ner_stack")

FOLDS = 3
BINS = 5
MIN_PROB = 0.1
TUNE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _bin(p: float) -> int:
    return min(int(p * BINS), BINS - 1)


def net_attributes(logp: np.ndarray) -> list[list[str]]:
    """Per token of one sentence, the net's posteriors as crfsuite attribute strings."""
    probs = np.exp(logp)
    best = probs.argmax(axis=-1)
    own: list[list[str]] = []
    for t in range(len(probs)):
        a = LABELS[best[t]]
        attrs = [f"nx:{a}", f"nxp:{a}:{_bin(float(probs[t, best[t]]))}"]
        attrs += [
            f"np:{LABELS[k]}:{_bin(float(probs[t, k]))}"
            for k in range(len(LABELS))
            if k != best[t] and probs[t, k] >= MIN_PROB
        ]
        own.append(attrs)
    out = []
    for t, attrs in enumerate(own):
        row = list(attrs)
        if t > 0:
            row.append(f"-1:{own[t - 1][0]}")
        if t < len(own) - 1:
            row.append(f"1:{own[t + 1][0]}")
        out.append(row)
    return out


class Setup:
    """The data, the train-only CRF directory's extractor and the fold ranges."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        sentences = read_conll(args.data / "anercorp_camel" / "train.txt")
        split = dev_split(sentences, blocks=5, fraction=0.15)
        self.train: list[LabeledSentence] = split.train
        self.dev: list[LabeledSentence] = split.dev
        self.files = ModelFiles.in_dir(args.crf)
        self.clusters = WordClusters.load(self.files.clusters)
        self.extractor = FeatureExtractor(
            clusters=self.clusters, gazetteer=Gazetteer.load(self.files.gazetteer)
        )
        self.folds = _fold_ranges(len(self.train), FOLDS)
        self.work: Path = args.work

    def forms(self, sents: list[list[str]]) -> list[list]:
        return [[self.extractor.type_attributes(t).forms for t in s] for s in sents]


# --------------------------------------------------------------------------------------------- stages


def stage_cv(st: Setup) -> dict:
    """The recipe's cross-validated first-pass tags of the training sentences (``train.train_crfs``:
    3 contiguous folds, each tagged by a CRF trained on the other two), kept with the fold CRFs."""
    config = TrainConfig()
    tags: list[list[str]] = []
    for k, (start, end) in enumerate(st.folds):
        path = st.work / f"cvfold{k}.crfsuite"
        if not path.is_file():
            trainer = pycrfsuite.Trainer(verbose=False)
            for s in st.train[:start] + st.train[end:]:
                trainer.append(st.extractor.sentence_attributes(s.tokens), s.tags)
            trainer.set_params(_params(config, iterations=config.fold_iterations))
            trainer.train(str(path))
        crf = pycrfsuite.Tagger()
        crf.open(str(path))
        tags += [list(crf.tag(st.extractor.sentence_attributes(s.tokens))) for s in st.train[start:end]]
    (st.work / "cv_tags.json").write_text(json.dumps(tags))
    return {"stage": "cv"}


def cv_tags(st: Setup) -> list[list[str]]:
    return json.loads((st.work / "cv_tags.json").read_text())


def stage_oof(st: Setup) -> dict:
    """Out-of-fold log-probabilities of the training sentences: per fold a net trained on the others.
    With ``--lm``, the nets are the sixth round's LM-input nets (``ner_lm.train_ner``), and the net
    on all non-dev sentences (16 epochs) is trained too, for its dev log-probabilities."""
    from marsad.entities.ner import neural_train as nt

    sys.path.insert(0, str(Path(__file__).parent))
    import ner_lm

    seed = st.args.seed
    vectors = ner_lm.load_vectors(work=st.work, news=[], train_sents=st.train, clusters=st.clusters)
    logps: list[np.ndarray] = []
    if st.args.lm:
        table = word_table(quantize(np.asarray(vectors.vectors, dtype=np.float32)))
        chars = tuple(sorted({ch for s in st.train for t in s.tokens for ch in t}))
        featurizer = NetFeaturizer(
            extractor=st.extractor,
            words={w: i + 2 for i, w in enumerate(st.clusters.ids)},
            chars={ch: i + 2 for i, ch in enumerate(chars)},
        )
        with np.load(st.work / "lm_w128_s700.npz") as z:
            lm = {k: z[k] for k in z.files}

        def lm_net(sents: list[LabeledSentence], epochs: int):
            return ner_lm.train_ner(
                sentences=sents,
                featurizer=featurizer,
                table=table,
                n_chars=len(chars) + 2,
                levels=st.clusters.granularities,
                lm=lm,
                seed=seed,
                epochs=epochs,
                word_drop=0.0,
            )

        dev_path = st.work / f"dev_lm_s{seed}.npz"
        if not dev_path.is_file():
            full = lm_net(st.train, 16)
            np.savez(dev_path, *full.log_probs([s.tokens for s in st.dev]))
        for start, end in st.folds:
            net = lm_net(st.train[:start] + st.train[end:], st.args.fold_epochs)
            logps += net.log_probs([s.tokens for s in st.train[start:end]])
    else:
        for start, end in st.folds:
            model = nt.train_net(
                sentences=st.train[:start] + st.train[end:],
                extractor=st.extractor,
                vectors=vectors,
                train_config=nt.NetTrainConfig(epochs=st.args.fold_epochs, seed=seed),
            )
            scorer = NeuralScorer(model=model, extractor=st.extractor)
            logps += scorer.log_probs([s.tokens for s in st.train[start:end]])
    np.savez(st.work / f"oof{suffix(st)}_s{seed}.npz", *logps)
    return {"stage": "oof", "seed": seed, "lm": st.args.lm, "fold_epochs": st.args.fold_epochs}


def suffix(st: Setup) -> str:
    return "_lm" if st.args.lm else ""


def load_oof(st: Setup, seed: int) -> list[np.ndarray]:
    with np.load(st.work / f"oof{suffix(st)}_s{seed}.npz") as z:
        return [z[f"arr_{i}"] for i in range(len(z.files))]


def doc_extra(st: Setup, sents: list[list[str]], tags: list[list[str]]) -> list[list[list[str]]]:
    return document_attributes(
        [DocTokens(forms=f, tags=t) for f, t in zip(st.forms(sents), tags, strict=True)],
        window=TrainConfig().doc_window,
    )


def fit_crf(st: Setup, sents: list[LabeledSentence], extras: list[list[list[list[str]]]], path: Path) -> None:
    config = TrainConfig()
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, s in enumerate(sents):
        x = st.extractor.sentence_attributes(s.tokens)
        for extra in extras:
            x = [a + b for a, b in zip(x, extra[i], strict=True)]
        trainer.append(x, s.tags)
    trainer.set_params(_params(config, iterations=config.max_iterations))
    trainer.train(str(path))


def stage_stack(st: Setup) -> dict:
    """The stacked second CRF on all non-dev sentences, and the tune one on folds 0-1 only; also
    (once) the reference second CRF on folds 0-1, for tuning the reference product's weight."""
    seed = st.args.seed
    sents = [s.tokens for s in st.train]
    tags = cv_tags(st)
    doc = doc_extra(st, sents, tags)
    oof = load_oof(st, seed)
    net = [net_attributes(lp) for lp in oof]
    cut = st.folds[-1][0]
    jobs = [
        (st.work / f"stack{suffix(st)}_s{seed}.crfsuite", st.train, [doc, net]),
        (st.work / f"stack_tune{suffix(st)}_s{seed}.crfsuite", st.train[:cut], [doc[:cut], net[:cut]]),
        (st.work / "ref_tune.crfsuite", st.train[:cut], [doc[:cut]]),
    ]
    for path, s, extras in jobs:
        if not path.is_file():
            t0 = time.perf_counter()
            fit_crf(st, s, extras, path)
            log.info("trained %s in %.0f s", path.name, time.perf_counter() - t0)
    return {"stage": "stack", "seed": seed}


# --------------------------------------------------------------------------------------------- scoring


def decode(
    dec: CrfDecoder,
    sents: list[list[str]],
    extras: list[list[list[list[str]]]],
    logp: list[np.ndarray] | None = None,
    weight: float = 1.0,
) -> list[list[str]]:
    cols = [LABELS.index(label) for label in dec.weights.labels]
    extra = [
        [tuple(a for e in extras for a in e[i][t]) for t in range(len(sents[i]))] for i in range(len(sents))
    ]
    add = [weight * lp[:, cols] for lp in logp] if logp is not None and weight else None
    return dec.tag_sentences(sents, extra=extra, add=add)


def row_of(name: str, scores: Scores, **more: object) -> dict:
    return {
        "row": name,
        "f1": round(100 * scores.micro.f1, 2),
        "p": round(100 * scores.micro.precision, 2),
        "r": round(100 * scores.micro.recall, 2),
        "by_type": {k: round(100 * v.f1, 1) for k, v in sorted(scores.by_type.items())},
        **more,
    }


def tuned_weight(
    st: Setup, crf: Path, extras_fn, logp: list[np.ndarray], sents: list[list[str]], gold
) -> tuple[float, dict]:
    dec = CrfDecoder(weights=CrfWeights.load(crf), extractor=st.extractor)
    extras = extras_fn()
    f1 = {w: score(gold, decode(dec, sents, extras, logp, w)).micro.f1 for w in TUNE_WEIGHTS}
    best = max(TUNE_WEIGHTS, key=lambda w: (round(f1[w], 6), -abs(w - 1)))
    return best, {str(w): round(100 * v, 2) for w, v in f1.items()}


def stage_eval(st: Setup) -> dict:
    seed = st.args.seed
    dev = [s.tokens for s in st.dev]
    gold = [s.tags for s in st.dev]
    tagger = NerTagger.load(st.args.crf)
    first = tagger.decoder.tag_sentences(dev)
    doc = doc_extra(st, dev, first)

    def net_logp(s: int) -> list[np.ndarray]:
        model = NetModel.load(st.args.nets / f"ref_net_{s}.npz")
        return NeuralScorer(model=model, extractor=st.extractor).log_probs(dev)

    if st.args.lm:
        with np.load(st.work / f"dev_lm_s{seed}.npz") as z:
            logp = [z[f"arr_{i}"] for i in range(len(z.files))]
    else:
        logp = net_logp(seed)
    net = [net_attributes(lp) for lp in logp]
    stack = CrfDecoder(
        weights=CrfWeights.load(st.work / f"stack{suffix(st)}_s{seed}.crfsuite"), extractor=st.extractor
    )
    rows = [
        row_of("reference: CRF2 x net (w 1)", score(gold, decode(tagger.doc_decoder, dev, [doc], logp))),
        row_of("stacked CRF2 alone", score(gold, decode(stack, dev, [doc, net]))),
    ]
    for w in (0.5, 1.0):
        rows.append(
            row_of(f"stacked CRF2 x net (w {w})", score(gold, decode(stack, dev, [doc, net], logp, w)))
        )

    # Weights tuned on fold 2 of TRAIN (CRFs trained on folds 0-1; fold 2's CV tags and OOF posteriors).
    start, end = st.folds[-1]
    tune_sents = [s.tokens for s in st.train[start:end]]
    tune_gold = [s.tags for s in st.train[start:end]]
    tune_doc = doc_extra(st, tune_sents, cv_tags(st)[start:end])
    tune_logp = load_oof(st, seed)[start:end]
    tune_net = [net_attributes(lp) for lp in tune_logp]
    w_stack, curve_stack = tuned_weight(
        st,
        st.work / f"stack_tune{suffix(st)}_s{seed}.crfsuite",
        lambda: [tune_doc, tune_net],
        tune_logp,
        tune_sents,
        tune_gold,
    )
    w_ref, curve_ref = tuned_weight(
        st, st.work / "ref_tune.crfsuite", lambda: [tune_doc], tune_logp, tune_sents, tune_gold
    )
    rows.append(
        row_of(
            "stacked CRF2 x net (w tuned on train fold 2)",
            score(gold, decode(stack, dev, [doc, net], logp, w_stack)),
            weight=w_stack,
            tune_curve=curve_stack,
        )
    )
    rows.append(
        row_of(
            "reference CRF2 x net (w tuned on train fold 2)",
            score(gold, decode(tagger.doc_decoder, dev, [doc], logp, w_ref)),
            weight=w_ref,
            tune_curve=curve_ref,
        )
    )
    other = st.args.pair
    if other and not st.args.lm and (st.args.nets / f"ref_net_{other}.npz").is_file():
        avg = [(a + b) / 2 for a, b in zip(logp, net_logp(other), strict=True)]
        rows.append(
            row_of(
                f"stacked CRF2 x avg(net {seed}, net {other})",
                score(gold, decode(stack, dev, [doc, net], avg)),
            )
        )
        rows.append(
            row_of(
                f"reference CRF2 x avg(net {seed}, net {other})",
                score(gold, decode(tagger.doc_decoder, dev, [doc], avg)),
            )
        )
    for r in rows:
        log.info(
            "seed %d %-50s %.2f (P %.2f R %.2f) %s", seed, r["row"], r["f1"], r["p"], r["r"], r["by_type"]
        )
    return {"stage": "eval", "seed": seed, "lm": st.args.lm, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stage", choices=("cv", "oof", "stack", "eval"))
    ap.add_argument("--crf", type=Path, required=True, help="the train-only CRF model directory")
    ap.add_argument("--work", type=Path, required=True, help="cache and results directory")
    ap.add_argument("--nets", type=Path, required=True, help="directory of ref_net_{seed}.npz")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pair", type=int, default=0, help="eval: also average with this seed's net")
    ap.add_argument("--fold-epochs", type=int, default=12)
    ap.add_argument("--lm", action="store_true", help="the nets read the sixth round's LM states")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args.work.mkdir(parents=True, exist_ok=True)
    started, cpu0 = time.perf_counter(), cpu_seconds()
    st = Setup(args)
    row = {"cv": stage_cv, "oof": stage_oof, "stack": stage_stack, "eval": stage_eval}[args.stage](st)
    row.update({"wall_s": round(time.perf_counter() - started), "cpu_s": round(cpu_seconds() - cpu0)})
    with (args.work / "results.jsonl").open("a") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Learning curve of the first-pass CRF: dev micro-F1 against the amount of training text.

It answers one question: would more labelled sentences still help? If the dev score still rises
between the last two sizes, training the final model on the dev blocks too (``--include-dev``) is
the cheapest sound way to a better held-out score.

The training subsets keep articles whole: ANERcorp has no document markers, so each stretch of the
file between two dev blocks (six stretches) gives its *leading* part, cut at the most likely document
start near the wanted size (:func:`marsad.entities.ner.corpus.likely_boundary`, the dev split's own
rule). Every subset is thus spread over the whole file as the dev blocks are, and the subsets are
nested (a smaller one lies inside every larger one), so the curve measures size, not a change of text.
"""

from __future__ import annotations

import logging
import multiprocessing
import tempfile
from dataclasses import dataclass
from pathlib import Path

from marsad.entities.ner.clusters import WordClusters
from marsad.entities.ner.corpus import LabeledSentence, dev_split, likely_boundary
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.train import FirstPassResult, TrainConfig, train_first_pass
from marsad.errors import UsageError

log = logging.getLogger(__name__)


@dataclass(slots=True)
class CurvePoint:
    share: float
    """The wanted size, as a share of the whole training file (0.85 = every non-dev sentence)."""
    result: FirstPassResult


def stretches(n: int, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges [start, end) of a file of ``n`` sentences that lie between its dev blocks."""
    out: list[tuple[int, int]] = []
    start = 0
    for block_start, block_end in sorted(blocks):
        if block_start > start:
            out.append((start, block_start))
        start = max(start, block_end)
    if start < n:
        out.append((start, n))
    return out


def curve_subset(
    sentences: list[LabeledSentence], blocks: list[tuple[int, int]], *, share: float
) -> list[LabeledSentence]:
    """About ``share`` of the file's sentences, from the non-dev stretches only (see the module doc).

    Each stretch contributes its leading part, in proportion, cut at a likely document start; a share
    at or above the non-dev share gives every non-dev sentence."""
    spans = stretches(len(sentences), blocks)
    non_dev = sum(end - start for start, end in spans)
    if not share > 0:
        raise UsageError(f"the share of the training file must be positive, not {share}")
    ratio = min(1.0, share * len(sentences) / non_dev)
    chosen: list[LabeledSentence] = []
    for start, end in spans:
        if ratio >= 1.0:
            cut = end
        else:
            cut = likely_boundary(sentences, start + round(ratio * (end - start)))
            cut = min(max(cut, start + 1), end)
        chosen.extend(sentences[start:cut])
    return chosen


def _point(
    args: tuple[float, WordClusters, Gazetteer, list[LabeledSentence], list[LabeledSentence], TrainConfig],
) -> CurvePoint:
    share, clusters, gazetteer, train_sents, dev_sents, config = args
    with tempfile.TemporaryDirectory() as tmp:
        result = train_first_pass(
            clusters=clusters,
            gazetteer=gazetteer,
            train_sents=train_sents,
            dev_sents=dev_sents,
            path=Path(tmp) / "curve.crfsuite",
            config=config,
        )
    log.info(
        "share %.2f: %d sentences, dev micro-F1 %.2f (%.0f s)",
        share,
        result.train_sentences,
        100 * result.dev_scores.micro.f1,
        result.seconds,
    )
    return CurvePoint(share=share, result=result)


def learning_curve(
    sentences: list[LabeledSentence],
    *,
    shares: list[float],
    clusters: WordClusters,
    gazetteer: Gazetteer,
    config: TrainConfig | None = None,
) -> list[CurvePoint]:
    """Train the first CRF on each share of the file (nested subsets) and score it on the dev split.

    The CRFs run ``config.workers`` at a time."""
    config = config or TrainConfig()
    split = dev_split(sentences, blocks=config.dev_blocks, fraction=config.dev_fraction)
    jobs = [
        (share, clusters, gazetteer, curve_subset(sentences, split.blocks, share=share), split.dev, config)
        for share in shares
    ]
    # fork: the workers need nothing from the parent but the pickled arguments.
    with multiprocessing.get_context("fork").Pool(config.workers) as pool:
        return pool.map(_point, jobs, chunksize=1)

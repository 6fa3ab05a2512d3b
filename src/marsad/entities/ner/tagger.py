"""The shipped NER model: two CRFs over the features of :mod:`marsad.entities.ner.features`; the
second also sees the first one's tags over the story's other sentences
(:mod:`marsad.entities.ner.docfeatures`), and its scores are multiplied with a small neural net's
per-token probabilities (:mod:`marsad.entities.ner.neural`) when the model directory has one."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from marsad.entities.ner.clusters import WordClusters
from marsad.entities.ner.decode import CrfDecoder, CrfWeights
from marsad.entities.ner.docfeatures import WINDOW, two_pass
from marsad.entities.ner.features import FeatureExtractor, WordForms
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.neural import LABELS, NET_FILE, NetModel, NeuralScorer
from marsad.entities.ner.scoring import bio_spans
from marsad.entities.ner.tokenize import sentence_tokens
from marsad.errors import ModelError
from marsad.model import Entity, Story, make_entity

log = logging.getLogger(__name__)

MODEL_FILE = "ner.crfsuite"
DOC_MODEL_FILE = "ner_doc.crfsuite"
"""The second-pass CRF."""
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv"


def default_model_dir() -> Path:
    return Path(str(resources.files("marsad.entities.ner").joinpath("models")))


@dataclass(slots=True)
class ModelFiles:
    model: Path
    clusters: Path
    gazetteer: Path
    doc_model: Path

    @classmethod
    def in_dir(cls, directory: Path) -> ModelFiles:
        return cls(
            directory / MODEL_FILE,
            directory / CLUSTERS_FILE,
            directory / GAZETTEER_FILE,
            directory / DOC_MODEL_FILE,
        )

    def all(self) -> tuple[Path, ...]:
        return (self.model, self.clusters, self.gazetteer, self.doc_model)


class NerTagger:
    """BIO tagging over PERS, LOC, ORG, MISC for ANERcorp-style tokens, and entity spans over a story."""

    def __init__(
        self,
        *,
        weights: CrfWeights,
        doc_weights: CrfWeights,
        extractor: FeatureExtractor,
        window: int = WINDOW,
        net: NetModel | None = None,
        net_file: Path | None = None,
    ) -> None:
        self.extractor = extractor
        self.window = window
        self._net_model = net
        self._net_file = net_file
        """Read by :attr:`net` on first use, when no ``net`` is given."""
        self._net_columns = [LABELS.index(label) for label in doc_weights.labels]
        self.decoder = CrfDecoder(weights=weights, extractor=extractor)
        """The first pass."""
        self.doc_decoder = CrfDecoder(weights=doc_weights, extractor=extractor)
        """The second pass: the same per-form scores of its own CRF, plus the document attributes."""

    @cached_property
    def net(self) -> NeuralScorer | None:
        """Multiplied into the second pass (its log-probabilities added to the CRF's scores). Built on
        first use: the pipeline runs the first pass alone by default and never needs it (0.13 s and
        ~40 MB per process saved)."""
        model = self._net_model
        if model is None and self._net_file is not None:
            model = NetModel.load(self._net_file)
        return NeuralScorer(model=model, extractor=self.extractor) if model is not None else None

    @classmethod
    def load(cls, directory: str | Path | None = None) -> NerTagger:
        """Load the model shipped in the package (or one written by ``marsad train ner --out DIR``)."""
        files = ModelFiles.in_dir(Path(directory) if directory else default_model_dir())
        for path in files.all():
            if not path.is_file():
                raise ModelError(f"NER model file missing: {path.name}", source=str(path.parent))
        extractor = FeatureExtractor(
            clusters=WordClusters.load(files.clusters), gazetteer=Gazetteer.load(files.gazetteer)
        )
        # The net is optional: a model trained without the ``train`` extras has none.
        net_file = files.model.with_name(NET_FILE)
        return cls(
            weights=CrfWeights.load(files.model),
            doc_weights=CrfWeights.load(files.doc_model),
            extractor=extractor,
            net_file=net_file if net_file.is_file() else None,
        )

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence of tokens (a story of one sentence: no other sentence helps)."""
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text (a story, a CoNLL file): the second pass
        looks at how the first tagged the same words in the sentences within ``window``."""
        return two_pass(
            sents,
            forms=self._forms,
            first=self.decoder.tag_sentences,
            second=self._second_pass,
            window=self.window,
        )

    def first_pass(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """The first CRF's tags alone (sentence by sentence, no document features)."""
        return self.decoder.tag_sentences(sents)

    def _second_pass(self, sents: Sequence[Sequence[str]], extra: list[list[list[str]]]) -> list[list[str]]:
        # The decoder caches the weights of each distinct tuple of document attributes.
        add = None
        if self.net is not None:
            add = [logp[:, self._net_columns] for logp in self.net.log_probs(sents)]
        return self.doc_decoder.tag_sentences(sents, extra=[[tuple(a) for a in s] for s in extra], add=add)

    def _forms(self, token: str) -> WordForms:
        return self.extractor.type_values(token).forms

    def entity_spans(self, story: Story, *, passes: int = 2) -> list[Entity]:
        """Entities over ``story.text``; the text is tokenized here, so no other stage is needed.
        ``passes=1`` tags with the first CRF alone (faster, less accurate)."""
        out: list[Entity] = []
        text = story.text
        sents = sentence_tokens(text)
        tag = self.tag_sentences if passes >= 2 else self.first_pass
        for sent, tags in zip(sents, tag([s.texts for s in sents]), strict=True):
            for span in bio_spans(tags):
                start, end = sent.starts[span.start], sent.ends[span.end - 1]
                out.append(make_entity(start, end, text[start:end], span.type))
        return out

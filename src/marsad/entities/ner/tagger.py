"""The shipped NER model: a CRF over the features of :mod:`marsad.entities.ner.features`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from marsad.entities.ner.clusters import WordClusters
from marsad.entities.ner.decode import CrfDecoder, CrfWeights
from marsad.entities.ner.features import FeatureExtractor
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.scoring import bio_spans
from marsad.entities.ner.tokenize import sentence_tokens
from marsad.errors import ModelError
from marsad.model import Entity, Story

log = logging.getLogger(__name__)

MODEL_FILE = "ner.crfsuite"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv"


def default_model_dir() -> Path:
    return Path(str(resources.files("marsad.entities.ner").joinpath("models")))


@dataclass(slots=True)
class ModelFiles:
    model: Path
    clusters: Path
    gazetteer: Path

    @classmethod
    def in_dir(cls, directory: Path) -> ModelFiles:
        return cls(directory / MODEL_FILE, directory / CLUSTERS_FILE, directory / GAZETTEER_FILE)


class NerTagger:
    """BIO tagging over PERS, LOC, ORG, MISC for ANERcorp-style tokens, and entity spans over a story."""

    def __init__(self, *, weights: CrfWeights, extractor: FeatureExtractor) -> None:
        self.extractor = extractor
        self._decoder = CrfDecoder(weights=weights, extractor=extractor)

    @classmethod
    def load(cls, directory: str | Path | None = None) -> NerTagger:
        """Load the model shipped in the package (or one written by ``marsad train ner --out DIR``)."""
        files = ModelFiles.in_dir(Path(directory) if directory else default_model_dir())
        for path in (files.model, files.clusters, files.gazetteer):
            if not path.is_file():
                raise ModelError(f"NER model file missing: {path.name}", source=str(path.parent))
        weights = CrfWeights.load(files.model)
        extractor = FeatureExtractor(
            clusters=WordClusters.load(files.clusters), gazetteer=Gazetteer.load(files.gazetteer)
        )
        return cls(weights=weights, extractor=extractor)

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence of tokens."""
        return self._decoder.tag_sentences([tokens])[0]

    def tag_sentences(self, sents: list[list[str]]) -> list[list[str]]:
        """BIO tags for several sentences, decoded together (faster than one at a time)."""
        return self._decoder.tag_sentences(sents)

    def entity_spans(self, story: Story) -> list[Entity]:
        """Entities over ``story.text``; the text is tokenized here, so no other stage is needed."""
        out: list[Entity] = []
        text = story.text
        sents = sentence_tokens(text)
        for sent, tags in zip(sents, self.tag_sentences([s.texts for s in sents]), strict=True):
            for span in bio_spans(tags):
                start, end = sent.starts[span.start], sent.ends[span.end - 1]
                out.append(Entity(start=start, end=end, text=text[start:end], type=span.type))
        return out

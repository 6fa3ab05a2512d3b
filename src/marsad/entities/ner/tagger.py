"""The shipped NER model: two CRFs over the features of :mod:`marsad.entities.ner.features`; the
second also sees the first one's tags over the story's other sentences
(:mod:`marsad.entities.ner.docfeatures`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from marsad.entities.ner.clusters import WordClusters
from marsad.entities.ner.decode import BATCH_SENTENCES, CrfDecoder, CrfWeights, viterbi
from marsad.entities.ner.docfeatures import WINDOW, two_pass
from marsad.entities.ner.features import FeatureExtractor, WordForms
from marsad.entities.ner.gazetteer import Gazetteer
from marsad.entities.ner.scoring import bio_spans
from marsad.entities.ner.tokenize import sentence_tokens
from marsad.errors import ModelError
from marsad.model import Entity, Story

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


# Distinct document-attribute lists whose scores are remembered; a few thousand cover a day of news.
EXTRA_CACHE_SIZE = 100_000


@dataclass(slots=True)
class _SecondPass:
    """The second CRF: the decoder's per-form scores plus each token's document attributes.

    The document attributes (first-pass tags and type votes of the token and its neighbours) take
    few distinct combinations, so their summed scores are cached per combination."""

    decoder: CrfDecoder
    _extra: dict[tuple[str, ...], np.ndarray] = field(default_factory=dict)

    def _extra_score(self, attrs: list[str]) -> np.ndarray:
        key = tuple(attrs)
        found = self._extra.get(key)
        if found is None:
            if len(self._extra) >= EXTRA_CACHE_SIZE:
                self._extra.clear()
            found = self._extra[key] = self.decoder.weights.score(attrs)
        return found

    def tag_sentences(self, sents: Sequence[Sequence[str]], extra: list[list[list[str]]]) -> list[list[str]]:
        out: list[list[str]] = []
        for at in range(0, len(sents), BATCH_SENTENCES):
            out += self._tag_batch(sents[at : at + BATCH_SENTENCES], extra[at : at + BATCH_SENTENCES])
        return out

    def _tag_batch(self, sents: Sequence[Sequence[str]], extra: list[list[list[str]]]) -> list[list[str]]:
        # As CrfDecoder._tag_batch, with the document attributes' scores added to the emissions.
        out: list[list[str]] = [[] for _ in sents]
        todo = sorted((i for i, s in enumerate(sents) if s), key=lambda i: -len(sents[i]))
        if not todo:
            return out
        ordered = [sents[i] for i in todo]
        lengths = np.array([len(s) for s in ordered])
        flat = self.decoder.emissions(ordered)
        flat += np.stack([self._extra_score(attrs) for i in todo for attrs in extra[i]])
        em = np.zeros((len(todo), int(lengths[0]), len(self.decoder.weights.labels)))
        em[np.repeat(np.arange(len(todo)), lengths), np.concatenate([np.arange(n) for n in lengths])] = flat
        labels = self.decoder.weights.labels
        for i, path in zip(todo, viterbi(em, lengths, self.decoder.weights.transitions), strict=True):
            out[i] = [labels[j] for j in path]
        return out


class NerTagger:
    """BIO tagging over PERS, LOC, ORG, MISC for ANERcorp-style tokens, and entity spans over a story."""

    def __init__(
        self,
        *,
        weights: CrfWeights,
        doc_weights: CrfWeights,
        extractor: FeatureExtractor,
        window: int = WINDOW,
    ) -> None:
        self.extractor = extractor
        self.window = window
        self._decoder = CrfDecoder(weights=weights, extractor=extractor)
        self._second = _SecondPass(CrfDecoder(weights=doc_weights, extractor=extractor))

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
        return cls(
            weights=CrfWeights.load(files.model),
            doc_weights=CrfWeights.load(files.doc_model),
            extractor=extractor,
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
            first=self._decoder.tag_sentences,
            second=self._second.tag_sentences,
            window=self.window,
        )

    def first_pass(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """The first CRF's tags alone (sentence by sentence, no document features)."""
        return self._decoder.tag_sentences(sents)

    def _forms(self, token: str) -> WordForms:
        return self.extractor.type_attributes(token).forms

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

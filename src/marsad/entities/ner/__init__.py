"""Named-entity recognition trained by marsad: a CRF over ANERcorp-style tokens (PERS, LOC, ORG, MISC)."""

from marsad.entities.ner.tagger import NerTagger

__all__ = ["NerTagger"]

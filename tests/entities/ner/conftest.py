"""Fixtures of the NER tests: the shipped tagger, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def ner_tagger():
    from marsad.entities.ner import NerTagger

    return NerTagger.load()

"""Fixtures shared by the events tests."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_lexicon, read_data
from marsad.events.ontology import load_ontology


@pytest.fixture(scope="module")
def lexicon():
    """The shipped predicate lexicon, one per test module (its look-up caches fill as a module runs)."""
    return load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))

"""Fixtures of the entities tests: the knowledge base and linker are built once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def kb():
    from marsad.entities.kb import KnowledgeBase

    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def linker(kb):
    from marsad.entities.link import Linker

    return Linker(kb, kb.matcher())


@pytest.fixture(scope="session")
def link(linker):
    """link(text, date) -> entities, each checked against the text it points at."""

    def run(text: str, date: str | None = None):
        entities = linker.link(text, date=date)
        for e in entities:
            assert text[e.start : e.end] == e.text, e
        return entities

    return run

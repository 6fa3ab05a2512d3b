"""Shared test helpers (import as `from support import ...`). Data under ../shared/data is read in place (its licences do not all allow copying);
tests that need it skip with a clear reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import marsad

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
SHARED_DATA = SHARED / "data"
SEED_PATH = SHARED / "examples" / "000_a9f105fa16ec1e92.txt"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (set MARSAD_SHARED to the shared/ folder)")
    return path


def assert_offsets(story) -> None:
    """Every span of every annotation list points at exactly its text."""
    from marsad.model import ANNOTATION_LISTS

    for name in ANNOTATION_LISTS:
        for item in getattr(story, name):
            assert story.text[item.start : item.end] == item.text, (name, item)


def events_at(sentence: str, trigger: str, pipeline) -> list:
    """The events ``marsad.analyze`` codes with their trigger starting at ``trigger``'s first occurrence in
    ``sentence``, every story's offsets checked on the way."""
    article = marsad.analyze(sentence, pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)
    start = sentence.index(trigger)
    return [e for story in article.stories for e in story.events if e.start == start]

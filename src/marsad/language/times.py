"""Placeholder times stage until issue #3 lands: adds nothing."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import Context, Stage


def run(article: Article, *, ctx: Context) -> Article:
    return article


STAGE = Stage(name="times", func=run, requires=("sentences", "tokens"), assigns=("times",))

"""Placeholder events stage until issue #5 lands: adds nothing."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import Context, Stage


def run(article: Article, *, ctx: Context) -> Article:
    return article


STAGE = Stage(
    name="events",
    func=run,
    requires=("entities", "times", "quantities", "quotes"),
    assigns=("events",),
)

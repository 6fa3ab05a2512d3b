"""The ``events`` stage: codes every story of an article into PLOVER/CAMEO events (see coder.py)."""

from __future__ import annotations

from marsad.events.coder import code_story, load_resources
from marsad.model import Article
from marsad.pipeline import Context, Stage


def run(article: Article, *, ctx: Context) -> Article:
    res = ctx.resource("events.coder", load_resources)
    for story in article.stories:
        story.events = code_story(story, res=res)
    return article


STAGE = Stage(
    name="events",
    func=run,
    requires=("entities", "times", "quantities", "quotes"),
    assigns=("events",),
)

"""Placeholder clean stage (one story, the whole page) until issue #2's cleaner lands."""

from __future__ import annotations

from marsad.model import Article, Story
from marsad.pipeline import Context, Stage


def clean(article: Article, *, ctx: Context) -> Article:
    text = article.raw.strip()
    start = article.raw.find(text)
    article.stories = [
        Story(id=f"{article.id}-0", role="main", text=text, source_map=[(0, start, len(text))])
    ]
    return article


STAGE = Stage(name="clean", func=clean, requires=("raw",), assigns=("stories",))

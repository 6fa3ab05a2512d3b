"""The ``entities`` stage: knowledge-base matches (and NER spans when the model ships) -> linked entities.

Works on ``story.text`` directly (the matcher has its own clitic-tolerant key), so it does not depend
on the tokens being perfect; it still runs after ``tokens`` so that the NER tagger can use them.
"""

from __future__ import annotations

import logging
from typing import Any

from marsad.entities.kb import load_kb, load_matcher
from marsad.entities.link import Linker
from marsad.errors import ModelError
from marsad.model import Article, Entity, Story
from marsad.pipeline import Context, Stage

log = logging.getLogger(__name__)


def load_linker(ctx: Context) -> Linker:
    return ctx.resource("entities.linker", lambda: Linker(load_kb(ctx), load_matcher(ctx)))


def load_ner(ctx: Context) -> Any | None:
    """The shipped NER tagger; None when ``[entities] ner = false`` or no model ships (KB matches alone).

    The tagger finds names the knowledge base does not know; it costs most of the stage's time
    (see docs/entities.md), hence the switch.
    """

    def loader() -> Any | None:
        if not ctx.settings.get("entities.ner", True):
            log.info("[entities] ner = false: entities come from the knowledge base alone")
            return None
        try:
            from marsad.entities.ner import NerTagger  # type: ignore[attr-defined]
        except ImportError:
            log.info("no NER tagger in this build; entities come from the knowledge base alone")
            return None
        try:
            return NerTagger.load()
        except (ModelError, OSError) as exc:
            log.warning("NER model not loaded (%s); entities come from the knowledge base alone", exc)
            return None

    return ctx.resource("entities.ner", loader)


def link_story(story: Story, *, ctx: Context) -> list[Entity]:
    linker = load_linker(ctx)
    tagger = load_ner(ctx)
    ner = tagger.entity_spans(story) if tagger is not None else None
    return linker.link(story.text, date=story.date, ner=ner)


def run(article: Article, *, ctx: Context) -> Article:
    for story in article.stories:
        story.entities = link_story(story, ctx=ctx)
    return article


STAGE = Stage(name="entities", func=run, requires=("tokens",), assigns=("entities",))

"""The ``entities`` stage: knowledge-base matches (and NER spans when the model ships) -> linked entities.

Works on ``story.text`` directly (the matcher has its own clitic-tolerant key), so it does not depend
on the tokens being perfect; it runs after ``tokens`` as the pipeline declares.

The title is linked together with the text (a name in the title is the antecedent of a short form in the
text), but only the text's entities go to ``story.entities`` (their offsets are into ``story.text``); the
title's go to ``story.meta["title_entities"]`` as dicts with offsets into ``story.title``.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from marsad.entities.kb import load_kb, load_matcher
from marsad.entities.link import Linker
from marsad.errors import ModelError
from marsad.model import Article, Entity, Story
from marsad.pipeline import Context, Stage

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoryEntities:
    text: list[Entity]
    title: list[Entity]


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
            from marsad.entities.ner import NerTagger
        except ImportError:
            log.info("no NER tagger in this build; entities come from the knowledge base alone")
            return None
        try:
            return NerTagger.load()
        except (ModelError, OSError) as exc:
            log.warning("NER model not loaded (%s); entities come from the knowledge base alone", exc)
            return None

    return ctx.resource("entities.ner", loader)


def link_story(story: Story, *, ctx: Context) -> StoryEntities:
    linker = load_linker(ctx)
    tagger = load_ner(ctx)
    passes = int(ctx.settings.get("entities.ner_passes", 1))
    ner = tagger.entity_spans(story, passes=passes) if tagger is not None else None
    head = f"{story.title}\n" if story.title else ""
    cut = len(head)
    # Both lists hold entities made fresh for this call (by the tagger, by the linker), so they are
    # shifted in place: ``dataclasses.replace`` on every entity cost more than the rest of this function.
    if ner and cut:
        _shift(ner, cut)
    found = linker.link(head + story.text, date=story.date, ner=ner)
    title = [e for e in found if e.end < cut]
    text = [e for e in found if e.start >= cut]
    if cut:
        _shift(text, -cut)  # after ``title`` is taken: shifted, a text entity could pass for a title one
    return StoryEntities(text=text, title=title)


def _shift(entities: list[Entity], by: int) -> None:
    for e in entities:
        e.start += by
        e.end += by


def run(article: Article, *, ctx: Context) -> Article:
    for story in article.stories:
        found = link_story(story, ctx=ctx)
        story.entities = found.text
        if found.title:
            story.meta["title_entities"] = [dataclasses.asdict(e) for e in found.title]
    return article


STAGE = Stage(name="entities", func=run, requires=("tokens",), assigns=("entities",))

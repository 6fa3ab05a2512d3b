"""The pipeline: named stages run in order over an :class:`~marsad.model.Article`.

Each stage module exposes ``STAGE = Stage(...)`` that names what the stage needs (``requires``) and what
it adds (``assigns``). :class:`Pipeline` checks the order once, when it is built, so a wrong order fails
at start-up and not on the ten-thousandth article (the idea of spaCy's ``requires=/assigns=``).
Heavy resources (the NER model, the actor knowledge base, the lexicon) are loaded once per
:class:`Context` through :meth:`Context.resource`, never kept in module globals.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from marsad.errors import PipelineError
from marsad.model import Article
from marsad.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

# Stage name -> module that defines STAGE. Read-only: adding a stage is a code change, reviewed.
STAGE_MODULES = MappingProxyType(
    {
        "clean": "marsad.clean.stage",
        "sentences": "marsad.language.sentences",
        "tokens": "marsad.language.tokens",
        "quantities": "marsad.language.quantities",
        "times": "marsad.language.times",
        "quotes": "marsad.language.quotes",
        "entities": "marsad.entities.stage",
        "events": "marsad.events.stage",
    }
)

#: What an article has when a reader hands it over.
READER_ASSIGNS = frozenset({"raw"})


@dataclass
class Context:
    """Settings plus a per-run cache of loaded resources."""

    settings: Settings = field(default_factory=Settings.load)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def resource(self, name: str, loader: Callable[[], T]) -> T:
        if name not in self._cache:
            log.debug("loading resource %s", name)
            self._cache[name] = loader()
            if self.settings.get("pipeline.tune_gc", True):
                _tune_gc()
        return self._cache[name]


# Young-generation threshold of the cyclic garbage collector while marsad runs (CPython's default is
# 700 allocations): an article makes thousands of short-lived objects (tokens, words, spans), and at
# 700 the collector ran ~1,000 times per 400 articles for 15 % of the CPU time; at 10,000 it costs
# 3-5 % (measured with gc.callbacks on 400 ANT articles; 50,000 was no better: bigger young
# generations cost more to walk).
GC_YOUNG_THRESHOLD = 10_000


def _tune_gc() -> None:
    """Set what was just loaded aside from the cyclic garbage collector, and collect less often.

    The models and tables loaded by :meth:`Context.resource` live as long as the run and are hundreds
    of thousands of objects; every full collection would walk them all again. ``gc.freeze()`` sets
    everything alive now aside for good (the idea Instagram published for long-lived servers).
    The same holds for what the per-word caches fill in while articles run, hence
    :func:`_freeze_survivors` after each full collection.
    All of it is process-wide; ``[pipeline] tune_gc = false`` leaves the collector alone."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)
    if _freeze_survivors not in gc.callbacks:
        gc.callbacks.append(_freeze_survivors)


def _freeze_survivors(phase: str, info: dict[str, int]) -> None:
    """After a full collection, set its survivors aside like the loaded models (``gc.freeze()``).

    While articles run, the per-word caches (clitic analyses, NER word forms, events word flags)
    grow by tens of objects per unseen article, all of them alive for the rest of the run; without
    this, every full collection walked them all again (0.17 s at 245,000 objects after 2,000 ANT
    articles, ~0.7 µs an object), and the more the run had read, the longer it took. Survivors of a
    full collection are reachable by definition; a frozen object is still freed by reference
    counting, only a reference cycle that becomes garbage later would never be collected, and the
    pipeline makes none (``gc.collect()`` after 200 articles run with the collector off finds 0)."""
    if phase == "stop" and info.get("generation") == 2:
        gc.freeze()


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: Callable[..., Article]
    """``func(article, *, ctx) -> article``."""
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def load_stage(name: str) -> Stage:
    if name not in STAGE_MODULES:
        known = ", ".join(STAGE_MODULES)
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}")
    stage = importlib.import_module(STAGE_MODULES[name]).STAGE
    if not isinstance(stage, Stage):
        raise PipelineError(f"{STAGE_MODULES[name]}.STAGE is not a Stage")
    return stage


class Pipeline:
    def __init__(self, stages: Iterable[Stage], *, ctx: Context | None = None) -> None:
        self.stages = list(stages)
        self.ctx = ctx or Context()
        have = set(READER_ASSIGNS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage adds"
                )
            have.update(stage.assigns)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, *, upto: str | None = None) -> Pipeline:
        """The stages named in ``[pipeline] stages``; with ``upto``, stop after that stage."""
        settings = settings or Settings.load()
        names: list[str] = list(settings.get("pipeline.stages", []))
        if upto is not None:
            if upto not in names:
                raise PipelineError(f"stage {upto!r} is not in the configured pipeline")
            names = names[: names.index(upto) + 1]
        return cls([load_stage(n) for n in names], ctx=Context(settings=settings))

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, article: Article) -> Article:
        for stage in self.stages:
            if stage.name in article.done:
                continue
            result = stage.func(article, ctx=self.ctx)
            if not isinstance(result, Article):
                raise PipelineError(f"stage {stage.name!r} returned {type(result).__name__}, not Article")
            article = result
            article.done.append(stage.name)
        return article

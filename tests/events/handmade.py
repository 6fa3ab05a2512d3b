"""Stories annotated by hand (entities, times, quantities) for testing the coder without upstream stages.

``annotate`` finds each listed surface string in the story text (the n-th occurrence when asked) and
adds the span, so every offset is computed, never typed. Used until the language and entity stages
land in main; afterwards the seed test also runs on the real pipeline (test_coder_seed_pipeline).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Entity, Quantity, Story, TimeExpr


@dataclass(frozen=True, slots=True)
class Ent:
    text: str
    type: str = "GPE"
    country: str | None = None
    sector: str | None = None
    actor: str | None = None
    nth: int = 0
    """Which occurrence (0 = first); -1 = every occurrence."""
    ctx: str | None = None
    """A longer string that starts with the entity, to pick one occurrence (الروسي لأوكرانيا)."""


@dataclass(frozen=True, slots=True)
class Tim:
    text: str
    value: str | None
    nth: int = 0


@dataclass(frozen=True, slots=True)
class Qty:
    text: str
    value: float
    kind: str = "count"
    unit: str | None = None


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _whole_word(text: str, pos: int, end: int) -> bool:
    """The needle is a word, or a word after one clitic letter (لروسيا، وروسيا): not inside تشير."""
    if end < len(text) and _is_letter(text[end]):
        return False
    if pos == 0 or not _is_letter(text[pos - 1]):
        return True
    return text[pos - 1] in "وبلفك" and (pos == 1 or not _is_letter(text[pos - 2]))


def _find(text: str, needle: str, nth: int, *, allow_missing: bool = False) -> list[int]:
    found, pos = [], text.find(needle)
    while pos >= 0:
        if _whole_word(text, pos, pos + len(needle)) or not _is_letter(needle[-1]):
            found.append(pos)
        pos = text.find(needle, pos + 1)
    if not found:
        if allow_missing:
            return []
        raise AssertionError(f"not in text: {needle!r}")
    return found if nth == -1 else [found[nth]]


def annotate(
    story: Story,
    *,
    entities: list[Ent] = (),
    times: list[Tim] = (),
    quantities: list[Qty] = (),
    allow_missing: bool = False,
) -> Story:
    for e in entities:
        if e.ctx is not None and not e.ctx.startswith(e.text):
            raise AssertionError(f"context {e.ctx!r} does not start with {e.text!r}")
        for start in _find(story.text, e.ctx or e.text, e.nth, allow_missing=allow_missing):
            if any(x.start < start + len(e.text) and start < x.end for x in story.entities):
                continue  # a shorter name inside a longer one already annotated (بوتين in فلاديمير بوتين)
            story.entities.append(
                Entity(
                    start=start,
                    end=start + len(e.text),
                    text=e.text,
                    type=e.type,
                    country=e.country,
                    sector=e.sector,
                    actor=e.actor,
                )
            )
    for t in times:
        for start in _find(story.text, t.text, t.nth):
            story.times.append(TimeExpr(start=start, end=start + len(t.text), text=t.text, value=t.value))
    for q in quantities:
        for start in _find(story.text, q.text, 0):
            story.quantities.append(
                Quantity(
                    start=start, end=start + len(q.text), text=q.text, value=q.value, kind=q.kind, unit=q.unit
                )
            )
    story.entities.sort(key=lambda x: x.start)
    story.times.sort(key=lambda x: x.start)
    return story


def story(text: str, *, published: str | None = "2018-05-01", role: str = "main", sid: str = "s1") -> Story:
    return Story(id=sid, role=role, text=text, published=published)

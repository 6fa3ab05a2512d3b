"""Hand-made articles with known annotations (the store must not depend on what the NLP stages find)."""

from __future__ import annotations

import os
from pathlib import Path

from marsad.model import Article, Entity, Event, Participant, Quote, Sentence, Story, TimeExpr

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
SAMPLE = SRC / "marsad" / "samples" / "ant_news_sample.jsonl"
#: The store's tests run the first real stages only: they test storing, not NLP, and must stay fast.
FAST_STAGES = ["clean", "sentences"]
ALL_STAGES = ["clean", "sentences", "tokens", "quantities", "times", "quotes", "entities", "events"]


def participant(story_text: str, word: str, *, country: str, sector: str | None = None) -> Participant:
    start = story_text.index(word)
    return Participant(start=start, end=start + len(word), text=word, country=country, sector=sector)


def made_article(
    text: str,
    *,
    key: str,
    outlet: str,
    title: str = "عنوان",
    published: str = "2018-05-07",
    events: list[tuple[str, str, str, str, str]] = (),
) -> Article:
    """An article already through the pipeline (``done`` lists every stage), with one main story.

    ``events``: (type, trigger word, source word, source country, target country) with target word =
    the first occurrence of the target country's word given as 'word:CODE'.
    """
    story = Story(id=f"{key}-0", role="main", text=text, title=title, published=published)
    end = text.find(".") + 1 or len(text)
    story.sentences = [Sentence(start=0, end=end, text=text[:end])]
    first = text.split()[0]
    story.entities = [Entity(start=0, end=len(first), text=first, type="GPE", country="XXX")]
    story.times = [TimeExpr(start=0, end=len(first), text=first, value=published, granularity="day")]
    story.quotes = [Quote(start=0, end=len(first), text=first)]
    for etype, trigger, src_word, src_code, tgt in events:
        tgt_word, tgt_code = tgt.split(":")
        t0 = text.index(trigger)
        story.events.append(
            Event(
                start=t0,
                end=t0 + len(trigger),
                text=trigger,
                type=etype,
                source=[participant(text, src_word, country=src_code, sector="GOV")],
                target=[participant(text, tgt_word, country=tgt_code)],
                date=published,
                quad=1,
                score=1.0,
            )
        )
    raw = f"{key}\n{title}\n{text}"
    return Article(
        id=key, source=f"{key}.txt", raw=raw, outlet=outlet, stories=[story], done=list(ALL_STAGES)
    )


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def write_corpus(records: list[dict], directory: Path) -> Path:
    """One plain-text file per record (title, blank line, text): what every reader accepts."""
    directory.mkdir(parents=True, exist_ok=True)
    for i, rec in enumerate(records):
        (directory / f"{i:04d}.txt").write_text(f"{rec['title']}\n\n{rec['text']}\n", encoding="utf-8")
    return directory


def fast_config(directory: Path) -> Path:
    """A settings file running only :data:`FAST_STAGES` (for commands run as subprocesses)."""
    path = directory / "fast.toml"
    path.write_text(f"[pipeline]\nstages = {FAST_STAGES!r}\n".replace("'", '"'), encoding="utf-8")
    return path

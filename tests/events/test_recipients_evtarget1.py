"""Recipients of attacks and coercion, first round (evtarget1, session 17): sample W's drawing options and the
rules that find who was struck, killed or arrested (docs/events.md, the round's section)."""

from __future__ import annotations

from pathlib import Path

from support import shared_file


def test_sample_categories_replace_politics_world(monkeypatch) -> None:
    """--categories draws from ANT's other categories (the politics/world pool is used up for sample W)."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_sample

    ant = shared_file("data/ant_news/ant_multisource_sample.jsonl.gz").parent
    sport = events_sample.candidates(ant=ant, seed=1919, pool="ant", categories=frozenset({"sport"}))
    assert sport
    assert {rec["category"] for rec in sport} == {"sport"}
    default = events_sample.candidates(ant=ant, seed=1919, pool="ant")
    assert {rec["category"] for rec in default} <= events_sample.CATEGORIES
    assert not any(rec["category"] == "sport" for rec in default)

"""Recall round 13 (evlex13): sample K (benchmarks/data/events_recall_sample_k.tsv, half fresh ANT, half
SaudiNewsNet) and the predicates its misses and dev's even lines' misses named."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_recall_sample_rescores_a_mixed_sample_from_both_pools(monkeypatch, tmp_path) -> None:
    """K mixes ANT and SaudiNewsNet rows: ``--rescore`` re-picks each row from its own pool (ANT keys from ANT, SNN-
    keys from SaudiNewsNet), whatever MARSAD_POOL says, and scores them all."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_recall_sample as ers

    rows = [
        {"key": "SK-middleEast-1-20180101:0-10", "gold": "ASSAULT «قصف»"},
        {"key": "SNN-okaz-0001:5-20", "gold": "CONSULT «التقى»"},
    ]
    path = tmp_path / "k.tsv"
    path.write_text(
        "key\toutlet\tsentence\tinside\talone\tgold\tcause\tnote\n"
        + "".join(f"{r['key']}\t\t\t\t\t{r['gold']}\t\t\n" for r in rows),
        encoding="utf-8",
    )
    calls: list[tuple[str | None, frozenset[str]]] = []

    def fake_picks(*, seed, n, exclude, min_words, only=None, pool=None):
        calls.append((pool, frozenset(only or ())))
        for r in rows:
            if (pool == "saudi") == r["key"].startswith("SNN-"):
                yield ers.Pick(key=r["key"], outlet="", sentence="", inside=[r["gold"]], alone=[])

    monkeypatch.setenv("MARSAD_POOL", "ant")
    monkeypatch.setattr(ers, "picks", fake_picks)
    report = ers.rescore(path, seed=2020, min_words=5)
    assert sorted(pool for pool, _ in calls) == ["ant", "saudi"]
    assert "2 sentences, 2 with a gold event" in report
    assert "type inside the article  recall 1.000 (2/2)" in report


def test_recall_sample_pool_argument_overrides_the_variable(monkeypatch) -> None:
    """``shuffled(pool="saudi")`` reads SaudiNewsNet even when MARSAD_POOL names ANT."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_recall_sample as ers

    monkeypatch.setenv("MARSAD_POOL", "ant")
    monkeypatch.setattr(ers, "saudi_records", lambda: [{"id": "SNN-test-0001", "text": "نص"}])
    monkeypatch.setattr(ers, "gold_ids", set)
    monkeypatch.setattr(ers, "_politics", lambda path: pytest.fail("ANT read"))
    assert [r["id"] for r in ers.shuffled(seed=1, exclude=set(), pool="saudi")] == ["SNN-test-0001"]

"""`marsad ingest/search/export/demo` through the real command line (typer's runner, in process)."""

from __future__ import annotations

import json
from pathlib import Path

from store_helpers import fast_config, write_corpus
from typer.testing import CliRunner

from marsad.serve.cli import app

runner = CliRunner()


def test_cli_ingest_search_export_round_trip(db_url: str, sample_records, tmp_path: Path) -> None:
    china = [r for r in sample_records if "الصين" in r["text"]]
    others = [r for r in sample_records if "صين" not in r["text"]]
    records = china[:3] + others[:3]
    corpus = write_corpus(records, tmp_path / "in")
    good, cut = json.dumps(others[3], ensure_ascii=False), json.dumps(others[4], ensure_ascii=False)
    (corpus / "batch.jsonl").write_text(f"{good}\n{cut[: len(cut) // 2]}\n", encoding="utf-8")
    config = ["--config", str(fast_config(tmp_path))]
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "--workers", "0", *config])
    assert first.exit_code == 1  # one input failed, and says so
    assert "read 7, new 7, skipped 0" in first.stdout
    assert "batch.jsonl#2" in first.stderr
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "--workers", "0", *config])
    assert "new 0, skipped 7" in again.stdout
    found = runner.invoke(app, ["search", "والصين", "--db", db_url, "--limit", "50"])
    assert found.exit_code == 0, found.stderr
    assert found.stderr.strip() == "3 hit(s)"
    out = tmp_path / "articles.jsonl"
    exported = runner.invoke(
        app, ["export", "articles", "--format", "jsonl", "--db", db_url, "--output", str(out)]
    )
    assert exported.exit_code == 0, exported.stderr
    assert len([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]) == 7
    gdelt = runner.invoke(app, ["export", "articles", "--format", "gdelt", "--db", db_url])
    assert gdelt.exit_code == 2 and "E-USAGE" in gdelt.stderr


def test_cli_demo_ingests_the_sample_and_reruns_incrementally(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MARSAD_CONFIG", str(fast_config(tmp_path)))
    db = tmp_path / "demo.db"
    first = runner.invoke(app, ["demo", "--db", str(db), "--workers", "0"])
    assert first.exit_code == 0, first.output
    assert "200 read, 200 new" in first.stdout
    assert "articles" in first.stdout and "Events by type" in first.stdout and "dyads" in first.stdout
    again = runner.invoke(app, ["demo", "--db", str(db), "--workers", "0"])
    assert again.exit_code == 0
    assert "200 read, 0 new, 200 already stored" in again.stdout


def test_cli_actor_label_names_codes_as_a_reader_knows_them() -> None:
    from marsad.entities.kb import KnowledgeBase
    from marsad.serve.cli_store import actor_label

    kb = KnowledgeBase.load()
    assert actor_label("person:trump", kb) == "دونالد ترامب (person:trump)"
    assert actor_label("YEM/CVL", kb) == "اليمن (YEM/CVL)"  # a country's sector: the country's name
    assert actor_label("~قوات مجهولة", kb) == "قوات مجهولة"  # unlinked: its own words
    assert actor_label("XYZ/GOV", kb) == "XYZ/GOV"

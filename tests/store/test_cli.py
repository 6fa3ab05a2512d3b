"""`marsad ingest/search/export/demo` through the real command line (typer's runner, in process)."""

from __future__ import annotations

import json
from pathlib import Path

from store_helpers import write_corpus
from typer.testing import CliRunner

from marsad.serve.cli import app

runner = CliRunner()


def test_cli_ingest_search_export_round_trip(db_url: str, sample_records, tmp_path: Path) -> None:
    records = [r for r in sample_records if "الصين" in r["text"]][:3] + [
        r
        for r in sample_records
        if "الصين" not in r["text"] and "للصين" not in r["text"] and "والصين" not in r["text"]
    ][:3]
    corpus = write_corpus(records, tmp_path / "in")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x81" * 40)
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "--workers", "0"])
    assert first.exit_code == 1  # one input failed, and says so
    assert "read 6, new 6, skipped 0" in first.stdout
    assert "broken.txt" in first.stderr
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "--workers", "0"])
    assert "new 0, skipped 6" in again.stdout
    found = runner.invoke(app, ["search", "والصين", "--db", db_url, "--limit", "50"])
    assert found.exit_code == 0, found.stderr
    assert found.stderr.strip() == "3 hit(s)"
    out = tmp_path / "articles.jsonl"
    exported = runner.invoke(
        app, ["export", "articles", "--format", "jsonl", "--db", db_url, "--output", str(out)]
    )
    assert exported.exit_code == 0, exported.stderr
    assert len([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]) == 6
    gdelt = runner.invoke(app, ["export", "articles", "--format", "gdelt", "--db", db_url])
    assert gdelt.exit_code == 2 and "E-USAGE" in gdelt.stderr


def test_cli_demo_ingests_the_sample_and_reruns_incrementally(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = runner.invoke(app, ["demo", "--db", str(db), "--workers", "0"])
    assert first.exit_code == 0, first.output
    assert "articles" in first.stdout and "Events by type" in first.stdout and "dyads" in first.stdout
    again = runner.invoke(app, ["demo", "--db", str(db), "--workers", "0"])
    assert again.exit_code == 0
    assert " 0 new" in again.stdout and "already stored" in again.stdout

"""`marsad analyze`: output formats, one JSON line per input line, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.serve.cli import app

ARABIC = "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع الصين قوية، وأعلن عن خطط جديدة للتعاون العسكري."


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _run(runner: CliRunner, *args: str, stdin: bytes | None = None):
    return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)


def test_analyze_seed_prints_one_json_object(runner: CliRunner, seed_path: Path) -> None:
    result = _run(runner, "analyze", str(seed_path))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] and data["source"] == str(seed_path)
    assert data["outlet"] == "المستقلة" and data["agency"] == "وكالة الصحافة المستقلة"
    assert [s["role"] for s in data["stories"]] == ["main", "related"]
    assert data["stories"][0]["published"] == "2024-05-16"
    assert data["stories"][1]["published"] is None


def test_analyze_jsonl_one_output_line_per_input_line(runner: CliRunner, tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "أول", "text": ARABIC, "published": "07/07/2016"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        json.dumps(
            {"text": ARABIC + " ثان", "pubDate": "Thu, 26 Dec 2013 04:57:07 +0400"}, ensure_ascii=False
        ),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run(runner, "analyze", "--format", "jsonl", str(path))
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [o["source"] for o in out] == [f"{path}#{n}" for n in range(1, 5)]
    assert out[0]["stories"][0]["published"] == "2016-07-07"
    assert out[1]["error"]["code"] == "E-READ" and out[1]["schema_version"]
    assert out[2]["error"]["code"] == "E-READ-NOCONTENT"
    assert out[3]["stories"][0]["published"] == "2013-12-26T04:57:07+04:00"
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"marsad: {path}#2: E-READ: {out[1]['error']['message']}",
        f"marsad: {path}#3: E-READ-NOCONTENT: {out[2]['error']['message']}",
    ]


def test_analyze_directory_with_bad_files_exits_1_and_keeps_good_ones(
    runner: CliRunner, tmp_path: Path, seed_path: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Le")
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>")
    (tmp_path / "empty.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    )
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.write(((ARABIC + "\n") * 300_000).encode())  # ~51 MB
    (tmp_path / "seed.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "w1256.txt").write_bytes(("عنوان\n" + ARABIC).encode("cp1256"))
    (tmp_path / "damaged.txt").write_bytes(("عنوان\n" + ARABIC).encode() + b"\xff" + ARABIC.encode())
    result = _run(runner, "analyze", str(tmp_path))
    assert result.exit_code == 1
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(a["source"]).name for a in articles) == ["damaged.txt", "seed.txt", "w1256.txt"]
    w1256 = next(a for a in articles if a["source"].endswith("w1256.txt"))
    assert w1256["encoding"] == "cp1256" and w1256["stories"][0]["text"] == ARABIC
    stderr = [line for line in result.stderr.strip().splitlines() if line.startswith("marsad: ")]
    assert sorted(line.split(": ")[1].rsplit("/", 1)[1] for line in stderr) == [
        "bad.warc#1",
        "empty.rss",
        "empty.txt",
        "huge.txt",
        "logo.png",
        "nav.html",
    ]
    assert "Traceback" not in result.stderr
    codes = {line.split(": ")[1].rsplit("/", 1)[1]: line.split(": ")[2] for line in stderr}
    assert codes == {
        "bad.warc#1": "E-READ-TRUNCATED",
        "empty.rss": "E-READ-NOCONTENT",
        "empty.txt": "E-READ-EMPTY",
        "huge.txt": "E-READ-TOOBIG",
        "logo.png": "E-READ-FORMAT",
        "nav.html": "E-READ-NOCONTENT",
    }


def test_analyze_stdin_and_text_format(runner: CliRunner) -> None:
    page = "عنوان الخبر\nتاريخ النشر: 16 أيار 2024\nالقاهرة - رويترز - " + ARABIC + "\n"
    result = _run(runner, "analyze", "-", "--format", "text", stdin=page.encode())
    assert result.exit_code == 0, result.stderr
    assert "<stdin>" in result.stdout and "agency=رويترز" in result.stdout
    assert "published=2024-05-16" in result.stdout and "dateline=القاهرة - رويترز" in result.stdout


def test_analyze_bad_usage_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "--format", "xml", "x"])
    assert result.exit_code == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("not = [toml", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--config", str(bad), "x"])
    assert result.exit_code == 2 and "E-USAGE" in result.stderr


def test_analyze_missing_file_exits_1(runner: CliRunner) -> None:
    result = _run(runner, "analyze", "/no/such/file.txt")
    assert result.exit_code == 1
    assert result.stderr.strip() == "marsad: /no/such/file.txt: E-READ: no such file or directory"


def test_analyze_no_progress_bar_when_stderr_is_not_a_terminal(runner: CliRunner, seed_path: Path) -> None:
    result = _run(runner, "analyze", "--format", "jsonl", str(seed_path), str(seed_path))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 2


def test_analyze_progress_bar_runs_on_a_terminal() -> None:
    from marsad.serve.cli_analyze import _Progress

    progress = _Progress(enabled=True)
    with progress.running():
        for failed in range(3):
            progress.advance(failed=failed)
    assert progress._progress is not None and progress._progress.tasks[0].completed == 3


def test_analyze_pretty_json_is_the_same_object_one_item_per_line(seed_text) -> None:
    import marsad
    from marsad.serve.cli_analyze import pretty_json

    data = marsad.analyze(seed_text).to_dict()
    text = pretty_json(data)
    assert json.loads(text) == data
    tokens = data["stories"][0]["tokens"]
    lines = {line.strip().rstrip(",") for line in text.splitlines()}
    assert all(json.dumps(t, ensure_ascii=False) in lines for t in tokens)

from __future__ import annotations

from typer.testing import CliRunner

from marsad.serve.cli import app

runner = CliRunner()


def test_cli_ner_tag_conll_keeps_layout(tmp_path) -> None:
    src = tmp_path / "in.conll"
    src.write_text("بوتين\tX\nفي\nموسكو O extra\n\nقال\nرويترز\n", encoding="utf-8")
    result = runner.invoke(app, ["tag", "--conll", str(src)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    assert [ln.split("\t")[0] for ln in lines] == ["بوتين", "في", "موسكو", "", "قال", "رويترز", ""]
    assert all(len(ln.split("\t")) == 2 for ln in lines if ln)
    assert lines[0] == "بوتين\tB-PERS"
    assert lines[2] == "موسكو\tB-LOC"


def test_cli_ner_tag_conll_output_matches_the_input_line_for_line(tmp_path) -> None:
    # Leading, repeated and whitespace-only blank lines and a last line without a newline: output line i
    # belongs to input line i, so the tags paste beside the input (or a gold column) unchanged.
    src = tmp_path / "in.conll"
    text = "\n\nبوتين O\nفي O\n\n \n\nزار O\nموسكو O\n\n\nقال\nرويترز"
    src.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["tag", "--conll", str(src)])
    assert result.exit_code == 0, result.output
    out = result.stdout.split("\n")
    assert out[-1] == ""  # every output line ends with a newline
    inp = text.split("\n")
    assert len(out) - 1 == len(inp)
    for line_in, line_out in zip(inp, out, strict=False):
        if line_in.strip():
            token, tag = line_out.split("\t")
            assert token == line_in.split()[0]
            assert tag in {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}
        else:
            assert line_out == ""
    assert out[inp.index("موسكو O")] == "موسكو\tB-LOC"


def test_cli_ner_tag_bad_input_one_message(tmp_path) -> None:
    missing = runner.invoke(app, ["tag", "--conll", str(tmp_path / "none.conll")])
    assert missing.exit_code == 1
    assert "E-READ" in missing.output and "Traceback" not in missing.output
    empty = tmp_path / "empty.conll"
    empty.write_text("\n\n", encoding="utf-8")
    result = runner.invoke(app, ["tag", "--conll", str(empty)])
    assert result.exit_code == 1
    assert "E-READ-EMPTY" in result.output


def test_cli_ner_train_help_documents_out() -> None:
    result = runner.invoke(app, ["train", "ner", "--help"])
    assert result.exit_code == 0
    assert "--out" in result.output


def test_cli_ner_train_include_dev_prints_the_train_only_dev_scores(tmp_path) -> None:
    from marsad.entities.ner.corpus import format_conll, read_conll
    from marsad.entities.ner.tagger import CLUSTERS_FILE, default_model_dir
    from support import shared_file

    sents = read_conll(shared_file("data/anercorp_camel/train.txt"))[
        :200
    ]  # the default split leaves 9 dev sentences
    data = tmp_path / "data"
    (data / "anercorp_camel").mkdir(parents=True)
    (data / "anercorp_camel" / "train.txt").write_text(
        format_conll([s.tokens for s in sents], [s.tags for s in sents]), encoding="utf-8"
    )
    (data / "gazetteers").symlink_to(shared_file("data/gazetteers"))
    result = runner.invoke(
        app,
        [
            "train", "ner", "--include-dev", "--data", str(data), "--out", str(tmp_path / "model"),
            "--clusters", str(default_model_dir() / CLUSTERS_FILE),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "trained on 200 sentences" in result.output
    assert "without the dev split, on the dev split" in result.output
    assert "micro" in result.output.split("without the dev split")[1]


def test_cli_ner_train_no_net_trains_the_crfs_alone(tmp_path) -> None:
    # With news beside a given clusters file, training the neural scorer is refused (its word vectors must
    # come from the clusters' own text); --no-net trains the CRFs alone (also for a machine without the
    # 'train' extras).
    import gzip

    from marsad.entities.ner.corpus import format_conll, read_conll
    from marsad.entities.ner.neural import NET_FILE
    from marsad.entities.ner.tagger import CLUSTERS_FILE, default_model_dir
    from support import shared_file

    sents = read_conll(shared_file("data/anercorp_camel/train.txt"))[:120]
    data = tmp_path / "data"
    (data / "anercorp_camel").mkdir(parents=True)
    (data / "anercorp_camel" / "train.txt").write_text(
        format_conll([s.tokens for s in sents], [s.tags for s in sents]), encoding="utf-8"
    )
    (data / "gazetteers").symlink_to(shared_file("data/gazetteers"))
    (data / "ant_news").mkdir()
    news = sorted(shared_file("data/ant_news").glob("*.jsonl.gz"))[0]
    with gzip.open(news, "rt", encoding="utf-8") as src:
        head = [line for _, line in zip(range(50), src, strict=False)]
    with gzip.open(data / "ant_news" / "sample.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(head)
    out_dir = tmp_path / "model"
    result = runner.invoke(
        app,
        [
            "train", "ner", "--no-net", "--data", str(data), "--out", str(out_dir),
            "--clusters", str(default_model_dir() / CLUSTERS_FILE),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out_dir / "ner_doc.crfsuite").exists()
    assert not (out_dir / NET_FILE).exists()

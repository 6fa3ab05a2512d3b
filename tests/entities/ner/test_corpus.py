from __future__ import annotations

import pytest

from marsad.entities.ner.corpus import LabeledSentence, dev_split, format_conll, parse_conll, read_conll
from marsad.errors import EmptyInputError, InputError
from support import shared_file


def test_corpus_parse_tagged_and_untagged() -> None:
    lines = ["بوتين B-PERS", "في O", "موسكو B-LOC", "", "", "قال O"]
    tagged = parse_conll(lines, tagged=True)
    assert [s.tokens for s in tagged] == [["بوتين", "في", "موسكو"], ["قال"]]
    assert tagged[0].tags == ["B-PERS", "O", "B-LOC"]
    untagged = parse_conll(["بوتين\tX\tY", "", "قال"], tagged=False)
    assert [s.tokens for s in untagged] == [["بوتين"], ["قال"]]
    assert untagged[0].tags == []


def test_corpus_bad_tag_names_the_line() -> None:
    with pytest.raises(InputError, match="line 2"):
        parse_conll(["بوتين B-PERS", "في B-PER"], tagged=True)


def test_corpus_empty_input_raises() -> None:
    with pytest.raises(EmptyInputError):
        parse_conll(["", "  "], tagged=False)


def test_corpus_format_round_trip(tmp_path) -> None:
    tokens = [["فرانكفورت", "(", "د", "ب", "أ", ")"], ["70%", "."]]
    tags = [["B-LOC", "O", "O", "O", "O", "O"], ["O", "O"]]
    path = tmp_path / "x.conll"
    path.write_text(format_conll(tokens, tags), encoding="utf-8")
    back = read_conll(path)
    assert [s.tokens for s in back] == tokens
    assert [s.tags for s in back] == tags


def test_corpus_dev_split_whole_blocks_and_deterministic() -> None:
    sentences = read_conll(shared_file("data/anercorp_camel/train.txt"))
    first = dev_split(sentences)
    second = dev_split(sentences)
    assert first.blocks == second.blocks
    assert len(first.train) + len(first.dev) == len(sentences)
    assert 0.12 < len(first.dev) / len(sentences) < 0.18
    # Blocks are contiguous, disjoint, in order; each dev sentence comes from one of them.
    for (a, b), (c, _) in zip(first.blocks, first.blocks[1:], strict=False):
        assert a < b <= c
    held = [sentences[i] for a, b in first.blocks for i in range(a, b)]
    assert held == first.dev


def test_corpus_dev_split_on_tiny_input() -> None:
    sents = [LabeledSentence(tokens=[f"w{i}"], tags=["O"]) for i in range(40)]
    split = dev_split(sents, blocks=2, fraction=0.2)
    assert len(split.dev) + len(split.train) == 40

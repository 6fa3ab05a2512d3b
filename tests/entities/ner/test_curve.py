from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.corpus import LabeledSentence, dev_split, read_conll
from marsad.entities.ner.curve import curve_subset, stretches
from marsad.errors import UsageError
from support import shared_file


@pytest.fixture(scope="module")
def anercorp() -> list[LabeledSentence]:
    return read_conll(shared_file("data/anercorp_camel/train.txt"))


def test_curve_stretches_between_blocks() -> None:
    assert stretches(100, [(10, 20), (50, 60)]) == [(0, 10), (20, 50), (60, 100)]
    assert stretches(100, [(0, 20), (80, 100)]) == [(20, 80)]


@given(
    n=st.integers(min_value=1, max_value=500),
    cuts=st.lists(st.integers(min_value=0, max_value=500), max_size=10),
)
def test_curve_stretches_complement_the_blocks(n: int, cuts: list[int]) -> None:
    points = sorted({min(c, n) for c in cuts})
    blocks = [(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if b > a]
    held = {i for a, b in blocks for i in range(a, b)}
    kept = [i for a, b in stretches(n, blocks) for i in range(a, b)]
    assert kept == [i for i in range(n) if i not in held]


def test_curve_subsets_nested_and_outside_dev(anercorp: list[LabeledSentence]) -> None:
    split = dev_split(anercorp)
    ids = {id(s): i for i, s in enumerate(anercorp)}
    held = {i for a, b in split.blocks for i in range(a, b)}
    previous: set[int] = set()
    for share in (0.4, 0.55, 0.7, 0.85):
        chosen = [ids[id(s)] for s in curve_subset(anercorp, split.blocks, share=share)]
        assert chosen == sorted(chosen)
        assert not held & set(chosen)
        assert previous <= set(chosen)
        # The cut is snapped to a document start within 15 sentences in each of the six stretches.
        assert abs(len(chosen) - share * len(anercorp)) <= 6 * 15
        previous = set(chosen)
    assert len(previous) == len(split.train)


def test_curve_subset_rejects_a_non_positive_share(anercorp: list[LabeledSentence]) -> None:
    with pytest.raises(UsageError):
        curve_subset(anercorp, dev_split(anercorp).blocks, share=0)


def test_curve_subset_whole_stretch_starts(anercorp: list[LabeledSentence]) -> None:
    # Every stretch contributes from its first sentence: the subset is spread over the whole file.
    split = dev_split(anercorp)
    chosen = {id(s) for s in curve_subset(anercorp, split.blocks, share=0.3)}
    for start, _ in stretches(len(anercorp), split.blocks):
        assert id(anercorp[start]) in chosen

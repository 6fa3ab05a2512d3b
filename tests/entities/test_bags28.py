"""perf28 (session 16): ``LetterBags.reachable`` takes the query's letter rows with ``ndarray.take`` and clips
them in place (numpy's one-copy path, where an index list on a 2-D table steps its buffered iterator per
row): against round 27's form (kept here) on random keys and queries and on the knowledge base's person keys."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.bags import LetterBags


def _reachable27(bags: LetterBags, query: str) -> list[int]:
    """LetterBags.reachable as round 27 left it (main at e6197f6)."""
    want: dict[int, int] = {}
    for ch in query:
        i = bags._column.get(ch)
        if i is not None:
            want[i] = want.get(i, 0) + 1
    if not want:
        overlap = 0
    else:
        have = np.fromiter(want.values(), dtype=np.int64, count=len(want))
        overlap = np.minimum(bags._counts[list(want)], have[:, None]).sum(axis=0)
    return np.flatnonzero(overlap >= bags._need(len(query))).tolist()


WORD = st.text(alphabet="ابتمحدنيو ", min_size=1, max_size=14)


@settings(max_examples=400)
@given(
    st.lists(WORD, min_size=1, max_size=30),
    st.lists(st.text(alphabet="ابتمحدنيوxق ", max_size=16), max_size=8),
)
def test_bags28_reachable_equals_round27(keys, queries) -> None:
    """Repeated letters on both sides (the clip), letters no key holds, the empty query."""
    bags = LetterBags(keys)
    for query in [*queries, *keys]:
        assert bags.reachable(query) == _reachable27(bags, query)


def test_bags28_reachable_equals_round27_on_person_keys(linker, sample_stories) -> None:
    keys = linker.kb.person_keys
    bags = LetterBags(keys)
    found = 0
    for story in sample_stories[:40]:
        for word in {*story.text.split()}:
            query = word + " " + word[::-1]
            new = bags.reachable(query)
            assert new == _reachable27(bags, query)
            found += len(new)
    for key in keys[:200]:  # every key reaches itself
        new = bags.reachable(key)
        assert new == _reachable27(bags, key) and any(keys[i] == key for i in new)
    assert found > 0

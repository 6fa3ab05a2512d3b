"""Letter counts of alias keys: which keys a fuzzy match can reach, before rapidfuzz scores them.

``fuzz.ratio`` of two strings of lengths m and n is 200 * LCS / (m + n) (it is 100 * (1 - indel /
(m + n)), and the indel distance is m + n - 2 * LCS). A common subsequence uses each letter at most as
often as both strings hold it, so the LCS is at most the letters' overlap: the sum, over the query's
letters, of the smaller of its two counts. A key whose overlap with the query cannot give FUZZY_MIN
never passes the cutoff, and ``extractOne`` over the other keys (in the same order) finds the same best
key. For a new PERS name the linker scored about 570 person aliases (those of a reachable length);
the overlap leaves fewer than one in a thousand of them (71 of 148,050 over 100 unseen articles).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from marsad.entities.phrases import FUZZY_MIN

_MARGIN = 1e-6
"""The bound must never drop a key the scorer keeps: a pair is dropped only when even the bound is below
the cutoff by more than a float's error (as in ``phrases.can_reach``)."""


class LetterBags:
    """Per key, how often each letter occurs in it (a letters x keys table, a row per letter)."""

    __slots__ = ("_column", "_counts", "_lengths", "_needs")

    def __init__(self, keys: Sequence[str]) -> None:
        self._column = {ch: i for i, ch in enumerate(sorted(set("".join(keys))))}
        # int64, numpy's sum type: a sum over int32 rows casts them through a buffer first
        counts = np.zeros((len(self._column), len(keys)), dtype=np.int64)
        for j, key in enumerate(keys):
            for ch in key:
                counts[self._column[ch], j] += 1
        self._counts = counts
        self._lengths = np.fromiter(map(len, keys), dtype=np.float64, count=len(keys))
        self._needs: dict[int, np.ndarray] = {}

    def reachable(self, query: str) -> list[int]:
        """The positions (ascending) of the keys whose letter overlap with ``query`` lets ``fuzz.ratio``
        reach FUZZY_MIN."""
        want: dict[int, int] = {}
        column = self._column
        for ch in query:
            i = column.get(ch)
            if i is not None:  # a letter no key holds adds nothing to any overlap
                want[i] = want.get(i, 0) + 1
        if not want:
            overlap: np.ndarray | int = 0
        else:
            have = np.fromiter(want.values(), dtype=np.int64, count=len(want))
            # perf28 (session 16): ``take`` copies the rows at once (an index list on a 2-D table steps numpy's
            # buffered iterator per row), and the clip writes into that copy
            rows = self._counts.take(list(want), 0)
            overlap = np.minimum(rows, have[:, None], out=rows).sum(axis=0)
        return np.flatnonzero(overlap >= self._need(len(query))).tolist()

    def _need(self, length: int) -> np.ndarray:
        """Per key, the overlap a query of ``length`` letters needs: 200 * overlap / (m + n) >= the
        cutoff (made once per length; the linker asks one length per key list)."""
        need = self._needs.get(length)
        if need is None:
            need = self._needs[length] = (FUZZY_MIN - _MARGIN) / 200.0 * (length + self._lengths)
        return need

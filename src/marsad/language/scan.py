"""A folded view of a story's text for regex scanning, with offsets back to the original.

Time and quantity patterns are written once against folded text (one alef, one ya, ASCII digits,
no diacritics or tatweel), not against every spelling. Removing diacritics changes the length, so the
view keeps the runs of kept characters and maps offsets back with a bisect; texts without any
removable character (most news) take the identity path at the cost of one regex search.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from marsad.language.normalize import scan_fold

# Diacritics, tatweel and zero-width / bidi controls: dropped from the scanning view. Written C C*
# rather than C+: ``re`` skips ahead to a pattern's first character only when the pattern opens with a
# character class, not a repeat (the same matches).
_REMOVABLE_CLASS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
REMOVABLE = re.compile(f"{_REMOVABLE_CLASS}{_REMOVABLE_CLASS}*")


@dataclass(frozen=True, slots=True)
class ScanText:
    original: str
    folded: str
    starts: tuple[int, ...] = ()
    """Folded offsets at which each kept run begins (empty: identity map)."""
    origins: tuple[int, ...] = ()
    """Original offset of each run's first character."""

    @classmethod
    def of(cls, text: str) -> ScanText:
        if REMOVABLE.search(text) is None:
            return cls(text, scan_fold(text))
        parts: list[str] = []
        starts: list[int] = []
        origins: list[int] = []
        pos = 0
        length = 0
        for m in REMOVABLE.finditer(text):
            if m.start() > pos:
                starts.append(length)
                origins.append(pos)
                parts.append(text[pos : m.start()])
                length += m.start() - pos
            pos = m.end()
        if pos < len(text):
            starts.append(length)
            origins.append(pos)
            parts.append(text[pos:])
        return cls(text, scan_fold("".join(parts)), tuple(starts), tuple(origins))

    def start(self, i: int) -> int:
        """Original offset of folded offset ``i`` taken as a span start."""
        if not self.starts:
            return i
        if i >= len(self.folded):
            return len(self.original)
        k = bisect_right(self.starts, i) - 1
        return self.origins[k] + (i - self.starts[k])

    def end(self, i: int) -> int:
        """Original offset of folded offset ``i`` taken as a span end (just after the last kept char)."""
        if not self.starts or i == 0:
            return i if not self.starts else 0
        return self.start(i - 1) + 1

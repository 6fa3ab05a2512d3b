"""Text with an offset map back to the text it was made from.

Repair (un-gluing, removing footers, dropping invisible characters) changes a page's text, yet every
span must still point at the original characters. :class:`AlignedText` keeps, for each character of
the new text, the offset of the character it came from; inserted characters (a space put between
glued words) take the offset of the next original character.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class AlignedText:
    text: str = ""
    origin: list[int] = field(default_factory=list)
    """origin[i] is the offset in the source text of ``text[i]``; an inserted or replaced character is
    stored as ``-(offset + 1)`` so that it never counts as copied."""
    source_len: int = 0

    @classmethod
    def identity(cls, text: str) -> AlignedText:
        return cls(text, list(range(len(text))), len(text))

    def __len__(self) -> int:
        return len(self.text)

    def to_source(self, offset: int) -> int:
        """Map an offset (0..len) of this text to an offset of the source text."""
        if offset >= len(self.origin):
            if not self.origin:
                return self.source_len
            last = self.origin[-1]
            return last + 1 if last >= 0 else -last - 1
        o = self.origin[offset]
        return o if o >= 0 else -o - 1

    def is_copied(self, offset: int) -> bool:
        return self.origin[offset] >= 0

    def slice(self, start: int, end: int) -> AlignedText:
        return AlignedText(self.text[start:end], self.origin[start:end], self.source_len)

    def compose(self, inner: AlignedText) -> AlignedText:
        """``inner`` was made from this text; return it mapped to this text's own source."""
        origin = [
            self.origin[o]
            if o >= 0 and o < len(self.origin)
            else -self.to_source(o if o >= 0 else -o - 1) - 1
            for o in inner.origin
        ]
        return AlignedText(inner.text, origin, self.source_len)

    def segments(self) -> list[tuple[int, int, int]]:
        """Runs of characters copied one-to-one: (offset here, offset in source, length)."""
        segs: list[tuple[int, int, int]] = []
        i, n = 0, len(self.origin)
        while i < n:
            if self.origin[i] < 0:
                i += 1
                continue
            j = i + 1
            while j < n and self.origin[j] >= 0 and self.origin[j] == self.origin[j - 1] + 1:
                j += 1
            segs.append((i, self.origin[i], j - i))
            i = j
        return segs


class TextBuilder:
    """Builds an :class:`AlignedText` piece by piece from a source string."""

    __slots__ = ("_origin", "_parts", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._origin: list[int] = []

    def copy(self, start: int, end: int) -> None:
        self._parts.append(self._source[start:end])
        self._origin.extend(range(start, end))

    def replace(self, start: int, end: int, new: str) -> None:
        """Put ``new`` in place of source[start:end]; every new char maps to ``start``."""
        self._parts.append(new)
        self._origin.extend([-start - 1] * len(new))

    def insert(self, at: int, new: str) -> None:
        self.replace(at, at, new)

    def build(self) -> AlignedText:
        return AlignedText("".join(self._parts), self._origin, len(self._source))

"""Reader-specific error kinds, subclasses of :class:`marsad.errors.InputError` (so the CLI and the batch
treat them like every other unreadable input). Kept here rather than in ``marsad.errors`` because only the
readers raise them."""

from __future__ import annotations

from marsad.errors import InputError


class TooLargeError(InputError):
    """The input is larger than ``[ingest] max_bytes`` or one article larger than ``max_article_chars``."""

    code = "E-READ-TOOBIG"


class TruncatedError(InputError):
    """A container (WARC, gzip) ends in the middle of a record."""

    code = "E-READ-TRUNCATED"


class DecodeError(InputError):
    """Bytes that no supported encoding turns into readable text."""

    code = "E-READ-DECODE"

"""Readers: bytes in, :class:`~marsad.model.Article` out.

One entry point, :func:`iter_inputs`, takes paths (files, directories, ``-`` for stdin) and yields, in
order, either an Article or a :class:`Failure` naming the input and why it could not be read, so a
batch goes on past a bad file. The reader is chosen by content, not only by file ending.
"""

from __future__ import annotations

from marsad.ingest.base import Failure, iter_inputs, read_bytes, read_text

__all__ = ["Failure", "iter_inputs", "read_bytes", "read_text"]

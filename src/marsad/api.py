"""The library's front door: :func:`analyze` one text or file."""

from __future__ import annotations

from pathlib import Path

from marsad.errors import NoContentError
from marsad.ingest import Failure, iter_inputs, read_text
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.settings import Settings


def analyze(
    text_or_path: str | Path,
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    """Read one input (a path, or the text itself) and run the whole pipeline over it.

    A path that holds several articles (JSON Lines, a feed, a WARC) gives its first article; use
    :func:`marsad.ingest.iter_inputs` with a :class:`~marsad.pipeline.Pipeline` for all of them.
    Raises :class:`~marsad.errors.InputError` when the input cannot be read.
    """
    pipeline = pipeline or Pipeline.from_settings(settings)
    is_path = isinstance(text_or_path, Path) or _names_a_file(text_or_path)
    if not is_path:
        return pipeline.run(read_text(str(text_or_path)))
    for item in iter_inputs([str(text_or_path)], settings=pipeline.ctx.settings):
        if isinstance(item, Failure):
            raise item.error
        return pipeline.run(item)
    raise NoContentError("no article found", source=str(text_or_path))


def _names_a_file(text: str) -> bool:
    """A short one-line string naming an existing path (anything else is the text itself)."""
    if "\n" in text or len(text) >= 4096 or "\x00" in text:
        return False
    try:
        return Path(text).exists()
    except (OSError, ValueError):  # a name too long for the file system, or otherwise invalid
        return False

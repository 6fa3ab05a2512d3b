"""Reading inputs: paths (files, directories, ``-``) to Articles, the reader chosen by content.

:func:`iter_inputs` yields, in input order, an :class:`~marsad.model.Article` or a :class:`Failure` for
every article or record, so one bad file (or one bad JSON Lines line) never stops a batch. Formats are
recognised from the bytes (gzip and WARC magic, a feed root element, HTML markup, a JSON object per
line), the file name only breaks ties. Multi-record inputs name each article ``file#n`` (1-based: the
line of a JSON Lines file, the entry of a feed, the response record of a WARC).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import (
    EmptyInputError,
    InputError,
    MarsadError,
    NoContentError,
    TooLargeError,
    TruncatedError,
)
from marsad.ingest.decode import Decoded, decode
from marsad.ingest.feed import iter_feed, looks_like_feed
from marsad.ingest.html import looks_like_html, read_html
from marsad.ingest.records import record_fields
from marsad.ingest.warc import iter_warc, looks_like_warc
from marsad.model import Article
from marsad.settings import Settings

log = logging.getLogger(__name__)

_GZIP_MAGIC = b"\x1f\x8b"
_DEFAULT_MAX_BYTES = 200_000_000
_DEFAULT_MAX_ARTICLE_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class Failure:
    """An input (or one record of it) that could not be read, and why."""

    source: str
    error: MarsadError


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int
    max_article_chars: int

    @classmethod
    def of(cls, settings: Settings | None) -> Limits:
        if settings is None:
            return cls(_DEFAULT_MAX_BYTES, _DEFAULT_MAX_ARTICLE_CHARS)
        return cls(
            int(settings.get("ingest.max_bytes", _DEFAULT_MAX_BYTES)),
            int(settings.get("ingest.max_article_chars", _DEFAULT_MAX_ARTICLE_CHARS)),
        )


def article_id(raw: str, source: str = "") -> str:
    """A stable id from the content alone: the same text read twice (or from two places) gets one id."""
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _article(
    raw: str,
    *,
    source: str,
    fmt: str,
    encoding: str | None,
    limits: Limits | None = None,
    **fields: Any,
) -> Article:
    if not raw.strip():
        raise EmptyInputError("no text", source=source)
    if limits is not None and len(raw) > limits.max_article_chars:
        raise TooLargeError(
            f"one article of {len(raw):,} characters is larger than ingest.max_article_chars "
            f"({limits.max_article_chars:,}); split the file or raise the limit",
            source=source,
        )
    return Article(id=article_id(raw), source=source, raw=raw, format=fmt, encoding=encoding, **fields)


def read_text(text: str, *, source: str = "<text>") -> Article:
    """A plain-text page (already decoded) as one Article."""
    return _article(text, source=source, fmt="text", encoding=None)


def read_bytes(data: bytes, *, source: str, settings: Settings | None = None) -> list[Article]:
    """Every article in ``data``. Bad records of a multi-record input are logged and skipped; when none
    can be read the first error is raised."""
    articles: list[Article] = []
    first: Failure | None = None
    for item in iter_bytes(data, source=source, settings=settings):
        if isinstance(item, Failure):
            log.warning("%s", item.error)
            first = first or item
        else:
            articles.append(item)
    if not articles and first is not None:
        raise first.error
    return articles


def iter_bytes(data: bytes, *, source: str, settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles and failures of one input, in order; raises InputError when the input as a whole fails."""
    limits = Limits.of(settings)
    if len(data) > limits.max_bytes:
        raise TooLargeError(
            f"{len(data):,} bytes is larger than ingest.max_bytes ({limits.max_bytes:,})", source=source
        )
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, source=source, limits=limits)
    if not data.strip():
        raise EmptyInputError("empty input", source=source)
    if looks_like_warc(data):
        yield from _iter_warc(data, source=source, limits=limits)
        return
    decoded = decode(data, source=source)
    if decoded.replaced:
        log.warning(
            "%s: %d undecodable byte(s) replaced by U+FFFD (read as %s)",
            source,
            decoded.replaced,
            decoded.encoding,
        )
    yield from iter_decoded(decoded, source=source, limits=limits)


def iter_decoded(decoded: Decoded, *, source: str, limits: Limits) -> Iterator[Article | Failure]:
    text = decoded.text.lstrip("\ufeff")
    head = text.lstrip()[:3000]
    if not head:
        raise EmptyInputError("only whitespace", source=source)
    meta = {"replaced_bytes": decoded.replaced} if decoded.replaced else {}
    if head.startswith("{") and _is_json_object_line(text.lstrip()):
        yield from _iter_jsonl(text, source=source, encoding=decoded.encoding, limits=limits)
    elif head.startswith("{"):
        # One pretty-printed JSON object: one record (or one clear error), not an error per line.
        try:
            record = json.loads(text)
        except ValueError as exc:
            raise InputError(f"not JSON ({exc.args[0] if exc.args else exc})", source=source) from None
        yield _record_article(record, source=source, encoding=decoded.encoding, limits=limits, fmt="json")
    elif head.startswith("["):
        yield from _iter_json_array(text, source=source, encoding=decoded.encoding, limits=limits)
    elif head.startswith("<") and looks_like_feed(head):
        yield from _iter_feed(text, source=source, encoding=decoded.encoding, limits=limits)
    elif looks_like_html(head):
        yield _html_article(text, source=source, encoding=decoded.encoding, limits=limits, meta=meta)
    else:
        if len(text) > limits.max_article_chars:
            raise TooLargeError(
                f"a plain-text page of {len(text):,} characters is larger than ingest.max_article_chars "
                f"({limits.max_article_chars:,}); split the file or raise the limit",
                source=source,
            )
        yield _article(text, source=source, fmt="text", encoding=decoded.encoding, limits=limits, meta=meta)


def _gunzip(data: bytes, *, source: str, limits: Limits) -> bytes:
    try:
        # The limit bounds the decompressed size too, so a small bomb cannot fill the memory.
        out = gzip.GzipFile(fileobj=io.BytesIO(data)).read(limits.max_bytes + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise TruncatedError(f"damaged or truncated gzip data ({exc})", source=source) from None
    if len(out) > limits.max_bytes:
        raise TooLargeError(
            f"decompressed size is larger than ingest.max_bytes ({limits.max_bytes:,})", source=source
        )
    return out


def _is_json_object_line(text: str) -> bool:
    end = text.find("\n")
    first = (text if end < 0 else text[:end]).strip()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _record_article(
    record: Any, *, source: str, encoding: str, limits: Limits, fmt: str = "jsonl"
) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"a JSON {type(record).__name__}, not an object", source=source)
    fields = record_fields(record)
    if not fields.text or not fields.text.strip():
        raise NoContentError("record has no text (text, content or body)", source=source)
    meta = dict(fields.rest)
    for key in ("title", "published", "updated"):
        value = getattr(fields, key)
        if value:
            meta[key] = value.strip()
    return _article(
        fields.text,
        source=source,
        fmt=fmt,
        encoding=encoding,
        limits=limits,
        url=fields.url,
        outlet=fields.outlet.strip() if fields.outlet else None,
        author=fields.author.strip() if fields.author else None,
        meta=meta,
    )


def _iter_jsonl(text: str, *, source: str, encoding: str, limits: Limits) -> Iterator[Article | Failure]:
    lines = text.split("\n")
    if lines and not lines[-1].strip():
        lines.pop()  # the final newline ends the last line; it does not start another one
    for number, line in enumerate(lines, start=1):
        where = f"{source}#{number}"
        try:
            if not line.strip():
                raise EmptyInputError("blank line", source=where)
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"not JSON ({exc.args[0] if exc.args else exc})", source=where) from None
            yield _record_article(record, source=where, encoding=encoding, limits=limits)
        except MarsadError as exc:
            yield Failure(where, exc)


def _iter_json_array(text: str, *, source: str, encoding: str, limits: Limits) -> Iterator[Article | Failure]:
    try:
        data = json.loads(text)
    except ValueError:
        # Not JSON after all: a plain-text page that happens to start with "[".
        yield _article(text, source=source, fmt="text", encoding=encoding, limits=limits)
        return
    if not isinstance(data, list):
        data = [data]
    if not data:
        raise NoContentError("JSON array with no records", source=source)
    for number, record in enumerate(data, start=1):
        where = f"{source}#{number}"
        try:
            yield _record_article(record, source=where, encoding=encoding, limits=limits, fmt="json")
        except MarsadError as exc:
            yield Failure(where, exc)


def _iter_feed(text: str, *, source: str, encoding: str, limits: Limits) -> Iterator[Article | Failure]:
    for number, entry in enumerate(iter_feed(text, source=source), start=1):
        where = f"{source}#{number}"
        meta = {
            k: v
            for k, v in (("title", entry.title), ("published", entry.published), ("updated", entry.updated))
            if v
        }
        try:
            if not entry.text.strip():
                raise NoContentError("feed entry with neither content nor summary", source=where)
            yield _article(
                entry.text,
                source=where,
                fmt="feed",
                encoding=encoding,
                limits=limits,
                url=entry.url,
                outlet=entry.outlet,
                author=entry.author,
                meta=meta,
            )
        except MarsadError as exc:
            yield Failure(where, exc)


def _html_article(
    html: str,
    *,
    source: str,
    encoding: str,
    limits: Limits,
    meta: dict[str, Any] | None = None,
    url: str | None = None,
) -> Article:
    page = read_html(html, source=source)
    info: dict[str, Any] = dict(meta or {})
    for key in ("title", "published", "updated", "description", "date_line"):
        value = getattr(page.meta, key)
        if value:
            info[key] = value
    return _article(
        page.text,
        source=source,
        fmt="html",
        encoding=encoding,
        limits=limits,
        url=page.meta.url or url,
        outlet=page.meta.outlet,
        author=page.meta.author,
        meta=info,
    )


def _iter_warc(data: bytes, *, source: str, limits: Limits) -> Iterator[Article | Failure]:
    for page in iter_warc(data, source=source):
        where = f"{source}#{page.number}"
        if page.error is not None:
            error = (
                page.error
                if isinstance(page.error, MarsadError)
                else InputError(str(page.error), source=where)
            )
            yield Failure(where, error)
            continue
        try:
            assert page.body is not None
            decoded = _decode_declared(page.body, charset=page.charset, source=where)
            meta = {"warc_date": page.date} if page.date else {}
            yield _html_article(
                decoded.text, source=where, encoding=decoded.encoding, limits=limits, meta=meta, url=page.url
            )
        except MarsadError as exc:
            yield Failure(where, exc)


def _decode_declared(body: bytes, *, charset: str | None, source: str) -> Decoded:
    if charset:
        try:
            return Decoded(body.decode(charset), charset)
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: declared charset %s does not fit; detecting", source, charset)
    return decode(body, source=source)


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        # Hidden files and folders (.git, .DS_Store) are not news.
        return sorted(
            f
            for f in path.rglob("*")
            if f.is_file() and not any(p.startswith(".") for p in f.relative_to(path).parts)
        )
    return [path]


def iter_inputs(paths: Iterable[str], *, settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Every article of every input, in order; a Failure for whatever cannot be read."""
    for p in paths:
        if p == "-":
            yield from _guarded(lambda: sys.stdin.buffer.read(), source="<stdin>", settings=settings)
            continue
        path = Path(p)
        if not path.exists():
            yield Failure(p, InputError("no such file or directory", source=p))
            continue
        limits = Limits.of(settings)
        for f in _files(path):
            yield from _guarded(
                lambda f=f, limits=limits: _read_file(f, limits=limits), source=str(f), settings=settings
            )


def _read_file(path: Path, *, limits: Limits) -> bytes:
    size = path.stat().st_size
    if size > limits.max_bytes:
        # Refused before reading, so a huge file costs no memory.
        raise TooLargeError(
            f"{size:,} bytes is larger than ingest.max_bytes ({limits.max_bytes:,})", source=str(path)
        )
    return path.read_bytes()


def _guarded(read: Any, *, source: str, settings: Settings | None) -> Iterator[Article | Failure]:
    try:
        data = read()
        yield from iter_bytes(data, source=source, settings=settings)
    except MarsadError as exc:
        yield Failure(source, exc)
    except OSError as exc:
        yield Failure(source, InputError(exc.strerror or str(exc), source=source))

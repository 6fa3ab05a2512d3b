"""Placeholder readers (plain UTF-8 text only) until the readers of issue #2 land."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import EmptyInputError, InputError, MarsadError
from marsad.model import Article
from marsad.settings import Settings


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    error: MarsadError


def article_id(raw: str, source: str) -> str:
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def read_text(text: str, *, source: str = "<text>") -> Article:
    if not text.strip():
        raise EmptyInputError("no text", source=source)
    return Article(id=article_id(text, source), source=source, raw=text)


def read_bytes(data: bytes, *, source: str, settings: Settings | None = None) -> list[Article]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: {exc}", source=source) from exc
    return [read_text(text, source=source)]


def iter_inputs(paths: Iterable[str], *, settings: Settings | None = None) -> Iterator[Article | Failure]:
    for p in paths:
        try:
            if p == "-":
                data = sys.stdin.buffer.read()
                yield from read_bytes(data, source="<stdin>", settings=settings)
                continue
            path = Path(p)
            files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
            for f in files:
                try:
                    yield from read_bytes(f.read_bytes(), source=str(f), settings=settings)
                except MarsadError as exc:
                    yield Failure(str(f), exc)
                except OSError as exc:
                    yield Failure(str(f), InputError(exc.strerror or str(exc), source=str(f)))
        except MarsadError as exc:
            yield Failure(p, exc)
        except OSError as exc:
            yield Failure(p, InputError(exc.strerror or str(exc), source=p))

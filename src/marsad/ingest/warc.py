"""WARC archives with ``fastwarc``: every HTML response record becomes one page."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from marsad.errors import InputError, TruncatedError

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True, slots=True)
class WarcPage:
    number: int
    """1-based position among the archive's response records."""
    url: str | None
    date: str | None
    body: bytes | None
    charset: str | None
    error: Exception | None = None


def looks_like_warc(data: bytes) -> bool:
    return data.startswith(b"WARC/")


def iter_warc(data: bytes, *, source: str) -> Iterator[WarcPage]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # loaded on the first WARC only

    number = 0
    records = iter(ArchiveIterator(io.BytesIO(data), record_types=WarcRecordType.response, parse_http=True))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except (OSError, ValueError) as exc:  # fastwarc's word for a header it cannot parse
            raise InputError(f"damaged WARC after record {number} ({exc})", source=source) from None
        number += 1
        url = record.headers.get("WARC-Target-URI")
        declared = record.headers.get("Content-Length")
        body = record.reader.read()
        # fastwarc stops quietly at the end of the bytes; a short body or a missing header means the
        # archive was cut in the middle of this record.
        if declared is None or len(body) < record.content_length:
            where = f"{source}#{number}"
            yield WarcPage(
                number,
                url,
                None,
                None,
                None,
                TruncatedError(
                    f"WARC record {number} is truncated ({len(body)} of {record.content_length} bytes)",
                    source=where,
                ),
            )
            return
        ctype = (record.http_headers.get("Content-Type") if record.http_headers else None) or ""
        if "html" not in ctype.lower() and ctype:
            continue
        found = _CHARSET.search(ctype)
        yield WarcPage(number, url, record.headers.get("WARC-Date"), body, found.group(1) if found else None)
    if number == 0 and len(data) > 0:
        raise TruncatedError("WARC archive with no complete response record", source=source)

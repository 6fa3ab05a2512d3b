"""One error hierarchy for marsad.

    MarsadError                 base; every message starts with a stable code ("E-READ-EMPTY: ...")
    ├── UsageError              bad options or arguments given by the caller (CLI exit code 2)
    ├── InputError              one input could not be read; the batch goes on (CLI exit code 1)
    │   ├── EmptyInputError     nothing to read
    │   ├── UnsupportedFormatError  bytes that are not text, HTML, JSON Lines, a feed or a WARC
    │   ├── NoContentError      readable, but no article text in it (an empty feed, HTML with no article)
    │   ├── TooLargeError       over ``[ingest] max_bytes`` or one article over ``max_article_chars``
    │   ├── TruncatedError      a container (WARC, gzip) that ends in the middle of a record
    │   └── DecodeError         bytes that no supported encoding turns into readable text
    ├── PipelineError           stages declared in an order that cannot work (raised when the pipeline is built)
    ├── ModelError              a shipped model or data file is missing or corrupt
    └── StoreError              the database refused or is at an unknown schema version

The command line turns these into one line on stderr and an exit code; it never shows a traceback
for a MarsadError.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""

    code = "E-MARSAD"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.code}: {self.message}"


class UsageError(MarsadError):
    code = "E-USAGE"


class InputError(MarsadError):
    code = "E-READ"


class EmptyInputError(InputError):
    code = "E-READ-EMPTY"


class UnsupportedFormatError(InputError):
    code = "E-READ-FORMAT"


class NoContentError(InputError):
    code = "E-READ-NOCONTENT"


class TooLargeError(InputError):
    code = "E-READ-TOOBIG"


class TruncatedError(InputError):
    code = "E-READ-TRUNCATED"


class DecodeError(InputError):
    code = "E-READ-DECODE"


class PipelineError(MarsadError):
    code = "E-PIPELINE"


class ModelError(MarsadError):
    code = "E-MODEL"


class StoreError(MarsadError):
    code = "E-STORE"

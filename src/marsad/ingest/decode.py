"""Bytes to text: BOMs, UTF-8, UTF-16 and the legacy Arabic code pages (windows-1256, ISO-8859-6).

Order of trust: a BOM, then strict UTF-8 (almost every modern page), then UTF-8 with a few damaged bytes
(replaced by U+FFFD and counted, so one bad byte does not lose an article), then ``charset-normalizer``
for the legacy code pages. Binary data (images, archives) is recognised by its magic number or by NUL and
control bytes and refused with a clear message instead of being decoded into noise.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from marsad.errors import DecodeError, UnsupportedFormatError

# Magic numbers of binary formats people drop into a news folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF (audio/video/WebP) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
)
# C0 controls other than tab, newline, carriage return, form feed: their share tells binary from text.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
# Share of U+FFFD tolerated when decoding UTF-8 leniently: a few broken bytes, not a different encoding.
_MAX_REPLACED_SHARE = 0.02
# What an Arabic or Latin-script news text is made of: ASCII, Latin-1 letters, the Arabic blocks,
# general punctuation and spaces. Another decoding path must give mostly these.
_READABLE = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb50-\ufdff\ufe70-\ufeff\u2000-\u206f\u200b-\u200f]"
)
_MIN_READABLE_SHARE = 0.6
# charset-normalizer's candidates: the encodings Arabic pages actually use, then Latin-1 as a last resort.
_CANDIDATES = ["cp1256", "iso8859_6", "utf_16", "utf_8", "cp720", "mac_arabic", "latin_1"]


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0
    """How many undecodable bytes became U+FFFD."""


def binary_kind(data: bytes) -> str | None:
    """A name for ``data`` when it is a known binary format (by magic number), else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte NUL in ASCII-heavy text, or Arabic's 0x06 high byte."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    high_le = sum(1 for b in odd if b in (0, 6)) / len(odd)
    high_be = sum(1 for b in even if b in (0, 6)) / len(even)
    if high_le > 0.9 and high_be < 0.5:
        return "utf-16-le"
    if high_be > 0.9 and high_le < 0.5:
        return "utf-16-be"
    return None


def decode(data: bytes, *, source: str) -> Decoded:
    """Decode ``data`` or raise :class:`~marsad.errors.InputError` saying why it is not text."""
    kind = binary_kind(data)
    if kind:
        raise UnsupportedFormatError(f"binary data ({kind}), not text", source=source)
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return _checked(Decoded(text, enc, text.count("\ufffd")), source=source)
    utf16 = _looks_utf16(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        return _checked(Decoded(text, utf16, text.count("\ufffd")), source=source)
    sample = data[:65536]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise UnsupportedFormatError("binary data (control bytes), not text", source=source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    if replaced <= max(8, int(len(lenient) * _MAX_REPLACED_SHARE)):
        return Decoded(lenient, "utf-8", replaced)
    return _detect(data, source=source)


def _detect(data: bytes, *, source: str) -> Decoded:
    # Imported here: charset-normalizer is only needed for the rare legacy-encoded input.
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise DecodeError(
            "cannot decode: not UTF-8 and no known Arabic encoding fits (invalid bytes)", source=source
        )
    return _checked(Decoded(str(best), best.encoding), source=source)


def _checked(decoded: Decoded, *, source: str) -> Decoded:
    """Refuse a decoding that yields no readable text: binary data that happens to start with a BOM
    (b"\\xff\\xfe...") decodes "fine" as UTF-16 into CJK noise."""
    sample = decoded.text[:20000]
    readable = len(_READABLE.findall(sample))
    if sample and readable < len(sample) * _MIN_READABLE_SHARE:
        raise DecodeError(
            f"cannot decode: read as {decoded.encoding} it is not text (binary or invalid bytes)",
            source=source,
        )
    return decoded

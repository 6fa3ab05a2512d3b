"""Arabic normalisation rules as small pure functions.

``normalize_key`` is the *matching key* used everywhere two spellings must meet (gazetteer look-up,
search, deduplication): it is lossy on purpose and never replaces the text a span points at.
``clean_view`` is the *display-safe* view: it only removes what carries no letters (tatweel, zero-width
and bidi controls) and maps presentation forms and non-Western digits, so it can be mapped back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
# Zero-width and bidi controls: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, LRE..RLO, LRI..PDI, BOM, soft hyphen.
INVISIBLE = re.compile("[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
KEY_LETTERS = str.maketrans({"ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# The deletions of normalize_key (invisibles, tatweel, diacritics) as one class: deleting a set of
# characters gives the same result in any order, and one C pass is cheaper than three.
_KEY_DELETE = re.compile(f"[{INVISIBLE.pattern[1:-1]}{TATWEEL}{DIACRITICS.pattern[1:-1]}]")
# ALEFS, KEY_LETTERS and DIGITS in one table: their sources are disjoint and no target is another
# table's source, so one translate equals the three in a row.
_KEY_TABLE = {**ALEFS, **KEY_LETTERS, **DIGITS}


class Translator:
    """``str.translate(table)`` for a table whose targets are none of its sources, by ``str.replace``.

    Why not ``str.translate``: for every character its table lacks (most letters of an Arabic text),
    CPython raises and clears a ``KeyError`` inside ``translate`` (about 900 instructions a character
    under callgrind), and with a table of every character it still makes an int and a look-up per
    character. Here one regex pass over a class of the changed characters finds those present (a C
    loop), then each present one is replaced in one ``str.replace`` (another C loop). Since no target
    is a source, replacing one character after another equals the simultaneous translation."""

    __slots__ = ("_changes", "_find")

    def __init__(self, table: Mapping[int, str | int | None]) -> None:
        changes: dict[str, str] = {}
        for code, target in table.items():
            new = chr(target) if isinstance(target, int) else ("" if target is None else target)
            if new != chr(code):
                changes[chr(code)] = new
        if any(c in changes for new in changes.values() for c in new):
            raise ValueError("a target of the table is one of its sources: order would matter")
        self._changes = changes
        self._find = re.compile("[" + "".join(map(re.escape, changes)) + "]").findall if changes else None

    def __call__(self, text: str) -> str:
        if self._find is None:
            return text
        changes = self._changes
        for c in set(self._find(text)):
            text = text.replace(c, changes[c])
        return text


_KEY_TRANSLATE = Translator(_KEY_TABLE)
_DIGITS_TRANSLATE = Translator(DIGITS)
_PRESENTATION = re.compile("[\ufb50-\ufeff]")
# What _light_key and _normalize_key change: whitespace (str.split and the regex \s both cut at
# Py_UNICODE_ISSPACE), presentation forms, the deleted characters and the translated ones. A text with
# none of them is its own key: one fullmatch tells, where the full key costs a search, a sub, a
# findall and a split (a new word is keyed several times: its surface, its light form, its stem).
_LIGHT_CHANGED = "\\s\ufb50-\ufeff" + _KEY_DELETE.pattern[1:-1] + "".join(map(re.escape, map(chr, DIGITS)))
_LIGHT_PLAIN = re.compile(f"[^{_LIGHT_CHANGED}]*").fullmatch
_KEY_PLAIN = re.compile(f"[^{_LIGHT_CHANGED}{''.join(map(re.escape, map(chr, _KEY_TABLE)))}]*").fullmatch


def unify_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII digits (same length)."""
    return text.translate(DIGITS)


def strip_diacritics(text: str) -> str:
    return DIACRITICS.sub("", text)


def fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms (U+FB50..U+FEFF) to their letters, via NFKC on those characters only.

    NFKC on the whole text would also rewrite things we keep (e.g. superscripts), so only the
    presentation-form blocks are folded. A lam-alef ligature becomes two letters.
    """
    if _PRESENTATION.search(text) is None:  # the usual case, one C scan
        return text
    return "".join(unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufefe" else ch for ch in text)


def normalize_key(text: str) -> str:
    """Lossy matching key: no diacritics, tatweel or invisibles; alef, ya, ta marbuta, hamza seats unified;
    digits ASCII; whitespace collapsed. Idempotent: ``normalize_key(normalize_key(x)) == normalize_key(x)``."""
    if len(text) > _CACHED_LEN:  # a whole text: computed, not cached (it would only fill the cache)
        return _normalize_key(text)
    return _normalize_key_cached(text)


def _normalize_key(text: str) -> str:
    if _KEY_PLAIN(text) is not None:
        return text  # nothing to change (most new words have a letter to unify and take the long way)
    text = _KEY_DELETE.sub("", fold_presentation_forms(text))
    return " ".join(_KEY_TRANSLATE(text).split())


# Words and names are keyed over and over (every token by the NER features, every alias, every lexicon
# entry), a few thousand distinct forms per hundred articles: a bounded cache of this pure function
# turns most calls into one dict look-up.
_CACHED_LEN = 64
_normalize_key_cached = lru_cache(maxsize=131_072)(_normalize_key)


def light_key(text: str) -> str:
    """A lighter key for morphology: like :func:`normalize_key` but keeps hamza seats, ta marbuta and
    alef maqsura, which the clitic analyser needs (ة is not the pronoun ـه; أن is not ان).
    Idempotent."""
    if len(text) > _CACHED_LEN:
        return _light_key(text)
    return _light_key_cached(text)


def _light_key(text: str) -> str:
    if _LIGHT_PLAIN(text) is not None:
        return text  # nothing to change: most words
    text = _KEY_DELETE.sub("", fold_presentation_forms(text))
    return " ".join(_DIGITS_TRANSLATE(text).split())


_light_key_cached = lru_cache(maxsize=65_536)(_light_key)


# Same-length folding for scanning with regexes: each character maps to exactly one character, so a
# match's offsets in the folded text are offsets in the original. Diacritics and tatweel are not
# removed here (that would change the length); :mod:`marsad.language.scan` handles them.
SCAN_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "٫": ".",
        "٬": ",",
        "،": "،",
        **{a: w for a, w in zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True)},
    }
)


SCAN_PAIRS = tuple((chr(k), v) for k, v in SCAN_FOLD.items() if chr(k) != v)


def scan_fold(text: str) -> str:
    """Same-length folding (alef, ya, ta marbuta, hamza seats, digits, decimal marks).

    A chain of ``str.replace`` (C loops that skip absent characters) is several times faster than
    ``str.translate`` with a dict table on Arabic text; the result is the same."""
    for old, new in SCAN_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text

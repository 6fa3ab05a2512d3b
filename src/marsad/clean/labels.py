"""The cleaner's language data (``data/labels.toml``, ``data/agencies.toml``) as one read-only object.

Loaded once per :class:`~marsad.pipeline.Context` (``ctx.resource("clean.labels", load_labels)``); the
glue pattern is compiled here, once, from the label lists.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from marsad.language.normalize import normalize_key

# Characters that make up an Arabic word (letters and diacritics, not tatweel or punctuation).
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"


@dataclass(frozen=True, slots=True)
class Labels:
    related: frozenset[str]
    published: frozenset[str]
    updated: frozenset[str]
    footer: frozenset[str]
    source: frozenset[str]
    trailing_phrases: tuple[str, ...]
    agencies: dict[str, str]
    """credit_key(alias) -> the agency's name."""
    outlets: dict[str, str]
    """credit_key(alias) -> the outlet's name."""
    glue_right: frozenset[str]
    """Related markers of several words whose last word has 3+ letters: split from a word glued after."""
    glue_automaton: Any
    """An Aho-Corasick automaton (pyahocorasick) of the Arabic labels in match-view form: the labels
    that may be glued to the word before them. One C pass over a page finds every occurrence."""
    date_labels: re.Pattern[str]
    """Publication and update labels inside a line (match view)."""
    related_start: re.Pattern[str]
    """A related-story marker opening a line (match view), with an optional colon."""
    footer_start: re.Pattern[str]
    source_start: re.Pattern[str]

    @property
    def all_labels(self) -> frozenset[str]:
        return self.related | self.published | self.updated | self.footer | self.source


def _automaton(keys: frozenset[str]) -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def _keys(values: list[str]) -> frozenset[str]:
    return frozenset(normalize_key(v).lower() for v in values)


def _alternation(keys: frozenset[str]) -> str:
    parts = sorted(keys, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


# Diacritics and tatweel may sit after any letter of a label as printed ("أيضاً", "اقـرأ").
_MARKS = "[\u064b-\u065f\u0670\u0640]*"


def _flexible(keys: frozenset[str]) -> str:
    """An alternation of label keys that also matches them with diacritics and tatweel inside."""
    parts = []
    for key in sorted(keys, key=len, reverse=True):
        chars = [r"\s+" if ch == " " else re.escape(ch) + _MARKS for ch in key]
        parts.append("".join(chars))
    return "|".join(parts)


def _line_start(keys: frozenset[str]) -> re.Pattern[str]:
    # The label, then the end of the line, a colon or a space; the match ends after the colon.
    # Leading dots: "...المزيد" (a "read more" link left at the end of a teaser).
    return re.compile(rf"^[\s.…]*(?P<label>{_flexible(keys)})(?!\w)(?P<colon>\s*[:：])?\s*(?=$|\S)", re.I)


def load_labels() -> Labels:
    base = resources.files("marsad.clean").joinpath("data")
    raw = tomllib.loads(base.joinpath("labels.toml").read_text(encoding="utf-8"))
    agencies_raw = tomllib.loads(base.joinpath("agencies.toml").read_text(encoding="utf-8"))
    related, published, updated = _keys(raw["related"]), _keys(raw["published"]), _keys(raw["updated"])
    footer, source = _keys(raw["footer"]), _keys(raw["source"])
    arabic = frozenset(
        k for k in related | published | updated | footer | source if re.match(f"[{ARABIC_LETTERS}]", k)
    )
    from marsad.clean.metadata import credit_key  # metadata imports Labels from here

    agencies = {
        credit_key(a): name for name, aliases in agencies_raw["agencies"].items() for a in [name, *aliases]
    }
    outlets = {
        credit_key(a): name for name, aliases in agencies_raw["outlets"].items() for a in [name, *aliases]
    }
    return Labels(
        related=related,
        published=published,
        updated=updated,
        footer=footer,
        source=source,
        trailing_phrases=tuple(normalize_key(p).lower() for p in raw["trailing_phrases"]),
        agencies=agencies,
        outlets=outlets,
        # Only Arabic labels glue to an Arabic word; the lookbehind finds a label starting mid-word.
        glue_right=frozenset(k for k in related & arabic if " " in k and len(k.rsplit(" ", 1)[1]) >= 3),
        glue_automaton=_automaton(arabic),
        date_labels=re.compile(
            rf"(?<![{ARABIC_LETTERS}\w])(?P<label>{_alternation(published | updated)})(?![{ARABIC_LETTERS}\w])",
            re.I,
        ),
        related_start=_line_start(related),
        footer_start=_line_start(footer),
        source_start=_line_start(source),
    )

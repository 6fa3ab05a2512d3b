"""Repair a page's text: drop invisible controls and un-glue what scraping stuck together.

The result is an :class:`~marsad.text.AlignedText` over ``Article.raw``: every kept character maps to
its original offset, every inserted space is marked as inserted. What changes and why:

* zero-width and bidi controls, BOM and soft hyphen are dropped: they carry no letter, break every
  pattern, and the offset map still points at the original characters around them;
* tatweel, presentation forms and Arabic-Indic digits are *kept* as written (tatweel is also used as a
  dash, "ــ"); matching uses :func:`marsad.language.normalize.normalize_key` instead;
* a space is inserted where scraping glued two words: between a digit run and an Arabic word
  ("2024آخر تحديث"), between an Arabic word and a digit ("عام2022"), between Latin and Arabic
  letters ("CNNأعلنت"), and before a known page label glued to the word before it
  ("مرتبطالمصدر:"). Separated conjunctions ("و الصين") are real text and stay as written.
"""

from __future__ import annotations

import re

from marsad.clean.dates import match_view
from marsad.clean.labels import ARABIC_LETTERS, Labels
from marsad.language.normalize import INVISIBLE, normalize_key
from marsad.text import AlignedText, TextBuilder

_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# Digits then an Arabic word of two letters or more (a single letter after a year is an abbreviation:
# "2024م", "1445هـ").
_DIGIT_WORD = re.compile(rf"(?<=[{_DIGITS}])(?=[{ARABIC_LETTERS}]{{2}})")
# An Arabic word of three letters or more then digits (shorter runs are proclitics: "و3", "ب10").
_WORD_DIGIT = re.compile(rf"(?<=[{ARABIC_LETTERS}]{{3}})(?=[{_DIGITS}])")
_LATIN_ARABIC = re.compile(rf"(?<=[A-Za-z])(?=[{ARABIC_LETTERS}])|(?<=[{ARABIC_LETTERS}])(?=[A-Za-z])")
_TOKEN_START = re.compile(rf"[{ARABIC_LETTERS}]+$")
# Proclitic prefixes: a label after one of these is part of the word ("بالمصدر", "والمصدر").
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "س", "وس"})
_MIN_COLON_LABEL = 5


def glue_points(text: str, *, labels: Labels) -> list[int]:
    """Offsets of ``text`` where a space belongs between two glued words, sorted."""
    points: set[int] = set()
    for pattern in (_DIGIT_WORD, _WORD_DIGIT, _LATIN_ARABIC):
        points.update(m.start() for m in pattern.finditer(text))
    view = match_view(text)
    for m in labels.glue.finditer(view):
        at = m.start()
        prefix_match = _TOKEN_START.search(view, 0, at)
        prefix = prefix_match.group() if prefix_match else ""
        if not prefix:
            continue
        label_is_prefix = _is_label(prefix, labels)
        colon_after = view[m.end() : m.end() + 2].lstrip()[:1] in (":", "：")
        if label_is_prefix or (
            colon_after
            and len(m.group()) >= _MIN_COLON_LABEL
            and len(prefix) >= 3
            and prefix not in _PROCLITICS
        ):
            points.add(at)
    return sorted(points)


def _is_label(word: str, labels: Labels) -> bool:
    return normalize_key(word) in labels.all_labels


def repair(raw: str, *, labels: Labels) -> AlignedText:
    """``raw`` with invisibles dropped and glued words spaced, mapped back to ``raw``."""
    drops = [m.start() for m in INVISIBLE.finditer(raw)]
    if drops:
        # Glue is looked for on the text without invisibles, then mapped back to raw offsets.
        dropped = set(drops)
        kept = [i for i in range(len(raw)) if i not in dropped]
        visible = "".join(raw[i] for i in kept)
        inserts = [kept[p] if p < len(kept) else len(raw) for p in glue_points(visible, labels=labels)]
    else:
        inserts = glue_points(raw, labels=labels)
    if not drops and not inserts:
        return AlignedText.identity(raw)
    builder = TextBuilder(raw)
    events = sorted([(i, 1) for i in drops] + [(i, 0) for i in inserts])
    pos = 0
    for at, kind in events:
        if at > pos:
            builder.copy(pos, at)
            pos = at
        if kind == 0:
            builder.insert(at, " ")
        else:
            pos = at + 1
    if pos < len(raw):
        builder.copy(pos, len(raw))
    return builder.build()

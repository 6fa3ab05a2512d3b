"""Repair a page's text: drop invisible controls and un-glue what scraping stuck together.

The result maps back to ``Article.raw``: :attr:`Repaired.segments` lists the runs copied from it
(inserted spaces are in none). What changes and why:

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
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.clean.dates import match_view
from marsad.clean.labels import ARABIC_LETTERS, Labels
from marsad.language.normalize import INVISIBLE, normalize_key
from marsad.text import AlignedText

_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# Runs of digits or Latin letters: rare in Arabic text, so script changes are looked for around them
# only (a zero-width pattern tried at every character is ~20x slower). The pattern opens with one class
# of both kinds, so that ``re`` skips ahead to them in C (an alternation of two repeats, [0-9]+|[A-Za-z]+,
# is tried at every character); the look back at that first character picks the run: the same matches.
_FOREIGN_RUN = re.compile(rf"[{_DIGITS}A-Za-z](?:(?<=[{_DIGITS}])[{_DIGITS}]*|(?<=[A-Za-z])[A-Za-z]*)")
# The same runs and every invisible character (one-character matches), in one scan of a raw page: the
# two scans of every page were a fifth of the clean stage's instructions (a class test per character
# each); the classes are disjoint, so each match is what one of the two patterns alone finds there.
_INVISIBLE_CLASS = INVISIBLE.pattern[1:-1]
_FOREIGN_OR_INVISIBLE = re.compile(
    rf"[{_DIGITS}A-Za-z{_INVISIBLE_CLASS}](?:(?<=[{_DIGITS}])[{_DIGITS}]*|(?<=[A-Za-z])[A-Za-z]*|)"
)
_FOREIGN_CHARS = frozenset(chr(c) for c in range(0x0700) if _FOREIGN_RUN.match(chr(c)))
"""What a run of digits or Latin letters starts with (all below U+0700); any other match is an invisible."""
_ARABIC_LETTER = re.compile(rf"[{ARABIC_LETTERS}]")
_DIACRITICS_RUN = re.compile("[\u064b-\u065f\u0670]+")
_GLUED_WORD = re.compile(rf"[{ARABIC_LETTERS}]{{3}}")
_TOKEN_END = re.compile(rf"[{ARABIC_LETTERS}]+$")
# Proclitic prefixes: a label after one of these is part of the word ("بالمصدر", "والمصدر").
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "س", "وس"})
_MIN_COLON_LABEL = 5


@dataclass(frozen=True, slots=True)
class Repaired:
    text: str
    segments: list[tuple[int, int, int]]
    """(offset in text, offset in raw, length) for every run copied from raw, in order."""
    raw_len: int

    def aligned(self) -> AlignedText:
        """The same mapping as a per-character :class:`~marsad.text.AlignedText`."""
        origin = [-1] * len(self.text)
        for here, there, length in self.segments:
            origin[here : here + length] = range(there, there + length)
        for i, o in enumerate(origin):
            if o == -1:
                nxt = next((origin[j] for j in range(i + 1, len(origin)) if origin[j] >= 0), self.raw_len)
                origin[i] = -nxt - 1
        return AlignedText(self.text, origin, self.raw_len)

    def map_pieces(self, pieces: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """Segments of the text made by concatenating ``text[s:e]`` for each piece, mapped to raw."""
        starts = [seg[0] for seg in self.segments]
        out: list[tuple[int, int, int]] = []
        at = 0
        for s, e in pieces:
            i = max(bisect_right(starts, s) - 1, 0)
            while i < len(self.segments) and s < e:
                here, there, length = self.segments[i]
                lo, hi = max(s, here), min(e, here + length)
                if lo < hi:
                    seg = (at + lo - s, there + lo - here, hi - lo)
                    if out and out[-1][0] + out[-1][2] == seg[0] and out[-1][1] + out[-1][2] == seg[1]:
                        seg = (out[-1][0], out[-1][1], out[-1][2] + seg[2])
                        out[-1] = seg
                    else:
                        out.append(seg)
                if here >= e:
                    break
                i += 1
            at += e - s
        return out


# The same letters as a set: a membership test costs a fraction of a regex match per character
# (this runs on the characters around every run of digits or Latin letters of a page).
_ARABIC_LETTER_SET = frozenset(chr(c) for c in range(0x0600, 0x0700) if _ARABIC_LETTER.match(chr(c)))


def _is_arabic(ch: str) -> bool:
    return ch[:1] in _ARABIC_LETTER_SET


def _script_changes(text: str, *, runs: Iterable[re.Match[str]] | None = None) -> set[int]:
    """Digits then an Arabic word of two letters or more (a single letter after a year is an
    abbreviation: "2024م", "1445هـ"); an Arabic word of three letters or more then digits (shorter
    runs are proclitics: "و3", "ب10"); Latin letters next to Arabic letters. ``runs``: the text's
    ``_FOREIGN_RUN`` matches, when the caller has them."""
    points: set[int] = set()
    for m in _FOREIGN_RUN.finditer(text) if runs is None else runs:
        start, end = m.start(), m.end()
        digits = not m.group()[0].isalpha()
        before = text[max(0, start - 3) : start]
        after = text[end : end + 2]
        if digits:
            if len(after) == 2 and _is_arabic(after[0]) and _is_arabic(after[1]):
                points.add(end)
            if len(before) == 3 and all(_is_arabic(ch) for ch in before):
                points.add(start)
        else:
            if after and _is_arabic(after[0]):
                points.add(end)
            if before and _is_arabic(before[-1]):
                points.add(start)
    return points


def glue_points(
    text: str, *, labels: Labels, view: str | None = None, runs: list[re.Match[str]] | None = None
) -> list[int]:
    """Offsets of ``text`` where a space belongs between two glued words, sorted (``runs``: the text's
    runs of digits or Latin letters, as ``_FOREIGN_RUN`` finds them, when the caller has them)."""
    points = _script_changes(text, runs=runs)
    view = view if view is not None else match_view(text)
    hits = [(end - len(label) + 1, end, label) for end, label in labels.glue_automaton.iter(view)]
    starts = {at for at, _, _ in hits}
    hits.sort()
    last = 0
    for at, end, label in hits:
        glued_left = at > 0 and _is_arabic(view[at - 1])
        if glued_left and _split_before(view, at, end, label, starts=starts, last=last, labels=labels):
            points.add(at)
            last = at
            glued_left = False
        if label in labels.glue_right and not glued_left:
            # A related-story marker of several words glued to the headline after it ("إقرأ أيضاًبوتين").
            # Other labels are not split on this side: what follows them can be a real suffix
            # ("نشرتها", "آخر تحديثاتها") or a word that starts like one ("نشر فيديو").
            nxt = _DIACRITICS_RUN.match(view, end + 1)
            cut = nxt.end() if nxt else end + 1
            if _GLUED_WORD.match(view, cut):
                points.add(cut)
    return sorted(points)


def _split_before(
    view: str, at: int, end: int, label: str, *, starts: set[int], last: int, labels: Labels
) -> bool:
    """Whether the label at ``view[at:end + 1]``, glued to the word before it, is split from it."""
    after = view[end + 1 : end + 2]
    if _is_arabic(after) and end + 1 not in starts:
        return False  # the label runs on into a longer word ("نشرت", "تحديثات")
    # The glued word before the label starts at the token start or at the last split made in it.
    prefix_match = _TOKEN_END.search(view, max(0, at - 40, last), at)
    prefix = prefix_match.group() if prefix_match else ""
    if not prefix:
        return False
    colon_after = view[end + 1 : end + 3].lstrip()[:1] in (":", "：")
    return normalize_key(prefix) in labels.all_labels or (
        colon_after and len(label) >= _MIN_COLON_LABEL and len(prefix) >= 3 and prefix not in _PROCLITICS
    )


def repair(raw: str, *, labels: Labels) -> Repaired:
    """``raw`` with invisibles dropped and glued words spaced, mapped back to ``raw``."""
    found = [*_FOREIGN_OR_INVISIBLE.finditer(raw)]
    drops = [m.start() for m in found if m.group()[0] not in _FOREIGN_CHARS]  # INVISIBLE.finditer(raw)'s
    if drops:
        inserts = _visible_glue(raw, drops, labels=labels)
    else:
        inserts = glue_points(raw, labels=labels, runs=found)  # no invisible: every match is a run
    return _spliced(raw, drops, inserts)


def _visible_glue(raw: str, drops: list[int], *, labels: Labels) -> list[int]:
    """Glue looked for on the text without invisibles (at ``drops``), mapped back to raw offsets."""
    dropped = set(drops)
    kept = [i for i in range(len(raw)) if i not in dropped]
    visible = "".join(raw[i] for i in kept)
    return [kept[p] if p < len(kept) else len(raw) for p in glue_points(visible, labels=labels)]


def _spliced(raw: str, drops: list[int], inserts: list[int]) -> Repaired:
    """``raw`` without the characters at ``drops``, with a space before each of ``inserts``."""
    if not drops and not inserts:
        return Repaired(raw, [(0, 0, len(raw))] if raw else [], len(raw))
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    out_len = pos = 0
    for at, kind in sorted([(i, 1) for i in drops] + [(i, 0) for i in inserts]):
        if at > pos:
            parts.append(raw[pos:at])
            segments.append((out_len, pos, at - pos))
            out_len += at - pos
            pos = at
        if kind == 0:
            parts.append(" ")
            out_len += 1
        else:
            pos = at + 1
    if pos < len(raw):
        parts.append(raw[pos:])
        segments.append((out_len, pos, len(raw) - pos))
    return Repaired("".join(parts), segments, len(raw))

"""Fast alias matching: one Aho-Corasick automaton over ``normalize_key`` forms, with offsets back to the text.

Why by hand: ``pyahocorasick`` finds the patterns, but Arabic needs two things no matcher library
offers: a matching key whose every character maps back to ``story.text`` (``normalize_key`` drops
diacritics, tatweel and invisibles and collapses spaces) and clitic-tolerant word boundaries
(وروسيا، بالكرملين، للكرملين). Both are small and written here.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import ahocorasick

from marsad.language.normalize import (
    ALEFS,
    DIACRITICS,
    DIGITS,
    INVISIBLE,
    KEY_LETTERS,
    TATWEEL,
    Translator,
    normalize_key,
)

# A noncharacter marks dropped characters; the same character in a text becomes U+FFFD in the key.
_DROP = "\U0010fffe"
# Every whitespace character (what str.split() splits on) becomes one space.
_SPACES = MappingProxyType({c: " " for c in range(0x3001) if chr(c).isspace()})
_DROPPED = MappingProxyType({ord(TATWEEL): _DROP, ord(_DROP): "\ufffd"})
_PRESENTATION = re.compile("[\ufb50-\ufefe]")
_RUN_OF_SPACES = re.compile("  +")
_KEPT = re.compile(f"[^{_DROP}]+")
# Diacritics and tatweel right after a match belong to its last letter.
_TRAILING_MARKS = re.compile(f"(?:{DIACRITICS.pattern}|{TATWEEL})+")
# The characters that open such a run (all in the Arabic block; a test checks every code point). perf28
# (session 16): a span asks whether the character after its last letter is one of them (nearly never)
# before it runs the regex, whose ``match`` call cost most of ``span``.
_MARKS = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if _TRAILING_MARKS.match(c))
_START = operator.attrgetter("start")


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for mapping in (ALEFS, KEY_LETTERS, DIGITS):
        table.update({k: (chr(v) if isinstance(v, int) else v) for k, v in mapping.items()})
    table.update(_SPACES)
    table[ord("_")] = " "  # hashtags join words with "_" (#كوريا_الجنوبية)
    table.update(_DROPPED)
    for c in range(0x0600, 0x0700):
        if DIACRITICS.fullmatch(chr(c)):
            table[c] = _DROP
    for c in [*range(0x200B, 0x2010), 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0xAD]:
        if INVISIBLE.fullmatch(chr(c)):
            table[c] = _DROP
    return table


_TABLE = MappingProxyType(_build_table())
# ``text.translate(_TABLE)`` in two steps, the noncharacter first (it is the one source that is also a
# target): see :class:`Translator` for why not ``str.translate`` (a KeyError per Arabic letter).
_TRANSLATE = Translator({k: v for k, v in _TABLE.items() if k != ord(_DROP)})
# What ``_TRANSLATE`` changes (no target is a source, so one character after another is the translation).
# perf28 (session 16): ``keyed`` finds them and the presentation forms (``_PRESENTATION``: the slow path) in
# one regex pass, where a search for the forms scanned every text first (about 45 instructions a character).
_CHANGES = MappingProxyType({chr(k): v for k, v in _TABLE.items() if k != ord(_DROP) and v != chr(k)})
_FIND_CHANGED = re.compile(
    "[" + "".join(map(re.escape, _CHANGES)) + _PRESENTATION.pattern[1:-1] + "]"
).findall


@dataclass(frozen=True, slots=True)
class KeyedText:
    """``key`` is ``normalize_key(text)`` (modulo outer spaces, and "_" read as a space);
    ``origin[i]`` is the text offset of key[i]."""

    text: str
    key: str
    origin: Sequence[int]

    def span(self, key_start: int, key_end: int) -> tuple[int, int]:
        """Text offsets of the key range [key_start, key_end), with trailing marks of the last letter."""
        end = self.origin[key_end - 1] + 1
        text = self.text
        if text[end : end + 1] in _MARKS:
            end = _TRAILING_MARKS.match(text, end).end()
        return self.origin[key_start], end


def keyed(text: str) -> KeyedText:
    """The matching key of ``text`` with an offset map (a few C passes on the common path)."""
    t = text.replace(_DROP, "\ufffd") if _DROP in text else text
    # ``_TRANSLATE(t)`` with the presentation forms' test in the same pass (see ``_FIND_CHANGED``)
    found = set(_FIND_CHANGED(t))
    if found and _PRESENTATION.search("".join(found)):
        return _keyed_slow(text)
    for c in found:
        t = t.replace(c, _CHANGES[c])
    if _DROP in t:
        # Drop first, then collapse the spaces the drops brought together (" َ " -> " ").
        kept = [(m.start(), m.group()) for m in _KEPT.finditer(t)]
        t = "".join(g for _, g in kept)
        origin: list[int] = []
        for start, g in kept:
            origin.extend(range(start, start + len(g)))
    else:
        origin = None  # identity, built only if needed
    if "  " in t:
        marked = _RUN_OF_SPACES.sub(lambda m: " " + _DROP * (len(m.group()) - 1), t)
        base = origin if origin is not None else range(len(t))
        origin = [o for o, c in zip(base, marked, strict=True) if c != _DROP]
        t = marked.replace(_DROP, "")
    return KeyedText(text, t, origin if origin is not None else range(len(t)))


def _keyed_slow(text: str) -> KeyedText:
    """Character by character, for text with presentation forms (a ligature can fold to two letters)."""
    parts: list[str] = []
    origin: list[int] = []
    last_space = False
    for i, ch in enumerate(text):
        if "\ufb50" <= ch <= "\ufefe":
            ch = unicodedata.normalize("NFKC", ch)
        for c in ch:
            k = c.translate(_TABLE)
            if k == _DROP or not k:
                continue
            if k == " ":
                if last_space:
                    continue
                last_space = True
            else:
                last_space = False
            parts.append(k)
            origin.append(i)
    return KeyedText(text, "".join(parts), origin)


KIND_ORDER = ("actor", "short", "role", "nisba", "anaphor", "sector")
"""How a key with several readings is read: a name first, a sector word last."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """What an alias key stands for; ``payload`` is interpreted by the linker."""

    kind: str
    """actor, short, nisba, role, sector."""
    payload: str
    lil: bool = False
    """The لل form of an ال alias (للكرملين): the match span keeps its ل."""


@dataclass(frozen=True, slots=True)
class Reading:
    kind: str
    patterns: tuple[Pattern, ...]

    @property
    def payload(self) -> str:
        return self.patterns[0].payload if self.patterns else ""


def read_patterns(patterns: tuple[Pattern, ...], *, skip: tuple[str, ...] = ()) -> Reading:
    """How the linker reads a key's patterns: the first pattern's kind (the matcher orders them), with all
    patterns of that kind (رئيس is both a president and a head of an organisation); ``skip`` passes over
    kinds that do not apply (السوداني is a short form of a name only after the full name, else a nisba)."""
    if len(patterns) == 1 and not skip:  # most keys have one reading: no list or tuple to build
        return Reading(patterns[0].kind, patterns)
    rest = [p for p in patterns if p.kind not in skip]
    if not rest:
        return Reading("none", ())
    kind = rest[0].kind
    return Reading(kind, tuple(p for p in rest if p.kind == kind))


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    """Text offset of the name itself (after a stripped proclitic)."""
    end: int
    key_start: int
    key_end: int
    key: str
    prefix: str
    """The proclitic letters before the name in the key ('' when none)."""
    patterns: tuple[Pattern, ...]
    """Every reading of the key, the one the linker takes first."""
    score: float = 1.0
    """1.0 for an exact alias; the rapidfuzz ratio / 100 for a fuzzy one."""
    reading: Reading | None = field(default=None, compare=False, repr=False)
    """``read_patterns(patterns)``, made once per alias key when the matcher is built (the linker asks
    for it about twice per match; building it each time was 83 frozen objects per article); None on a
    match made elsewhere (a fuzzy name), which ``phrases.reading`` then reads from its patterns."""


# A Match made field by field through its slots' descriptors, without the frozen dataclass's
# ``__init__`` (nine generic ``object.__setattr__`` calls: twice the cost; ``find`` makes one per alias
# match, 37 an article). ``MATCH_FIELDS`` must list every field of Match in order (a test checks).
MATCH_FIELDS = ("start", "end", "key_start", "key_end", "key", "prefix", "patterns", "score", "reading")
(
    _SET_START,
    _SET_END,
    _SET_KEY_START,
    _SET_KEY_END,
    _SET_KEY,
    _SET_PREFIX,
    _SET_PATTERNS,
    _SET_SCORE,
    _SET_READING,
) = (getattr(Match, name).__set__ for name in MATCH_FIELDS)
_new = object.__new__


class AliasMatcher:
    """Built once per knowledge base (through ``Context.resource``); ``find`` is thread-safe."""

    def __init__(self, entries: Iterable[tuple[str, Pattern]], *, proclitics: Iterable[str]) -> None:
        table: dict[str, list[Pattern]] = {}
        for key, pattern in entries:
            key = normalize_key(key)
            if not key:
                continue
            table.setdefault(key, [])
            if pattern not in table[key]:
                table[key].append(pattern)
            if key.startswith("ال") and len(key) > 3 and pattern.kind != "role":
                lil = Pattern(pattern.kind, pattern.payload, lil=True)
                table.setdefault("لل" + key[2:], []).append(lil)
        self._automaton = ahocorasick.Automaton()
        for key, patterns in table.items():
            # The first pattern is the reading the linker takes (KIND_ORDER).
            ordered = tuple(sorted(patterns, key=lambda p: KIND_ORDER.index(p.kind)))
            self._automaton.add_word(key, (len(key), key, ordered, read_patterns(ordered)))
        self._automaton.make_automaton()
        self.size = len(table)
        self._proclitics = frozenset(normalize_key(p) for p in proclitics)

    def find(self, kt: KeyedText) -> list[Match]:
        """Leftmost-longest, non-overlapping, word-bounded alias matches over ``kt``."""
        key = kt.key
        n = len(key)
        if not key:
            return []
        proclitics = self._proclitics
        # (start - end, start, ...): sorted as it stands, longest first, then leftmost; no two hits share
        # both (a length and a start give one alias key), so the sort never compares past the second.
        found: list[tuple[int, int, int, str, str, tuple[Pattern, ...], Reading]] = []
        for end_index, (length, alias, patterns, first) in self._automaton.iter(key):
            ke = end_index + 1
            ks = ke - length
            if ke < n and key[ke].isalnum():
                continue
            # The proclitic is the run of letters right before the alias. The key's words are cut by one
            # space, so the run usually reaches back to the last space: one C search and one slice, not a
            # one-character string and an ``isalnum`` per letter walked back; none at all for an alias at
            # a word's start (most), where the character before is the space (a cached string).
            prefix = "" if ks == 0 or key[ks - 1] == " " else key[key.rfind(" ", 0, ks) + 1 : ks]
            if prefix and prefix not in proclitics:
                if prefix.isalnum():
                    continue
                # punctuation inside the word («وروسيا): the letters after the last non-letter
                j = ks
                while j > 0 and key[j - 1].isalnum():
                    j -= 1
                prefix = key[j:ks]
                if prefix and prefix not in proclitics:
                    continue
            if patterns[0].lil and prefix not in ("", "و", "ف"):
                continue
            found.append((ks - ke, ks, ke, alias, prefix, patterns, first))
        found.sort()
        taken: list[tuple[int, int]] = []
        chosen: list[Match] = []
        text, origin = kt.text, kt.origin
        for _, ks, ke, alias, prefix, patterns, first in found:
            i = bisect.bisect_left(taken, (ks, ks))
            if i > 0 and taken[i - 1][1] > ks:
                continue
            if i < len(taken) and taken[i][0] < ke:
                continue
            taken.insert(i, (ks, ke))
            # kt.span(ks, ke) inline (a method call per match)
            end = origin[ke - 1] + 1
            if text[end : end + 1] in _MARKS:
                end = _TRAILING_MARKS.match(text, end).end()
            start = origin[ks]
            m = _new(
                Match
            )  # Match(start, end, ks, ke, alias, prefix, patterns, 1.0, first), see MATCH_FIELDS
            _SET_START(m, start)
            _SET_END(m, end)
            _SET_KEY_START(m, ks)
            _SET_KEY_END(m, ke)
            _SET_KEY(m, alias)
            _SET_PREFIX(m, prefix)
            _SET_PATTERNS(m, patterns)
            _SET_SCORE(m, 1.0)
            _SET_READING(m, first)
            chosen.append(m)
        chosen.sort(key=_START)
        return chosen

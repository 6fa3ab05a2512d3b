"""Find a pattern's matches faster when it opens with a lookbehind: the same matches, the same groups.

Python's ``re`` skips ahead to the possible first characters of a match only when the pattern opens
with a literal or a character class. A pattern that opens with a lookbehind and optional clitic
letters, as every time pattern does (``(?<![\\w])(?:[وف]?(?:لل|[بل])?)?...``), is instead run in full
at every character of the text, and at every word start it explores the clitic alternatives before
failing: about 3.5 M instructions of an unseen article went there. :func:`prefiltered` reads the
pattern's parse tree and derives the strings of up to ``depth`` characters a match can begin with (an
over-approximation: assertions are skipped, classes kept whole), then builds a *finder*, a regex that
``re`` can skip ahead with: for a pattern that opens with ``(?<![\\w])``, a character that is no word
character followed (in a lookahead) by those first characters as a character trie, so the search
skips through words in C; for another pattern, its possible first characters as literals, the next
ones in a lookahead. Only where the finder stops is the pattern itself run, with ``pattern.match``
at that place; a place where the pattern matches always passes the finder, and the search resumes
where ``finditer`` would (the end of the match), so the matches, their spans and groups are those of
``finditer`` (only ``Match.pos``, the search start, differs).

Written by hand: no library derives a prefilter from a Python regex (the ``regex`` package, not a
dependency, has its own engine but no such skip either). The parse tree comes from the standard
library's private ``re._parser``; if it changes shape, :func:`prefiltered` builds no finder and the
pattern runs through ``finditer`` as before (slower, same output).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

ANY = "ANY"
DEPTH = 4
"""Characters of a match's start that a finder checks (after the non-word character before it)."""
"""A position that can hold any character (``.``, a negated class, an unknown construct)."""
_LIMIT = 4000  # prefixes kept while expanding: past this, the pattern gets no finder


class _Unsupported(Exception):
    """A construct the prefix computation does not model (the pattern keeps ``finditer``)."""


@dataclass(frozen=True, slots=True)
class Prefiltered:
    pattern: re.Pattern[str]
    finder: re.Pattern[str] | None
    """Stops at every place where ``pattern`` can match (and few others), opening with characters
    ``re`` can skip ahead to; None when they could not be derived (any character, an unsupported
    construct)."""
    shift: int = 0
    """Where a finder hit puts the candidate: 0 at the hit, 1 just after it (a pattern that opens with
    ``(?<![\\w])``: its finder stops at the character before a word start)."""

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text, pos, endpos)``, as the same match objects would be."""
        if self.finder is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        search, match, shift = self.finder.search, self.pattern.match, self.shift
        # With shift 1 the finder cannot see the character before ``pos``, so the place where the
        # search (re)starts is tried directly.
        m = match(text, pos, endpos) if shift else None
        while True:
            while m is not None:
                yield m
                pos = m.end()  # where finditer resumes (a pattern with a finder never matches empty)
                m = match(text, pos, endpos) if shift else None
            hit = search(text, pos, endpos)
            if hit is None:
                return
            pos = hit.start() + 1
            m = match(text, hit.start() + shift, endpos)


def _category(av: object) -> str:
    from re import _constants as c

    names = {
        c.CATEGORY_DIGIT: r"\d",
        c.CATEGORY_NOT_DIGIT: r"\D",
        c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S",
        c.CATEGORY_WORD: r"\w",
        c.CATEGORY_NOT_WORD: r"\W",
    }
    if av not in names:
        raise _Unsupported(str(av))
    return names[av]


def _class_items(av: list) -> frozenset[str]:
    """The members of a character class as class-source pieces (a character, a range, ``\\d``)."""
    from re import _constants as c

    out: set[str] = set()
    for op, arg in av:
        if op is c.LITERAL:
            out.add(re.escape(chr(arg)))
        elif op is c.RANGE:
            out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is c.CATEGORY:
            out.add(_category(arg))
        else:  # NEGATE and the rest: any character, for this computation
            return frozenset({ANY})
    return frozenset(out)


def _heads_seq(items: list, k: int) -> set[tuple[frozenset[str], ...]]:
    """The first ``k`` positions of the strings ``items`` matches, each position a class; a shorter
    tuple is a match that ends there."""
    result: set[tuple[frozenset[str], ...]] = {()}
    for op, av in items:
        if all(len(p) >= k for p in result):
            break
        new: set[tuple[frozenset[str], ...]] = set()
        for pre in result:
            if len(pre) >= k:
                new.add(pre)
                continue
            for head in _heads_op(op, av, k - len(pre)):
                new.add(pre + head)
        if len(new) > _LIMIT:
            raise _Unsupported("too many prefixes")
        result = new
    return result


def _heads_op(op: object, av: object, k: int) -> set[tuple[frozenset[str], ...]]:
    from re import _constants as c

    if op is c.LITERAL:
        return {(frozenset({re.escape(chr(av))}),)}
    if op is c.IN:
        return {(_class_items(av),)}
    if op is c.ANY:
        return {(frozenset({ANY}),)}
    if op is c.SUBPATTERN:
        if av[1] or av[2]:  # inline flags, e.g. (?i:...): the characters would change meaning
            raise _Unsupported("inline flags")
        return _heads_seq(av[3].data, k)
    if op is c.BRANCH:
        out: set[tuple[frozenset[str], ...]] = set()
        for branch in av[1]:
            out |= _heads_seq(branch.data, k)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        # Repetitions past low + k add no new prefix of k characters: each one that is not empty
        # adds a character, and an empty one can be dropped.
        out = set()
        for times in range(low, min(high, low + k) + 1):
            out |= _heads_seq(list(sub.data) * times, k)
        return out
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {()}  # zero width: ignoring the condition over-approximates the prefixes
    raise _Unsupported(str(op))


def _class(pieces: frozenset[str]) -> str:
    return r"[\s\S]" if ANY in pieces else "[" + "".join(sorted(pieces)) + "]"


def _literal(piece: str) -> bool:
    """A class piece that is one character (``re.escape`` of it), not a range or a category."""
    return len(piece) == 1 or (len(piece) == 2 and piece[0] == "\\" and not piece[1].isalnum())


def _split(heads: set[tuple[frozenset[str], ...]], at: int) -> list[tuple[str, str]]:
    """Position ``at`` of ``heads`` as (what to match there, the regex for what may follow): one
    entry per literal character (a trie), and one for the ranges and categories together."""
    pieces: set[str] = set().union(*(h[at] for h in heads))
    literals = sorted(p for p in pieces if _literal(p))
    classes = frozenset(p for p in pieces if not _literal(p))
    out = [(piece, _emit({h for h in heads if piece in h[at]}, at + 1)) for piece in literals]
    if classes:
        out.append((_class(classes), _emit({h for h in heads if h[at] & classes}, at + 1)))
    return out


def _emit(heads: set[tuple[frozenset[str], ...]], at: int) -> str:
    """A regex for what the prefixes ``heads`` require from position ``at`` on ("" for nothing)."""
    if any(len(h) <= at for h in heads) or ANY in set().union(*(h[at] for h in heads)):
        return ""  # a match can end here, or hold any character here: nothing more to require
    branches = [head + rest for head, rest in _split(heads, at)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _opens_at_word_start(items: list) -> bool:
    """Whether a pattern opens with ``(?<![\\w])`` (or ``(?<!\\w)``): a match starts where no word
    character precedes."""
    from re import _constants as c

    if not items:
        return False
    op, av = items[0]
    return bool(
        op is c.ASSERT_NOT and av[0] == -1 and list(av[1].data) == [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)])]
    )


def _finder_source(pattern: str, *, flags: int, depth: int) -> tuple[str, int] | None:
    """The finder's source and its shift (see :class:`Prefiltered`), or None."""
    from re import _parser

    if flags & re.IGNORECASE:
        return None  # the literals below would have to stand for their other cases too
    items = _parser.parse(pattern, flags).data
    heads = _heads_seq(items, depth)
    return _source_of(heads, opens_at_word_start=_opens_at_word_start(items))


def _source_of(
    heads: set[tuple[frozenset[str], ...]], *, opens_at_word_start: bool
) -> tuple[str, int] | None:
    if any(len(h) == 0 for h in heads):
        return None  # the pattern can match the empty string
    first: set[str] = set().union(*(h[0] for h in heads))
    if ANY in first:
        return None
    if opens_at_word_start:
        # A match starts after a character that is no word character: the finder opens with that
        # (``re`` skips ahead through the word characters, most of a text) and checks the match's
        # first characters in a lookahead (a character trie).
        rest = _emit(heads, 0)
        return ("[^\\w]" + (f"(?={rest})" if rest else ""), 1)
    # Else the finder opens with the possible first characters, so that ``re`` skips ahead to them:
    # a branch per character, each opening with it as a literal, when they are all literals, else
    # one class followed by a look back at which one it was; the next characters are checked in a
    # lookahead.
    entries = _split(heads, 0)
    if all(_literal(head) for head, _ in entries):
        return ("(?:" + "|".join(head + (f"(?={rest})" if rest else "") for head, rest in entries) + ")", 0)
    checks = [f"(?<={head})" + (f"(?={rest})" if rest else "") for head, rest in entries]
    return (_class(frozenset(first)) + "(?:" + "|".join(checks) + ")", 0)


def prefiltered(pattern: re.Pattern[str], *, depth: int = DEPTH) -> Prefiltered:
    """``pattern`` with a finder that skips the places where it cannot match (see the module)."""
    try:
        found = _finder_source(pattern.pattern, flags=pattern.flags, depth=depth)
        if found is None:
            return Prefiltered(pattern, None)
        return Prefiltered(pattern, re.compile(found[0], pattern.flags), found[1])
    except (_Unsupported, ImportError, AttributeError, re.error, RecursionError):
        return Prefiltered(pattern, None)


@dataclass(frozen=True, slots=True)
class Stops:
    """Where a :class:`WordStartUnion`'s finder stopped in one text."""

    at: list[int]
    """Candidate match starts, increasing: the place after each stop, and 0."""
    members: list[int]
    """Per candidate, the members whose own finder passes there, one bit each (bit ``i``: member ``i``)."""


@dataclass(frozen=True, slots=True)
class WordStartUnion:
    """One finder for several patterns that open with ``(?<![\\w])``, so that a text is scanned once
    for all of them instead of once per pattern and search range.

    The finder stops at every non-word character followed by the first characters of some member (the
    union of the members' prefixes as one character trie; also after a word character outside the basic
    plane, see :func:`_not_word_in_plane`); which members may start after a stop is
    read off the stop's next ``DEPTH + 1`` characters with each member's own finder (memoised: a few
    thousand distinct keys). :meth:`matches` then tries a member only at the candidates inside its
    search ranges where its finder passed, and so gives that member's :meth:`Prefiltered.finditer`:
    every place where it can match is a candidate, the candidates are tried in order, and the search
    resumes at a match's end."""

    finder: re.Pattern[str]
    members: tuple[re.Pattern[str], ...]
    """Each member's own finder (``[^\\w]`` then its prefixes in a lookahead)."""
    depth: int = DEPTH
    memo: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    """A stop's key (the stop's character and the next ``depth``) -> the members' bits."""

    def _bits(self, key: str) -> int:
        bits = 0
        for i, finder in enumerate(self.members):
            if finder.match(key) is not None:
                bits |= 1 << i
        if len(self.memo) >= _MEMO_LIMIT:
            self.memo.clear()  # keys are word starts: a bound that real text never reaches
        self.memo[key] = bits
        return bits

    def stops(self, text: str, ranges: Sequence[tuple[int, int]]) -> Stops:
        """The candidates of every member in ``text`` inside ``ranges`` (sorted, disjoint (start, end)
        pairs: the union of the members' search ranges)."""
        width = self.depth + 1
        memo, search = self.memo, self.finder.finditer
        at: list[int] = []
        members: list[int] = []
        for start, end in ranges:
            if start == 0:
                # The text's start has no character before it, which ``(?<![\w])`` accepts as it
                # accepts a non-word one.
                key = " " + text[: width - 1]
                bits = memo.get(key)
                if bits is None:
                    bits = self._bits(key)
                if bits:
                    at.append(0)
                    members.append(bits)
            # A stop is the character before a candidate: one before the range's start too.
            for m in search(text, max(start - 1, 0), end):
                s = m.start()
                key = text[s : s + width]
                bits = memo.get(key)
                if bits is None:
                    bits = self._bits(key)
                if bits:  # the union's trie can pass what no single member does (classes merged)
                    at.append(s + 1)
                    members.append(bits)
        return Stops(at, members)

    def matches(
        self,
        pattern: re.Pattern[str],
        bit: int,
        stops: Stops,
        text: str,
        windows: Sequence[tuple[int, int]],
    ) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text, pos, endpos)`` for the member with ``bit`` for each
        ``(pos, endpos)`` of ``windows`` in turn (in any order), as one list, ``stops`` being :meth:`stops`
        of the same ``text``: one call per member and text, not a generator per window (the time scan
        makes about 31 an article)."""
        at, members, match = stops.at, stops.members, pattern.match
        n = len(at)
        out: list[re.Match[str]] = []
        for pos, endpos in windows:
            j = bisect_left(at, pos)
            while j < n:
                c = at[j]
                if c >= endpos:
                    break
                if members[j] & bit and c >= pos:
                    m = match(text, c, endpos)
                    if m is not None:
                        out.append(m)
                        pos = m.end()  # where finditer resumes (these patterns never match empty)
                j += 1
        return out


_MEMO_LIMIT = 200_000


def word_start_union(scanners: Sequence[Prefiltered], *, depth: int = DEPTH) -> WordStartUnion | None:
    """One finder for ``scanners`` (each built by :func:`prefiltered` with ``depth``, each opening with
    ``(?<![\\w])``: shift 1), or None when one of them has no finder or the union has none."""
    from re import _parser

    if not scanners or any(s.finder is None or s.shift != 1 for s in scanners):
        return None
    try:
        heads: set[tuple[frozenset[str], ...]] = set()
        for s in scanners:
            heads |= _heads_seq(_parser.parse(s.pattern.pattern, s.pattern.flags).data, depth)
        found = _source_of(heads, opens_at_word_start=True)
        if found is None or any(s.pattern.flags != scanners[0].pattern.flags for s in scanners):
            return None
        # The finder's opening ``[^\\w]`` (a Unicode category test per character, most of the skip's
        # cost) as a table of the basic plane's word characters: it also stops after any character
        # outside that plane, which only over-approximates the stops (a stop's members are read with
        # their own finders, which open with ``[^\\w]``, so the candidates are the same).
        source = found[0]
        if source.startswith("[^\\w]"):
            source = _not_word_in_plane() + source[len("[^\\w]") :]
        return WordStartUnion(
            re.compile(source, scanners[0].pattern.flags),
            tuple(s.finder for s in scanners),  # type: ignore[misc]
            depth,
        )
    except (_Unsupported, ImportError, AttributeError, re.error, RecursionError):
        return None


@cache  # about 20 ms with the compilation, once per process (when the time scan's finders are built)
def _not_word_in_plane() -> str:
    """A class of every character but the word characters of the basic plane (U+0000-U+FFFF): the
    characters ``[^\\w]`` takes and those outside that plane. ``re`` compiles it to one look-up in a
    bitmap per character, where ``[^\\w]`` calls the Unicode database's category tests (about a
    tenth of the union finder's instructions)."""
    plane = "".join(map(chr, range(0x10000)))
    runs = []
    for m in re.finditer(r"\w+", plane):
        first, last = re.escape(plane[m.start()]), re.escape(plane[m.end() - 1])
        runs.append(first if m.end() - m.start() == 1 else f"{first}-{last}")
    return "[^" + "".join(runs) + "]"

"""The prefiltered regex search must give exactly ``finditer``'s matches: the same spans, the same
groups, in the same order, for any text and any search range (``finditer`` itself is the reference)."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.prefilter import prefiltered, word_start_union
from marsad.language.scan import ScanText
from marsad.language.times import _matches as pattern_matches
from marsad.language.times import _merged, _triggers, _windows, time_words

TIME_PATTERNS = time_words().patterns

# Pieces of dates so that random texts hold matches, not only near misses: clitic letters, month,
# weekday and Hijri names, date words, numbers, separators and other letters.
PIECES = [
    "و",
    "ف",
    "ب",
    "ل",
    "لل",
    "ال",
    "في",
    "من",
    "عام",
    "سنه",
    "شهر",
    "يوم",
    "منذ",
    "قبل",
    "بين",
    "الماضي",
    "المقبل",
    "اليوم",
    "امس",
    "هذا",
    "ه",
    "هجري",
    "م",
    "مارس",
    "اب",
    "ايار",
    "تشرين اول",
    "الخميس",
    "رمضان",
    "العام",
    "الاسبوع",
    "ايام",
    "الاشهر",
    "ثلاثه",
    "الثمانينيات",
    "صباح",
    "حاليا",
    "مؤخرا",
    "2024",
    "1445",
    "15",
    "3",
    "١٢",
    " ",
    "  ",
    "\n",
    "،",
    "/",
    "-",
    "(",
    ")",
    ".",
    "ز",
    "x",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(
    alphabet="وفبلمنعاهيسرد0129 /-،\n_", max_size=60
)


def _matches(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def test_prefilter_every_time_pattern_gets_a_finder() -> None:
    # Without a finder the pattern still runs (through finditer), but the speed-up is lost.
    assert all(p.finder is not None for _, p in _triggers().scanners)
    assert [name for name, _ in _triggers().scanners] == [name for name, _ in TIME_PATTERNS]


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
def test_prefilter_time_patterns_match_as_finditer(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    for _, scanner in _triggers().scanners:
        expected = _matches(scanner.pattern.finditer(text, pos, endpos))
        assert _matches(scanner.finditer(text, pos, endpos)) == expected


def test_prefilter_time_patterns_on_bundled_news() -> None:
    path = resources.files("marsad").joinpath("samples", "ant_news_sample.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()[:60]
    found = 0
    for line in lines:
        folded = ScanText.of(json.loads(line)["text"]).folded
        windows = _windows(folded)
        for name, scanner in _triggers().scanners:
            for ws, we in windows.get(name, ()):
                expected = _matches(scanner.pattern.finditer(folded, ws, we))
                assert _matches(scanner.finditer(folded, ws, we)) == expected
                found += len(expected)
            # whole texts too, not only the windows
            assert _matches(scanner.finditer(folded, 0, len(folded))) == _matches(
                scanner.pattern.finditer(folded)
            )
    assert found > 50  # the comparison saw real dates


SMALL = [
    # word-start patterns (the finder stops before the word): matches that abut (a match can start
    # where the previous one ended, after a space it took), at the search start, at the text start
    r"(?<![\w])(?:و)?ab\s?",
    r"(?<!\w)\d+\s*",
    r"(?<![\w])[^\W\d_]",
    r"(?<![\w])(?:[وف]?(?:لل|[بل])?)?(?P<x>عام\s+(?P<y>\d{4}))",
    r"(?<!\d)(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)",
    r"ab|a|[b-d]x?",
    r"(?:x{2,3}|y)+z",
    r"\s+\S",
    r"(?=ab)a|b(?!c)",
    r"[^\W\d_]+",
    r"a*",
    r"(?i:ab)c",
]


@pytest.mark.parametrize("source", SMALL)
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="abcdxyz AB01239/.عامبلوف\n", max_size=40))
def test_prefilter_small_patterns_match_as_finditer(source: str, text: str) -> None:
    pattern = re.compile(source)
    scanner = prefiltered(pattern)
    assert _matches(scanner.finditer(text, 0, len(text))) == _matches(pattern.finditer(text))


def test_prefilter_declines_what_it_cannot_bound() -> None:
    assert prefiltered(re.compile("a*")).finder is None  # matches the empty string
    assert prefiltered(re.compile(r"[^\W\d_]+")).finder is None  # a negated class: any first character
    assert prefiltered(re.compile("ab", re.IGNORECASE)).finder is None
    assert prefiltered(re.compile("(?i:ab)c")).finder is None
    assert prefiltered(re.compile(r"(?<!\w)عام")).shift == 1
    assert prefiltered(re.compile(r"(?<![\d])عام")).shift == 0


def _reference_matches(folded: str, windows: dict[str, list[tuple[int, int]]]) -> list:
    """The time scan's matches as it found them before the union finder: each pattern searched with
    its own finder, window by window."""
    return [
        (name, m.span(), m.groupdict(), m.pos, m.endpos)
        for name, scanner in _triggers().scanners
        for ws, we in windows.get(name, ())
        for m in scanner.finditer(folded, ws, we)
    ]


def _union_matches(folded: str, windows: dict[str, list[tuple[int, int]]]) -> list:
    return [(name, m.span(), m.groupdict(), m.pos, m.endpos) for name, m in pattern_matches(folded, windows)]


def test_prefilter_union_covers_the_word_start_patterns() -> None:
    triggers = _triggers()
    assert triggers.union is not None
    # every pattern but the three that open with a digit (numeric, iso, year_span) is in the union
    joined = [name for (name, _), bit in zip(triggers.scanners, triggers.bits, strict=True) if bit]
    assert len(joined) == len(triggers.scanners) - 3
    assert len(set(triggers.bits) - {0}) == len(joined)


windows_strategy = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 60)), max_size=4)


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
def test_prefilter_union_matches_as_each_pattern_alone(text: str, data: st.DataObject) -> None:
    # the scan's own windows, and arbitrary ones (windows at the text's start and end, abutting ones)
    windows = _windows(text)
    names = [name for name, _ in TIME_PATTERNS]
    for name in data.draw(st.lists(st.sampled_from(names), max_size=6, unique=True)):
        spans = [(min(a, len(text)), min(a + b, len(text))) for a, b in data.draw(windows_strategy)]
        windows[name] = _merged([(a, b) for a, b in spans if a < b])
    assert _union_matches(text, windows) == _reference_matches(text, windows)


def test_prefilter_union_on_bundled_news() -> None:
    path = resources.files("marsad").joinpath("samples", "ant_news_sample.jsonl")
    found = 0
    for line in path.read_text(encoding="utf-8").splitlines()[:80]:
        folded = ScanText.of(json.loads(line)["text"]).folded
        windows = _windows(folded)
        expected = _reference_matches(folded, windows)
        assert _union_matches(folded, windows) == expected
        whole = {name: [(0, len(folded))] for name in windows}  # whole texts too
        assert _union_matches(folded, whole) == _reference_matches(folded, whole)
        found += len(expected)
    assert found > 50


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="abcdxyz AB01239/.عامبلوف\n", max_size=40), data=st.data())
def test_prefilter_union_small_patterns_match_as_finditer(text: str, data: st.DataObject) -> None:
    # the word-start patterns of SMALL that get a finder (a negated class gets none)
    scanners = [p for p in map(prefiltered, map(re.compile, SMALL)) if p.shift == 1 and p.finder is not None]
    assert len(scanners) == 3
    union = word_start_union(scanners)
    assert union is not None
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    stops = union.stops(text, [(pos, endpos)])
    for i, scanner in enumerate(scanners):
        found = union.matches(scanner.pattern, 1 << i, stops, text, [(pos, endpos)])
        assert _matches_of(found) == _matches_of(scanner.pattern.finditer(text, pos, endpos))


def _finditer_old(union, pattern, bit, stops, text, pos, endpos):
    """``WordStartUnion.finditer`` as it was before round 26 made ``matches`` (one window, a generator), kept as
    the reference of the one-call form."""
    at, members, match = stops.at, stops.members, pattern.match
    for j in range(bisect_left(at, pos), bisect_left(at, endpos)):
        if members[j] & bit:
            c = at[j]
            if c >= pos:
                m = match(text, c, endpos)
                if m is not None:
                    yield m
                    pos = m.end()


def _matches_of(found: object) -> list:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


def test_prefilter_union_declines_other_patterns() -> None:
    assert word_start_union([]) is None
    assert word_start_union([prefiltered(re.compile(r"(?<![\d])عام"))]) is None  # not a word start
    assert word_start_union([prefiltered(re.compile(r"(?<!\w)a*"))]) is None  # no finder


# Round 26 (session 15): the union finder opens with a table of the basic plane's word characters
# instead of ``[^\w]``, and a member's matches over all its windows come from one call.

ASTRAL = ["𝐀", "𝟎", "😀", "𐎀"]  # a word letter, a digit, an emoji, a Ugaritic letter (all outside U+FFFF)


def test_prefilter_union_opening_class_is_not_word_or_outside_the_plane() -> None:
    from marsad.language.prefilter import _not_word_in_plane

    opening = re.compile(_not_word_in_plane())
    plane = "".join(map(chr, range(0x10000)))
    assert [m.start() for m in opening.finditer(plane)] == [m.start() for m in re.finditer(r"[^\w]", plane)]
    assert all(opening.match(ch) for ch in ASTRAL)  # every character outside the plane, word or not
    assert re.match(r"\w", "𝐀") and re.match(r"\w", "𝟎")  # so the finder stops where [^\w] would not
    union = _triggers().union
    assert union is not None and union.finder.pattern.startswith(_not_word_in_plane())


astral_texts = st.lists(st.sampled_from(PIECES + ASTRAL + [c + "عام 2024" for c in ASTRAL]), max_size=40).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(text=astral_texts, data=st.data())
def test_prefilter_union_matches_as_each_pattern_alone_beside_astral_characters(
    text: str, data: st.DataObject
) -> None:
    # a stop after a word character outside the plane (𝐀عام: no match there) is dropped by the members'
    # own finders; after a non-word one (😀عام) it stands
    windows = _windows(text)
    names = [name for name, _ in TIME_PATTERNS]
    for name in data.draw(st.lists(st.sampled_from(names), max_size=6, unique=True)):
        windows[name] = [(0, len(text))]
    assert _union_matches(text, windows) == _reference_matches(text, windows)


def test_prefilter_union_astral_word_character_is_no_word_start() -> None:
    windows = {name: [(0, 40)] for name, _ in TIME_PATTERNS}
    text = "وقال 𝐀عام 2024 و😀عام 2023"
    found = _union_matches(text, windows)
    assert found == _reference_matches(text, windows)
    assert [(name, span) for name, span, *_ in found if name == "year_cue"] == [
        ("year_cue", (17, 25))
    ]  # عام 2023 after the emoji


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abcdxyz AB01239/.عامبلوف\n", max_size=50), data=st.data())
def test_prefilter_union_matches_over_windows_as_finditer_per_window(text: str, data: st.DataObject) -> None:
    # the old form (a finditer per window, chained) against one call, on windows in any order,
    # overlapping, abutting, empty, at the text's start and end
    scanners = [p for p in map(prefiltered, map(re.compile, SMALL)) if p.shift == 1 and p.finder is not None]
    union = word_start_union(scanners)
    assert union is not None
    bounds = st.integers(0, len(text))
    windows = [tuple(sorted(w)) for w in data.draw(st.lists(st.tuples(bounds, bounds), max_size=5))]
    stops = union.stops(text, _merged([w for w in windows if w[0] < w[1]]) or [(0, 0)])
    for i, scanner in enumerate(scanners):
        old = [
            m for a, b in windows for m in _finditer_old(union, scanner.pattern, 1 << i, stops, text, a, b)
        ]
        new = union.matches(scanner.pattern, 1 << i, stops, text, windows)
        assert [(m.span(), m.groups(), m.pos, m.endpos) for m in new] == [
            (m.span(), m.groups(), m.pos, m.endpos) for m in old
        ]
        assert _matches_of(new) == _matches_of(
            m for a, b in windows for m in scanner.pattern.finditer(text, a, b)
        )

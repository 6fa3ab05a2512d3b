"""perf28 (session 16): ``add_fuzzy``'s per-anchor work against its round-27 form. Round 27 built each anchor
word's alias widths, widest width and keys at the anchor's turn (now ``_aliases_of``, made once per anchor
word), and found an anchor's offset by summing the lengths of the pieces before it (now ``_word_from``, a
``str.find`` from the anchor before). Patching the round-27 computations back in (``_aliases_fresh`` and
``_word_by_pieces`` below) must give the same matches on news, on misspelt names in random contexts, and on keys made by hand (runs of spaces,
leading and trailing ones, an anchor inside a longer word)."""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.entities import phrases
from marsad.entities.match import MATCH_FIELDS, KeyedText, Match, Reading, keyed
from marsad.entities.phrases import _aliases_of, _reach, _word_from, add_fuzzy


def _aliases_fresh(anchor, cands):
    """What round 27's loop built at every anchor's turn (main at e6197f6)."""
    widths = {w for fa in cands for w in (fa.tokens - 1, fa.tokens, fa.tokens + 1)} - {0, 1}
    return _reach(anchor, cands), tuple(widths), max(widths, default=0), [fa.key for fa in cands]


def _word_by_pieces(key: str, word: str, pos: int) -> int:
    """Round 27's offsets: each piece's start summed over the pieces before it; the first piece equal to
    ``word`` at ``pos`` or after."""
    at = 0
    for piece in key.split(" "):
        if piece == word and at >= pos:
            return at
        at += len(piece) + 1
    return -1


def _round27(linker, kt: KeyedText, matches):
    with (
        mock.patch.object(phrases, "_aliases_of", _aliases_fresh),
        mock.patch.object(phrases, "_word_from", _word_by_pieces),
    ):
        return add_fuzzy(linker.kb, kt, matches)


def _both(linker, kt: KeyedText):
    found = linker.matcher.find(kt)
    return add_fuzzy(linker.kb, kt, list(found)), _round27(linker, kt, list(found))


def test_fuzzy28_equals_round27_on_news(linker, sample_stories) -> None:
    anchors = 0
    for story in sample_stories:
        kt = keyed(story.text)
        new, old = _both(linker, kt)
        assert new == old
        anchors += sum(w in linker.kb.fuzzy_words for w in kt.key.split(" "))
    assert anchors > 1000  # the anchor loop ran, over words such as ان and محمد
    # a misspelt name: the fuzzy branch must have run
    new, old = _both(linker, keyed("واستقبل الرئيس شي جينغ بين ضيفه في بكين، وقال فلاديمير بوتبن إن"))
    assert new == old and any(m.score < 1.0 for m in new)


_FILLERS = ["قال", "إن", "ان", "كان", "في", "مايو", "و", "الرئيس", "،", "صباح", "الأحد", "محمد"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzzy28_equals_round27_on_misspelt_names(linker, data) -> None:
    """Aliases of two or three anchors, a letter dropped or doubled in each, between filler words."""
    fuzzy = linker.kb.fuzzy
    anchors = data.draw(st.lists(st.sampled_from(sorted(fuzzy)), min_size=2, max_size=3))
    words: list[str] = []
    for anchor in anchors:
        name = data.draw(st.sampled_from([fa.key for fa in fuzzy[anchor]]))
        at = data.draw(st.integers(0, len(name) - 1))
        name = name[:at] + data.draw(st.sampled_from(["", name[at] * 2, name[at]])) + name[at + 1 :]
        words += data.draw(st.lists(st.sampled_from(_FILLERS), max_size=2))
        words.append(data.draw(st.sampled_from(["", "و", "ل"])) + name)
    new, old = _both(linker, keyed(" ".join(words)))
    assert new == old


_PIECES = [
    "ان",
    "كان",
    "انا",
    "مون",
    "جاي",
    "جيه",
    "محمد",
    "بن",
    "سلمان",
    "صباح",
    "الاحد",
    "شي",
    "جينغ",
    "بين",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", " ", "  ", "   ", ""])), max_size=14)
)
def test_fuzzy28_equals_round27_on_any_key(linker, parts) -> None:
    """Keys made by hand, which ``keyed`` never makes: runs of spaces (empty pieces), leading and trailing
    spaces, words glued together (ان inside كان or انا is no anchor), an anchor at the key's start and
    end."""
    key = "".join(w + sep for w, sep in parts)
    for lead in ("", " ", "  "):
        k = lead + key
        kt = KeyedText(k, k, range(len(k)))
        new, old = _both(linker, kt)
        assert new == old


def test_fuzzy28_aliases_of_every_anchor(linker) -> None:
    """What ``_aliases_of`` gives per anchor is what the round-27 loop built at each anchor's turn, in the
    same order (the windows' order decides between equal scores); ``add_fuzzy`` makes it once per anchor and
    keeps it in the knowledge base's ``anchor_memo`` (no module global); a new list is read anew."""
    for anchor, cands in linker.kb.fuzzy.items():
        assert _aliases_of(anchor, cands) == _aliases_fresh(anchor, cands)
    memo = linker.kb.anchor_memo
    for anchor, cands in sorted(linker.kb.fuzzy.items()):  # the first anchor a text of its alias reaches
        if len(cands) > 1:
            k = cands[0].key
            kt = KeyedText(k, k, range(len(k)))
            memo.pop(anchor, None)
            add_fuzzy(linker.kb, kt, [])
            if anchor in memo:
                break
    kept = memo[anchor]
    assert kept[0] is cands and kept[1:] == _aliases_of(anchor, cands)
    add_fuzzy(linker.kb, kt, [])
    assert memo[anchor] is kept  # made once
    memo[anchor] = (cands[:1], *_aliases_of(anchor, cands[:1]))  # another list's entry
    add_fuzzy(linker.kb, kt, [])
    assert memo[anchor][0] is cands and memo[anchor][4] == [fa.key for fa in cands]


@given(
    st.lists(
        st.tuples(st.sampled_from(["ان", "كان", "انا", "بن", "ب", " "]), st.sampled_from([" ", "  ", ""]))
    ),
    st.sampled_from(["ان", "بن", "ب"]),
    st.integers(0, 40),
)
def test_fuzzy28_word_from_is_the_pieces_offset(parts, word, pos) -> None:
    """The first whole-word occurrence at or after ``pos`` is the first piece there, on keys with runs of
    spaces, leading and trailing ones and the word inside longer words (كان، انا), and -1 past the last."""
    key = "".join(w + sep for w, sep in parts)
    assert _word_from(key, word, pos) == _word_by_pieces(key, word, pos)


def test_fuzzy28_reading_or_call_on_matches_with_and_without_a_reading(linker, sample_stories) -> None:
    """``m.reading or reading(m)``: a Reading is never false (not even one of no patterns), and a match made
    elsewhere (no reading: a fuzzy name) is read from its patterns, so ``add_fuzzy`` covers the same."""
    assert Reading("none", ()) and Reading("short", ())
    for story in sample_stories[:60]:
        kt = keyed(story.text)
        found = linker.matcher.find(kt)
        bare = [Match(*(getattr(m, f) for f in MATCH_FIELDS[:-1])) for m in found]
        assert all(m.reading is None for m in bare)
        assert add_fuzzy(linker.kb, kt, bare) == add_fuzzy(linker.kb, kt, list(found))

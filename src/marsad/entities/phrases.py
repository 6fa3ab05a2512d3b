"""What the linker reads around a match in the keyed text: words, sector chains, places, misspelt names.

All offsets here are offsets of the *key* (``KeyedText.key``), where words are separated by exactly one
space; ``KeyedText.span`` maps them back to the story text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from rapidfuzz import fuzz, process

from marsad.entities.kb import CLITIC_LETTERS, FuzzyAlias, KnowledgeBase
from marsad.entities.match import KeyedText, Match, Pattern, Reading, read_patterns
from marsad.language.calendar import calendar_names

FUZZY_MIN = 85.0
"""rapidfuzz ratio (0-100) a window must reach against an alias (شي جينغ بين vs شي جين بينغ: 90.9)."""


def can_reach(length: int, other: int) -> bool:
    """Whether ``fuzz.ratio`` of two strings of these lengths can reach FUZZY_MIN: it is
    100 * (1 - indel / (m + n)) and the indel distance is at least |m - n|, so a string too much longer
    or shorter never passes the cutoff. A small margin: the bound must never drop a pair the scorer
    would keep."""
    total = length + other
    return total == 0 or 100 * (1 - abs(length - other) / total) >= FUZZY_MIN - 1e-6


def _reach(anchor: str, cands: list[FuzzyAlias]) -> frozenset[int]:
    """The lengths of the windows ``add_fuzzy`` hands rapidfuzz for ``anchor``'s aliases: a window of
    another length cannot reach the cutoff against any of them (a third of the windows), so it is not
    scored (an ``extractOne`` call costs about 13,000 instructions). Made once per anchor word (through
    ``_aliases_of``, kept in ``KnowledgeBase.anchor_memo``)."""
    sizes = {len(fa.key) for fa in cands}
    return frozenset(n for n in range(1, 2 * max(sizes) + 2) if any(can_reach(n, k) for k in sizes))


DEFINITE = ("ال", "لل")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class Chain:
    """A sector word before a country, nisba or name: where the composed actor starts, and its sector."""

    start: int
    """Text offset of the first sector word."""
    sector: str
    person: bool
    """The first sector word names people (وزير الداخلية التركي، التجار الصينيين): the actor is PERS."""


def reading(m: Match, *, skip: tuple[str, ...] = ()) -> Reading:
    """How the linker reads a match (``read_patterns``): the matcher's reading, made once per alias key,
    unless ``skip`` passes over some kinds or the match was made elsewhere."""
    if not skip:
        r = m.reading
        if r is not None:
            return r
    return read_patterns(m.patterns, skip=skip)


def is_person(m: Match) -> bool:
    r = reading(m)
    return r.kind in ("actor", "short") and r.payload.startswith("person:")


# The linker reads the words of a key only around its matches, so it finds them there with ``str.find``
# and ``str.rfind`` instead of cutting every key into a list of (start, end) spans (a Python step per
# word of every story: a tenth of the linker) and bisecting it. A word is a run of characters other
# than the space (keys have single spaces, but nothing here relies on it).


def _end_of(key: str, i: int) -> int:
    """The end of the word of ``key`` that holds offset ``i``."""
    e = key.find(" ", i)
    return len(key) if e < 0 else e


def _prev_word(key: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the last word of ``key`` that starts before ``pos``, or None."""
    i = pos - 1
    while i >= 0 and key[i] == " ":
        i -= 1
    if i < 0:
        return None
    return key.rfind(" ", 0, i) + 1, _end_of(key, i)


def _next_start(key: str, pos: int) -> int:
    """The start of the first word of ``key`` that starts at ``pos`` or after, or -1."""
    n = len(key)
    if pos >= n:
        return -1
    if pos > 0 and key[pos - 1] != " ":  # inside a word, or at its end: the next one is after a space
        pos = key.find(" ", pos)
        if pos < 0:
            return -1
    while pos < n and key[pos] == " ":
        pos += 1
    return pos if pos < n else -1


def gap(kt: KeyedText, a: Match, b: Match) -> str:
    """The key text between two matches, b's proclitic excluded."""
    return kt.key[a.key_end : b.key_start - len(b.prefix)]


def word_after(kt: KeyedText, m: Match) -> Word | None:
    """The word right after a match (one space between), without trailing punctuation."""
    key, ke = kt.key, m.key_end
    if key.startswith(" ", ke) and ke + 1 < len(key) and key[ke + 1] != " ":
        ks = ke + 1
        ke = _end_of(key, ks)
        word = key[ks:ke]
        while word and not word[-1].isalnum():  # “موسكو الصغيرة”: the closing quote is not the word
            word, ke = word[:-1], ke - 1
        return Word(ks, ke, word) if word else None
    return None


def word_before(kt: KeyedText, m: Match, *, back: int = 1) -> str:
    """The key of the word ``back`` words before the match (its proclitics included), or ''."""
    key = kt.key
    pos = m.key_start - len(m.prefix)
    w = None
    for _ in range(back):
        w = _prev_word(key, pos)
        if w is None:
            return ""
        pos = w[0]
    return key[w[0] : w[1]] if w is not None else ""


def sector_chain(
    kb: KnowledgeBase,
    kt: KeyedText,
    matches: list[Match],
    i: int,
    *,
    adjective: bool,
) -> Chain | None:
    """A sector word before matches[i].

    Before a nisba adjective (القوات البحرية الصينية) the sector word may stand up to ``chain_window`` words
    back, over words of the same definiteness; before a name (إدارة بايدن، حكومة روسيا) it must be the word
    right before. Several sector words: the most specific wins (``sector_priority.csv``).
    """
    rules = kb.need_rules()
    m = matches[i]
    if m.prefix == "و":
        return None
    definite = m.key.startswith(DEFINITE)
    window = rules.chain_window if adjective else 1
    key = kt.key
    pos = m.key_start - len(m.prefix)
    earliest: Match | None = None
    sectors: list[str] = []
    j = i - 1
    for _ in range(window):
        w = _prev_word(key, pos)
        if w is None:
            break
        ks, ke = w
        pos = ks
        word = key[ks:ke]
        if not word[-1].isalnum() or word in rules.chain_stop:
            break
        while j >= 0 and matches[j].key_start - len(matches[j].prefix) > ks:
            j -= 1
        pm = matches[j] if j >= 0 else None
        if pm is not None and pm.key_start - len(pm.prefix) <= ks < pm.key_end:
            r = reading(pm)
            if r.kind == "sector":
                if pm.key in rules.national_bodies and _not_the_bodys(m, adjective=adjective):
                    break  # "وهنأ مجلس الوزراء جمهورية مصر": Egypt is not the cabinet's (event7)
                if adjective and _definite_phrase(kt, pm) != definite:
                    break  # "النظام بإشراف روسي": the adjective does not agree with the noun
                earliest = pm
                sectors.append(r.payload)
                if pm.prefix:
                    break
            elif r.kind in ("actor", "nisba", "role"):
                break
        elif word.startswith(DEFINITE) != definite or word.endswith(("ها", "هم")):
            break  # "مسلحين فيها لضرب ..."، "طائرات ورقية أطلقها فلسطينيون": not one noun phrase
    if earliest is None:
        return None
    best = min(sectors, key=lambda s: kb.sector_priority.get(s, 99))
    return Chain(
        earliest.start,
        best,
        person=earliest.key.split(" ")[0] in kb.person_words or earliest.key in kb.person_words,
    )


def _not_the_bodys(m: Match, *, adjective: bool) -> bool:
    """event7: a national body (مجلس الوزراء، الدفاع المدني) is definite, so a name after it is no genitive of it
    ("وهنأ مجلس الوزراء جمهورية مصر"), unless the name is a person (its head, "رئيس مجلس الوزراء تمام سلام") or also a
    nisba ("هيئة كبار العلماء السعودية"); and a plural nisba is no adjective of it ("ودعت المديرية العامة للجوازات
    الأخوة اليمنيين": the Yemenis are the ones called)."""
    if adjective:
        return m.key.endswith(("يين", "يون"))
    if m.prefix:  # "هيئة كبار العلماء بالسعودية": a place after a preposition, not a genitive
        return True
    return not is_person(m) and not any(pat.kind == "nisba" for pat in m.patterns)


def _definite_phrase(kt: KeyedText, pm: Match) -> bool:
    """Is a sector word's noun phrase definite: by its article, or by annexation (صندوق الثروة ...)?"""
    if pm.key.rsplit(" ", 1)[-1].startswith(DEFINITE):
        return True
    key = kt.key
    s = _next_start(key, pm.key_end + 1)
    return s >= 0 and key.startswith("ال", s, _end_of(key, s))


def locative(kb: KnowledgeBase, kt: KeyedText, m: Match) -> bool:
    """Is the place a place here (في بكين، ببكين، العاصمة الأفغانية كابول), not its government (أثار غضب
    بكين)?"""
    if m.prefix.endswith("ب"):
        return True
    locative_words = kb.need_rules().locative
    before = word_before(kt, m)
    if before in locative_words:
        return True
    # a definite adjective between the locative word and the name (العاصمة الأفغانية كابول)
    return before.startswith("ال") and word_before(kt, m, back=2) in locative_words


def day_time(day_parts: frozenset[str], first: str, second: str) -> bool:
    """Two word keys that are a part of the day (after one clitic letter at most) and a weekday or اليوم
    ("صباح الأحد", Sunday morning; ``rules.yaml``: ``day_parts``): a time, never a name."""
    if first not in day_parts and first[1:] not in day_parts:
        return False
    second = second.rstrip("،,.:؛;")  # a word's key may keep the comma after it (pieces split at spaces)
    return second == "اليوم" or calendar_names().weekday(second) is not None


def add_fuzzy(kb: KnowledgeBase, kt: KeyedText, matches: list[Match]) -> list[Match]:
    """Person names a letter or two off an alias (شي جينغ بين), in windows anchored on an exact first or
    last word of a multi-word alias; the candidates are aliases only, never arbitrary words."""
    key = kt.key
    rules = kb.need_rules()
    memo = kb.anchor_memo
    stop = rules.chain_stop
    covered = bytearray(len(key))
    for m in matches:
        # a short alias (شي) gives way to a fuzzy full name around it. ``m.reading or``: the matcher's
        # reading without a call per match (perf28, session 16); a Reading is never false
        if (m.reading or reading(m)).kind != "short":
            covered[m.key_start - len(m.prefix) : m.key_end] = b"\x01" * (
                m.key_end - m.key_start + len(m.prefix)
            )
    # The pieces between spaces: piece p starts at len(pieces[0]) + ... + len(pieces[p - 1]) + p.
    pieces = key.split(" ")
    # The few words that start or end a person's alias, bare or after a clitic letter: one probe of
    # ``kb.fuzzy_words`` per word, in C (slicing off every word's first letter to probe the rest made a
    # new string and its hash per word: a tenth of the linker).
    anchors = [*compress(range(len(pieces)), map(kb.fuzzy_words.__contains__, pieces))]
    if not anchors:
        return matches
    extra: list[Match] = []
    ks = -1  # where the last anchor word starts
    # Only the anchor words go through the loop; ``covered`` is read when a word's turn comes, as it grows.
    for ti in anchors:
        word = pieces[ti]
        ks = _word_from(key, word, ks + 1)
        if covered[ks]:
            continue
        if word in rules.day_parts or word[1:] in rules.day_parts:
            j = ti + 1
            while j < len(pieces) and not pieces[j]:
                j += 1
            if j < len(pieces) and day_time(rules.day_parts, word, pieces[j]):
                continue  # "صباح الأحد" (Sunday morning) is no spelling of the emir صباح الأحمد
        anchor = word
        cands = kb.fuzzy.get(word)
        stripped = 0
        if cands is None and len(word) > 3 and word[0] in CLITIC_LETTERS:
            anchor = word[1:]
            cands, stripped = kb.fuzzy.get(anchor), 1
        if not cands:
            continue
        got = memo.get(anchor)
        if got is None or got[0] is not cands:
            got = memo[anchor] = (cands, *_aliases_of(anchor, cands))
        _, reach, widths, widest, keys = got
        # (start, end, text) of the anchor word and of the words before it (``before``) and after it
        # (``after``), nearest first, as far as a window reaches: read off the pieces' lengths
        before = [(ks, ks + len(word), word)]
        after = [before[0]]
        p, at = ti, ks
        while len(before) < widest and p > 0:
            p -= 1
            piece = pieces[p]
            at -= len(piece) + 1
            if piece:
                before.append((at, at + len(piece), piece))
        p, at = ti, ks
        while len(after) < widest and p + 1 < len(pieces):
            at += len(pieces[p]) + 1
            p += 1
            piece = pieces[p]
            if piece:
                after.append((at, at + len(piece), piece))
        windows: set[tuple[int, int]] = set()
        for width in widths:
            # the window opens at the anchor, or ends at it
            for opens in (True, False):
                side = after if opens else before
                if width > len(side):
                    continue
                if not opens and before[width - 1][2] in stop:
                    # "في مايو" is a month after a preposition, not "دي مايو" a letter off. Only the
                    # window's first word: a name may end in one (شي جين بينغ misspelt شي جينغ بين).
                    continue
                s, e = (ks + stripped, after[width - 1][1]) if opens else (before[width - 1][0], before[0][1])
                if e - s in reach and key[e - 1].isalnum() and covered.find(1, s, e) == -1:
                    windows.add((s, e))
        best: tuple[float, int, int, str] | None = None
        for s, e in windows:
            hit = process.extractOne(key[s:e], keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
            if hit is not None and (best is None or hit[1] > best[0]):
                best = (hit[1], s, e, cands[hit[2]].actor)
        if best is not None:
            score, s, e, actor = best
            start, end = kt.span(s, e)
            extra.append(
                Match(start, end, s, e, key[s:e], "", (Pattern("actor", actor),), round(score / 100, 3))
            )
            covered[s:e] = b"\x01" * (e - s)
    if not extra:
        return matches
    kept = [m for m in matches if not any(m.key_start < x.key_end and x.key_start < m.key_end for x in extra)]
    return sorted([*kept, *extra], key=lambda m: m.start)


def _word_from(key: str, word: str, pos: int) -> int:
    """Where the first piece of ``key`` (the text between two spaces) equal to ``word`` starts, at ``pos`` or
    after (-1 if none). perf28 (session 16): ``add_fuzzy`` finds each anchor word from one past the anchor
    before, where it summed the lengths of every piece between them (a call per piece): no piece between
    two anchors equals the second, or it would be an anchor itself, so the first whole-word occurrence is
    the anchor; ``str.find`` scans the characters in C."""
    size, n = len(word), len(key)
    i = key.find(word, pos)
    while i >= 0 and ((i > 0 and key[i - 1] != " ") or (i + size < n and key[i + size] != " ")):
        i = key.find(word, i + 1)
    return i


def _aliases_of(
    anchor: str, cands: list[FuzzyAlias]
) -> tuple[frozenset[int], tuple[int, ...], int, list[str]]:
    """For ``anchor``'s aliases: the window lengths that can reach the cutoff (``_reach``), the window widths
    in words (one less, as many and one more words than an alias has, two at least, in the order their set
    gives them, which fixes the order of the windows and so which of two equal scores wins), the widest,
    and the keys rapidfuzz scores. perf28 (session 16): made once per anchor word (``add_fuzzy`` keeps them
    in ``KnowledgeBase.anchor_memo``), where every anchor's turn built the set and the list again."""
    widths = {w for fa in cands for w in (fa.tokens - 1, fa.tokens, fa.tokens + 1)} - {0, 1}
    return _reach(anchor, cands), tuple(widths), max(widths, default=0), [fa.key for fa in cands]

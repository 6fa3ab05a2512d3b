"""Clause structure of a sentence: where clauses start (commas, openers, complementizers), which clause a
word is in, and the report frame (قال ... إن، وفقا لـ) whose content is reported speech."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.events.lexicon import Word
from marsad.events.mentions import Mention, SentenceContext, bare_key, mention_span
from marsad.events.resources import STRIP_CACHE_LIMIT, ClauseWord, CoderResources
from marsad.events.words import mark_class
from marsad.model import Span

PARENTHETICAL_WORDS = 4
"""At most this many words between two commas make a parenthetical (a day, a title), not a clause."""
# a clause opened by a relative pronoun has its antecedent as subject, not an earlier clause's subject
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def clause_starts(ctx: SentenceContext, *, res: CoderResources) -> list[int]:
    """Word indices where a clause starts (after a comma or semicolon, or at a clause opener)."""
    words, text = ctx.view.words, ctx.story.text
    comps = res.modality.complementizers
    kinds = res.clause_words
    starts = [0]
    commas: list[int] = []
    # Round 25: only the words that can start a clause are visited, those after a gap holding a mark and those
    # whose key opens a clause or is a complementizer (``_clause_keys``), where every word's gap was sliced and
    # looked up and its key's kind read (about 3,000 instructions a word; a sentence has a comma or two).
    openers = _clause_keys(res.clause_openers, comps)
    after_mark = _after_marks(words, text, res.punctuation)
    for i in sorted(after_mark.union([i for i, w in enumerate(words) if w.norm in openers]).difference((0,))):
        key = words[i].norm
        info = kinds.get(key)
        if info is None:
            if len(kinds) > STRIP_CACHE_LIMIT:
                kinds.clear()
            info = kinds[key] = _clause_word(key, res=res)
        # a complementizer (قال إن ...، أعلنت أنهما ...) opens the reported clause
        split = i in after_mark and not info.continuer
        if split:
            commas.append(i)
        # "من قبل" is the agent of a passive (by) or an adverb (previously), never a clause "before ..."
        if split or (info.opener and not (info.qabl and words[i - 1].norm == "من")) or info.complementizer:
            starts.append(i)
    # a short parenthetical between two commas (يزور بوتين، الثلاثاء، تركيا; بوريطة، وزير الخارجية، أعلن)
    # does not split the clause around it
    drop: set[int] = set()
    for a, b in itertools.pairwise(commas):
        if b - a <= PARENTHETICAL_WORDS and not any(words[j].norm in comps for j in range(a, b)):
            drop.update((a, b))
    return [i for i in starts if i not in drop or bare_key(words[i]) in res.clause_openers]


def _after_marks(words: Sequence[Word], text: str, punctuation: str) -> set[int]:
    """The indices ``i`` (1 or more) of the words whose gap from the word before (``text[words[i - 1].end :
    words[i].start]``) holds a clause mark (``punctuation`` but quotation marks and brackets). With the words in
    text order (as the views give them), each mark between the first word's start and the last one's is placed by
    bisection among the words' starts: a gap holds it when it lies at or after the end of the word before the first
    word starting past it. Words out of order (made by hand) have each gap read."""
    if len(words) < 2:
        return set()
    marks = mark_class(_clause_marks(punctuation))
    word_starts = [w.start for w in words]
    if word_starts != sorted(word_starts):
        return {i for i in range(1, len(words)) if marks.search(text, words[i - 1].end, words[i].start)}
    out = set()
    for m in marks.finditer(text, word_starts[0], word_starts[-1]):
        at = m.start()
        i = bisect_right(word_starts, at)
        if at >= words[i - 1].end:
            out.add(i)
    return out


@cache  # one punctuation string (the coder's)
def _clause_marks(punctuation: str) -> str:
    """``punctuation`` without quotation marks and brackets, which do not part clauses (str.find per mark, tried in
    place of the character class: 5 M more, each call with a Latin mark widened to the text's kind)."""
    return "".join(ch for ch in punctuation if ch not in '"“”«»()')


@cache  # one pair of sets (the coder's)
def _clause_keys(openers: frozenset[str], comps: frozenset[str]) -> frozenset[str]:
    """Every word key whose kind opens a clause or is a complementizer: the openers and complementizers and each
    with و before it, those of them that ``_opens`` (``_clause_word``'s rules) says so of."""
    keys = {*openers, *comps, *("و" + k for k in openers), *("و" + k for k in comps)}
    return frozenset(k for k in keys if any(_opens(k, openers=openers, comps=comps)))


def _clause_word(key: str, *, res: CoderResources) -> ClauseWord:
    bare = key[1:] if key.startswith("و") and len(key) > 3 else key
    opener, complementizer = _opens(key, openers=res.clause_openers, comps=res.modality.complementizers)
    return _clause_kind(
        continuer=key in res.clause_continuers,
        opener=opener,
        qabl=bare == "قبل",
        complementizer=complementizer,
    )


def _opens(key: str, *, openers: frozenset[str], comps: frozenset[str]) -> tuple[bool, bool]:
    """Whether the key opens a clause (its bare form, without و, is an opener) and whether it is a complementizer
    (or و + one: وأن opens a second complement)."""
    bare = key[1:] if key.startswith("و") and len(key) > 3 else key
    return bare in openers, key in comps or (key[:1] == "و" and key[1:] in comps and len(key) > 2)


@cache  # at most 16 values: one shared instance each, not one per cached word key
def _clause_kind(*, continuer: bool, opener: bool, qabl: bool, complementizer: bool) -> ClauseWord:
    # The per-key cache holds ~34,000 entries after a long ingest; as one object each they were
    # tracked by the garbage collector, and every full collection walked them all.
    return ClauseWord(continuer=continuer, opener=opener, qabl=qabl, complementizer=complementizer)


def modality_start(bounds: list[int], cstart: int, words: Sequence[Word], *, res: CoderResources) -> int:
    """Where modality cues may stand: a clause opened by a complementizer also hears the words before
    it (من المقرر أن يوقع، يتوقع أن يعقد)."""
    if cstart > 0 and words[cstart].norm in res.modality.complementizers:
        return clause_of(bounds, cstart - 1)
    return cstart


def clause_of(bounds: list[int], i: int) -> int:
    start = 0
    for b in bounds:
        if b <= i:
            start = b
    return start


def clause_end(bounds: list[int], i: int, n: int) -> int:
    for b in bounds:
        if b > i:
            return b - 1
    return n - 1


@dataclass(frozen=True, slots=True)
class ReportFrame:
    verb: int
    """Index of the report verb or the 'according to' word, -1 when none."""
    content_from: int
    """Events at or after this word index are the report's content."""
    content_to: int
    """... and before this one (the report's clause ends at حيث، بينما ...)."""
    speaker: Span | None
    whole_sentence: bool
    speaker_mention: Mention | None = None


def report_frame(ctx: SentenceContext, *, res: CoderResources) -> ReportFrame | None:
    words, cues = ctx.view.words, res.modality
    for i, w in enumerate(words):
        key = w.norm[1:] if w.norm[:1] in "وف" and len(w.norm) > 3 else w.norm
        if key in cues.according:
            speaker = next((m for m in ctx.mentions if m.first > i), None)
            return ReportFrame(
                verb=i,
                content_from=0,
                content_to=len(words),
                speaker=mention_span(ctx, speaker),
                whole_sentence=True,
            )
        if key in cues.report_verbs:
            comp = next(
                (j for j in range(i + 1, min(len(words), i + 10)) if words[j].norm in cues.complementizers),
                None,
            )
            if comp is None:
                continue
            speaker = next(
                (
                    m
                    for m in ctx.mentions
                    if i < m.first < comp and not m.place and m.prep not in res.non_subject_preps
                ),
                None,
            )
            if speaker is None:
                # SVO: "المتحدث باسم الكرملين قال إن": the speaker ends just before the verb
                speaker = next((m for m in reversed(ctx.mentions) if m.last < i and not m.place), None)
                if speaker is not None and (i - speaker.last > 3 or speaker.prep in res.non_subject_preps):
                    speaker = None
            end = next(
                (j for j in range(comp + 1, len(words)) if bare_key(words[j]) in res.report_scope_end),
                len(words),
            )
            return ReportFrame(
                verb=i,
                content_from=comp,
                content_to=end,
                speaker=mention_span(ctx, speaker),
                whole_sentence=False,
                speaker_mention=speaker,
            )
    return None

"""The event coder: per sentence, the events it asserts, as PLOVER records with CAMEO, provenance.

For each sentence: find triggers with the lexicon; drop the ones inside the complement of a speech
act that is itself coded (an accusation's alleged act, a demand's content, a denial's content:
EVENT-CONVENTIONS section 4); read participants from the story's entities around the trigger within
its clause (verb-first and subject-first orders, و-coordination, recipients after the entry's
prepositions or as direct objects / genitives); inherit the actor from the previous sentence only
when the trigger has no subject of its own (a pro-drop verb or a pronoun clitic: the text refers
back); then modality, date, location, quantities and a confidence. Future cooperative events become
AGREE (manual section 3.1), future retreats CONCEDE (section 3.4). One record per event and
participant set: a repeated mention of the same event keeps the most explicit one.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
from collections.abc import Sequence

from marsad.events.clauses import clause_starts, report_frame
from marsad.events.lexicon import CACHE_LIMIT, Lexicon, TriggerMatch, Word
from marsad.events.mentions import SentenceContext, bare_key
from marsad.events.place_date import came_occasion, continued_statement, reported_meeting, statement_day
from marsad.events.recipients import claim_entries, claimed_recipients
from marsad.events.records import add_event, code_match, explicitness, party_codes
from marsad.events.resources import CoderResources, load_resources
from marsad.events.words import sentence_views
from marsad.model import Event, Participant, Story

__all__ = ["CoderResources", "code_story", "load_resources"]

log = logging.getLogger(__name__)

SPORT_MIN_WORDS = 5
"""Words of sport (``Lexicon.sport_words``) a story needs to be a sports story, with SPORT_MIN_KINDS different ones
and fewer than SPORT_MAX_STATE words of state (``Lexicon.state_words``: a match Argentina cancels under Israeli and
Palestinian pressure is politics). Figures in docs/events.md, "Precision round 18 (evprec18)"."""
SPORT_MIN_KINDS = 3
SPORT_MAX_STATE = 3
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB"})
"""The sectors of a state or an armed or political party: a record with one of them (or an IGO) stays even in a
sports story (a ministry fining a club, police detaining a player)."""
STATE_KIND = ""
"""The key under which ``_count_sport`` counts the words of state."""


def code_story(story: Story, *, res: CoderResources) -> list[Event]:
    events: list[Event] = []
    previous: SentenceContext | None = None
    said: str | None = None  # the day of the statement the sentence makes or goes on with (statement_day)
    history: list[list[Participant]] = []
    seen: list[Sequence[Word]] = []  # each sentence's words, counted for the sports test if a record is made
    entities = sorted(story.entities, key=lambda e: e.start)
    starts = [e.start for e in entities]
    for view in sentence_views(story, letters=res.word_texts):
        here = entities[bisect.bisect_left(starts, view.start) : bisect.bisect_left(starts, view.end)]
        ctx = SentenceContext(view=view, entities=here, story=story, res=res, history=history)
        coded = _code_sentence(ctx, previous, res=res)
        if not coded and previous is None and len(story.sentences) == 1:
            # a sentence given alone that codes nothing: its verbs' subjects may lie in text not given
            coded = _code_sentence(ctx, previous, res=res, lone=True)
        for event in coded:
            add_event(events, event, times=story.times, story=story)
        if previous is not None:
            came_occasion(ctx, previous, events, res=res)
        said = statement_day(ctx, said)
        continued_statement(ctx, said, events)
        history.extend(ctx.sources_out)
        previous = ctx
        seen.append(view.words)
    if events and _sports_story(_sport_counts(seen, res=res)):
        # records between teams, players and clubs are matches, transfers and thanks to fans, not politics
        events = [e for e in events if _state_side(e)]
    return events


def _sport_counts(sentences: list[Sequence[Word]], *, res: CoderResources) -> dict[str, int]:
    """The story's words of sport by kind and of state (``_count_sport``, sentence by sentence). perf29
    (session 16): counted once the story has a record (the test reads them only then), where every
    sentence of every story was counted as it was coded."""
    counts: dict[str, int] = {}
    for words in sentences:
        _count_sport(words, counts, res=res)
    return counts


def _count_sport(words: Sequence[Word], counts: dict[str, int], *, res: CoderResources) -> None:
    """Add the sentence's words of sport to ``counts`` (by the ``sport_words`` prefix each starts with), and its
    words of state under STATE_KIND."""
    lex = res.lexicon
    if not lex.sport_words:
        return
    # perf29 (session 16): a word's kind read from one memo (key -> (stem, kind), the stem compared on a hit as
    # in ``Lexicon.starts_with``), where every word paid one or two ``starts_with`` calls; the memo is the
    # lexicon's own (``Lexicon.sport_memo``), not a module global
    memo = lex.sport_memo
    for w in words:
        hit = memo.get(w.norm)
        if hit is None or hit[0] != w.stem:
            if len(memo) > CACHE_LIMIT:
                memo.clear()
            hit = memo[w.norm] = (w.stem, _sport_kind(w, lex))
        kind = hit[1]
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1


def _sport_kind(w: Word, lex: Lexicon) -> str | None:
    """The ``sport_words`` prefix one of the word's bare forms starts with, STATE_KIND for a word of state,
    else None (what ``_count_sport`` counts the word under)."""
    # perf30 (session 17): the bare forms tested here, not through two ``starts_with`` calls: ``sport_memo`` keeps
    # the answer, so their memos (a prefix tuple hashed, a probe and an entry per list) were paid for nothing
    bares = lex.bare(w)
    sport = lex.sport_words
    for b in bares:
        if b.startswith(sport):  # the first prefix of the first bare form that has one, as main's generator
            return next(p for p in sport if b.startswith(p))
    state = lex.state_words
    if state:
        for b in bares:
            if b.startswith(state):
                return STATE_KIND
    return None


def _sports_story(counts: dict[str, int]) -> bool:
    """Whether a story's counts (``_count_sport``) make it a sports story with little politics in it."""
    state = counts.get(STATE_KIND, 0)
    kinds = len(counts) - (STATE_KIND in counts)
    return (
        state < SPORT_MAX_STATE
        and kinds >= SPORT_MIN_KINDS
        and sum(counts.values()) - state >= SPORT_MIN_WORDS
    )


def _state_side(event: Event) -> bool:
    """Whether a side of the record is a state, an armed or political party or an IGO (STATE_SECTORS)."""
    return any(p.sector in STATE_SECTORS or p.country == "IGO" for p in (*event.source, *event.target))


def _code_sentence(
    ctx: SentenceContext, previous: SentenceContext | None, *, res: CoderResources, lone: bool = False
) -> list[Event]:
    words = ctx.view.words
    if not words:
        return []
    matches = res.lexicon.match(words)
    if not matches:
        return []
    bounds = clause_starts(ctx, res=res)
    report = report_frame(ctx, res=res)
    out: list[Event] = []
    claims: list[Event] = []  # records of claiming an attack (وتبنت ... مسؤولية الهجمات)
    covered_until = -1  # events inside a coded speech act's complement are its content, not records
    for m in matches:
        if m.head <= covered_until and not _coordinated_speech(words, m):
            continue
        event = code_match(ctx, m, bounds, report, previous, res=res, lone=lone)
        if event is None:
            continue
        same = next(
            (
                e
                for e in out
                if e.type == event.type
                and (e.mode == event.mode or None in (e.mode, event.mode))
                and party_codes(e.source) & party_codes(event.source)
            ),
            None,
        )
        if same is not None:
            # one event told twice in a clause (انضم ... لإجراء تدريبات مشتركة): keep the fuller record
            if explicitness(event) > explicitness(same):
                out[out.index(same)] = event
            continue
        out.append(event)
        if m.entry.id in claim_entries():
            claims.append(event)
        ctx.sources_out.append(event.source)
        # a verb form right after a preposition (أعلن عن قطع العلاقات) is read as its masdar
        after_prep = m.head > 0 and words[m.head - 1].norm in res.non_subject_preps
        ctx.last_pos = "noun" if after_prep else m.entry.pos
        if m.entry.speech:
            # the content runs through relative clauses (أدان الهجوم الذي استهدف ...) to حيث/بينما or the end
            covered_until = _speech_scope_end(ctx, m.head, res=res)
    for claim in claims:
        # the claim of responsibility takes the recipient of the attack it claims (Recipients, second round)
        claim.target = claim.target or claimed_recipients(claim, out)
    meeting = next((e for e in out if e.type == "CONSULT" and e.location is not None), None)
    if meeting is not None:
        # what is said or agreed at a meeting happens where the meeting is (أعلنتا ... حيث التقى ... في بكين)
        for e in out:
            if (
                e.location is None
                and e.type != "CONSULT"
                and e.quad in (1, 3)
                and not reported_meeting(ctx, e, meeting, res=res)
            ):
                e.location = dataclasses.replace(meeting.location)
    return out


def _speech_scope_end(ctx: SentenceContext, head: int, *, res: CoderResources) -> int:
    """The last word of a coded speech act's content: before حيث/بينما/..., before "، وذلك بعدما / تزامنا مع"
    (the narrator's past circumstance of the act: evrecall8), or the sentence's end."""
    words = ctx.view.words
    for j in range(head + 1, len(words)):
        if bare_key(words[j]) in res.report_scope_end:
            return j - 1
        if (
            words[j].norm in res.speech_scope_break
            and j + 1 < len(words)
            and words[j + 1].norm in res.speech_scope_narrated
            and _comma_before(ctx, j, res=res)
        ):
            return j - 1
    return len(words) - 1


def _comma_before(ctx: SentenceContext, j: int, *, res: CoderResources) -> bool:
    """A comma-like mark between word ``j - 1`` and word ``j``."""
    words = ctx.view.words
    between = ctx.story.text[words[j - 1].end : words[j].start]
    return any(ch in res.punctuation for ch in between if ch not in '"“”«»()')


def _coordinated_speech(words: Sequence[Word], m: TriggerMatch) -> bool:
    """أدان ... وطالب ...: a second speech act joined by و is its own record; a nested one (نفى أنه هدد)
    is the first one's content."""
    return m.entry.speech and m.entry.pos == "verb" and words[m.head].norm.startswith("و")

"""Back-reference: the antecedent of a relative clause, the referent of an object pronoun, a speaker's
pronoun (إنه، نحن), and the actors a pro-drop verb or an anaphoric noun (الزعيمان) carries from earlier."""

from __future__ import annotations

from marsad.events.clauses import RELATIVE_PRONOUNS, ReportFrame, clause_of, clause_starts
from marsad.events.lexicon import TriggerMatch
from marsad.events.mentions import (
    Mention,
    SentenceContext,
    bare_key,
    mention_span_key,
    participant_fields,
    participants_of,
)
from marsad.events.resources import CoderResources
from marsad.events.roles import plural_people, plural_pronoun
from marsad.model import Participant, Span


def pronoun_referent(
    ctx: SentenceContext,
    m: TriggerMatch,
    source: list[Participant],
    *,
    res: CoderResources,
) -> list[Participant]:
    """Who an object pronoun on a verb (تتهمه، اتهمتها) refers to: the actor of the event coded just
    before it in the sentence, else the last bare party named before the verb's clause outside a relative
    clause (يصر مادورو على السياسات التي بدأها تشافيز، بينما تتهمه المعارضة: Maduro); never the verb's
    own actor."""
    own = {(p.start, p.end) for p in source}
    words = ctx.view.words
    if plural_pronoun(m):
        # هم agrees with a group of people (طردهم ... القطريين), wherever it was named, not with a state
        group = [
            x
            for x in ctx.mentions
            if x.last < m.head and not x.place and mention_span_key(ctx, x) not in own and plural_people(x)
        ]
        if group:
            return participants_of(ctx, group[-1])
    if ctx.sources_out and all((p.start, p.end) not in own for p in ctx.sources_out[-1]):
        return [Participant(**participant_fields(p)) for p in ctx.sources_out[-1]]
    bound = res.non_subject_preps | res.destination_preps
    bounds = clause_starts(ctx, res=res)
    earlier = [
        x
        for x in ctx.mentions
        if x.last < m.head
        and x.prep not in bound
        and not x.place
        and mention_span_key(ctx, x) not in own
        and bare_key(words[clause_of(bounds, x.first)]) not in RELATIVE_PRONOUNS
    ]
    return participants_of(ctx, earlier[-1]) if earlier else []


RELATIVE_GAP = 2
"""Words that may stand between a relative pronoun and its verb (لم، قد، كانت)."""


def relative_antecedent(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, *, locs: frozenset[str]
) -> Mention | None:
    """The named antecedent of a relative clause whose verb is the trigger (X التي طالبت / X الذي تتهمه)."""
    words = ctx.view.words
    if m.entry.pos != "verb" or bare_key(words[cstart]) not in RELATIVE_PRONOUNS:
        return None
    if not 0 < m.head - cstart <= RELATIVE_GAP + 1:
        return None
    # a name after في is where the antecedent is (من الدول القليلة في حلف الناتو التي), not the antecedent
    return next(
        (
            x
            for x in reversed(ctx.mentions)
            if cstart - 2 <= x.last < cstart and not x.place and x.prep not in locs
        ),
        None,
    )


def refers_back(ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources) -> bool:
    """A pronoun clitic on the trigger, a pro-drop verb, or an anaphoric noun (الزعيمان) before it."""
    if m.enclitics and m.entry.pos == "noun":
        return True
    if m.entry.pos == "verb":
        return True
    return any(w.key in res.anaphora for w in ctx.view.words[cstart : m.head])


def plural_reference(ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources) -> bool:
    if any(e.lstrip("+") in ("هما", "هم") for e in m.enclitics):
        return True
    if m.entry.pos == "verb" and m.form.endswith(("ان", "ون", "وا", "يا", "تا")):
        return True
    return any(w.key in res.plural_anaphora for w in ctx.view.words[cstart : m.head])


OUTLET = "MED"
"""The sector of news outlets, never carried over as a later event's actor."""


def carried_actors(ctx: SentenceContext, previous: SentenceContext, *, plural: bool) -> list[Participant]:
    """The actors a back-reference points to: the previous sentence's last actors, or for a dual or
    plural reference (اجتماعهما، الزعيمين) the latest event with several actors."""
    if plural:
        group = next((g for g in reversed(ctx.history + ctx.sources_out) if len(g) > 1), None)
        if group is not None:
            return [Participant(**participant_fields(p)) for p in group]
    # an outlet (MED) reports; it is not the actor a later verb refers back to ("قالت وكالة الأناضول إن ...
    # وتعهد قادة أكراد": the pledge is the Kurdish leaders', whom the entities do not cover)
    if previous.sources_out:
        return [Participant(**participant_fields(p)) for p in previous.sources_out[-1] if p.sector != OUTLET]
    first = next((x for x in previous.mentions if not x.place), None)
    return [p for p in participants_of(previous, first) if p.sector != OUTLET] if first is not None else []


def first_person(m: TriggerMatch) -> bool:
    if m.entry.pos != "verb":
        return False
    return (m.form in m.entry.imperfect_forms and m.form.startswith("ن")) or m.form.endswith("نا")


def quote_speaker(ctx: SentenceContext, m: TriggerMatch) -> Mention | None:
    for q in ctx.story.quotes:
        if q.start <= m.start < q.end and q.speaker is not None:
            sp = q.speaker
            return next(
                (x for x in ctx.mentions if x.entities[0].start < sp.end and sp.start < x.entities[-1].end),
                None,
            )
    return None


def pronoun_complement(
    ctx: SentenceContext, report: ReportFrame, m: TriggerMatch, *, res: CoderResources
) -> bool:
    """The complementizer carries a pronoun (إنه، أنها، أنهم) and no named subject stands between it
    and the trigger: the content's subject is the speaker."""
    comp = ctx.view.words[report.content_from].key
    if comp in ("ان", "بان"):
        return False
    return not any(
        report.content_from < x.first < m.head and x.prep not in res.non_subject_preps for x in ctx.mentions
    )


def is_speaker(source: list[Participant], speaker: Span) -> bool:
    return any(p.start < speaker.end and speaker.start < p.end for p in source)

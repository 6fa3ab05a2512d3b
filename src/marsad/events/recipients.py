"""Recipients named away from the trigger's own arguments, tried when the participant steps found none.

Each rule is a construction of Arabic news prose, not a list of sentences; each returns participants or an
empty list, and the caller (participants.py) tries them only when the trigger's own arguments gave no
recipient.
"""

from __future__ import annotations

from marsad.events.clauses import RELATIVE_PRONOUNS
from marsad.events.lexicon import TriggerMatch
from marsad.events.mentions import Mention, SentenceContext, bare_key, participants_of, same_side
from marsad.events.resources import CoderResources
from marsad.events.roles import QUOTE_MARKS, VERB_PARTICLES
from marsad.model import Participant

RELATIVE_REACH = 8
"""How far after a trigger the relative clause on its object may open (انتقاد كندا العلني للحملة التي ...)."""


def relative_agent(
    ctx: SentenceContext, m: TriggerMatch, source: list[Participant], *, res: CoderResources
) -> list[Participant]:
    """The agent of the act a criticism or rejection is about, named in the relative clause on its
    object: "انتقاد كندا العلني للحملة التي تشنها الرياض" (Riyadh), "انتقد الرسوم التي فرضتها إدارة ترامب".
    The relative pronoun must be the first word after the trigger's own party that opens a clause, no party
    may stand between the trigger and it (then the clause qualifies that party), and the agent follows the
    relative's verb (one particle may stand between: التي لم تنفذها الحكومة)."""
    words = ctx.view.words
    taken = {(p.start, p.end) for p in source}
    for j in range(m.last + 1, min(len(words) - 2, m.last + RELATIVE_REACH + 1)):
        if any(
            ch in res.punctuation and ch not in QUOTE_MARKS
            for ch in ctx.story.text[words[j - 1].end : words[j].start]
        ):
            return []  # "اتهمت دمشق التحالف بتنفيذها، الأمر الذي نفته ...": a new clause, about the whole
        if bare_key(words[j]) not in RELATIVE_PRONOUNS:
            continue
        verb = j + 2 if words[j + 1].key in VERB_PARTICLES else j + 1
        between = [x for x in ctx.mentions if m.last < x.first < j and (_span(ctx, x) not in taken)]
        if between:
            return []
        agent = next((x for x in ctx.mentions if x.first == verb + 1 and not x.place), None)
        return participants_of(ctx, agent) if agent is not None else []
    return []


def _span(ctx: SentenceContext, x: Mention) -> tuple[int, int]:
    return participants_of(ctx, x)[0].start, x.entities[0].end


def asked_party(
    ctx: SentenceContext, after: list[Mention], source: list[Participant], *, res: CoderResources
) -> list[Participant]:
    """The one a demand is addressed to, marked by من: "طلبت من موسكو تقديم كل المعلومات"، "وطالبت بتعويض
    من الحكومة السورية"، "المساندة من المجتمع الدولي". The first party after من in the demand's clause that
    is not the asker's own side and not a place-only mention (a partitive من was already read as part of its
    head by the mention step)."""
    own = {p.country for p in source if p.country}
    for x in after:
        if x.prep == "من" and not x.place and not same_side(x, own):
            return participants_of(ctx, x)
    return []


BREAK_TYPES = frozenset({"SANCTION", "COERCE", "REJECT"})
"""Types whose recipient may follow مع: a tie cut, a route closed, a deal refused with a state."""
COMPANION_WORDS = frozenset(
    {"بالتعاون", "بالتنسيق", "بالاشتراك", "جنب", "جانب", "بالتزامن", "تزامنا", "بالتوازي"}
)
"""Words before مع that make the party a companion, not the recipient (بالتنسيق مع، إلى جانب)."""


def broken_with(ctx: SentenceContext, m: TriggerMatch, after: list[Mention]) -> list[Participant]:
    """The state a restriction is aimed at after مع: "وأغلقت طرق السفر مع الدوحة"، "علقت التجارة مع إيران"."""
    if m.entry.type not in BREAK_TYPES or m.entry.speech:
        return []  # a denial's recipient is its accuser, never the party in the denied content (§3)
    words = ctx.view.words
    for x in after:
        if x.prep != "مع" or x.place:
            continue
        if x.first >= 2 and bare_key(words[x.first - 2]) in COMPANION_WORDS:
            return []
        return participants_of(ctx, x)
    return []

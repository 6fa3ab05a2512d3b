"""Back-reference: the antecedent of a relative clause, the referent of an object pronoun, a speaker's
pronoun (إنه، نحن), and the actors a pro-drop verb or an anaphoric noun (الزعيمان) carries from earlier."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.events.clauses import RELATIVE_PRONOUNS, ReportFrame, clause_of, clause_starts
from marsad.events.lexicon import TriggerMatch, Word, key_set, read_data
from marsad.events.mentions import (
    Mention,
    SentenceContext,
    attributed,
    attribution_words,
    bare_key,
    mention_span_key,
    participant_fields,
    participants_of,
)
from marsad.events.place_date import NON_STATE_CODES
from marsad.events.resources import CoderResources
from marsad.events.roles import own_referent, plural_people, plural_pronoun, singular_referent
from marsad.events.words import comma_after
from marsad.language.normalize import normalize_key
from marsad.model import Entity, Participant, Span


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
        # (the previous event's actor as its own: the record drops such a recipient, and none is sought further
        # back, where the referent may be a thing: "قالت قطر إنها سترفع دعوى ...، بسبب ما وصفته": ه is ما)
        return [Participant(**participant_fields(p)) for p in ctx.sources_out[-1]]
    bound = res.bound_preps
    bounds = clause_starts(ctx, res=res)
    earlier = [
        x
        for x in ctx.mentions
        if x.last < m.head
        and x.prep not in bound
        and not x.place
        and mention_span_key(ctx, x) not in own
        and bare_key(words[clause_of(bounds, x.first)]) not in RELATIVE_PRONOUNS
        # (twenty-fifth round: not the verb's own actor named again, as the knowledge base links it)
        and not own_referent(ctx, source, participants_of(ctx, x))
        and singular_referent(ctx, m, x)
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
    return any(w.norm in res.anaphora for w in ctx.view.words[cstart : m.head])


def plural_reference(ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources) -> bool:
    if any(e.lstrip("+") in ("هما", "هم") for e in m.enclitics):
        return True
    if m.entry.pos == "verb" and m.form.endswith(("ان", "ون", "وا", "يا", "تا")):
        return True
    return any(w.norm in res.plural_anaphora for w in ctx.view.words[cstart : m.head])


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
    comp = ctx.view.words[report.content_from].norm
    if comp in ("ان", "بان"):
        return False
    return not any(
        report.content_from < x.first < m.head and x.prep not in res.non_subject_preps for x in ctx.mentions
    )


def is_speaker(source: list[Participant], speaker: Span) -> bool:
    return any(p.start < speaker.end and speaker.start < p.end for p in source)


def _telling_key(w: Word) -> str:
    """A word's key without one leading و or ف, as ``clauses.report_frame`` reads report verbs."""
    return w.norm[1:] if w.norm[:1] in "وف" and len(w.norm) > TRILITERAL else w.norm


TRILITERAL = 3
"""Letters a word keeps after its و or ف is taken off (وقال -> قال, not وفق -> فق)."""
TELLING_REACH = 10
"""Words from a verb of telling to the complementizer that opens what it tells (as ``clauses.report_frame``)."""


def reporting_outlet(ctx: SentenceContext, m: TriggerMatch, p: Participant) -> bool:
    """``p`` is a news outlet that tells the report the trigger stands in (nineteenth participant round): it lies
    between a verb of telling (``cues.yaml: report.verbs``, ``participants.attribution_verbs``: قالت، نقلت،
    أورد) and the complementizer that opens the content, and the trigger is in that content. An outlet tells what
    others did; it is not a side of what it tells (EVENT-CONVENTIONS section 3: the outlet's own reporting is not
    coded), as ``carried_actors`` already keeps it from a later sentence's verbs. Inside its own sentence it was
    still taken as the subject a pro-drop verb of the content shares ("و أورد موقع "سكاي نيوز" أن خاطفي الطائرة
    قالا ...، وأنهما هددا بتفجيرها": the hijackers, whom the entities miss, threatened), or as the speaker a
    complementizer's pronoun refers to ("ونقلت صحيفة هآرتس عن سكان في المكان أنهم سمعوا أصوات إطلاق صواريخ":
    هم is the residents)."""
    if p.sector != OUTLET:
        return False
    words = ctx.view.words
    inside = [k for k, w in enumerate(words) if p.start <= w.start and w.end <= p.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    comps = ctx.res.modality.complementizers
    telling = ctx.res.modality.report_verbs | attribution_words()[1]
    for v in range(first - 1, max(-1, last - TELLING_REACH), -1):
        if words[v].norm in comps:
            return False
        if _telling_key(words[v]) in telling:
            told = any(words[c].norm in comps for c in range(last + 1, min(m.head, v + TELLING_REACH) + 1))
            return told and _in_told_content(ctx, m, last)
    return False


QUOTE_MARKS = frozenset('"«»“”')


def _in_told_content(ctx: SentenceContext, m: TriggerMatch, last: int) -> bool:
    """The trigger is still in what the outlet tells: inside a quotation opened after the outlet ("أنه "سب الدولة،
    وطعن في ...""), or not a verb opening a clause of its own with a comma and و ("بث التلفزيون الرسمي السوري مشاهد
    قال إنها تظهر ...، ويزعم أنهم تعرضوا لإطلاق نار": the claim is the channel's own act)."""
    text, words = ctx.story.text, ctx.view.words
    between = text[words[last].end : words[m.head].start]
    if sum(between.count(q) for q in QUOTE_MARKS) % 2:
        return True
    return not (comma_after(text, words, m.head - 1) and words[m.head].norm.startswith("و"))


@dataclass(frozen=True, slots=True)
class GroupWords:
    """``cues.yaml: group_reference`` as normalized keys."""

    dual: frozenset[str]
    dual_oblique: frozenset[str]
    plural_heads: frozenset[str]
    numbers: dict[str, int]
    leaders: frozenset[str]
    """Group nouns of leaders (الزعيمان، الوزيرين): the parties they refer to act as governments."""
    kinds: dict[str, str]
    """Singular nouns of a kind (المملكة، الحزب) -> the kind: ``kingdom`` or a sector."""
    kingdoms: frozenset[str]
    states: frozenset[str]
    """Duals of "state" (الدولتان، البلدان): with no list of two parties before them, the two countries named."""


LEADER_SECTOR = "GOV"


@cache  # a read-only word list, loaded once per process (as participants.attack_nouns)
def group_words() -> GroupWords:
    raw = read_data("cues.yaml")["group_reference"]
    return GroupWords(
        dual=key_set(raw["dual"]),
        dual_oblique=key_set(raw["dual_oblique"]),
        plural_heads=key_set(raw["plural_heads"]),
        numbers={normalize_key(w): int(n) for w, n in raw["numbers"].items()},
        leaders=key_set(raw["leaders"]),
        kinds={normalize_key(w): str(k) for w, k in raw["kinds"].items()},
        kingdoms=frozenset(raw["kingdoms"]),
        states=key_set(read_data("cues.yaml")["state_duals"]),
    )


@dataclass(frozen=True, slots=True)
class GroupReference:
    """A group noun in the subject slot of a trigger and the parties it refers back to."""

    word: int
    """Index of the group noun."""
    size: int
    actors: list[Participant]
    carried: bool
    """The parties were named in an earlier sentence."""
    states: bool = False
    """The parties are the two countries named before a dual of "state" (``two_states``)."""


GROUP_BEFORE_REACH = 3
"""How many words before the trigger a group noun may stand as its subject ("الطرفان قد اتفقا")."""


def _group_size(words: list[Word], k: int, *, oblique: bool) -> int:
    """The number of parties a group noun at ``k`` stands for (0: none). ``oblique``: accept the -ين dual."""
    if k < 0 or k >= len(words):
        return 0
    lists = group_words()
    key = words[k].norm
    nxt = words[k + 1].norm if k + 1 < len(words) else ""
    if key in lists.dual or (oblique and key in lists.dual_oblique):
        # البلدان الغربية is the plural "countries", not the dual
        return 0 if nxt.startswith("ال") and nxt.endswith("يه") else 2
    if key in lists.plural_heads:
        return lists.numbers.get(nxt, 0)
    return 0


def _free_word(ctx: SentenceContext, k: int, *, res: CoderResources) -> bool:
    """No preposition before the word (بين البلدين، على الطرفين: not a subject)."""
    if k == 0:
        return True
    prev = ctx.view.words[k - 1].norm
    return prev not in res.non_subject_preps and prev not in res.location_preps and prev != "بين"


def _named_group(c: SentenceContext, pos: int, size: int) -> list[Participant]:
    """The last و-list of ``size`` parties named before word ``pos`` of sentence ``c``; for two, also the pair
    "X مع Y" (تحدث ترامب مع محمد بن زايد ... واتفق الطرفان)."""
    named = [x for x in c.mentions if x.last < pos and not x.place and not attributed(c, x)]
    for i in range(len(named) - 1, -1, -1):
        x = named[i]
        if len(x.entities) == size and len({e.actor or e.text for e in x.entities}) == size:
            return participants_of(c, x)
        if size == 2 and i > 0 and x.prep == "مع" and len(x.entities) == 1:
            y = named[i - 1]
            if len(y.entities) == 1 and (y.entities[0].actor or y.entities[0].text) != (
                x.entities[0].actor or x.entities[0].text
            ):
                return participants_of(c, y) + participants_of(c, x)
    return []


def group_reference(
    ctx: SentenceContext,
    m: TriggerMatch,
    cstart: int,
    previous: SentenceContext | None,
    *,
    res: CoderResources,
) -> GroupReference | None:
    """A group noun standing as the trigger's subject (اتفق الطرفان، الدول الأربع اتخذت، اجتماع الطرفين) and
    the parties it refers back to (EVENT-CONVENTIONS on reference): the last list of that many parties named
    before it in the sentence, else in the previous sentence, else the last event of the story with that many
    actors. The entity stage tags none of these nouns, so without this the subject slot falls to another
    party (the one before the verb, the object after the group noun)."""
    words = ctx.view.words
    verb = m.entry.pos == "verb"
    # after a verb the subject is nominative (الطرفان); an event noun's genitive (اجتماع الطرفين) may be -ين,
    # read only for meetings and agreements, whose genitive is their agent
    after_oblique = not verb and (m.entry.reciprocal or not m.entry.object_target)
    at, size = m.last + 1, _group_size(words, m.last + 1, oblique=after_oblique)
    if not size:
        at, size = inside_subject(words, m)
    if not size:
        at = next(
            (
                k
                for k in range(m.head - 1, max(cstart, m.head - GROUP_BEFORE_REACH) - 1, -1)
                if _group_size(words, k, oblique=False)
            ),
            -1,
        )
        size = _group_size(words, at, oblique=False) if at >= 0 else 0
    if not size:
        return kind_reference(ctx, m, cstart, res=res)
    if not _free_word(ctx, at, res=res):
        return None
    if any(x.first == at + 1 for x in ctx.mentions):
        # الزعيمان الروسي والإسرائيلي: the group is named in place, by the mention right after it
        return None
    actors = _named_group(ctx, at, size)
    carried = False
    if not actors and previous is not None:
        actors, carried = _named_group(previous, len(previous.view.words), size), True
    lists = group_words()
    states = not actors and (words[at].norm in lists.states or words[at].norm in side_duals())
    if states:
        as_states = words[at].norm in lists.states
        actors, carried = two_states(ctx, at, as_states=as_states), False
        if not actors and previous is not None:
            actors, carried = two_states(previous, len(previous.view.words), as_states=as_states), True
    if not actors:
        states = False
        group = next((g for g in reversed(ctx.history + ctx.sources_out) if len(g) == size), None)
        if group is None:
            return None
        actors = [Participant(**participant_fields(p)) for p in group]
        carried = all(not (ctx.view.start <= p.start < ctx.view.end) for p in actors)
    if words[at].norm in group_words().leaders:
        # الزعيمان، الوزيران: leaders act for their governments (as after the eighth round's leader words)
        actors = [
            p if p.sector else Participant(**{**participant_fields(p), "sector": LEADER_SECTOR})
            for p in actors
        ]
    return GroupReference(word=at, size=size, actors=actors, carried=carried, states=states)


KINGDOM = "kingdom"


def _of_kind(ent: Entity, kind: str, kingdoms: frozenset[str]) -> bool:
    if kind == KINGDOM:
        return ent.country in kingdoms and ent.actor == ent.country
    return ent.sector == kind


def kind_reference(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources
) -> GroupReference | None:
    """A singular noun of a kind in the trigger's subject slot (المملكة تطرد، وحذر الحزب) where the entity stage
    tagged no name on it: the last party of that kind the story named before it (EVENT-CONVENTIONS on
    reference; the entity stage's own anaphors cover الحركة، الجماعة، التحالف، الوكالة)."""
    words, lists = ctx.view.words, group_words()
    slots = [m.last + 1, *range(m.head - 1, max(cstart, m.head - GROUP_BEFORE_REACH) - 1, -1)]
    at = next((k for k in slots if 0 <= k < len(words) and bare_key(words[k]) in lists.kinds), -1)
    if at < 0 or not _free_word(ctx, at, res=res):
        return None
    w = words[at]
    if any(e.start < w.end and w.start < e.end for e in ctx.story.entities):
        return None  # المملكة العربية السعودية: a name of its own
    kind = lists.kinds[bare_key(w)]
    ent = next(
        (e for e in reversed(ctx.story.entities) if e.end <= w.start and _of_kind(e, kind, lists.kingdoms)),
        None,
    )
    if ent is None:
        return None
    actor = entity_participant(ent, sector=ent.sector, actor=ent.actor)
    return GroupReference(word=at, size=1, actors=[actor], carried=ent.start < ctx.view.start)


def entity_participant(ent: Entity, *, sector: str | None, actor: str | None) -> Participant:
    """An entity as a side, with the sector and actor id given."""
    return Participant(
        start=ent.start, end=ent.end, text=ent.text, country=ent.country, sector=sector, actor=actor
    )


# Participant rules, twenty-ninth round (evrole29)


@cache  # read-only, loaded once per process
def side_duals() -> frozenset[str]:
    """``cues.yaml: side_duals`` (الجانبان، الطرفان): with no list of two parties before them, the parties of the
    two countries named, as named (``two_states``)."""
    return key_set(read_data("cues.yaml")["side_duals"])


def two_states(c: SentenceContext, pos: int, *, as_states: bool = True) -> list[Participant]:
    """The two countries a dual of "state" (الدولتان، البلدان) before word ``pos`` of sentence ``c`` refers
    back to when no list of two parties is named ("يزور الرئيس الروسي ... تركيا ... ووقعت الدولتان اتفاقا":
    Russia and Turkey, named by a leader's nisba and a place): the sentence must name exactly two countries,
    and each stands as the state itself (no sector). Three or more are ambiguous: none. ``as_states`` False
    (الجانبان، الطرفان): each country's first party as named (the leader who receives, the one received)."""
    countries: dict[str, Participant] = {}
    for x in c.mentions:
        if x.last >= pos or attributed(c, x):
            continue
        for ent, named in zip(x.entities, participants_of(c, x), strict=True):
            if ent.country and ent.country not in NON_STATE_CODES and ent.country not in countries:
                countries[ent.country] = (
                    entity_participant(ent, sector=None, actor=ent.country) if as_states else named
                )
    return list(countries.values()) if len(countries) == 2 else []


def inside_subject(words: list[Word], m: TriggerMatch) -> tuple[int, int]:
    """A group noun in the subject slot inside a trigger of two words apart (وقعت ... اتفاقا: "ووقعت الدولتان
    اتفاقا"): the word right after the verb, nominative only (the -ين dual there is the verb's object). Returns
    its index and size, or (-1, 0)."""
    at = m.head + 1
    if m.entry.pos != "verb" or at >= m.last:
        return -1, 0
    size = _group_size(words, at, oblique=False)
    return (at, size) if size else (-1, 0)

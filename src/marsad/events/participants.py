"""Source and target of one trigger: the ordered steps (word order, masdar genitives, relatives, passives,
verbs of undergoing, marked recipients, shared and carried subjects, fallbacks) that read them off the
clause's mentions."""

from __future__ import annotations

from functools import cache

from marsad.events.clauses import RELATIVE_PRONOUNS
from marsad.events.constructions import (
    ALLEGATION_WINDOW,
    BETWEEN_WINDOW,
    REQUEST_OBJECT_WINDOW,
    SUFFER_AGENT_WINDOW,
    apposed_title_subject,
    between_others,
    complement_subject,
    condition_subject,
    coordinated_noun,
    joined_party,
    light_verb_agent,
    marked_noun,
    meeting_joiner,
    suffer_verb,
    sufferer,
)
from marsad.events.lexicon import TriggerMatch, Word, key_set, read_data
from marsad.events.mentions import (
    NISBA_TYPES,
    PERSON_TYPES,
    STATE_SECTORS,
    Mention,
    SentenceContext,
    accusative_generic,
    attributed,
    bare_key,
    mention_span_key,
    nominative_generic,
    office_words,
    participant_fields,
    participants_of,
    placeish,
    same_side,
    strip_article,
)
from marsad.events.recipients import (
    adjunct_place,
    asked_party,
    broken_with,
    goods_origin,
    honorific_subject,
    named_toll_victim,
    noun_prep_pronoun,
    office_building,
    place_holder,
    prep_pronoun,
    pronoun_recipient,
    protested_party,
    punished_party,
    recipient_words,
    relative_agent,
    relative_recipient,
    request_sender,
    titled_recipient,
    titled_victim,
    toll_victims,
    town_victims,
)
from marsad.events.reference import (
    carried_actors,
    first_person,
    group_reference,
    plural_reference,
    pronoun_referent,
    refers_back,
    relative_antecedent,
)
from marsad.events.resources import CoderResources
from marsad.events.roles import (
    PROTESTER_SECTORS,
    accused_pronoun,
    agrees,
    bi_light_agent,
    bi_light_gap_agent,
    complement_genitive,
    disagrees_before,
    dismissed_pronoun,
    dismissed_referent,
    feminine_party,
    feminine_state,
    first_stem_participle,
    governs,
    hamza_verb,
    is_circumstantial,
    is_passive,
    is_victim,
    masculine_singular_verb,
    masdar_complement_object,
    more_specific,
    object_pronoun,
    oblique_adjective,
    oblique_plural,
    obtained_noun,
    participle_after_comma,
    phrase_nisba,
    plural_people,
    plural_verb,
    pronoun_agrees,
    pronoun_genitive,
    relative_clause_object,
    relative_disagrees,
    resumes_antecedent,
    sanction_genitive,
    singular_verb,
    sole_accused,
    spokesman_body,
    titled_prep_phrase,
    unknown_subject,
)
from marsad.language.normalize import normalize_key
from marsad.model import Participant

FALLBACK_TARGET_PREPS = frozenset({"ضد", "على", "علي", "ل", "ب", "الى", "بحق", "تجاه", "حيال", "ازاء"})
RELATIVE_SUBJECT_GAP = 2
"""Words from a relative clause's verb to its subject after it (طالب الجانب الفلبيني: a head noun, then the nisba)."""
NOUN_AGENT_WINDOW = 8
"""How far after an event noun its agent phrase (من قبل، على يد) may stand."""
ARMED_AGENT_SECTORS = frozenset({"MIL", "GOV", "COP"})
"""Sectors of a party after لـ that is a force noun's agent (غارة للجيش الأميركي), not its target."""
GROUP_AGENT_SECTORS = frozenset({"REB"})
"""Armed groups after لـ that are a force noun's agent (هجوم لتنظيم داعش، الهجوم لميليشيا الحوثي) when the
noun does not take لـ as its recipient preposition (قصف، غزو do: قصف للحوثيين may be shelling them)."""
LA_AGENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
"""Event nouns of force whose لـ-marked armed party is their agent (غارة للتحالف، حملة اعتقالات لقوات الأمن)."""
ADJECTIVE_BREAKS = frozenset({"في", "على", "علي", "من", "الى", "عن", "مع", "ضد", "منذ", "بعد", "قبل"})
ARMED_AGENT_WINDOW = 2
"""How far after an attack noun its لـ-marked agent may stand (غارة جوية للتحالف: one adjective between)."""


def armed_agent_after(ctx: SentenceContext, m: TriggerMatch, after: list[Mention]) -> Mention | None:
    """Armed forces after لـ right after a force noun (its adjectives allowed between: غارة جوية
    للجيش، قصفا مدفعيا للقوات التركية، هجوم لتنظيم داعش) are its agent — لـ marks the possessor of the
    noun, as in "غارات لمقاتلات التحالف"; "قصف لمواقع الجيش" names no force after لـ, so stays a target.
    State forces (MIL, GOV, COP) own any attack noun; an armed group (REB), and any armed party of a
    coercion or a deployment noun, only when the noun's entry does not take لـ for its recipient (قصف
    للحوثيين، غزو لأوكرانيا). Not after a noun with a pronoun (هجومها لقوات ...: the pronoun is the agent)."""
    entry = m.entry
    if m.enclitics or entry.pos != "noun" or entry.type not in LA_AGENT_TYPES:
        return None
    # a noun that takes لـ for its recipient (قصف لـ) or its object (تدمير لـ) keeps an armed group there
    # and so does a blow (ضربة قاصمة لميليشيات الحوثي: a blow to them; cues.yaml: recipients.struck_after_la)
    la_object = (
        "ل" in entry.target_preps
        or entry.object_target
        or normalize_key(entry.lemma) in recipient_words().struck_after_la
    )
    if entry.type != "ASSAULT" and la_object:
        return None
    words = ctx.view.words
    for x in after:
        if x.first - m.last > ARMED_AGENT_WINDOW:
            return None
        sector = x.entities[0].sector
        if x.prep != "ل" or not (
            sector in ARMED_AGENT_SECTORS or (sector in GROUP_AGENT_SECTORS and not la_object)
        ):
            return None
        between = words[m.last + 1 : x.first]
        # only adjectives of the noun between it and the agent (الجوية، مدفعي، المكثفة); before a group a
        # nisba or a definite adjective only (هجوم انتحاري لتنظيم داعش، الهجوم الأخير للحوثيين): another
        # word may be the noun's object (تدمير مخبأين للإرهابيين: the hideouts are the terrorists')
        if all(_adjective_like(w) for w in between) and (
            sector in ARMED_AGENT_SECTORS or all(_group_adjective(w, noun=words[m.last]) for w in between)
        ):
            return x
        return None
    return None


NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون")
"""Endings of a nisba adjective (normalized: ة is ه): انتحاري، الجوية; المسلحين is not one (a few other
adjectives end so too: قوية)."""


DEFINITE_OPENINGS = ("ال", "بال", "لل", "كال")


def _group_adjective(w: Word, *, noun: Word) -> bool:
    """A word that is surely an adjective of the noun: a nisba, or definite after a definite noun."""
    key = w.norm.lstrip("وف")
    definite = key.startswith("ال") and noun.norm.lstrip("وف").startswith(DEFINITE_OPENINGS)
    return key.endswith(NISBA_ENDINGS) or definite


def _adjective_like(w: Word) -> bool:
    """A word that can stand between an attack noun and its agent: not a preposition of its own."""
    return w.norm not in ADJECTIVE_BREAKS


ATTACK_NOUN_GAP = 2
"""At most this many adjectives between an attack noun and the verb describing it (هجوما صاروخيا استهدف)."""


@cache  # a read-only word list, loaded once per process (as recipients.recipient_words)
def toward_words() -> frozenset[str]:
    """``cues.yaml: participants.toward``: prepositions of direction, whose party is a recipient."""
    return key_set(read_data("cues.yaml")["participants"]["toward"])


@cache  # a read-only word list, loaded once per process (as recipients.recipient_words)
def state_recipient_preps() -> frozenset[str]:
    """``cues.yaml: participants.state_recipient``: prepositions after which a state's name is a recipient."""
    return key_set(read_data("cues.yaml")["participants"]["state_recipient"])


@cache  # a read-only word list, loaded once per process (as recipients.recipient_words)
def min_agent_nouns() -> frozenset[str]:
    """``cues.yaml: participants.min_agent_nouns``: event nouns whose party right after من is the agent."""
    return key_set(read_data("cues.yaml")["participants"]["min_agent_nouns"])


def min_agent(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """ "وسط استهجان من النواب العرب": a party right after من after one of the ``min_agent_nouns`` (no pronoun on
    it) is the noun's agent (eighteenth round)."""
    if m.entry.pos != "noun" or m.enclitics or x.prep != "من" or x.place or x.first != m.last + 2:
        return False
    return strip_article(ctx.view.words[m.last].norm.lstrip("وفب")) in min_agent_nouns()


@cache  # read-only, loaded once per process
def state_recipient_types() -> frozenset[str]:
    """``cues.yaml: participants.state_recipient_types``: the event types ``recipient_state`` applies to."""
    return frozenset(read_data("cues.yaml")["participants"]["state_recipient_types"])


def recipient_state(x: Mention) -> bool:
    """A state named after ضد، على، بحق ... (على روسيا، بحق كل من كندا والصين): a side, not a place. A state's
    entity has the state itself as its actor (a city or region has none, or a place id)."""
    ent = x.entities[0]
    return (
        not x.place
        and ent.country is not None
        and ent.actor == ent.country
        and (x.prep in state_recipient_preps() or x.before_prep in state_recipient_preps())
    )


@cache  # a read-only word list, loaded once per process (as recipients.recipient_words)
def attack_nouns() -> frozenset[str]:
    """``cues.yaml: attack_nouns``: nouns of an attack a verb of force may describe (هجوما ... استهدف)."""
    return key_set(read_data("cues.yaml")["attack_nouns"])


def described_attack_noun(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> int:
    """The index of the attack noun a verb of force describes right after it (up to two adjectives between, no
    party, no preposition), or -1: "هجوما صاروخيا استهدف مواقع"، "الغارات استهدفت مخازن". The verb's subject is
    the attack itself, so the party after the verb is its object."""
    if m.entry.type != "ASSAULT" or m.entry.pos != "verb":
        return -1
    words = ctx.view.words
    if words[m.head].norm.lstrip("وف") in res.light_verbs:
        return -1  # وردا على الهجوم شنت الولايات المتحدة غارات: a light verb carries its own noun
    taken = {k for x in ctx.mentions for k in range(x.first, x.last + 1)}
    nouns = attack_nouns()
    for k in range(m.head - 1, max(-1, m.head - ATTACK_NOUN_GAP - 2), -1):
        if k in taken or words[k].norm in ADJECTIVE_BREAKS:
            return -1
        key = words[k].norm.lstrip("وف")
        if (
            key in nouns
            or strip_article(key) in nouns
            or (key[:1] == "ب" and strip_article(key[1:]) in nouns)
        ):
            return k
    return -1


LIGHT_SUBJECT_BEFORE = 5
"""How far before the light verb its subject may stand (a day between: الجيش المصري صباح اليوم السبت بتنفيذ)."""
LIGHT_VERB_BEFORE_NOUN = 4
"""How far before the attack noun the light verb carrying it may stand (شن، مساء الأربعاء، هجوما)."""


def described_noun_agent(
    ctx: SentenceContext, noun: int, cstart: int, *, res: CoderResources
) -> Mention | None:
    """The agent of an attack noun a verb describes: the subject of the light verb carrying the noun ("الجيش
    الإسرائيلي شن، مساء الأربعاء، هجوما صاروخيا استهدف"، "شنت مقاتلات التحالف ... غارات جوية استهدفت"), else
    none — a party before the noun that carries it by another verb ("اعترضت السعودية صاروخا استهدف الرياض":
    the interceptor) or a speaker is not its agent."""
    words = ctx.view.words
    bound = res.bound_preps
    free = [x for x in ctx.mentions if x.prep not in bound and not x.place and x.first >= cstart]
    for v in range(noun - 1, max(cstart - 1, noun - LIGHT_VERB_BEFORE_NOUN - 1), -1):
        key = words[v].norm.lstrip("وف")
        if key not in res.light_verbs and not (key[:1] in ("ب", "ل") and key[1:] in res.light_verbs):
            continue  # (بتنفيذ، لشن: a light masdar after its preposition)
        after = next((x for x in free if v < x.first < noun), None)
        if after is not None:
            return after
        # قام الجيش المصري صباح اليوم السبت بتنفيذ ضربات جوية استهدفت: the subject before, a time between
        return next((x for x in reversed(free) if v - LIGHT_SUBJECT_BEFORE <= x.last < v), None)
    return None


HAND_WORDS = frozenset({"يد", "ايدي", "قبضه"})
"""After على they mark an agent (على يد X: by X); after من the one something is taken from (من يد X،
من قبضة X)."""


def from_hands(ctx: SentenceContext, x: Mention) -> bool:
    """ "من يد / من أيدي X": from the hands of X — X loses what is taken, it does not act."""
    return x.prep in HAND_WORDS and x.first >= 2 and ctx.view.words[x.first - 2].norm.lstrip("و") == "من"


def visit_subject(ctx: SentenceContext, m: TriggerMatch, x: Mention, *, res: CoderResources) -> bool:
    """``x`` stands right after the visit verb that is the trigger (زار ماكرون مصر، يزور الرئيس الروسي ... تركيا):
    a party that is not a place is the visitor, the verb's subject (VSO), though the verb is also a destination word
    (cues.yaml ``destination``) after which a place is where one goes (recall round 13)."""
    return (
        m.entry.pos == "verb"
        and x.first == m.last + 1
        and x.prep in res.destination_preps
        and ctx.view.words[m.head].norm.lstrip("و") in res.destination_preps
        and not placeish(x)
    )


def agent_phrase(ctx: SentenceContext, x: Mention, *, res: CoderResources) -> bool:
    """``x`` follows an agent phrase: من قبل or على يد / على أيدي — not قبل alone ("قبل زيارة بوتين":
    before) and not من يد ("استعادة السيطرة ... من يد التنظيم": from the hands of)."""
    if x.prep not in res.agent_words or x.first < 2 or from_hands(ctx, x):
        return False
    return ctx.view.words[x.first - 2].norm.lstrip("و") in ("من", "علي", "على")


OBJECT_AFTER_COMMA = 12
"""How far after a transitive verb its object may stand when an adjunct and a comma separate them."""


def object_after_comma(
    ctx: SentenceContext,
    m: TriggerMatch,
    actors: list[Mention],
    source: list[Participant],
    *,
    res: CoderResources,
) -> list[Participant]:
    """The object of a transitive verb named after the subject, an adjunct and a comma: "اتهمت منظمة هيومن
    رايتس ووتش في تقرير نشرته الاثنين، الجيش المصري"، "حذرت وزيرة الدفاع الألمانية ...، الولايات المتحدة".
    The clause split at the comma left it out of the verb's clause. It must be the first word after the
    comma, a bare party (no preposition), of a known country that is not the subject's own (an apposition
    "الزعيم الكوري الشمالي، كيم جونغ اون" renames the subject)."""
    words = ctx.view.words
    own = {p.country for p in source}
    bound = res.bound_preps
    reach = m.last + OBJECT_AFTER_COMMA
    for x in ctx.mentions:
        if x.first <= m.last or any(x is a for a in actors):
            continue
        if adjunct_place(ctx, x, res=res):
            # (استقبل ...، في قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع الأميركي: twenty-eighth round)
            reach = x.last + OBJECT_AFTER_COMMA
            continue
        if x.first > reach:
            return []
        gap = ctx.story.text[words[x.first - 1].end : words[x.first].start]
        if "،" not in gap and "," not in gap:
            return []  # the first party outside the clause is not right after a comma
        countries = {e.country for e in x.entities}
        if x.prep in bound or x.place or None in countries or same_side(x, own):
            return []
        return participants_of(ctx, x)
    return []


TITLE_WORDS = 3
"""How many words of an office may stand between a masdar and the name of its holder ("استقالة رئيس الوزراء
ديفيد كاميرون": two)."""


def titled_genitive(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """The name right after an office that is the masdar's genitive ("انسحاب الرئيس دونالد ترامب من الاتفاق"،
    "استقالة رئيس الوزراء ديفيد كاميرون"; recall round 5): the entity stage tags the name, not its office, so
    the genitive is the office and its holder, one party. The gap: an office word of ``agents.yaml: offices``
    (no preposition on it) right after the masdar, then at most two definite words that belong to no entity (الوزراء، الأمريكي،
    السابق), as ``mentions._office_prep`` reads an office before a name."""
    words = ctx.view.words
    gap = words[m.last + 1 : x.first]
    if not 0 < len(gap) <= TITLE_WORDS or not _bare_office(gap[0].norm):
        return False
    return all(
        w.norm.startswith("ال") and not any(e.start < w.end and w.start < e.end for e in ctx.entities)
        for w in gap[1:]
    )


def _bare_office(key: str) -> bool:
    """An office word with no clitic but ال: a preposition on it ("الشكر للزعيم الكوري"، "اجتماعها برئيس
    الجمهورية") marks a recipient, not the genitive."""
    offices = office_words()
    return key in offices or (key.startswith("ال") and key[2:] in offices)


OBJECT_AFTER_AGENT = 2
"""How far after a masdar's genitive agent its object may stand (استهداف إسرائيل مواقع إيرانية: one noun
between)."""


def two_genitives(genitive: Mention, free_after: list[Mention]) -> bool:
    """A masdar with two bare parties in a row (استهداف إسرائيل مواقع إيرانية، اتهام بريطانيا روسيا): the
    first is its agent, the second its object — the masdar takes its agent as genitive and keeps the verb's
    object in the accusative. Only when both name a known country and not the same one (in "اعتقال الشرطة
    التركية صحفيين أتراك" the two are one side, and an unknown name after a title is its holder)."""
    nxt = next((x for x in free_after if x.first > genitive.last), None)
    if nxt is None or nxt.first - genitive.last > OBJECT_AFTER_AGENT:
        return False
    first = {e.country for e in genitive.entities}
    second = {e.country for e in nxt.entities}
    return None not in first and None not in second and not first & second


def where_protested(etype: str, x: Mention) -> bool:
    """تظاهر آلاف الأشخاص ... في وسط تل أبيب: a city or country after في (or في and a noun of place) is where a
    protest is held, not the party protested against (that one follows ضد، أمام or a purpose: تنديدا بـ)."""
    return etype == "PROTEST" and placeish(x) and "في" in (x.prep, x.before_prep)


KULL = normalize_key("كل")
"""The partitive head of "كل من X وY" (each of X and Y, ``agents.yaml: partitives``)."""


def kull_list(ctx: SentenceContext, x: Mention) -> bool:
    """``x`` opens with كل من: the partitive read the list as كل's argument, with no preposition."""
    words = ctx.view.words
    return (
        x.first + 1 < len(words)
        and words[x.first].norm.lstrip("و") == KULL
        and words[x.first + 1].norm == "من"
    )


def kull_object(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """A "كل من X وY" list after a verb is its object, not its subject (session 11, evfix), when the verb's
    subject stands between them ("وناشدت العدل الدولية كل من إيران وأمريكا"، "وهاجم بالحاج كل من حكومة
    الوفاق": a word that is neither a time expression, "تعقد مساء الأحد كل من ...", nor a preposition with a
    pronoun, "الذي وافقت عليه كل من حماس"), when the verb is a participle of a حال clause, whose subject is
    the main clause's ("داعيا كل من نقابة الصحفيين"), or when a masculine singular verb disagrees with the
    list's first party, feminine ("وشكر كل من فرنسا وبريطانيا": the list as subject takes its first party's
    gender, "واتهمت كل من الولايات المتحدة وبريطانيا"، "ونفت كل من روسيا")."""
    words = ctx.view.words
    if not (m.last < x.first and kull_list(ctx, x)):
        return False
    if is_circumstantial(m) or first_stem_participle(m):
        return True
    prep_pronouns = recipient_words().prep_pronouns
    times = ctx.story.times
    for w in words[m.last + 1 : x.first]:
        if w.norm not in prep_pronouns and not any(t.start <= w.start and w.end <= t.end for t in times):
            return True
    first = Mention(entities=x.entities[:1], first=x.first, last=x.first, prep=x.prep, place=x.place)
    return masculine_singular_verb(m) and feminine_party(first)


def verb_object(ctx: SentenceContext, subject: Mention, obj: Mention) -> bool:
    """``obj`` is a bare party right after ``subject``, and ``subject`` right after a word no party covers
    (its verb: "حرمت طهران أهالي الأحواز"): verb, subject, object."""
    return (
        obj.first == subject.last + 1
        and obj.prep not in ctx.res.non_subject_preps
        and subject.first >= 1
        and not obj.place
        and not subject.place
        and ctx.view.words[subject.first - 1].norm not in ctx.res.non_subject_preps
    )


def fronted(ctx: SentenceContext, x: Mention, cstart: int, *, res: CoderResources) -> bool:
    """``x`` opens its clause (at its start, or right after a complementizer: "إن إيران اتهمتها"), where a
    fronted object stands; a party after another word is more likely that word's subject or genitive
    ("أصدرت محكمة جنايات دبي، الأحد، حكمها": the court's ruling, حكم read as a verb)."""
    return x.first == cstart or (
        x.first > 0 and ctx.view.words[x.first - 1].norm.lstrip("وف") in res.modality.complementizers
    )


DETAINED_MODES = frozenset({"arrest", "deport"})
"""COERCE modes whose noun's pronoun genitive is the one acted on (اعتقاله: his arrest), not the agent."""


def private(x: Mention) -> bool:
    """``x`` names persons outside the state's bodies: a person or a nisba with no GOV, MIL, COP or JUD sector."""
    return all(
        (e.type in PERSON_TYPES or e.type in NISBA_TYPES) and e.sector not in STATE_SECTORS
        for e in x.entities
    )


def same_actor(p: Participant, source: list[Participant]) -> bool:
    """``p`` is an actor of ``source`` named again. A country's civilians are not its state's bodies named again
    (thirteenth round): a generic agent takes its country as its actor, so "قضت محكمة إيرانية بسجن 16 امرأة
    إيرانية" had the women (IRN, CVL) dropped as the court (IRN, JUD) named again."""
    return any(
        p.actor and q.actor == p.actor and not (p.sector == "CVL" and q.sector in STATE_SECTORS)
        for q in source
    )


def read_participants(
    ctx: SentenceContext,
    m: TriggerMatch,
    actors: list[Mention],
    cstart: int,
    previous: SentenceContext | None,
    pronoun_subject: Mention | None,
    *,
    res: CoderResources,
) -> tuple[list[Participant], list[Participant], bool]:
    """Source, target, and whether the source was carried over from an earlier sentence.

    ``pronoun_subject``: in "قال ترامب إنه سيجتمع مع كيم" the pronoun on إنه is the subject, and it
    is the speaker."""
    entry = m.entry
    after = [x for x in actors if x.first > m.head]
    before = [x for x in actors if x.last < m.head]
    bound = res.bound_preps
    # من أيدي المعارضة: the one something is taken from is no subject (يستعيد أغلب المناطق من أيدي المعارضة)
    free_after = [
        x
        for x in after
        if (x.prep not in bound or visit_subject(ctx, m, x, res=res)) and not from_hands(ctx, x)
    ]
    subject: Mention | None = None
    obj: Mention | None = None
    topic: Mention | None = None  # a fronted object the verb's pronoun resumes (fourteenth round)
    accused = False  # the pronoun of an accusation's noun is the one accused (sixteenth round)
    referent = False  # تقديم الشكر له: the pronoun refers to the party before the noun (eighteenth round)
    free_before = [x for x in before if x.prep not in bound]
    # غارة جوية للجيش الأميركي، بغارة للتحالف العربي: armed forces after لـ own the attack noun, even
    # one coordinated with an earlier attack (قصف مدفعي لقوات الجيش ...، وغارات مركزة لطيران التحالف)
    la_agent = armed_agent_after(ctx, m, after)
    # a verb joined by و (وحظرت، وعاقبت); not with a pronoun on it: "تجميد حساباتهم ومنعهم من السفر" is
    # also a masdar and its genitive
    joined = entry.pos == "verb" and "و+" in m.proclitics and not m.enclitics
    circumstantial = la_agent is None and (
        is_circumstantial(m)
        # داعيا after a report: the speaker is its subject (records.code_match gives it as pronoun_subject)
        or (pronoun_subject is not None and first_stem_participle(m))
        # داعيا after a comma with no report read: still a حال (twenty-sixth round)
        or participle_after_comma(ctx, m)
        or coordinated_noun(ctx, m, free_after, entry.target_preps)
    )
    # a verb form right after a preposition is a masdar (عن إدانته: his condemnation), its pronoun the agent
    as_masdar = (
        entry.pos == "verb" and m.head > 0 and ctx.view.words[m.head - 1].norm in res.non_subject_preps
    )
    # هجوما صاروخيا استهدف مواقع: a verb describing the attack noun before it (its subject is the attack)
    described = described_attack_noun(ctx, m, res=res)
    if circumstantial:
        # متهما طهران، داعيا واشنطن: the participle's subject is the main clause's, what follows is its object
        obj = free_after[0] if free_after else None
    elif (
        entry.pos == "verb"
        and free_before
        and m.head - free_before[-1].last <= 2
        and not free_before[-1].place
        and not free_before[-1].locative
        and not (singular_verb(m) and plural_people(free_before[-1]))
        and not (disagrees_before(m, free_before[-1]) and not as_masdar)
    ):
        # SVO: a bare mention just before the verb (كييف قد اتهمت، روسيا أطلقت) is its subject
        subject = free_before[-1]
        obj = free_after[0] if free_after else None
        if (
            object_pronoun(m)
            and free_after
            and free_after[0].first - m.last <= 1
            and not free_after[0].place
            and pronoun_agrees(m, subject)
            and fronted(ctx, subject, cstart, res=res)
        ):
            # "والحكومة اتهمتها المعارضة": the verb's object is its pronoun, which agrees with the party before
            # it; a party right after the verb is then its subject, and the one before is the object, fronted
            # (fourteenth round)
            topic, subject = subject, free_after[0]
            obj = None
    elif entry.pos == "verb" and not (as_masdar and m.enclitics):
        # VSO: the first bare mention right after the verb (before any other content) is the subject
        # a first-person verb (نطالب، أوقفنا) carries its subject: the party after it is its object
        resumptive = m.last + 1 < len(ctx.view.words) and ctx.view.words[m.last + 1].norm in res.resumptive
        if (
            free_after
            # (استقبل خادم الحرمين الشريفين الملك سلمان: an honorific before the name, twenty-eighth round)
            and (free_after[0].first - m.last <= 3 or honorific_subject(ctx, m, free_after[0]))
            # تغريدة توعد فيها روسيا: the verb describes a noun, its subject was named before it (a feminine
            # state cannot be the subject of a masculine verb; "وثيقة تعهدت فيها كوريا الشمالية" can)
            and not (resumptive and masculine_singular_verb(m) and feminine_state(free_after[0]))
            # (واعتدى متظاهرون على رجال الأمن: a nominative plural with a party after it is the subject; alone
            # after the verb it may be an unmarked passive's patient, "وقد اعتقل شخصان آخران", recall round 6)
            and not (
                is_victim(entry.type, free_after[0])
                and not (
                    nominative_generic(ctx, free_after[0])
                    and any(x.first > free_after[0].last for x in after)
                )
            )
            # (غرب محافظة مأرب، شوارع موسكو: a place after a place noun or a direction word says where)
            and not free_after[0].locative
            # (طالبت بنشر قوات أوروبية: the genitive of a noun with ب or ل is in the complement)
            and not complement_genitive(ctx, m, free_after[0])
            # (وشكرهم للرئيس الأمريكي: the nisba of a title with ل is in a prepositional phrase)
            and not titled_prep_phrase(ctx, free_after[0])
            # (التي خطفت أبو جمال: a party of the other gender after a relative clause's verb is its object)
            and not relative_clause_object(ctx, m, cstart, free_after[0])
            # (وأطلق النار على سائق برتغالي: the nisba of a noun after a preposition word is in its phrase)
            and not phrase_nisba(ctx, m, free_after[0])
            and not first_person(m)
            # حاصروا مقر القنصلية: a plural verb's subject is never after it (fourteenth round)
            and not plural_verb(m)
            # دهس شرطيا بسيارته: an indefinite accusative is the verb's object
            and not accusative_generic(ctx, free_after[0])
            # واتهم ألمانيا بتبني: a lone party right before the charge of اتهم is the one accused (evtarget2)
            and not sole_accused(ctx, m, free_after[0])
            # هجوما صاروخيا استهدف مواقع قوات النظام: the verb describes the attack noun before it, which is
            # its subject; the party after it is its object
            and described < 0
            # (not after the bare 3ms form, which is also the masdar: "عقب شن متطرفين هجمات")
            and not (m.form != normalize_key(entry.lemma) and oblique_plural(ctx, free_after[0], m))
            # وحث المواطنين على: the bare form (also the masdar) with its complement right after the plural
            and not masdar_complement_object(ctx, m, free_after[0])
            # وشكر كل من فرنسا وبريطانيا: a كل من list in the object's place
            and not kull_object(ctx, m, free_after[0])
            # داعيا الأخوة اليمنيين: the -يين adjective of a definite word is oblique (thirtieth round)
            and not oblique_adjective(ctx, m, free_after[0])
        ):
            subject = free_after[0]
            rest = free_after[1:]
        else:
            rest = free_after
        apposed = apposed_title_subject(ctx, m, free_after) if subject is None and not free_before else None
        if apposed is not None:
            # "رفض النائب الأول لمندوب روسيا ...، ديميتري بوليانسكي،": the office before the name (evrecall7)
            subject, rest = apposed[0], [x for x in free_after if x.first > apposed[1].last]
        spoken = spokesman_body(ctx, m)
        if spoken is not None and (subject is None or subject is spoken):
            # طالب المتحدث الرسمي باسم الحكومة الفلسطينية: the body the spokesman speaks for (fifteenth round)
            # (a name right after the body is the spokesman's own: "... الفلسطينية يوسف المحمود")
            subject = spoken
            rest = [
                x
                for x in free_after
                if x is not spoken
                and not (x.first == spoken.last + 1 and all(e.type in PERSON_TYPES for e in x.entities))
            ]
        if described >= 0:
            subject = described_noun_agent(ctx, described, cstart, res=res)
        elif subject is None and before and not unknown_subject(ctx, m):
            agreeing = [
                x
                for x in free_before
                if not (singular_verb(m) and plural_people(x))
                and not (disagrees_before(m, x) and not as_masdar)
                and not x.locative
            ]
            subject = agreeing[-1] if agreeing else None
        elif (
            subject is not None
            and free_before
            and m.head > 0
            and ctx.view.words[m.head - 1].norm in res.non_subject_preps
            and more_specific(free_before[-1], subject)
        ):
            # a verb form after a preposition is a masdar (بوريطة أعلن عن قطع علاقات المغرب): as above
            subject = free_before[-1]
        obj = rest[0] if rest else None
    else:
        genitive = (
            free_after[0]
            if free_after and (free_after[0].first - m.last <= 1 or titled_genitive(ctx, m, free_after[0]))
            else None
        )
        governor = free_before[-1] if free_before and not free_before[-1].locative else None
        # a transitive masdar's genitive is its object (طرد السفير، اعتقال الصحفي) unless a recipient is
        # marked after it (غزو موسكو لأوكرانيا، زيارة بوتين للصين): then the genitive is the agent
        marked = genitive is not None and (
            any(x.first > genitive.last and x.prep in entry.target_preps for x in after)
            # (not after a pronoun genitive: in "تزويده ميليشيا الحوثي" the pronoun is the agent)
            or (not m.enclitics and two_genitives(genitive, free_after))
        )
        patient_first = (
            entry.object_target
            and not marked
            # (إقالة وزير التربية: a sanction's noun too, twenty-second round)
            and (governor is not None or entry.type in ("COERCE", "ASSAULT") or sanction_genitive(ctx, m))
        )
        if genitive is not None and patient_first:
            subject, obj = governor, genitive
        elif genitive is not None:
            subject = genitive
            if governor is not None and more_specific(governor, genitive):
                # بوريطة أعلن عن قطع علاقات المغرب: the country acts through the named official
                subject = governor
            obj = next((x for x in free_after[1:]), None)
        else:
            subject = governor if governs(ctx, governor, m, entry.type) else None
            if subject is not None and accused_pronoun(ctx, m) and private(subject):
                # "لبنانية تدعى منى مذبوح ... في قضية اتهامها بنشر شريط فيديو": the pronoun of an accusation's
                # noun with its charge after ب is the one accused, and the party it refers to no accuser; the
                # accuser is not named (sixteenth round)
                obj, subject, accused = subject, None, True
            elif (
                subject is not None
                and not free_after
                and agrees({noun_prep_pronoun(ctx, m)} - {""}, subject)
                and ctx.sources_out
            ):
                # "وشكر نتنياهو الرئيس الأمريكي ...، إلى جانب تقديم الشكر له": the pronoun of the recipient's
                # preposition right after the noun refers to the party before it, who is the one acted on; the
                # actor is the sentence's earlier event's (eighteenth round)
                obj, subject, referent = subject, None, True
            if la_agent is not None:
                # a party before the noun is then a victim (قتل عدد من عناصر الميليشيات بغارة للتحالف)
                # or a nisba of a place, not its agent
                subject = la_agent
    # قامت بريطانيا بسحب 23 دبلوماسيا روسيا: the subject of قام is the agent of the noun after its ب, and the noun's
    # genitive is what is acted on, whatever preposition follows (twenty-first round)
    bi_agent = bi_light_agent(ctx, m, res=res)
    if bi_agent is None:
        # قامت على إثر ذلك بمساندة: an adverbial between the verb and the noun (thirtieth round)
        bi_agent = bi_light_gap_agent(ctx, m, res=res)
    bi_object: Mention | None = None
    if bi_agent is not None:
        subject = bi_agent
        bi_object = free_after[0] if free_after and free_after[0].first - m.last <= 1 else None
        obj = bi_object
    antecedent = relative_antecedent(ctx, m, cstart, locs=res.location_preps)
    if antecedent is not None:
        if object_pronoun(m) and resumes_antecedent(ctx, m, cstart):
            # الدوحة، التي تتهمها الدول المقاطعة: the pronoun on the verb is the antecedent (the recipient)
            subject = free_after[0] if free_after else None
            obj = antecedent
        elif relative_disagrees(ctx, m, cstart):
            # بند ... التي طالب الجانب الفلبيني بوضعها: the verb does not agree with the relative pronoun, so its
            # subject is the party right after it, and the antecedent lies in its complement (nineteenth round)
            near = (
                free_after[0] if free_after and free_after[0].first - m.last <= RELATIVE_SUBJECT_GAP else None
            )
            subject, obj = near, None
        else:
            # الولايات المتحدة التي طالبت برلين: the antecedent is the subject, what follows the object
            subject, obj = antecedent, free_after[0] if free_after else None
    if obj is not None and any(w.norm in res.passive_markers for w in ctx.view.words[m.last + 1 : obj.first]):
        # هددت الخطوط الجوية ... حتى يتم إطلاق سراح رئيسها فتحي الشطي: a noun after تم/يتم + masdar is the
        # patient of that passive clause, not the object of the trigger before it
        obj = None
    passive = is_passive(ctx, m, res=res)
    # تتهمه منظمات حقوقية بتفكيك ...: the verb's object is its pronoun, which refers back; a party named
    # after the subject belongs to the complement, not to the object slot
    pronoun_object = (
        entry.pos == "verb" and antecedent is None and not passive and not as_masdar and object_pronoun(m)
    ) or (antecedent is None and not passive and hamza_verb(ctx, m))  # أقاله read by إقالة's entry (round 25)
    if pronoun_object:
        obj = None
    if passive:
        # تم اعتقال X، مقتل X على يد Y، قُتل X: X is the recipient; the agent, if any, follows على يد / من قبل
        agent = next((x for x in after if x.prep in res.agent_words and not from_hands(ctx, x)), None)
        patient = next((x for x in after if x.prep not in bound and x is not agent), None)
        if patient is None and subject is not None and subject is not agent:
            patient = subject
        subject, obj = agent, patient
        free_after = [x for x in free_after if x is not agent]
    suffered = None if passive or not (entry.pos == "noun" or as_masdar) else suffer_verb(ctx, m, res=res)
    if suffered is not None and not marked_noun(ctx, m, suffered):
        suffered = None
    # "مقابل حصول الحكومة على دعم أكبر": the one who obtains is no actor, and none of the previous event is carried
    # to what is obtained when no agent follows من (twentieth round)
    obtained = suffered is not None and obtained_noun(ctx, m, suffered)
    if suffered is not None:
        # تعرضت قطر لانتقادات من جماعات حقوق الإنسان: the one who suffers is the recipient, the agent
        # follows من / من قبل; with no agent named there is no acting side
        subject = next(
            (
                x
                for x in ctx.mentions
                if m.last < x.first <= m.last + SUFFER_AGENT_WINDOW
                # (بمساندة كل من قطر وتركيا: the من of كل من, read as the partitive's)
                and (
                    x.prep == "من"
                    or x.prep in res.agent_words
                    or (x.first == m.last + 1 and kull_list(ctx, x))
                )
            ),
            None,
        ) or light_verb_agent(ctx, m, res=res, backward=False)
        obj = sufferer(ctx, suffered, m, bound=bound)
    given_by = subject  # what is obtained is given by the party after من alone (twentieth round)
    # the first party marked by one of the entry's prepositions, directly (لأوكرانيا) or through one noun
    # (على بضائع صينية، للتدخلات الإيرانية): whichever comes first
    target_m = next(
        (
            x
            for x in after
            if x is not subject
            and (
                x.prep in entry.target_preps
                or x.before_prep in entry.target_preps
                or x.lead in entry.target_preps
            )
            and not where_protested(entry.type, x)
        ),
        None,
    )
    if topic is not None and antecedent is None and not passive:
        target_m = topic
    if (
        target_m is not None
        and entry.object_target
        and entry.pos == "verb"
        and subject is not None
        and obj is not None
        and obj is not subject
        and obj.first < target_m.first
        and obj.first == (subject.last if subject.first > m.head else m.last) + 1
        and obj.prep not in res.non_subject_preps
        and not placeish(obj)
    ):
        # دعا العاهل السعودي ملك الأردن إلى عقد اجتماع يضم إضافة إلى السعودية: the object right after the
        # subject is the one called on; a party marked farther on lies in what is called for
        target_m = obj
    if suffered is not None:
        target_m = obj
    if referent:
        target_m = obj
    if bi_object is not None and target_m is not bi_object and subject is bi_agent:
        target_m = bi_object
    if target_m is None and entry.type == "REQUEST" and entry.speech:
        # طلبت قطر أن تقدم الإمارات تعويضات: the subject of the demanded act is the one asked
        target_m = complement_subject(ctx, m, subject, res=res)
    if target_m is None and entry.object_target and obj is not None and obj is not subject:
        target_m = obj
    if target_m is None and entry.type == "ACCUSE" and entry.speech:
        # ادعى السيناتور ...، في مقابلة ...، بأن الملكة البريطانية ... تفرط: the subject of the alleged act
        # is the one accused; the claim may stand after a parenthetical (where and how it was made)
        target_m = complement_subject(ctx, m, subject, res=res, window=ALLEGATION_WINDOW)
    inflected_object = pronoun_object and m.form != normalize_key(entry.lemma)
    if target_m is None and not entry.reciprocal and entry.type != "CONSULT" and not inflected_object:
        # most events other than meetings have a recipient; take the first party marked by a
        # preposition that can mark one (ضد، على، لـ، بـ، إلى، بحق ...), not a place or a source
        # (not when an inflected verb carries its object as a pronoun: الذي تتهمه واشنطن بقيادة هجمات ...
        # للمدنيين — the accused is the pronoun's referent, the party after لـ is in the charge; the bare
        # form with a pronoun is also the masdar with its agent: دعمها للحوثيين)
        toward = toward_words()
        target_m = next(
            (
                x
                for x in after
                if x is not subject
                and (x.prep in FALLBACK_TARGET_PREPS or x.prep in toward)
                and (not placeish(x) or (entry.type in state_recipient_types() and recipient_state(x)))
            ),
            None,
        )
    if (
        target_m is None
        and not entry.reciprocal
        and entry.type != "CONSULT"
        and obj is not None
        and obj is not subject
        and not obj.place
        and obj.prep not in res.location_preps
        and not passive
        and obj.first - max(m.last, subject.last if subject is not None else -1) <= 2
    ):
        # a transitive use the lexicon does not mark (اتهام بريطانيا روسيا، اعتقلت إيران مسؤولا): the
        # bare mention after the subject is the recipient
        target_m = obj
    if entry.reciprocal and target_m is not None and target_m.prep == "بين" and subject is None:
        # لقاء بين ترامب وكيم: the parties after بين are the actors
        subject, target_m = target_m, None
    carried = False
    shared: list[Participant] | None = None
    if referent:
        shared = [Participant(**participant_fields(p)) for p in ctx.sources_out[-1]]
    # قالت الصين إنها حذرت سفينة حربية أمريكية: the pronoun on a complementizer right before the verb is
    # its subject, and the party after the verb is then its object
    comps = res.modality.complementizers
    comp_near = any(ctx.view.words[k].norm in comps for k in range(max(0, m.head - 2), m.head))
    if pronoun_subject is not None and (subject is None or subject.first < m.head or comp_near):
        if subject is not None and subject is not pronoun_subject and subject.first > m.head:
            bare_after = target_m is not None and target_m is obj and target_m.first > subject.first
            obj = obj or subject
            if target_m is None and not entry.reciprocal:
                target_m = subject
            elif bare_after and entry.object_target and not entry.reciprocal:
                # "أنها ستزود الرئيس السوري بشار الأسد بالصواريخ، رغم اعتراضات إسرائيل": the party read as the
                # subject after the verb is its object once the pronoun is the subject; the bare party after it,
                # taken as the object, is farther from the verb (thirteenth round)
                obj = target_m = subject
        subject = pronoun_subject
    relative = bare_key(ctx.view.words[cstart]) in RELATIVE_PRONOUNS
    anaphoric = any(w.norm in res.anaphora for w in ctx.view.words[cstart : m.head])
    if (
        subject is None
        and entry.pos == "verb"
        and m.head > 0
        and not (passive or relative or anaphoric or unknown_subject(ctx, m))
        and described < 0
    ):
        # a pro-drop verb in a later clause shares the subject of an earlier one (واشنطن ...، لم تقدم):
        # the actor of the event coded just before it in the sentence, not that event's object
        # (طردت الرياض السفير الكندي، وسحبت سفيرها: Riyadh recalls, not the ambassador)
        # a pro-drop singular verb (يتهمهم) does not agree with a plural of people (المسؤولين السوريين)
        singular = singular_verb(m)
        earlier = [
            x
            for x in ctx.mentions
            if x.last < cstart
            and x.prep not in bound
            and not x.place
            and not x.locative
            and not (singular and plural_people(x))
            and not (disagrees_before(m, x) and not as_masdar)
            and not attributed(ctx, x)
        ]
        if ctx.sources_out and not first_person(m):
            shared = [Participant(**participant_fields(p)) for p in ctx.sources_out[-1]]
        else:
            subject = earlier[-1] if earlier else None
            if joined and len(earlier) >= 2 and verb_object(ctx, earlier[-2], earlier[-1]):
                # وحرمت طهران أهالي الأحواز من ...، وحظرت: the bare party right after the earlier verb's subject
                # is that verb's object; the joined verb shares the subject
                subject = earlier[-2]
    joined: Mention | None = None  # the second party of a meeting جمع names (evdrop3)
    if (entry.pos == "noun" or as_masdar) and not passive and suffered is None:
        # الهجوم الذي شنته مجموعة انتحاريين، عقد الملك والرئيس لقاء قمة: the subject of the light verb
        # (شن، نفذ، عقد، أجرى) is the agent of the event noun it carries; one right after the noun
        # (its relative clause) names the agent more surely than a party before the noun
        light = light_verb_agent(ctx, m, res=res, backward=subject is None)
        if light is not None and light is not target_m:
            subject = light
            if entry.reciprocal and meeting_joiner(ctx, m) is not None:
                joined = joined_party(ctx, light, res=res)
    if (entry.pos == "noun" or as_masdar) and not passive and suffered is None:
        # إطلاق صاروخ باليستي من قبل الميليشيات الحوثية: an agent phrase after the noun names who acted
        by = next(
            (x for x in after if x.first - m.last <= NOUN_AGENT_WINDOW and agent_phrase(ctx, x, res=res)),
            None,
        )
        if by is not None and by is not target_m:
            subject = by
        elif subject is None and suffer_verb(ctx, m, res=res) is None:
            # (not after a verb of undergoing: "وواجه نجفي انتقادات من المتشددين" names the one criticised
            # before the noun, which the entities may miss)
            subject = next((x for x in after if min_agent(ctx, m, x)), None)
    if subject is None and entry.reciprocal and target_m is None:
        # لقاء بين ترامب وكيم: the parties after بين are the actors
        subject = next((x for x in after if x.prep == "بين"), None)
    relative_object = (
        antecedent is not None
        and subject is None
        and object_pronoun(m)
        and resumes_antecedent(ctx, m, cstart)
    )
    pronoun_agent = pronoun_genitive(m) or (as_masdar and bool(m.enclitics))
    detained = accused  # the pronoun of an arrest's noun refers to the one arrested: no agent is named
    if subject is None and pronoun_agent and not ctx.sources_out and not passive:
        # استقدامها، إدانته: the pronoun refers to a party named earlier in the sentence
        earlier = [
            x
            for x in ctx.mentions
            if x.last < m.head and x.prep not in bound and not x.place and not attributed(ctx, x)
        ]
        subject = earlier[-1] if earlier else None
        if (
            subject is not None
            and entry.type == "COERCE"
            and entry.mode in DETAINED_MODES
            and private(subject)
        ):
            # "خشية اعتقالها"، "فور ترحيله إلى مصر": the pronoun of an arrest's or expulsion's noun is the one
            # arrested; a person it refers to is the recipient, and the agent is not named (thirteenth round)
            if target_m is None:
                target_m = subject
            subject, detained = None, True
    if obtained:
        subject = given_by  # (not the subject of a light verb earlier: "الاجتماع الذي عقده رئيس الحكومة")
    if (circumstantial or relative_object) and ctx.sources_out:
        # relative_object: "الدوحة، التي تتهمها الدول المقاطعة" — the unnamed subject (a common noun the
        # entities do not cover) is most likely the actors of the sentence's previous event
        # the subject of the event the participle qualifies (قطع المغرب علاقاته ...، متهما طهران)
        source = [Participant(**participant_fields(p)) for p in ctx.sources_out[-1]]
    elif shared is not None:
        source = shared
    else:
        source = participants_of(ctx, subject) if subject is not None else []
        if joined is not None and subject is not None and joined.first > subject.last:
            source += participants_of(ctx, joined)
    if (
        not source
        and not passive
        and not detained  # (no actor of the previous sentence is the one arresting: "قبل اعتقاله")
        and not obtained
        and previous is not None
        and refers_back(ctx, m, cstart, res=res)
        and described < 0
        and not unknown_subject(ctx, m)
    ):
        source = carried_actors(ctx, previous, plural=plural_reference(ctx, m, cstart, res=res))
        if entry.type == "PROTEST":
            # as for a far party before a protest noun (roles.governs): only civilians or the opposition
            # carried from the previous sentence can be its protesters, not the official or army named there
            source = [p for p in source if p.sector in PROTESTER_SECTORS]
        carried = bool(source)
    if dismissed_pronoun(ctx, m, masdar=as_masdar):
        # "لم يتحدث إلى الرئيس دونالد ترامب، وليس على اطلاع على سبب إقالته": the party the pronoun refers to (the
        # last one before the noun, not after a preposition) is the one dismissed, and no actor (twentieth round)
        referent = dismissed_referent(ctx, m, bound=bound)
        if referent is not None and not attributed(ctx, referent):
            target_m = referent
            dismissed = {(p.start, p.end) for p in participants_of(ctx, referent)}
            source = [p for p in source if (p.start, p.end) not in dismissed]
    target = participants_of(ctx, target_m) if target_m is not None else []
    if not target and source and entry.pos == "noun" and not passive and suffered is None:
        # العقوبات التي فرضتها على إيران: the relative clause on the event noun names its recipient
        target = relative_recipient(ctx, m, res=res)
    if not target and source and entry.pos == "noun":
        # برقية تهنئة لفخامة الرئيس خوان مانويل سانتوس: the preposition on the honorific (twenty-eighth round)
        target = titled_recipient(ctx, m, after)
    if not target and entry.type == "REQUEST" and entry.speech and source:
        # دعا المسؤول الحكومي، المواطنين إلى ...: the one asked may follow a comma (a parenthetical
        # "في بيان نشرته على موقعها،" or an apposition) as the first bare party of the next clause
        own = {p.country for p in source}
        bound = res.bound_preps
        nxt = next(
            (
                x
                for x in ctx.mentions
                if m.last < x.first <= m.last + REQUEST_OBJECT_WINDOW
                and all(x is not a for a in actors)
                and x.prep not in bound
                and not x.place
                and not same_side(x, own)
            ),
            None,
        )
        if nxt is not None:
            target = participants_of(ctx, nxt)
    if (
        not target
        and source
        and entry.pos == "verb"
        and entry.object_target
        and not entry.reciprocal
        and not passive
        and not pronoun_object
    ):
        # أدان مجلس الأمن الدولي في عام 1981، إسرائيل: the object of a transitive verb after an adjunct
        # and a comma (a day, a place, "في تقرير نشرته الاثنين")
        target = object_after_comma(ctx, m, actors, source, res=res)
    if not target and pronoun_object and source and not entry.reciprocal:
        target = pronoun_referent(ctx, m, source, res=res)
    if not target and entry.pos == "verb" and not (passive or as_masdar or entry.reciprocal):
        # أفرجت كوريا الشمالية عنهم: a recipient preposition carrying هم right after the verb or its subject;
        # the pronoun refers to the last plural of people named before it in the sentence (also with no actor
        # found: a sentence given alone keeps its record with the agent unnamed, and its recipient is read
        # as well; in "وردت مقاتلات التحالف ...، واستهدفت مواقع متحركة لهم" alone, the coalition untagged,
        # the actor had been the city of "مدينة الحديدة" until the fifteenth round's place rule)
        preps = frozenset(entry.target_preps)
        if entry.type != "CONSULT":
            preps |= FALLBACK_TARGET_PREPS
        if prep_pronoun(ctx, m, subject, preps=preps) == "هم":
            target = pronoun_recipient(ctx, m, source)
    if not target and entry.type == "THREATEN" and source:
        # أنقرة سترد إذا ما أوقفت الولايات المتحدة مبيعات السلاح: a threat is aimed at the subject of its condition
        target = condition_subject(ctx, m, source, res=res)
    if not target and not entry.reciprocal and source:
        # تعزيز العلاقات بين لندن وأنقرة said by Ankara: the other party of the بين pair is the recipient
        target = between_others(ctx, after, source, third_party=False)
    if not target and entry.type == "REQUEST" and source:
        later = [x for x in ctx.mentions if m.last < x.first <= m.last + BETWEEN_WINDOW]
        target = between_others(ctx, later, source, third_party=True)
    if not target and entry.type in ("ACCUSE", "REJECT", "PROTEST") and source:
        # انتقاد كندا للحملة التي تشنها الرياض: the agent of the act criticised is the recipient
        target = relative_agent(ctx, m, source, res=res)
    if not target and entry.type == "REQUEST" and source:
        # طلبت من موسكو تقديم المعلومات، وطالبت بتعويض من الحكومة السورية: the one asked follows من
        target = asked_party(ctx, after, source, res=res)
    if not target and source and not entry.reciprocal:
        # وأغلقت طرق السفر مع الدوحة: a restriction aimed at the state after مع
        target = broken_with(ctx, m, after)
    if not target and source:
        # فرضت واشنطن تعريفات جمركية على واردات الصلب من كندا: the state the goods come from (evtarget2)
        target = goods_origin(ctx, m, source)
    if not target and source:
        # شنت ضربات على مدينة الحديدة التي يسيطر عليها الحوثيون: the holder of the place struck or seized
        target = place_holder(ctx, m, source)
    if not target and source:
        # تظاهر أهالي سقطرى ... تنديدا بحكومة: the party a protest's purpose names is the one protested
        target = protested_party(ctx, m, source)
    if not target and source:
        # غارات على بلدة ... ما أدى إلى مقتل 8 مدنيين: the civilians a toll names are the attack's recipient
        target = toll_victims(ctx, m)
    if not target and source:
        # مقتل زعيم تنظيم داعش أبو بكر البغدادي بقصف جوي: the party a toll names right before the attack noun
        # (twenty-second round)
        target = named_toll_victim(ctx, m, source)
    if not target and source:
        # قضت محكمة إيرانية بسجن 16 امرأة إيرانية: the genitive of the punishment noun is the one punished
        target = punished_party(ctx, m)
    if not target and source:
        # أحرقوا مقر حاكم المنطقة: the office whose building is struck (recipients of attacks, evtarget1)
        target = office_building(ctx, m, source)
    if not target and source:
        # باعتقال القس الأميركي أندرو برانسون: the person named after a noun of his kind (evtarget1)
        target = titled_victim(ctx, m, source)
    if target and source:
        # باستهداف دمشق، موقعة أكثر من 20 مدنيا: the civilians killed, not the town struck (evtarget1)
        target = town_victims(ctx, m, target) or target
    group = None if passive else group_reference(ctx, m, cstart, previous, res=res)
    if group is not None and not (group.carried and not group.states and (carried or not source)):
        # واتفق الطرفان، اتهمت الدول الأربع الدوحة: a group noun in the subject slot refers back to the
        # parties named before it (twelfth round); a party read as the subject after it is the object. Where
        # the older back-reference (carried_actors) already ran, or found nothing, a group from an earlier
        # sentence does not replace it: on the dev odd lines that split "شدد الوزيران على أهمية ..." from
        # the repeat it had been merged into, a record the gold does not have
        if (
            not target
            and not entry.reciprocal
            and subject is not None
            and subject.first > group.word
            and subject.first > m.head
        ):
            target = participants_of(ctx, subject)
        source, carried = group.actors, group.carried
    # one party is never both sides of its own event (nor another mention of the same person or state:
    # "وهو ما ينفيه ترامب وموسكو" after "حملة ترامب")
    own = {(p.start, p.end) for p in source}
    target = [p for p in target if (p.start, p.end) not in own and not same_actor(p, source)]
    if entry.type == "MOBILIZE" and target:
        # أرسلت تركيا قوات خاصة إلى منطقة عفرين، نشر قوات في سوريا: where forces are sent is a place, not a
        # recipient (a deployment's object is the actor's own forces, records.py)
        places = res.destination_preps | res.location_preps
        sent_to = {
            mention_span_key(ctx, x)
            for x in after
            if (placeish(x) and (x.prep in places or x.before_prep in places))  # إلى منطقة عفرين
            or sent_to_front(ctx, x)
        }
        target = [p for p in target if (p.start, p.end) not in sent_to]
    if entry.swap and target:
        source, target = target, source
    elif target and request_sender(ctx, m, after, target):
        # تلقت طلبا من بريطانيا: the party after من asked (twenty-third round); an actor carried from an earlier
        # sentence is no surer the one asked ("تلقوا بشأنه طلبا": Hollande, named before, for the Greek authorities)
        source, target, carried = target, [] if carried else source, False
    exchanged = exchanged_parties(ctx, m)
    if exchanged:
        # تبادل طرد ... بين الغرب وروسيا: an exchanged act is mutual (twenty-ninth round)
        source, target, carried = exchanged, [], False
    return source, target, carried


# Participant rules, twenty-ninth round (evrole29)


@cache  # read-only, loaded once per process
def front_preps() -> frozenset[str]:
    """``cues.yaml: front_preps``."""
    return key_set(read_data("cues.yaml")["front_preps"])


def sent_to_front(ctx: SentenceContext, x: Mention) -> bool:
    """``x`` is the genitive of the noun right after إلى or نحو ("وصلت تعزيزات عسكرية ... إلى جبهات تنظيم داعش"):
    for a deployment that phrase says where the forces go (the fronts, the positions, the areas of a party), as
    "إلى منطقة عفرين" does, so the party is no recipient (EVENT-CONVENTIONS: a deployment's destination is a
    place; dev gold's MOBILIZE records have no recipient). Not after في: "في مواجهة حركة طالبان" names the
    adversary, a recipient."""
    # ``prep`` is the word before the party whatever it is (here the noun), ``before_prep`` the one before that
    res = ctx.res
    if x.first < 2 or not x.prep or x.prep in res.bound_preps or x.prep in res.location_preps:
        return False
    return (
        x.before_prep in front_preps()
        and not x.prep.startswith("و")
        and not any(y.first <= x.first - 1 <= y.last for y in ctx.mentions)
    )


@cache  # read-only, loaded once per process
def exchange_words() -> frozenset[str]:
    """``cues.yaml: exchange_words``."""
    return key_set(read_data("cues.yaml")["exchange_words"])


def exchanged_parties(ctx: SentenceContext, m: TriggerMatch) -> list[Participant]:
    """The parties of an act exchanged ("أزمة خطيرة بين الغرب وروسيا مع تبادل طرد حوالى 300 دبلوماسي"): a form of
    تبادل right before the trigger makes the act mutual, so the two sides named after بين in the sentence (the
    nearest such pair) are all its actors and it has no recipient (EVENT-CONVENTIONS: a reciprocal event lists
    every participant as actor). Without a بين pair: none (the subject of تبادلت already names both sides)."""
    if m.head < 1 or bare_key(ctx.view.words[m.head - 1]) not in exchange_words():
        return []
    pairs = [x for x in ctx.mentions if x.prep == "بين" and len(x.entities) >= 2]
    if not pairs:
        return []
    return participants_of(ctx, min(pairs, key=lambda x: abs(x.first - m.head)))

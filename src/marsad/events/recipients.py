"""Recipients named away from the trigger's own arguments, tried when the participant steps found none.

Each rule is a construction of Arabic news prose, not a list of sentences; each returns participants or an
empty list, and the caller (participants.py) tries them only when the trigger's own arguments gave no
recipient.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from marsad.events.clauses import RELATIVE_PRONOUNS, clause_starts
from marsad.events.lexicon import TriggerMatch, key_set, read_data
from marsad.events.mentions import (
    GENERIC,
    NISBA_TYPES,
    PERSON_TYPES,
    Mention,
    SentenceContext,
    attributed,
    bare_key,
    count_words,
    mention_span_key,
    numeric_word,
    participants_of,
    person_heads,
    placeish,
    same_side,
    strip_article,
)
from marsad.events.place_date import home_country
from marsad.events.resources import CoderResources
from marsad.events.roles import QUOTE_MARKS, VERB_PARTICLES, plural_people
from marsad.language.normalize import normalize_key
from marsad.model import Event, Participant


@dataclass(frozen=True, slots=True)
class RecipientWords:
    """The word lists of ``cues.yaml: recipients`` (normalized keys)."""

    control_nouns: frozenset[str]
    control_verbs: frozenset[str]
    control_pronouns: frozenset[str]
    protest_purposes: frozenset[str]
    struck_after_la: frozenset[str]
    toll_words: frozenset[str]
    toll_fillers: frozenset[str]
    toll_causes: frozenset[str]
    victims: frozenset[str]
    toll_listed: frozenset[str]
    punishments: frozenset[str]
    prep_pronouns: dict[str, tuple[str, str]]
    """A preposition with its pronoun (عليه، عنهم) -> (the preposition, the pronoun)."""


@cache  # read-only word lists, loaded once per process (as place_date.place_words)
def recipient_words() -> RecipientWords:
    raw = read_data("cues.yaml")["recipients"]

    return RecipientWords(
        control_nouns=key_set(raw["control_nouns"]),
        control_verbs=key_set(raw["control_verbs"]),
        control_pronouns=key_set(raw["control_pronouns"]),
        protest_purposes=key_set(raw["protest_purposes"]),
        struck_after_la=key_set(raw["struck_after_la"]),
        toll_words=key_set(raw["toll_words"]),
        # the count words before a generic agent (agents.yaml) and the toll's own (من، عشرات، يزيد عن)
        toll_fillers=key_set(raw["toll_fillers"]) | count_words(),
        toll_causes=key_set(raw["toll_causes"]),
        victims=key_set(raw["victims"]),
        toll_listed=key_set(raw["toll_listed"]),
        punishments=key_set(raw["punishments"]),
        prep_pronouns={
            normalize_key(w): (normalize_key(prep), _pronoun_of(normalize_key(w)))
            for prep, forms in raw["prep_pronouns"].items()
            for w in forms
        },
    )


def _pronoun_of(key: str) -> str:
    # the longest ending first: عليهما ends in ها as well as in هما
    return next(p for p in ("هما", "هم", "ها", "ه") if key.endswith(p))


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
        verb = j + 2 if words[j + 1].norm in VERB_PARTICLES else j + 1
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


CONTROL_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
"""Types whose recipient may be the holder of the place they fall on."""
CONTROL_REACH = 8
"""How far after the trigger (or its own party) the holder phrase may stand (غارات مكثفة على مواقع
عسكرية خاضعة لسيطرة الحوثيين)."""


def place_holder(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """The holder of the place an attack, a seizure or a threat falls on: "شنت ضربات جوية على مدينة
    الحديدة التي يسيطر عليها الحوثيون" (the Houthis), "غارات على مواقع خاضعة لسيطرة الحوثيين"، "حملة على
    مناطق سيطرة الفصائل". The attacked place is the holder's; the holder is the recipient (annotation
    guide: no place recipients). The phrase must stand within reach of the trigger in its clause (a
    relative pronoun may open it), with no other party between; the holder is the named party right after
    سيطرة or after the holding verb and its pronoun (تسيطر عليها، كانت تسيطر عليها), and not the actor's
    own side (في المناطق التي يسيطر عليها النظام: the regime's own ground)."""
    if m.entry.type not in CONTROL_TYPES:
        return []
    words = ctx.view.words
    lists = recipient_words()
    own = {(p.start, p.end) for p in source}
    own_sides = {(p.country, p.sector) for p in source}
    own_last = max(
        (x.last for x in ctx.mentions if _span(ctx, x) in own and x.first > m.last), default=m.last
    )
    start = max(m.last, own_last) + 1
    for j in range(start, min(len(words) - 1, start + CONTROL_REACH)):
        key = bare_key(words[j])
        if key in lists.control_nouns:
            holder_at = j + 1
        elif key in lists.control_verbs:
            # كانت تسيطر عليها، لا تزال تسيطر عليها: an auxiliary before the holding verb
            k = j + 1
            while k < len(words) - 1 and bare_key(words[k]) in lists.control_verbs:
                k += 1
            if words[k].norm not in lists.control_pronouns:
                continue
            holder_at = k + 1
        else:
            continue
        bounds = clause_starts(ctx, res=ctx.res)
        if any(start < b <= j and bare_key(words[b]) not in RELATIVE_PRONOUNS and b != j for b in bounds):
            return []  # the phrase is in another clause
        if any(start <= x.first < j and not placeish(x) for x in ctx.mentions):
            return []  # it qualifies that party, not the trigger's object (the held place may stand between)
        holder = next((x for x in ctx.mentions if x.first == holder_at and not x.place), None)
        if holder is None:
            return []
        parts = participants_of(ctx, holder)
        if any((p.start, p.end) in own or (p.country, p.sector) in own_sides for p in parts):
            return []
        return parts
    return []


RELATIVE_NOUN_GAP = 2
"""Words (adjectives: الأميركية، الاقتصادية) between an event noun and the relative pronoun on it."""
RELATIVE_CLAUSE_REACH = 8
"""How far into the relative clause on an event noun its recipient may stand."""


def relative_recipient(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> list[Participant]:
    """The recipient named in the relative clause on an event noun: a party marked by one of the entry's
    prepositions — "العقوبات التي فرضتها على إيران"، "العقوبات التي فرضت على روسيا في 2015"، "الزيارة التي
    سيجريها لنظيره الأمريكي"، "الاتهامات التي وجهتها لندن لموسكو". The relative pronoun must follow the noun
    itself (only adjectives and nisbas between: in "خروج القوات التي" it qualifies القوات; in a multiword
    trigger "الانسحاب من الاتفاق النووي الذي" the agreement); the clause ends at the next clause break."""
    words = ctx.view.words
    if m.last != m.head:
        return []
    j = next(
        (
            k
            for k in range(m.last + 1, min(len(words), m.last + RELATIVE_NOUN_GAP + 2))
            if bare_key(words[k]) in RELATIVE_PRONOUNS
        ),
        None,
    )
    if j is None or j + 2 >= len(words):
        return []
    if any(m.last < x.first < j and x.entities[0].type not in NISBA_TYPES for x in ctx.mentions):
        return []  # the relative qualifies the party after the noun (خروج القوات التي ...)
    if any(bare_key(w) in res.clause_openers for w in words[m.last + 1 : j]):
        return []
    verb = j + 2 if words[j + 1].norm in VERB_PARTICLES else j + 1
    end = min(len(words), verb + RELATIVE_CLAUSE_REACH + 1)
    for k in range(verb + 1, end):
        gap = ctx.story.text[words[k - 1].end : words[k].start]
        if bare_key(words[k]) in res.clause_openers or any(
            ch in res.punctuation and ch not in QUOTE_MARKS for ch in gap
        ):
            end = k
            break
    preps = m.entry.target_preps
    found = next(
        (
            x
            for x in ctx.mentions
            if verb < x.first < end and not x.place and (x.prep in preps or x.lead in preps)
        ),
        None,
    )
    return participants_of(ctx, found) if found is not None else []


PURPOSE_REACH = 12
"""How far after a protest trigger its purpose word may stand (تظاهر أهالي سقطرى باليمن، الخميس، تنديدا)."""
PURPOSE_PARTY_GAP = 3
"""Words between the purpose word and the party it names: a preposition and up to two nouns (احتجاجا على
زيارة ولي العهد السعودي، احتجاجا على سياسة الرئيس الأمريكي)."""


def protested_party(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """The party a protest is aimed at, named in its purpose: "تظاهر أهالي سقطرى باليمن، الخميس، تنديدا بحكومة"،
    "تظاهرة ... احتجاجا على زيارة ولي العهد السعودي"، "محتجين قطعوا شارع الزراعة ... لمطالبة سلطة الحوثيين".
    The first party within a preposition and two nouns of the purpose word, not a place and not the
    protesters' own kind (للمطالبة بالسماح للاجئين الفلسطينيين: the Palestinians protest for themselves)."""
    if m.entry.type != "PROTEST":
        return []
    words = ctx.view.words
    purposes = recipient_words().protest_purposes
    own = {(p.start, p.end) for p in source}
    own_sides = {(p.country, p.sector) for p in source}
    for j in range(m.last + 1, min(len(words), m.last + PURPOSE_REACH + 1)):
        if words[j].norm not in purposes and bare_key(words[j]) not in purposes:
            continue
        party = next((x for x in ctx.mentions if j < x.first <= j + PURPOSE_PARTY_GAP), None)
        if party is None or placeish(party):
            return []
        parts = participants_of(ctx, party)
        if any((p.start, p.end) in own or (p.country, p.sector) in own_sides for p in parts):
            return []
        return parts
    return []


TOLL_REACH = 20
"""How far after an attack its toll may name the victims (غارات على بلدة في ريف إدلب ما أدى إلى مقتل 8 مدنيين)."""
TOLL_COUNT_WORDS = 4
"""At most this many count words between the toll word and the victims (بمقتل أكثر من 62 مدنيا)."""
TOLL_PREFIXES = ("وب", "ب", "و", "ف", "ل")


def toll_victims(ctx: SentenceContext, m: TriggerMatch) -> list[Participant]:
    """The civilians a toll of an attack names: after it ("ما أدى إلى مقتل 8 مدنيين"، "موقعة أكثر من 20 مدنيا"،
    "أسفر عن مقتل 5 مدنيين") or before it, linked by a word of cause right before the attack noun ("قتل 16
    مدنيا الجمعة إثر غارة تركية"، "بقتل 14 مدنيا بسبب غارات"). ASSAULT only, tried when nothing else gave a
    recipient. The victims are a generic civilian noun (``cues.yaml: recipients.victims``: مدنيين، أشخاص،
    أطفال) right after a toll word (مقتل، إصابة، موقعا) with only a count between, within ``TOLL_REACH`` words
    of the trigger and in its sentence. Soldiers, police and fighters killed are left alone: a toll of an
    army's raid on militants names the militants as dead, but whether they were the target or the attackers
    is not in the phrase. The victims take the country of the town the sentence names, else the story's most
    named country: the other side's, which the generic fallback would give them, is the attacker's (غارة جوية
    روسية ... مقتل شخص: not Russian)."""
    if m.entry.type != "ASSAULT" or m.entry.reciprocal:
        return []
    words = ctx.view.words
    rw = recipient_words()
    cause_before = any(
        words[k].norm.lstrip("و") in rw.toll_causes for k in range(max(0, m.head - TOLL_CAUSE_GAP), m.head)
    ) or ("ب+" in m.proclitics and toll_verb_before(ctx, m))
    for x in ctx.mentions:
        if x.last < m.head and (not cause_before or m.head - x.last > TOLL_REACH):
            continue
        if x.first <= m.last and x.last >= m.head:
            continue
        if x.first - m.last > TOLL_REACH:
            return []
        if _toll_victim(ctx, x, lo=0 if x.last < m.head else m.last + 1, rw=rw):
            victims = participants_of(ctx, x)
            home = _town_country(ctx, m, x) or home_country(ctx.story)
            for p in victims:
                p.country = p.country or home
                p.sector = p.sector or "CVL"  # a nisba's people killed or wounded are victims
            return victims
    return []


TOWN_PREFIXES = ("city:", "place:")


def _town_country(ctx: SentenceContext, m: TriggerMatch, victims: Mention) -> str | None:
    """The country of the town or place an attack falls on — where its victims live, more surely than the
    story's most named country: the first town named between the trigger and a toll after it ("غارات على بلدة
    في ريف إدلب ما أدى إلى مقتل"), or within reach after the trigger when the toll comes first ("قتل 18 مدنيا
    ... في غارات ... على بلدة زردنا"), else the nearest one before the trigger. A summit's host named earlier
    ("قبل أن تبدأ قمة طهران، ضربت غارة ... إدلب") or a town of another clause far after is not it."""
    towns = [
        (x.first, e.country)
        for x in ctx.mentions
        for e in x.entities
        if e.country and (e.actor or "").startswith(TOWN_PREFIXES)
    ]
    limit = victims.first if victims.first > m.last else m.last + TOLL_REACH
    after = [c for first, c in towns if m.last < first < limit]
    if after:
        return after[0]
    before = [c for first, c in towns if first < m.head]
    return before[-1] if before else None


TOLL_CAUSE_GAP = 2
"""At most this many words before the attack noun hold its link to a toll named first (إثر غارة، جراء غارات)."""


def _toll_victim(ctx: SentenceContext, x: Mention, *, lo: int, rw: RecipientWords) -> bool:
    """``x`` is a generic civilian noun right after a toll word (only a count between), at or after word
    ``lo``."""
    words = ctx.view.words
    ent = x.entities[0]
    # "قتل أربعة فلسطينيين"، "قتل فلسطيني وأصيب آخر": people named by their nisba alone (thirteenth round)
    nisba = _nisba_people(x)
    if len(x.entities) != 1 or (not nisba and (ent.type != GENERIC or ent.sector != "CVL")):
        return False
    head = next((k for k in range(x.first, x.last + 1) if words[k].start <= ent.start < words[k].end), x.last)
    if not nisba and strip_article(words[head].norm) not in rw.victims:
        return False
    if head + 1 < len(words) and words[head + 1].norm == "من":
        # "مقتل أكثر من 20 شخصا من ميليشيات الحوثي": people of a named side, not civilians
        return False
    if head + 1 < len(words) and words[head + 1].norm in rw.toll_listed:
        # "مقتل ثلاثة أشخاص هم جنديان وواحد من المهاجمين": the dead are listed, and need not be civilians
        return False
    k = head - 1
    if nisba and k >= lo and strip_article(words[k].norm) in person_heads():
        k -= 1  # "مقتل شاب فلسطيني": the person's noun stands between the toll word and the nisba
    while (
        k >= lo
        and head - k <= TOLL_COUNT_WORDS
        and (words[k].norm in rw.toll_fillers or numeric_word(words[k]))
    ):
        k -= 1
    if k >= lo and _toll_word(words[k].norm, rw.toll_words):
        return True
    # "إن 170 مدنيا قتلوا ... جراء هذه الغارات"، "ارتفع عدد القتلى ... إلى مئة مدني" (evtarget1)
    return toll_verb_after(ctx, head) or (k >= lo and risen_toll(ctx, k))


PUNISHED_TYPES = frozenset({"SANCTION", "COERCE"})
PUNISHMENT_REACH = 6
"""At most this many words from the trigger's head to the punishment noun (قضت محكمة إيرانية، الأحد، بسجن)."""
PUNISHMENT_PREFIXES = ("وب", "ب")


def punished_party(ctx: SentenceContext, m: TriggerMatch) -> list[Participant]:
    """The one a court sentences or the authorities detain, named as the genitive of the punishment noun with
    بـ: "قضت محكمة إيرانية، الأحد، بسجن 16 امرأة إيرانية"، "أصدرت حكمها بإعدام 75 متهما" (``cues.yaml:
    recipients.punishments``). Only a count may stand between the noun and the party; a place is no one
    punished. SANCTION and COERCE only, tried when nothing else gave a recipient. The sentence's mentions, not
    the clause's: a day in commas may stand between the verb and its complement (قضت محكمة، الأحد، بسجن)."""
    if m.entry.type not in PUNISHED_TYPES:
        return []
    words = ctx.view.words
    rw = recipient_words()
    for x in ctx.mentions:
        if x.first <= m.last:
            continue
        if x.first - m.head > PUNISHMENT_REACH + TOLL_COUNT_WORDS:
            return []
        if placeish(x) or x.first == 0:
            continue
        k = x.first - 1
        while (
            k > m.head
            and x.first - k <= TOLL_COUNT_WORDS
            and (words[k].norm in rw.toll_fillers or numeric_word(words[k]))
        ):
            k -= 1
        if k - m.head > PUNISHMENT_REACH or k < m.head:
            continue
        key = words[k].norm
        if any(key.startswith(p) and key[len(p) :] in rw.punishments for p in PUNISHMENT_PREFIXES):
            return participants_of(ctx, x)
    return []


def _nisba_people(x: Mention) -> bool:
    """``x`` is a nisba alone standing for people of a country (فلسطينيين، فلسطيني): no name, no office."""
    ent = x.entities[0]
    return (
        len(x.entities) == 1
        and ent.type in NISBA_TYPES
        and ent.sector in (None, "CVL")
        and ent.country is not None
    )


def _toll_word(key: str, tolls: frozenset[str]) -> bool:
    return key in tolls or any(key.startswith(p) and key[len(p) :] in tolls for p in TOLL_PREFIXES)


CLAUSE_MARKS = frozenset('،,.:;!؟?"«»')
"""Punctuation between words that closes the trigger's phrase."""
STRONG_MARKS = CLAUSE_MARKS - {"،", ","}
"""Clause marks but the comma (a list or an adverbial may stand between commas inside the phrase)."""
PRONOUN_REACH = 3
"""How many words after the trigger (or its subject after it) a preposition with a pronoun may stand: "أفرجت
كوريا الشمالية عنهم"، "هاجمت مواقع لها"، "هدد برفع دعوى عليها"."""


def prep_pronoun(
    ctx: SentenceContext, m: TriggerMatch, subject: Mention | None, *, preps: frozenset[str]
) -> str:
    """The pronoun of a recipient preposition (one of ``preps``) right after the trigger or its subject
    ("أفرجت السلطات عنه"، "تطلق الشرطة النار عليه"، "أطلق عليه النار"), or ''. The search stops at a named
    party or a clause edge: a pronoun after another party belongs to that party's phrase."""
    words = ctx.view.words
    forms = recipient_words().prep_pronouns
    end = m.last
    if subject is not None and subject.first > m.head:
        end = max(end, subject.last)
    firsts = {x.first for x in ctx.mentions if x is not subject}
    for k in range(m.head + 1, min(len(words), end + PRONOUN_REACH + 1)):
        gap = ctx.story.text[words[k - 1].end : words[k].start]
        if k > m.last and (k in firsts or any(c in gap for c in CLAUSE_MARKS)):
            return ""
        hit = forms.get(words[k].norm)
        if hit is not None and hit[0] in preps:
            return hit[1]
    return ""


def noun_prep_pronoun(ctx: SentenceContext, m: TriggerMatch) -> str:
    """ "تقديم الشكر له": the pronoun of one of an event noun's recipient prepositions right after it (له، عليهم),
    or ''. With no party after the noun, the pronoun names its recipient, who was named before (eighteenth
    round)."""
    if m.entry.pos != "noun" or m.enclitics or m.last + 1 >= len(ctx.view.words):
        return ""
    hit = recipient_words().prep_pronouns.get(ctx.view.words[m.last + 1].norm)
    return hit[1] if hit is not None and hit[0] in m.entry.target_preps else ""


def pronoun_recipient(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """Who هم on a recipient preposition refers to: the last plural of people named before the trigger in
    the sentence ("وهبطت طائرة تقل 3 أميركيين، أفرجت كوريا الشمالية عنهم"، "غارات على مواقع وتجمعات
    الحوثيين ...، واستهدفت مواقع متحركة لهم"; EVENT-CONVENTIONS on reference). Only هم: it refers to people
    alone, where ه and ها also stand for any thing ("أطلقت النار عليها" — a car; "ووجهت إليه تهمة" — a suspect
    the entities do not name), and the last named party before them was mostly wrong (docs/events.md, eleventh
    round). Not the event's own actor, a place, a party after a preposition, nor who told the news, nor a
    person's name (حسين، ياسين end like plurals)."""
    own_actors = {p.actor for p in source if p.actor}
    own_sides = {(p.country, p.sector) for p in source}

    def fits(x: Mention) -> bool:
        if placeish(x) or x.prep in ctx.res.non_subject_preps or x.prep in ctx.res.destination_preps:
            return False
        if attributed(ctx, x) or any(e.type in PERSON_TYPES for e in x.entities) or not plural_people(x):
            return False
        # never the actor itself, even named by a longer or shorter span (القوات الحكومية / القوات)
        return not any(
            any(p.start < q.end and q.start < p.end for q in source)
            or (p.actor and p.actor in own_actors)
            or (p.sector and (p.country, p.sector) in own_sides)
            for p in participants_of(ctx, x)
        )

    here = [x for x in ctx.mentions if x.last < m.head and fits(x)]
    return participants_of(ctx, here[-1]) if here else []


# Participant rules, twenty-second round (evrole22)

NAMED_TOLL_REACH = 5
"""At most this many words from the toll word to the start of the party it names (مقتل زعيم تنظيم داعش أبو بكر
البغدادي: a title and its body before the name)."""


def named_toll_victim(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """The party killed or wounded by the attack named right after it: "مقتل زعيم تنظيم داعش أبو بكر البغدادي
    بقصف جوي نفذه التحالف الدولي" (roles sample S). A toll word (مقتل، إصابة) stands at most
    ``NAMED_TOLL_REACH`` words before the party, and the party ends right before the attack noun, linked to it
    by the noun's ب or by one word of cause (جراء، إثر، في): whoever the toll names was hit by that attack, a
    fighter or a leader as well as a civilian (``toll_victims`` takes only civilians, since a toll elsewhere in the
    sentence may name either side). ASSAULT only, when nothing else gave a recipient; not a party of the actors."""
    if m.entry.type != "ASSAULT" or m.entry.reciprocal:
        return []
    words = ctx.view.words
    rw = recipient_words()
    bi = "ب+" in m.proclitics
    link = m.head - 1 if not bi else m.head
    if not bi and (m.head < 1 or words[m.head - 1].norm.lstrip("و") not in rw.toll_causes):
        return []
    x = next((x for x in ctx.mentions if x.last == link - 1), None)
    if x is None or any(p.start <= words[x.first].start < p.end for p in source):
        return []
    toll = next(
        (
            k
            for k in range(x.first - 1, max(-1, x.first - NAMED_TOLL_REACH - 1), -1)
            if words[k].norm.lstrip("وب") in rw.toll_words
        ),
        None,
    )
    if toll is None:
        return []
    text = ctx.story.text
    between = text[words[toll].end : words[x.first].start]
    if any(ch in ctx.res.punctuation and ch not in QUOTE_MARKS for ch in between):
        return []
    return participants_of(ctx, x)


@cache  # a read-only word list, loaded once per process
def sender_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """``cues.yaml: sender_nouns`` and ``request_receivers``: request nouns whose party right after من asked, and
    the verbs whose object such a noun is."""
    data = read_data("cues.yaml")
    return key_set(data["sender_nouns"]), key_set(data["request_receivers"])


def request_sender(
    ctx: SentenceContext, m: TriggerMatch, after: list[Mention], target: list[Participant]
) -> bool:
    """ "تلقت طلبا من بريطانيا"، "تدرس طلبا من موسكو" (participant rules, twenty-third round): طلبا is the dual of
    the verb طلب as well as the noun, and the lexicon reads it as the verb, whose party after من is the one asked.
    As the object of a verb of receiving, considering or refusing (``request_receivers``, at most one word between)
    it is the noun: the party right after من asked, and the subject of that verb was asked. True when the recipient
    read is that من party, so the sides swap, as ``request.bitalab``'s do."""
    if m.entry.type != "REQUEST" or m.enclitics or m.head != m.last or m.head < 1:
        return False
    words = ctx.view.words
    nouns, receivers = sender_nouns()
    if words[m.head].norm.lstrip("وف") not in nouns:
        return False
    if not any(words[k].norm.lstrip("وف") in receivers for k in range(max(0, m.head - 2), m.head)):
        return False
    x = next((x for x in after if x.prep == "من" and not x.place and x.first == m.last + 2), None)
    if x is None:
        return False
    key = mention_span_key(ctx, x)
    return any((p.start, p.end) == key for p in target)


# Participant rules, twenty-eighth round (evrole28: missing recipients, roles sample V)

HONORIFIC_WORDS = 4
"""At most this many honorific words between a verb and its subject (صاحب السمو الملكي: 3; خادم الحرمين الشريفين: 3)."""


@cache  # read-only, loaded once per process
def _subject_honorifics() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["subject_honorifics"])


def honorific_subject(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """Only honorifics (``cues.yaml: subject_honorifics``) stand between the verb and ``x``: "استقبل خادم
    الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع الأميركي اشتون
    كارتر" (SaudiNewsNet aawsat-0420, event5's lost reception). The entity stage tags the name after the title, so
    the king stood four words after the verb, past the reach of a verb's subject (``participants.read_participants``);
    the verb had no subject, the king was read as its object (the visitor, with the host's swap) and Carter was
    never read. The honorific belongs to the subject's phrase, which then opens right after the verb."""
    words = ctx.view.words
    gap = words[m.last + 1 : x.first]
    honorifics = _subject_honorifics()
    return 0 < len(gap) <= HONORIFIC_WORDS and all(w.norm in honorifics for w in gap)


def adjunct_place(ctx: SentenceContext, x: Mention, *, res: CoderResources) -> bool:
    """A place after a preposition of place, inside the adjunct between a verb's subject and its object set off
    by a comma (``participants.object_after_comma``): "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في
    قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع الأميركي اشتون كارتر" (SaudiNewsNet aawsat-0420). The object
    is looked for past the adjunct: Jeddah stopped the search, and the visitor was not read."""
    return x.place or (x.prep in res.location_preps and placeish(x))


TITLED_RECIPIENT_REACH = 4
"""How far after the event noun the honorific carrying its recipient's preposition may stand (برقية تهنئة لفخامة)."""


@cache  # read-only, loaded once per process
def _recipient_titles() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["recipient_titles"])


def titled_recipient(ctx: SentenceContext, m: TriggerMatch, after: list[Mention]) -> list[Participant]:
    """The party named after an honorific that carries the event's recipient preposition, with only titles
    between: "بعث خادم الحرمين الشريفين الملك سلمان ... برقية تهنئة لفخامة الرئيس خوان مانويل سانتوس رئيس جمهورية
    كولومبيا" (roles sample V). The entity stage tags the name alone, so the ل of لفخامة stood two words before
    it, where no mention's preposition is read, and the one congratulated was missed."""
    words = ctx.view.words
    preps = m.entry.target_preps
    honorifics = _subject_honorifics()
    leading = _recipient_titles() | honorifics
    for x in after:
        if x.first - m.last > TITLED_RECIPIENT_REACH + 2:
            return []
        k = x.first - 1
        while k > m.last and words[k].norm in leading:
            k -= 1
        w = words[k]
        if k == x.first - 1 or k <= m.last or k - m.last > TITLED_RECIPIENT_REACH:
            continue
        lead = w.norm[:1]
        if lead in preps and lead in ("ل", "ب") and w.norm[1:] in honorifics:
            return participants_of(ctx, x)
    return []


# Recipients of attacks, first round (evtarget1, session 17)

OFFICE_BUILDING_TYPES = frozenset({"ASSAULT", "COERCE"})
OFFICE_BUILDING_REACH = 4
"""How many words after the trigger (or its actor after it) the building noun may stand: an adverbial between
("أحرقوا بعد ذلك مقر حاكم المنطقة"، "اقتحموا امس الاثنين مقر وزارة المالية")."""
OFFICE_PROCLITICS = ("وب", "ول", "ب", "ل", "و", "ف")


@cache  # read-only word lists, loaded once per process
def office_words() -> tuple[frozenset[str], dict[str, str]]:
    """``cues.yaml: office_buildings`` and ``office_holders`` (a holder word -> its sector)."""
    data = read_data("cues.yaml")
    holders = {key: sector for sector, forms in data["office_holders"].items() for key in key_set(forms)}
    return key_set(data["office_buildings"]), holders


def _office_key(key: str, keys: frozenset[str] | dict[str, str]) -> str | None:
    """``key`` or its stem without one proclitic and the article, when that is one of ``keys``."""
    for stem in (key, *(key[len(p) :] for p in OFFICE_PROCLITICS if key.startswith(p))):
        for form in (stem, strip_article(stem)):
            if form in keys:
                return form
    return None


def office_building(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """The office whose building an attack or a seizure falls on, named by a word the entity stage does not tag:
    "أحرقوا بعد ذلك مقر حاكم المنطقة"، "هاجموا مقرّات حكومية حسّاسة" (dev gold: the government, not a place; the
    building holds the office, as "مقر وزارة الداخلية الأفغانية" holds a tagged ministry, which the object slot
    reads already). The building noun (``cues.yaml: office_buildings``) stands within reach after the trigger or
    its actor, with no other party, no preposition of place and no clause mark but a comma before it (in
    "استهداف أيضا تجمعا في مبنى حكومي تستخدمه الميلشيات" the gathering of militias is struck); the word after it names the holder
    (``office_holders``: حكومية، حاكم، وزارة، الشرطة) with its sector, and no party starts there. The holder is of
    the country of the place the sentence names after the trigger, else the story's most named country. ASSAULT
    and COERCE, when nothing else gave a recipient."""
    if m.entry.type not in OFFICE_BUILDING_TYPES or m.entry.reciprocal:
        return []
    words = ctx.view.words
    buildings, holders = office_words()
    own = {(p.start, p.end) for p in source}
    own_last = max(
        (x.last for x in ctx.mentions if x.first > m.last and _span(ctx, x) in own), default=m.last
    )
    firsts = {x.first for x in ctx.mentions}
    for j in range(own_last + 1, min(len(words) - 1, own_last + OFFICE_BUILDING_REACH + 1)):
        if _gap_marked(ctx, j, commas=False) or j in firsts:
            return []
        if words[j].norm in ctx.res.location_preps:
            return []  # "استهدف تجمعا في مبنى حكومي": the building is where the one struck stands, not the one struck
        if _office_key(words[j].norm, buildings) is None:
            continue
        holder = _office_key(words[j + 1].norm, holders)
        if holder is None or j + 1 in firsts:
            return []
        towns = [
            (x.first, e.country)
            for x in ctx.mentions
            for e in x.entities
            if e.country and (e.actor or "").startswith(TOWN_PREFIXES)
        ]
        country = next((c for first, c in towns if first > j), None) or home_country(ctx.story)
        span = ctx.story.span(words[j].start, words[j + 1].end)
        return [
            Participant(
                start=span.start, end=span.end, text=span.text, country=country, sector=holders[holder]
            )
        ]
    return []


TOLL_VERB_PARTICLES = frozenset({"قد"})


@cache  # a read-only word list, loaded once per process
def victim_toll_verbs() -> frozenset[str]:
    """``cues.yaml: victim_toll_verbs``."""
    return key_set(read_data("cues.yaml")["victim_toll_verbs"])


def toll_verb_after(ctx: SentenceContext, head: int) -> bool:
    """The victims' noun at ``head`` is the subject of a verb of the toll right after it (قد may stand between):
    "وقال المرصد إن 170 مدنيا قتلوا وأصيب العشرات أيضا جراء هذه الغارات" (SaudiNewsNet alriyadh-0474, roles sample
    W), "إن 42 مدنيا قتلوا من جراء الغارات". The toll then names the victims before the verb, where
    ``_toll_victim`` looked for a toll word before the noun only."""
    words = ctx.view.words
    k = head + 1
    if k < len(words) and words[k].norm in TOLL_VERB_PARTICLES:
        k += 1
    return k < len(words) and words[k].norm in victim_toll_verbs()


def toll_verb_before(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """A verb of the toll right before the attack noun that carries بـ: "ثمانية مواطنين أصيبوا برصاص قوات الاحتلال"
    (the ب links the toll to the attack as a word of cause does)."""
    return m.head > 0 and ctx.view.words[m.head - 1].norm in victim_toll_verbs()


TITLED_VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})


@cache  # read-only word lists, loaded once per process
def victim_heads() -> dict[str, str]:
    """``cues.yaml: victim_heads``: a person's noun -> the sector it gives."""
    return {
        key: sector
        for sector, forms in read_data("cues.yaml")["victim_heads"].items()
        for key in key_set(forms)
    }


def _gap_marked(ctx: SentenceContext, j: int, *, commas: bool = True) -> bool:
    """A clause mark (a comma too unless ``commas`` is false) between word ``j`` and the word before it."""
    words = ctx.view.words
    marks = CLAUSE_MARKS if commas else STRONG_MARKS
    return any(ch in marks for ch in ctx.story.text[words[j - 1].end : words[j].start])


def _marked(ctx: SentenceContext, a: int, b: int) -> bool:
    """A clause mark between the words ``a`` and ``b``."""
    words = ctx.view.words
    return any(ch in CLAUSE_MARKS for ch in ctx.story.text[words[a].end : words[b].start])


def titled_victim(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """The person an attack or an arrest falls on, named after a noun of his kind right after the trigger (one
    untagged adjective may follow the noun): "تشبث تركيا باعتقال القس الأميركي أندرو برانسون" (roles sample W),
    "بسجن الناشط السياسي حازم عبد العظيم". The entity stage tags the nisba or the name, not the noun, so the party
    stood one or two words after the trigger and was not read as its genitive. Not a place, not the actor's own
    party (the caller drops the actor named again); the noun gives the person's sector when the entity has none
    (``cues.yaml: victim_heads``). ASSAULT and COERCE, when nothing else gave a recipient."""
    if m.entry.type not in TITLED_VICTIM_TYPES or m.entry.reciprocal:
        return []
    words = ctx.view.words
    k = m.last + 1
    if k + 1 >= len(words) or _marked(ctx, m.last, k):
        return []
    key = words[k].norm
    heads = victim_heads()
    # strip_article keeps three letters at least: القس -> قس by hand
    sector = heads.get(strip_article(key)) or (heads.get(key[2:]) if key.startswith("ال") else None)
    firsts = {x.first: x for x in ctx.mentions}
    if sector is None or k in firsts:
        return []  # a tagged noun is read by the object slot
    x = firsts.get(k + 1)
    if x is None and k + 2 < len(words) and k + 1 not in firsts:
        x = firsts.get(k + 2)  # "الناشط السياسي حازم عبد العظيم": one adjective between
    if x is None or placeish(x) or _marked(ctx, k, x.first):
        return []
    own = {(p.start, p.end) for p in source}
    parts = participants_of(ctx, x)
    if any((p.start, p.end) in own for p in parts):
        return []
    for p in parts:
        p.sector = p.sector or sector
    return parts


def town_victims(ctx: SentenceContext, m: TriggerMatch, target: list[Participant]) -> list[Participant]:
    """The civilians a toll names, in place of the town an attack falls on: "وردت الفصائل باستهداف دمشق، موقعة أكثر
    من 20 مدنيا" (dev gold: SYR/CVL, the civilians, where the capital was read as the government). A struck place is
    no recipient (EVENT-CONVENTIONS: annotation guide), its people are; when the sentence's toll names them
    (``toll_victims``: generic civilians only, never fighters), they replace the town. ASSAULT only; every recipient
    read must be a town or place of the knowledge base (``city:``/``place:``), whatever its sector."""
    if m.entry.type != "ASSAULT" or not target:
        return []
    if not all((p.actor or "").startswith(TOWN_PREFIXES) for p in target):
        return []
    return toll_victims(ctx, m)


RISEN_TOLL_REACH = 16
"""How far before "إلى <count> <victims>" the toll's total may stand (ارتفع عدد القتلى جراء الغارات والقصف المدفعي لقوات
النظام السوري على الغوطة الشرقية الاثنين إلى مئة مدني)."""


@cache  # read-only word lists, loaded once per process
def toll_totals() -> tuple[frozenset[str], frozenset[str]]:
    """``cues.yaml: toll_totals`` and ``toll_rise_preps``."""
    data = read_data("cues.yaml")
    return key_set(data["toll_totals"]), key_set(data["toll_rise_preps"])


def risen_toll(ctx: SentenceContext, k: int) -> bool:
    """Word ``k`` (right before the count of the victims) is the إلى of a toll's total risen or come to them: "ارتفع
    عدد القتلى جراء الغارات ... إلى مئة مدني" (dev gold: the civilians, SYR/CVL, are the strikes' recipient), "ارتفاع
    حصيلة القتلى في مدينة عربين إلى عشرين مدنيا". The total (القتلى، الضحايا، حصيلة) stands within
    ``RISEN_TOLL_REACH`` words before, with no clause mark but a comma between."""
    words = ctx.view.words
    totals, preps = toll_totals()
    if words[k].norm not in preps:
        return False
    for j in range(k - 1, max(-1, k - RISEN_TOLL_REACH - 1), -1):
        if _gap_marked(ctx, j + 1, commas=False):
            return False
        if strip_article(words[j].norm) in totals or words[j].norm in totals:
            return True
    return False


# Recipients of speech acts, first round (evtarget2) -----------------------------------------------------------------

GOODS_AFTER = 8
"""How far after the trigger the goods noun may stand (فرضت بروكسل في 22 يونيو رسوما جمركية بنسبة 25 في المئة على)."""
GOODS_FILLER = 2
"""Words between على and the goods noun (على مجموعة من المنتجات الأميركية)."""
GOODS_REACH = 5
"""How far after the goods noun their origin may stand (على واردات الصلب والألومنيوم من كندا)."""
ORIGIN_PREPS = frozenset(normalize_key(w) for w in ("من", "إلى"))
"""Prepositions naming where goods come from or go to (واردات ... من كندا، صادرات الأسلحة إلى السعودية)."""


@cache  # read-only, loaded once per process
def _sanction_goods() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["sanction_goods"])


def _goods_noun(ctx: SentenceContext, m: TriggerMatch) -> int | None:
    """The index of the goods noun a sanction falls on after على (or right after a ban noun: حظر استيراد), or
    None when a clause edge comes first."""
    words = ctx.view.words
    goods = _sanction_goods()
    for k in range(m.head + 1, min(len(words), m.last + 1 + GOODS_AFTER)):
        if _gap_marked(ctx, k):
            return None
        # (واردات opens with a و of its own: the bare key strips it)
        if words[k].norm not in goods and bare_key(words[k]) not in goods:
            continue
        near = range(max(m.head, k - 1 - GOODS_FILLER), k)
        if k == m.head + 1 or any(words[j].norm in ("على", "علي") for j in near):
            return k
    return None


def goods_origin(ctx: SentenceContext, m: TriggerMatch, source: list[Participant]) -> list[Participant]:
    """The state whose goods a sanction falls on: "فرضت واشنطن تعريفات جمركية على واردات الصلب والألومنيوم من
    كندا" (roles sample X), "رسوما جمركية ... على مجموعة من المنتجات الأميركية". Tariffs and bans are aimed at the
    state the goods come from (EVENT-CONVENTIONS: sanctions and tariffs are SANCTION); the party after من (or إلى
    for exports), or the goods noun's own genitive or nisba, was read as no one's, since من and a noun's genitive
    name no recipient in general. Not a party of the actor's own country."""
    if m.entry.type != "SANCTION" or not source:
        return []
    k = _goods_noun(ctx, m)
    if k is None:
        return []
    words = ctx.view.words
    own = {p.country for p in source}
    for x in ctx.mentions:
        if x.first <= k:
            continue
        if x.first - k > GOODS_REACH or any(_gap_marked(ctx, j) for j in range(k + 1, x.first + 1)):
            return []
        before = words[x.first - 1].norm
        origin = before in ORIGIN_PREPS or x.first == k + 1  # من كندا، واردات الصين، المنتجات الأميركية
        # a nisba qualifying the goods or their definite genitive (استيراد السيارات الأمريكية)
        nisba = all(e.type in NISBA_TYPES for e in x.entities) and before.startswith("ال") and not x.lead
        if same_side(x, own) and (nisba or x.first == k + 1):
            continue  # the actor's own nisba on the goods noun (حظر الاستيراد الروسي للسلع ... من الاتحاد الأوروبي)
        if x.place or not (origin or nisba) or same_side(x, own):
            return []
        return participants_of(ctx, x)
    return []


# Recipients, second round (evtarget3) -------------------------------------------------------------------------------


@cache  # read-only, loaded once per process
def claim_entries() -> frozenset[str]:
    """``cues.yaml: claim_entries``."""
    return frozenset(read_data("cues.yaml")["claim_entries"])


def claimed_recipients(claim: Event, events: list[Event]) -> list[Participant]:
    """The recipient of the attack a claim of responsibility claims: "وتبنت #حركة_الشباب ... مسؤولية الهجمات، إذ
    قالت في بيان ... إن مقاتلين من عناصرها هاجموا مقرّات حكومية" (dev gold: the claim's record SOM/REB -> SOM/GOV,
    the government offices struck). A claim names no recipient, and the attack it claims is told after it in the
    same sentence: the first ASSAULT record after the claim with a recipient, whose actor is none or of the
    claimant's country (its fighters), gives it. ``events`` are the sentence's records in their order."""
    if claim.target or claim.type != "ASSAULT":
        return []
    own = {p.country for p in claim.source}
    for e in events:
        if e.start <= claim.start or e.type != "ASSAULT" or not e.target:
            continue
        if e.source and not {p.country for p in e.source} & own:
            return []
        return [dataclasses.replace(p) for p in e.target]
    return []

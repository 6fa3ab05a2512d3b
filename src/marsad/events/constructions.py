"""Constructions that name a participant away from the trigger: the light verb that carries an event noun
(شن هجوما، الهجوم الذي شنته)، the verb of undergoing (تعرض لانتقادات)، the condition of a threat, the subject
of a complement clause (طالبت أن تقدم X)، a بين pair, and a masdar coordinated with the previous one."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.events.clauses import RELATIVE_PRONOUNS, ReportFrame
from marsad.events.lexicon import TriggerMatch, Word, key_set, read_data
from marsad.events.mentions import (
    PERSON_TYPES,
    Mention,
    SentenceContext,
    bare_key,
    is_witness,
    participants_of,
    same_side,
)
from marsad.events.resources import CoderResources
from marsad.events.roles import VERB_PARTICLES, obtained_noun, own_nisba, wa_conjunction
from marsad.events.words import comma_after, has_mark
from marsad.model import Participant

LIGHT_VERB_BACK = 10
"""How far before an event noun the light verb that carries it may stand (عقد الملك ...، والرئيس ...، لقاء)."""
LIGHT_VERB_SUBJECT_GAP = 3
"""Words between a light verb and its subject (شنتها قوات النظام، التي شنتها أمس دمشق)."""


@cache  # read-only word list, loaded once per process (as frames.frame_words)
def meeting_joiners() -> frozenset[str]:
    """``cues.yaml: meeting_joiners`` (normalized): جمع after a meeting noun's relative pronoun."""
    return key_set(read_data("cues.yaml")["meeting_joiners"])


JOINER_ADJECTIVES = 1
"""Definite adjectives allowed between a meeting noun and its relative pronoun (القمة الثلاثية التي جمعت)."""


def meeting_joiner(ctx: SentenceContext, m: TriggerMatch) -> int | None:
    """The index of جمع (no object pronoun) after a meeting noun's relative pronoun, or None (القمة التي جمعت،
    المناظرة التلفزية التي جمعت)."""
    if m.entry.type != "CONSULT" or m.entry.companions:
        # a verb or noun with a meeting word after it (استضافة القمة التي جمعت): its own agent (the host) stands
        return None
    words = ctx.view.words
    j = m.last + 1
    while j < min(len(words), m.last + 1 + JOINER_ADJECTIVES) and words[j].norm.startswith("ال"):
        if bare_key(words[j]) in RELATIVE_PRONOUNS:
            break
        j += 1
    if (
        j + 1 < len(words)
        and bare_key(words[j]) in RELATIVE_PRONOUNS
        and bare_key(words[j + 1]) in meeting_joiners()
    ):
        return j + 1
    return None


@cache  # read-only word list, loaded once per process (as meeting_joiners)
def resumptive_verbs() -> frozenset[str]:
    """``cues.yaml: resumptive_verbs`` (normalized): verbs that carry an event noun only through an object pronoun
    that resumes it (الحصار الذي تفرضه، حصار محكم تفرضه)."""
    return key_set(read_data("cues.yaml")["resumptive_verbs"])


@cache  # read-only, loaded once per process
def issued_verbs() -> frozenset[str]:
    """``cues.yaml: issued_verbs`` (normalized): verbs of issuing that carry a declared act's noun through an object
    pronoun (التحذير الذي أعلنته موسكو، الاتهامات التي وجهها), recall round 6."""
    return key_set(read_data("cues.yaml")["issued_verbs"])


ISSUED_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "AGREE", "REJECT", "SANCTION"})
"""Event types whose nouns name a declared act, resumed by a verb of issuing (``issued_verbs``) too. Not SUPPORT:
what is issued there is a statement, mostly a report's source ("حسبما أفاد بيان مشترك أصدرته الفصائل")."""
IMPOSED_TYPES = frozenset({"COERCE", "SANCTION"})
"""Event types whose nouns are resumed by an imposing verb (``resumptive_verbs``), not by a light verb."""
RESUMED_ADJECTIVES = 2
"""Adjectives allowed between an event noun and the verb whose object pronoun resumes it (غارات جوية نفذها)."""
RESUMED_WINDOW = 10
"""Words from the resuming verb on that the lexicon reads to tell whether the verb is a trigger itself."""


def _pronoun_object(w: Word) -> bool:
    """Whether the word carries an object pronoun (نفذها، تفرضه): ``_light_key`` strips one."""
    return _light_key(w) != bare_key(w)


def _agrees(w: Word, *, definite: bool) -> bool:
    """A word that can be an adjective of the noun: definite after a definite noun, indefinite after an
    indefinite one; not a conjunct (و...), a preposition or particle, nor a word with punctuation."""
    if w.norm in ADJECTIVE_STOPS or w.norm.startswith(("و", "ف", "لل", "بال", "كال")) or not w.text.isalpha():
        return False  # (للسياسة التي ينفذها: a genitive with its preposition, not an adjective)
    return w.norm.startswith("ال") == definite


ADJECTIVE_STOPS = frozenset(
    {"في", "على", "علي", "من", "الى", "عن", "مع", "ضد", "منذ", "بعد", "قبل", "ان", "قد"}
)
"""Words that end an adjective run (a preposition or particle starts another phrase)."""


def resumptive_verb(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> int | None:
    """The index of a verb after an event noun whose object pronoun resumes the noun, with up to
    ``RESUMED_ADJECTIVES`` agreeing adjectives and a relative pronoun between ("غارات جوية نفذها النظام السوري"،
    "حصار محكم تفرضه قوات النظام"، "الحصار الذي تفرضه إسرائيل"), or None. The verb is a light verb, or for a
    siege or sanctions one of ``resumptive_verbs`` (فرض carries them only as their resumed object here: "فرضت
    عقوبات" is itself a trigger); the pronoun makes the noun its object, so the verb's subject did the act (evrecall3). A light verb
    right after the noun or its relative pronoun is read before this (``light_verb_agent``), with or without a
    pronoun; here a pronoun that agrees with the noun is required."""
    words = ctx.view.words
    definite = bare_key(words[m.head]).startswith(("ال", "لل", "بال"))
    # a siege or sanctions are imposed (فرض), an attack or a meeting carried out or held (شن، نفذ، عقد): "حصار ...
    # ينفذه" is no siege's imposer
    verbs = resumptive_verbs() if m.entry.type in IMPOSED_TYPES else res.light_verbs
    if m.entry.type in ISSUED_TYPES:
        verbs = verbs | issued_verbs()
    noun = bare_key(words[m.head])
    feminine = noun.endswith(("ه", "ات"))  # ة (normalized ه) or a sound feminine plural: غارات، عمليات

    def carrier(j: int) -> bool:
        if j >= len(words) or not _pronoun_object(words[j]) or _light_key(words[j]) not in verbs:
            return False
        # the pronoun agrees with the noun it resumes: "محاكاة هجوم إرهابي نفذتها قوات الأمن" resumes محاكاة
        pronoun = bare_key(words[j])[len(_light_key(words[j])) :]
        return pronoun == ("ها" if feminine else "ه")

    def own_trigger(j: int) -> bool:
        # "الغارات الجوية التي شنتها": شن is itself a trigger and codes the event with its subject; read on the
        # noun too, the record only moves to the noun and may fold into another of the same actor
        return any(x.start == words[j].start for x in res.lexicon.match(words[j : j + RESUMED_WINDOW]))

    j = m.last + 1
    for _ in range(RESUMED_ADJECTIVES + 1):
        if j >= len(words):
            return None
        if bare_key(words[j]) in RELATIVE_PRONOUNS:
            return j + 1 if carrier(j + 1) and not own_trigger(j + 1) else None
        if carrier(j):
            return None if own_trigger(j) else j
        if not _agrees(words[j], definite=definite) or any(x.first <= j <= x.last for x in ctx.mentions):
            return None  # a party right after the noun is its genitive, not an adjective
        j += 1
    return None


def _light_key(w: Word) -> str:
    """A word without a leading و/ف and an object pronoun (شنتها -> شنت)."""
    key = bare_key(w)
    for enc in ("هما", "هم", "ها", "ه"):
        if key.endswith(enc) and len(key) - len(enc) >= 3:
            return key[: -len(enc)]
    return key


def light_verb_agent(
    ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources, backward: bool
) -> Mention | None:
    """The subject of a light verb carrying the event noun: after it in a relative or descriptive clause
    ("الهجوم الذي شنته مجموعة"، "غارات شنتها دمشق"), or before it ("عقد الملك ... لقاء قمة")."""
    words = ctx.view.words
    bound = res.bound_preps

    def subject_after(v: int, limit: int) -> Mention | None:
        return next(
            (
                x
                for x in ctx.mentions
                if v < x.first <= min(limit, v + LIGHT_VERB_SUBJECT_GAP)
                and x.prep not in bound
                and not x.place
                and not is_witness(words, x)
            ),
            None,
        )

    j = m.last + 1
    if j < len(words) and bare_key(words[j]) in RELATIVE_PRONOUNS:
        j += 1
    if j < len(words) and _light_key(words[j]) in res.light_verbs:
        return subject_after(j, len(words))
    resumed = resumptive_verb(ctx, m, res=res)
    if resumed is not None:
        return subject_after(resumed, len(words))
    joiner = meeting_joiner(ctx, m)
    if joiner is not None:
        # "القمة التي جمعت الكوريتين"، "الذي جمع بين حركتي ..." (evdrop3): the object of جمع is the meeting's
        # parties, read as a light verb's subject is (a reciprocal meeting lists them all as actors; مع adds
        # the other, ``joined_party`` a titled one after و)
        return next(
            (
                x
                for x in ctx.mentions
                if joiner < x.first <= joiner + LIGHT_VERB_SUBJECT_GAP
                and (x.prep not in bound or x.prep == "بين")
                and not x.place
            ),
            None,
        )
    if not backward:
        return None
    for v in range(m.head - 1, max(-1, m.head - LIGHT_VERB_BACK - 1), -1):
        if _light_key(words[v]) in res.light_verbs:
            found = subject_after(v, m.head - 1)
            if found is not None:
                return found
            # subject-first: the party right before the light verb (الفصائل شنت هجوما)
            return next(
                (
                    x
                    for x in reversed(ctx.mentions)
                    if (x.last == v - 1 or (x.last == v - 2 and words[v - 1].norm in VERB_PARTICLES))
                    and x.prep not in bound
                    and not x.place
                ),
                None,
            )
    return None


JOINED_GAP = 3
"""Words between a meeting's first party and the و of the next (a name in apposition: وزير الخارجية الأمريكي
مايك بومبيو ونظيره الروسي)."""


def joined_party(ctx: SentenceContext, first: Mention, *, res: CoderResources) -> Mention | None:
    """The party after و that the entity stage split from ``first`` by a title or an apposed name ("الرئيس
    المصري عبد الفتاح السيسي والعاهل الأردني"): the second side of a meeting جمع names (evdrop3)."""
    words = ctx.view.words
    bound = res.bound_preps
    for x in ctx.mentions:
        if first.last < x.first <= first.last + JOINED_GAP + 1:
            # the و on the party or on a head word right before it (وزعيم كوريا الشمالية)
            conj = any(
                words[k].norm.startswith("و") for k in range(max(first.last + 1, x.first - 1), x.first + 1)
            )
            if conj and x.prep not in bound and not x.place:
                return x
            return None
    return None


CONDITION_WINDOW = 8
"""How far after a threat its condition (إذا، لو، في حال) may open."""
CONDITION_SUBJECT_GAP = 3
"""Words between the conditional particle and its subject (إذا ما أوقفت الولايات المتحدة)."""


def condition_subject(
    ctx: SentenceContext, m: TriggerMatch, source: list[Participant], *, res: CoderResources
) -> list[Participant]:
    """The subject of a conditional clause right after a threat, when it is not the threatening side."""
    words = ctx.view.words
    own = {p.country for p in source}
    bound = res.bound_preps
    for j in range(m.last + 1, min(len(words), m.last + CONDITION_WINDOW + 1)):
        if bare_key(words[j]) not in res.condition_words:
            continue
        x = next(
            (
                x
                for x in ctx.mentions
                if j < x.first <= j + CONDITION_SUBJECT_GAP + 1 and x.prep not in bound and not x.place
            ),
            None,
        )
        if x is not None and not same_side(x, own):
            return participants_of(ctx, x)
        return []
    return []


SUFFER_WINDOW = 6
"""How many words before a nominal trigger its "suffer" verb may stand (تعرضت قطر لانتقادات)."""
SUFFER_AGENT_WINDOW = 4
"""How far after the trigger its agent may stand (لانتقادات عدة من جماعات حقوق الإنسان)."""


def suffer_verb(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> int | None:
    """Index of a verb of undergoing (تعرض لـ، واجه، تلقى) governing the nominal trigger, or None."""
    words = ctx.view.words
    for j in range(m.head - 1, max(-1, m.head - SUFFER_WINDOW - 1), -1):
        if (
            bare_key(words[j]) in res.suffer_verbs
            or words[j].norm in res.suffer_verbs
            or obtained_noun(ctx, m, j)
        ):
            if bare_key(words[j]) == "تلقي" and not words[j].text.endswith("ى"):
                # تلقى (received) and تُلقي (throws) share a key; only the written alif maqsura tells them apart
                continue
            return j
        if has_mark(words[j].text, res.punctuation):
            return None  # the verb of undergoing governs its own clause only
    return None


def marked_noun(ctx: SentenceContext, m: TriggerMatch, verb: int) -> bool:
    """Whether the event noun is what the verb of undergoing governs: marked by لـ / إلى / بـ (تعرضت
    لانتقادات، تعرض إلى الطعن، يحظى بتأييد), or right after the verb or its subject (تواجه إيران اتهامات). Another noun in the same
    clause ("تتعرض لانتقادات بسبب أعمال القمع") and a homograph (تلقي الاتهامات: throws) are not."""
    words = ctx.view.words
    if obtained_noun(ctx, m, verb):
        # حصل الحريري على تأييد: the verb of obtaining governs the noun after على (twentieth round)
        return True
    if m.head == verb + 1 or any(verb < x.first <= verb + 2 and x.last == m.head - 1 for x in ctx.mentions):
        return True  # واجه انتقادات، تواجه إيران اتهامات: the object right after the verb or its subject
    if "ل+" in m.proclitics or "ب+" in m.proclitics or words[m.head].norm[:1] in ("ل", "ب"):
        # the marker must be the first one after the verb: the noun it governs
        return not any(
            words[k].norm[:1] in ("ل", "ب") or words[k].norm == "الي" for k in range(verb + 1, m.head)
        )
    return m.head > 0 and words[m.head - 1].norm in ("الي", "إلى")


def sufferer(ctx: SentenceContext, verb: int, m: TriggerMatch, *, bound: frozenset[str]) -> Mention | None:
    """The subject of the verb of undergoing: right after it (تعرضت قطر لـ) or just before it (قطر تعرضت)."""
    after = next((x for x in ctx.mentions if verb < x.first < m.head and x.prep not in bound), None)
    if after is not None:
        return after
    return next(
        (
            x
            for x in reversed(ctx.mentions)
            if verb - 2 <= x.last < verb and x.prep not in bound and not x.place
        ),
        None,
    )


def coordinated_noun(
    ctx: SentenceContext, m: TriggerMatch, free_after: list[Mention], marks: tuple[str, ...]
) -> bool:
    """A masdar joined by و to a masdar event coded just before it (أعلن عن قطع علاقات المغرب مع إيران
    وطرد السفير): it shares that event's actor and its genitive is its object, unless a recipient is
    marked after the genitive (وزيارة بوتين للصين: the genitive is then the agent). Undiacritized, طرد
    is also the verb; after a masdar the masdar reading wins."""
    if ctx.last_pos != "noun" or not wa_conjunction(ctx.view.words[m.head], m):
        return False
    if own_nisba(m, free_after):
        # وغارات روسية after بقصف سوري: the nisba is the joined noun's own agent (twenty-fourth round)
        return False
    return not any(x.prep in marks for x in free_after[1:])


def complement_subject(
    ctx: SentenceContext, m: TriggerMatch, subject: Mention | None, *, res: CoderResources, window: int = 3
) -> Mention | None:
    """The named subject of the complement clause (أن X ...) opened within ``window`` words of the trigger."""
    words, comps = ctx.view.words, res.modality.complementizers
    comp = next(
        (j for j in range(m.last + 1, min(len(words), m.last + window + 1)) if words[j].norm in comps), None
    )
    if comp is None:
        return None
    bound = res.bound_preps
    return next(
        (
            x
            for x in ctx.mentions
            if comp < x.first <= comp + 3 and x is not subject and x.prep not in bound and not x.place
        ),
        None,
    )


def between_others(
    ctx: SentenceContext, after: list[Mention], source: list[Participant], *, third_party: bool
) -> list[Participant]:
    own = {p.country for p in source if p.country}
    for x in after:
        if x.prep != "بين" or len(x.entities) < 2:
            continue
        rest = [e for e in x.entities if e.country not in own]
        # "مفاوضات بين الفلسطينيين والإسرائيليين" asked for by a third party: both are the recipients
        if rest and (len(rest) < len(x.entities) or third_party):
            return participants_of(
                ctx, Mention(entities=rest, first=x.first, last=x.last, prep=x.prep, place=x.place)
            )
    return []


REQUEST_OBJECT_WINDOW = 8
"""How far after a demand verb the one asked may stand when a comma separates them."""
ALLEGATION_WINDOW = 14
"""How far after an allegation verb (زعم، ادعى) its complementizer may stand: "ادعى السيناتور الروسي، أليكسي
بوشكوف، في مقابلة تلفزيونية على محطة روسية، بأن ..." names the speaker and the occasion first."""


BETWEEN_WINDOW = 20
"""How far after a demand a بين pair (the parties asked to negotiate) may stand: the content of a
demand runs long ("شدد على ضرورة تكثيف الجهود ...، عبر إطلاق مفاوضات ... بين الفلسطينيين والإسرائيليين")."""


# Recall round 7 (evrecall7): the agent in another clause.

MEETING_WITH_HEAD = 2
"""Words allowed between مع and the meeting's other side (اللقاء مع زعيم كوريا الشمالية: a title)."""


def speaker_meeting(
    ctx: SentenceContext, m: TriggerMatch, report: ReportFrame, target: list[Participant]
) -> list[Participant] | None:
    """The speaker of a report verb as the first side of a meeting noun in its content whose only side follows
    مع ("قال الرئيس ترامب إن اللقاء مع زعيم كوريا الشمالية سيكون قريباً"): the one who tells of his own meeting
    with someone names the other side only; the speaker is the one meeting him. Not a speaker of the other
    side's country (a spokesman telling of his own leader's meeting names the leader), not an 'according to'
    frame (a source is no side), not a noun with a genitive side of its own (the participant rules find it)."""
    if m.entry.type != "CONSULT" or m.entry.pos != "noun" or report.whole_sentence or not target:
        return None
    speaker = report.speaker_mention
    if speaker is None or speaker.last >= m.head or not report.content_from <= m.head < report.content_to:
        return None
    words = ctx.view.words
    other = next((x for x in ctx.mentions if x.first > m.last), None)
    if other is None or m.last + 1 >= len(words) or bare_key(words[m.last + 1]) != "مع":
        return None
    if other.first - (m.last + 2) > MEETING_WITH_HEAD:
        return None
    sides = participants_of(ctx, speaker)
    if not sides or same_side(speaker, {p.country for p in target}):
        return None
    return sides


SPOKEN_MEETING_FUTURE = 8
"""Words after a spoken-of meeting noun in which a future cue makes it a planned meeting (اللقاء مع زعيم كوريا
الشمالية سيكون قريبا)."""


def spoken_meeting_future(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> bool:
    """Whether the meeting noun ``speaker_meeting`` gave its speaker is the subject of a future predicate after its
    مع side ("اللقاء مع زعيم كوريا الشمالية سيكون قريباً"): the modality reads cues before the trigger only, and a
    meeting still to come is an intent to meet (AGREE 036), not a meeting. Not a cue after من, a comparison ("إن
    المناقشات مع كوريا الشمالية تقدمت بسرعة أكبر من المتوقع": talks going on)."""
    words = ctx.view.words
    end = min(len(words), m.last + 1 + SPOKEN_MEETING_FUTURE)
    return any(
        bare_key(words[j]) in res.modality.future and bare_key(words[j - 1]) not in COMPARED
        for j in range(m.last + 1, end)
    )


COMPARED = frozenset({"من", "مما"})
"""Words before a future cue that make it a comparison (أكبر من المتوقع، أسرع مما كان متوقعا)."""


APPOSED_TITLE_WORDS = 8
"""How many words an office named as a verb's subject may run before the comma of its holder's name (النائب الأول
لمندوب روسيا لدى الأمم المتحدة، ديميتري بوليانسكي،)."""


def apposed_title_subject(
    ctx: SentenceContext, m: TriggerMatch, free_after: list[Mention]
) -> tuple[Mention, Mention] | None:
    """A verb's subject named by an office whose holder's name follows between commas ("رفض النائب الأول لمندوب
    روسيا لدى الأمم المتحدة، ديميتري بوليانسكي، الأربعاء، إعلان البيت الأبيض"), as (the office's first party, the
    name), or None. The office's party (روسيا) stands farther from the verb than a subject is looked for, so the
    verb had no subject and took the previous sentence's actors (recall round 6's one wrong record); the apposed
    name between commas shows the words before it are the subject. The office must open right after the verb with
    a definite word that is no party itself, and the name must be a person's."""
    words = ctx.view.words
    text = ctx.story.text
    k = m.last + 1
    if k >= len(words) or comma_after(text, words, m.last) or not bare_key(words[k]).startswith("ال"):
        return None
    if any(x.first <= k <= x.last for x in ctx.mentions):
        return None
    end = next(
        (j for j in range(k, min(len(words) - 1, k + APPOSED_TITLE_WORDS)) if comma_after(text, words, j)),
        None,
    )
    if end is None:
        return None
    # (a party with ل is the office's genitive, not a recipient: "الناطق باسم القيادة العامة للقوات المسلحة الليبية،
    # العقيد أحمد المسماري،", recall round 9)
    office = [
        x
        for x in ctx.mentions
        if k < x.first and x.last <= end and not x.place and (x in free_after or x.prep == OFFICE_GENITIVE)
    ]
    name = next((x for x in ctx.mentions if x.first == _after_ranks(words, end + 1)), None)
    if not office or name is None or not comma_after(text, words, name.last):
        return None
    if not all(e.type in PERSON_TYPES for e in name.entities):
        return None
    return office[0], name


OFFICE_GENITIVE = "ل"
"""The preposition of an office's genitive party (الناطق باسم القيادة العامة للقوات المسلحة)."""

APPOSED_RANKS = 2
"""How many rank words may stand before an apposed name (العقيد الركن تركي المالكي)."""


@cache  # read-only word list, loaded once per process (as meeting_joiners)
def apposed_name_ranks() -> frozenset[str]:
    """``cues.yaml: apposed_name_ranks`` (normalized): ranks before an office holder's name (recall round 9)."""
    return key_set(read_data("cues.yaml")["apposed_name_ranks"])


def _after_ranks(words: Sequence[Word], j: int) -> int:
    """The first word at or after ``j`` past at most ``APPOSED_RANKS`` rank words ("، العقيد أحمد المسماري،": the
    entity stage tags the name, not the rank before it)."""
    ranks = apposed_name_ranks()
    stop = min(len(words), j + APPOSED_RANKS)
    while j < stop and words[j].norm in ranks:
        j += 1
    return j

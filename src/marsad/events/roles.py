"""Word-level cues to an argument's role: the agreement of a verb form with a plural of people, object and
genitive pronouns, the active participle of a حال clause, passive forms, victims of force, verbal attackers,
and when the party before a force noun is its agent."""

from __future__ import annotations

from functools import cache

from marsad.events.clauses import RELATIVE_PRONOUNS
from marsad.events.lexicon import TriggerMatch, Word, key_set, read_data
from marsad.events.mentions import (
    GENERIC,
    NISBA_TYPES,
    PERSON_TYPES,
    PLACE_TYPES,
    Mention,
    SentenceContext,
    bare_key,
    nisba_heads,
    numeric_word,
    office_words,
    participants_of,
    strip_article,
    word_at,
)
from marsad.events.resources import CoderResources
from marsad.events.words import comma_after, has_mark
from marsad.language.normalize import normalize_key
from marsad.model import Participant

FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
NEAR_AGENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
"""Event nouns named mostly without their agent: a party before them is the agent only when near (governs)."""
PROTESTER_SECTORS = frozenset({"CVL", "OPP"})
"""Sectors of a party that protests (EVENT-CONVENTIONS section 2: civilians, the unarmed opposition)."""
QUOTE_MARKS = "\"“”«»'()"
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")
BARE_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان"})
"""Complementizers without a pronoun: the clause after them names its own subject before the verb."""
UNKNOWN_SUBJECT_WINDOW = 5
"""How far before a verb a bare complementizer may open its clause (إن مهاجمين اثنين قتلوا)."""
VERB_PARTICLES = frozenset({"لم", "لن", "لا", "قد", "ما"})
"""Particles that may stand between a subject and its verb (بريطانيا لم تشارك في ضربات)."""
VICTIM_LINKS = frozenset({"في", "جراء", "من", "اثر", "خلال", "بعد", "قبل", "بسبب", "ب", "على", "علي"})
"""Words between a party and a force noun that make the party the victim or a bystander (مقتل 4 في غارة)."""
PLURAL_ENDINGS = ("ين", "ون")
"""Sound masculine plural endings: a nisba or agent noun in them names people (القطريين، المحتجون)."""
OBLIQUE_TYPES = frozenset({"PER", "PERS", "NORP", "MISC"})
"""Entity types that may name a plural of people by a common noun (دبلوماسيين روس)."""


def singular_verb(m: TriggerMatch) -> bool:
    """A verb form with no dual or plural ending: in subject-first order and pro-drop it agrees with a
    singular subject (المسؤولون يتهمون, not يتهم)."""
    return m.entry.pos == "verb" and not m.form.endswith(("ون", "وا", "ان", "ن"))


def plural_pronoun(m: TriggerMatch) -> bool:
    return any(e.lstrip("+") == "هم" for e in m.enclitics)


def plural_people(x: Mention) -> bool:
    """A masculine plural of people (القطريين، المحتجون، الصحفيين): what هم refers to."""
    ent = x.entities[-1]
    if len(x.entities) > 1 or x.place or ent.type in PLACE_TYPES:
        return False  # البحرين، الصين، فلسطين end the same way
    if known_person(x):
        return False  # بوتين، مايكل كوهين: one man whose name ends so
    return normalize_key(ent.text).endswith(PLURAL_ENDINGS)


KNOWN_PERSON = "person:"
"""The prefix of a person's id in the knowledge base (``person:putin``)."""


def known_person(x: Mention) -> bool:
    """``x`` is one person the knowledge base links (nineteenth participant round): a name, singular whatever its
    ending. "وقالت "فوكس نيوز" إن مايكل كوهين، المحامي الخاص لترمب، طالب": كوهين ends in ين like a plural of
    people (المحتجين), so the singular طالب was read as disagreeing with him and took Fox News, the outlet telling
    it, as its subject. A plural the entity stage tags as persons by a common noun (دبلوماسيين روس) has a
    country's code, not a person's id."""
    return len(x.entities) == 1 and (x.entities[0].actor or "").startswith(KNOWN_PERSON)


def oblique_plural(ctx: SentenceContext, x: Mention, m: TriggerMatch) -> bool:
    """A common-noun masculine plural in -ين right after a verb is its object, not its subject (which
    would be in -ون): "ناشدت المواطنين بالبقاء في منازلهم" (the civil defence appealed to the citizens)."""
    ent = x.entities[-1]
    if len(x.entities) != 1:
        return False
    if ent.type == GENERIC:
        return normalize_key(ent.text).endswith("ين")
    # a plural of people the entity stage names (لم تطرد دبلوماسيين روس، اعتقلت المسؤولين الأتراك) has the
    # same case ending; a name (بوتين، حسين; a KB id with ":") is not one, so only a nisba plural (-يين) or
    # a definite noun, linked at most to its country (RUS). Only right after the verb: after a noun it is
    # that noun's genitive, and the phrase may be the subject (وطالبت نقابة الصحافيين الفلسطينيين)
    head = normalize_key(ent.text.split()[0]) if ent.text.split() else ""
    return (
        x.first <= m.last + 1  # inside a multiword trigger (تطرد دبلوماسيين) or right after it
        # not after a quantity noun (يحتج عشرات آلاف الفلسطينيين: the genitive of the subject)
        and ctx.view.words[x.first - 1].norm.lstrip("و") not in ctx.res.partitives
        and ":" not in (ent.actor or "")
        and ent.type in OBLIQUE_TYPES
        and head.endswith("ين")
        and (head.endswith("يين") or (head.startswith("ال") and len(head) >= 7))
    )


def is_circumstantial(m: TriggerMatch) -> bool:
    """An accusative active participle of a verb entry (متهما، داعيا، محذرا، معربا): a حال clause."""
    f = m.form
    return (
        m.entry.pos == "verb"
        and len(f) >= 4
        and f.startswith("م")
        and f.endswith("ا")
        and f not in m.entry.imperfect_forms
    )


def first_stem_participle(m: TriggerMatch) -> bool:
    """The accusative participle of a first-stem verb, فاعلاً (داعياً، رافضاً، شاكراً), which does not start with م
    as the derived stems' do (thirteenth round). Read as a حال only after a report (records.code_match): alone the
    shape is also a noun or a name. Not for a verb whose own perfect has ا second (ناقش، هاجم: ناقشا is their
    dual; زار: زارا), and five letters at least."""
    f = m.form
    lemma = normalize_key(m.entry.lemma)
    return (
        m.entry.pos == "verb"
        and len(f) >= 5
        and f.endswith("ا")
        and f[1] == "ا"
        and f not in m.entry.imperfect_forms
        and len(lemma) >= 2
        and lemma[1] != "ا"
    )


def object_pronoun(m: TriggerMatch) -> bool:
    return any(e.lstrip("+") in ("ه", "ها", "هم", "هما", "هن") for e in m.enclitics)


RESUMPTIVE_PRONOUNS = {
    "الذي": frozenset({"ه"}),
    "التي": frozenset({"ها"}),  # also a non-human plural (الدول التي تتهمها)
    "الذين": frozenset({"هم"}),
    "اللذين": frozenset({"هما"}),
    "اللذان": frozenset({"هما"}),
    "اللتين": frozenset({"هما"}),
    "اللتان": frozenset({"هما"}),
}
"""The object pronoun that resumes a relative pronoun's antecedent: it agrees with it in gender and number."""


def resumes_antecedent(ctx: SentenceContext, m: TriggerMatch, cstart: int) -> bool:
    """Whether the object pronoun on a relative clause's verb is the resumptive pronoun of the antecedent
    (الدوحة، التي تتهمها الدول المقاطعة: ها = الدوحة). One that does not agree with the relative pronoun
    refers to someone else, and the antecedent is then the verb's subject (هيلاري كلينتون التي لطالما
    هاجمته: she attacked him)."""
    rel = ctx.view.words[cstart].norm.lstrip("و")
    agreeing = RESUMPTIVE_PRONOUNS.get(rel)
    if agreeing is None:
        return True
    return any(e.lstrip("+") in agreeing for e in m.enclitics)


def feminine_singular_verb(m: TriggerMatch) -> bool:
    """The 3rd person feminine singular: the perfect in ت (طالبت، اتهمت) or an imperfect in ت (تطالب، تتعهد)."""
    if m.entry.pos != "verb" or not singular_verb(m):
        return False
    lemma = normalize_key(m.entry.lemma)
    return m.form == lemma + "ت" or (m.form in m.entry.imperfect_forms and m.form[:1] == "ت")


def _owned_by_antecedent(w: Word, rel: str, res: CoderResources) -> bool:
    """A noun carrying the pronoun that resumes the relative pronoun (زعيمها after التي), not a preposition
    carrying it (منها، ضدها, whose party after is still the verb's subject)."""
    pronouns = RESUMPTIVE_PRONOUNS.get(rel, frozenset())
    return (
        any(c.lstrip("+") in pronouns for c in w.clitics if c.startswith("+"))
        and w.stem not in res.non_subject_preps
        and len(w.stem) >= TRILITERAL
    )


def relative_disagrees(ctx: SentenceContext, m: TriggerMatch, cstart: int) -> bool:
    """The verb of a relative clause does not agree with its relative pronoun, so the antecedent is not its
    subject (nineteenth participant round): a masculine singular verb after التي ("بند الصحيفة الجنائية ... التي
    طالب الجانب الفلبيني بوضعها": the Philippine side made the demand, of which the clause is the content), or a
    feminine one after الذي ("القرار الذي طالبت به روسيا"). The verb's subject then follows it. Not when the word
    after the verb is a resumptive (التي اتهم فيها إيران: the party after it is the object, as in
    ``cues.yaml: clause.resumptive``) or a noun with the antecedent's pronoun (كوريا الشمالية، التي تعهد زعيمها:
    its leader is the subject, and the antecedent's side acts)."""
    words = ctx.view.words
    rel = words[cstart].norm.lstrip("و")
    k = m.last + 1
    if k < len(words) and (
        words[k].norm in ctx.res.resumptive or _owned_by_antecedent(words[k], rel, ctx.res)
    ):
        return False
    if rel == "التي":
        return masculine_singular_verb(m)
    if rel == "الذي":
        return feminine_singular_verb(m)
    return False


def more_specific(a: Mention, b: Mention) -> bool:
    """``a`` names a sector of the one country ``b`` names bare."""
    ca = {e.country for e in a.entities}
    return (
        len(ca) == 1
        and ca == {e.country for e in b.entities}
        and all(e.sector for e in a.entities)
        and not any(e.sector for e in b.entities)
    )


def pronoun_genitive(m: TriggerMatch) -> bool:
    """A masdar with a pronoun enclitic (إدانته، استقدامها): the pronoun is its agent."""
    return m.entry.pos == "noun" and any(e.lstrip("+") in ("ه", "ها", "هم", "هما") for e in m.enclitics)


def governs(ctx: SentenceContext, governor: Mention | None, m: TriggerMatch, etype: str) -> bool:
    """Whether the party before a force noun is its agent. Force nouns are mostly named without their
    agent (الهجوم، القصف، انفجار); the party before them is then a speaker, an outlet or a victim ("قالت
    هيلي إن بلادها سترد على هجوم"، "مقتل 4 متشددين في غارة"). It is the agent only right before the noun
    (وتصعد تركيا هجومها) or one non-preposition word away (وقوف الحكومة السورية وراء الهجوم); farther
    away the event has no identifiable actor and is not coded (EVENT-CONVENTIONS section 2)."""
    if governor is None:
        return False
    if etype not in NEAR_AGENT_TYPES:
        return True
    between = ctx.view.words[governor.last + 1 : m.head]
    if etype == "PROTEST" and all(e.sector in PROTESTER_SECTORS for e in governor.entities):
        # الفلسطينيون يحملون صورها في المظاهرات: civilians or the opposition named before a protest noun are
        # its protesters; a state, its forces or an official far before it are not (قتلوا برصاص الجيش خلال
        # التظاهرات، أطيح بالرئيس عقب احتجاجات)
        return True
    if etype == "PROTEST" and between and _carried_by_light_word(between, light=ctx.res.light_verbs):
        # أكدت النقابات على تنفيذ الإضراب، شاركوا في الاحتجاجات: a light verb or its masdar right before the
        # noun carries it, and its agent is the clause's subject (the one who carries out), however far
        return True
    if len(between) <= 1 and _complement_noun(ctx, governor, m, between=between):
        return False
    return not between or (len(between) == 1 and between[0].norm.lstrip("و") not in VICTIM_LINKS)


def _complement_noun(
    ctx: SentenceContext, governor: Mention, m: TriggerMatch, *, between: list[Word]
) -> bool:
    """تصدت الدفاعات الجوية السورية لهجوم صاروخي، الدفاعات الجوية تصدت لهجوم: a force noun after a verb of
    repelling (``cues.yaml: participants.repel_verbs``) and its subject, in either order, is what the subject
    repels — the subject is its target, not its agent. Other verbs keep their subject as the agent of a noun
    marked by لـ / بـ (ردت دبابات إسرائيلية بقصف، أمرت المحكمة بمصادرة: the manner or content of the subject's
    own act). Tenth participant round."""
    if between:
        verb = between[0]  # SVO: the one word between the subject and the noun
    elif governor.first >= 1:
        verb = ctx.view.words[governor.first - 1]  # VSO: the word before the subject
    else:
        return False
    return verb.norm.lstrip("وف") in repel_verbs()


@cache  # read-only, loaded once per process
def repel_verbs() -> frozenset[str]:
    """``cues.yaml: participants.repel_verbs``: verbs whose subject repels the force noun after it."""
    return key_set(read_data("cues.yaml")["participants"]["repel_verbs"])


def _carried_by_light_word(between: list[Word], *, light: frozenset[str]) -> bool:
    """The words before an event noun end in a light verb, its masdar or participle (تنفيذ، شن، بتنفيذ), or
    in one of them and في (شاركوا في، المشاركات في)."""
    if len(between) >= 2 and between[-1].norm == "في":
        return _light_word(between[-2], light=light)
    return _light_word(between[-1], light=light)


def _light_word(w: Word, *, light: frozenset[str]) -> bool:
    key = w.norm.lstrip("وف")
    if key[:1] in ("ب", "ل") and key[1:] in light:
        return True  # بتنفيذ، لشن
    return key in light or strip_article(key) in light


def speakers_only(source: list[Participant]) -> bool:
    """Every actor is one who attacks with words: a named person, a party, an outlet, a parliament or a
    foreign ministry — not a state, a city, armed forces or an unnamed group."""

    def verbal(p: Participant) -> bool:
        if p.sector in ("MIL", "COP", "REB") or not p.sector:
            return False
        actor = p.actor or ""
        return (
            actor.startswith("person:")
            or p.sector in ("LEG", "PTY", "MED")
            or "خارجي" in normalize_key(p.text)
        )

    return bool(source) and all(verbal(p) for p in source)


def unknown_subject(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """ "قالت الشرطة إن مهاجمين اثنين قتلوا ستة أشخاص": after a bare complementizer the verb's subject is
    the noun before it, which no entity covers; the verb then has a subject of its own (unknown), and does
    not share the speaker's or an earlier clause's actor."""
    words = ctx.view.words
    if untagged_subject_after(ctx, m):
        return True
    for k in range(m.head - 1, max(-1, m.head - UNKNOWN_SUBJECT_WINDOW - 1), -1):
        key = words[k].norm.lstrip("و")
        if key in BARE_COMPLEMENTIZERS:
            if k + 1 >= m.head or words[k + 1].norm in VERB_PARTICLES:
                return False
            if any(x.first <= k + 1 <= x.last for x in ctx.mentions):
                return False  # a party (إن المليشيات الحوثية أطلقت) is a known subject
            if words[k + 1].norm.lstrip("و") in ctx.res.anaphora:
                return False  # أن الزعيمين توصلا: a referring noun, resolved by the back-reference rules
            # بلاده، حكومته: a noun with a pronoun refers back to the speaker's side
            return not words[k + 1].text.strip(QUOTE_MARKS).endswith(PRONOUN_SUFFIXES)
        if has_mark(words[k].text, ctx.res.punctuation):
            return False
    return False


@cache  # read-only, loaded once per process
def untagged_subjects() -> dict[str, str | None]:
    """``cues.yaml: participants.untagged_subjects``: persons' nouns that name a verb's subject after it, each
    with the sector of an earlier actor it may still be (a judge of a court), or None."""
    raw: dict[str, str | None] = read_data("cues.yaml")["participants"]["untagged_subjects"]
    return {normalize_key(w): sector for w, sector in raw.items()}


def untagged_subject_after(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """ "وادعى القاضي رمضان عليه"، "ونفى المتحدث باسم وزارة النقل": a person's noun right after the verb, which no
    entity covers, is its subject; the verb is not pro-drop and shares no earlier actor (fifteenth round), unless
    the last actors named before it have the noun's sector ("وحكم القاضي" after a court's sentence)."""
    k = m.last + 1
    words = ctx.view.words
    if m.entry.pos != "verb" or k >= len(words):
        return False
    key = words[k].norm  # (not "وخبراء": a noun joined to the one before)
    subjects = untagged_subjects() if key in untagged_subjects() else more_untagged_subjects()
    if key not in subjects or any(x.first <= k <= x.last for x in ctx.mentions):
        return False
    sector = subjects[key]
    last = ctx.sources_out[-1] if ctx.sources_out else ctx.history[-1] if ctx.history else []
    return not (sector and last and all(p.sector == sector for p in last))


@cache  # read-only, loaded once per process
def _spokesman_words() -> tuple[frozenset[str], frozenset[str]]:
    """``cues.yaml: participants.spokesmen`` and ``spokesman_titles``."""
    raw = read_data("cues.yaml")["participants"]
    return key_set(raw["spokesmen"]), key_set(raw["spokesman_titles"])


def spokesman_body(ctx: SentenceContext, m: TriggerMatch) -> Mention | None:
    """ "طالب المتحدث الرسمي باسم الحكومة الفلسطينية": a spokesman the entities do not cover, right after the verb,
    speaks for the body named after باسم, which is the verb's subject (fifteenth round)."""
    words = ctx.view.words
    k = m.last + 1
    spokesmen, titles = _spokesman_words()
    if m.entry.pos != "verb" or k >= len(words) or words[k].norm not in spokesmen:
        return None
    if any(x.first <= k <= x.last for x in ctx.mentions):
        return None
    k += 1
    if k < len(words) and words[k].norm in titles:
        k += 1
    if k >= len(words) or words[k].norm != "باسم":
        return None
    return next((x for x in ctx.mentions if x.first == k + 1), None)


@cache  # read-only, loaded once per process
def adverbs_before_subject() -> frozenset[str]:
    """``cues.yaml: participants.adverbs_before_subject``: words with ب/ل that may precede a verb's subject."""
    return frozenset(
        normalize_key(w) for w in read_data("cues.yaml")["participants"]["adverbs_before_subject"]
    )


def complement_genitive(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """ "طالبت بنشر قوات أوروبية": a party after a noun carrying ب or ل, between a verb of speech and it, is that
    noun's genitive in the verb's complement, never the verb's subject (fifteenth round). Verbs of speech only:
    after a verb of force the noun is mostly the instrument or the passive's agent ("استُهدف بالهجوم ضباط")."""
    if not m.entry.speech or not x.lead or x.first - m.last < 2:
        return False
    return ctx.view.words[x.first - 1].norm.lstrip("وف") not in adverbs_before_subject()


def accused_pronoun(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """ "اتهامها بنشر"، "لاتهامه بالوقوف": an accusation's noun with a pronoun and the charge after ب right after
    it; the pronoun is the one accused (the masdar's object), not the accuser."""
    if m.entry.type != "ACCUSE" or m.entry.mode != "allege" or not pronoun_genitive(m):
        return False
    k = m.last + 1
    if k >= len(ctx.view.words):
        return False
    w = ctx.view.words[k]
    return "ب+" in w.clitics or w.norm.startswith("بال")


def titled_prep_phrase(ctx: SentenceContext, x: Mention) -> bool:
    """ "وشكرهم للرئيس الأمريكي": a party right after a title carrying ل or ب (the nisba of للرئيس) is that title's
    own, so the whole party stands after the preposition and is never a verb's subject (sixteenth round). Unlike
    ``complement_genitive`` the noun with the clitic is the party's head, not another noun of the complement, so
    the rule holds for every verb (a subject takes no preposition)."""
    if x.lead not in ("ل", "ب") or x.first < 1:
        return False
    head = strip_article(ctx.view.words[x.first - 1].norm.lstrip("وف"))
    return head in ctx.res.titles or head in nisba_heads()


def is_victim(etype: str, x: Mention) -> bool:
    """Civilians named by a common noun after a use of force (تعتقل عدد من المحتجين) are its object."""
    return etype in FORCE_TYPES and all(e.actor is None and e.sector == "CVL" for e in x.entities)


def is_passive(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> bool:
    if m.entry.passive:
        return True
    words = ctx.view.words
    if m.entry.pos == "noun":
        return m.head > 0 and (
            words[m.head - 1].norm in res.passive_markers or passive_tamma(words[m.head - 1])
        )
    # a verb written with its passive vowels: قُتل، اُعتقل (damma on the first radical); in the derived
    # forms that open with alif the damma may sit on the letter after the first radical: اتُّهم، اعتُقل
    text = words[m.head].text.lstrip("وف")
    if len(text) > 1 and text[1] == "\u064f":
        return True
    return text[:1] in "اأإ" and "\u064f" in text[2:4]


def masculine_singular_verb(m: TriggerMatch) -> bool:
    """The 3rd person masculine singular: the perfect as listed (توعد، هدد) or an imperfect in ي (يتوعد)."""
    if m.entry.pos != "verb" or not singular_verb(m):
        return False
    return m.form == normalize_key(m.entry.lemma) or (m.form in m.entry.imperfect_forms and m.form[:1] == "ي")


def feminine_state(x: Mention) -> bool:
    """A state named without the article (روسيا، إيران، سوريا، تركيا، مصر): grammatically feminine, so never
    the subject of a masculine verb right before it. Names with ال (العراق، اليمن، المغرب) are masculine."""
    ent = x.entities[0]
    return (
        len(x.entities) == 1
        and ent.type in PLACE_TYPES
        and bool(ent.country)
        and not normalize_key(ent.text).lstrip("وفبل").startswith("ال")
    )


FEMININE_ENDINGS = ("ه", "ات")
"""Endings of a feminine head noun, normalized (ة is ه): الحكومة، القنصلية، منظمة; or of a plural of things,
which agrees as a feminine singular (السلطات، القوات، الولايات المتحدة)."""
FEMININE_HEAD_MIN = 4
"""Letters at least in a head taken as feminine by its ending (not a short word such as له or فيه)."""


def feminine_party(x: Mention) -> bool:
    """``x`` is grammatically feminine singular (fourteenth round): a state named without the article (روسيا،
    مصر), or a head noun in ة or ات (القنصلية الإيرانية، الحكومة، وزارة الخارجية، السلطات). Not a person's
    name: أسامة، حمزة are men's names in ة, so a person is read by no ending."""
    if len(x.entities) != 1:
        return False
    if feminine_state(x):
        return True
    ent = x.entities[0]
    if ent.type in PERSON_TYPES or not ent.text.split():
        return False
    head = normalize_key(ent.text.split()[0]).lstrip("وف")
    return len(head) >= FEMININE_HEAD_MIN and head.endswith(FEMININE_ENDINGS)


TRILITERAL = 3
"""Letters of a bare three-letter verb, whose perfect is written as its verbal noun."""
MASCULINE_EXCLUDED_ENDINGS = ("ه", "ات", "ين", "ون", "ان", "اء", "ا", "ي")
"""Endings that leave a definite head's gender or number open: the feminine endings, the sound plurals and
duals, broken plurals in اء (الزعماء), and ا / ي (names and nisbas)."""


def masculine_party(x: Mention) -> bool:
    """``x`` is a single definite head noun that is masculine singular by its form (الجيش، البرلمان، المجلس
    الأعلى), or a person's name. Used only for what ه may refer to; a broken plural of things (المواقع) also
    passes, but ه does not stand for one in the constructions read here."""
    if len(x.entities) != 1 or x.place:
        return False
    ent = x.entities[0]
    if ent.type in PERSON_TYPES:
        return True
    if not ent.text.split():
        return False
    head = normalize_key(ent.text.split()[0]).lstrip("وف")
    return head.startswith("ال") and not head.endswith(MASCULINE_EXCLUDED_ENDINGS)


def disagrees_before(m: TriggerMatch, x: Mention) -> bool:
    """A party before a masculine singular verb (يقتحم، رفض) that is feminine is not its subject: in the
    subject-first order the verb agrees in gender with its subject (fourteenth round: "حاصروا مقر القنصلية
    الإيرانية ...، قبل أن يقتحمها المئات منهم" — the consulate is the one stormed)."""
    lemma = normalize_key(m.entry.lemma)
    if m.form == lemma and len(lemma) <= TRILITERAL:
        # قصف، حبس، هدم: the bare form of a three-letter verb is also its verbal noun (قررت النيابة حبس X),
        # which shows no agreement
        return False
    return masculine_singular_verb(m) and feminine_party(x)


def pronoun_agrees(m: TriggerMatch, x: Mention) -> bool:
    """The object pronoun on a verb agrees with ``x``: ها with a feminine party, ه with a masculine one, هم
    with a plural of people."""
    return agrees({e.lstrip("+") for e in m.enclitics}, x)


def agrees(pronouns: set[str], x: Mention) -> bool:
    """One of ``pronouns`` (ه، ها، هم) agrees with ``x`` (as ``pronoun_agrees``)."""
    return (
        ("ها" in pronouns and feminine_party(x))
        or ("ه" in pronouns and masculine_party(x) and not feminine_party(x))
        or ("هم" in pronouns and plural_people(x))
    )


PLURAL_VERB_ENDINGS = ("وا", "ون")
"""The third person masculine plural of the perfect (حاصروا) and the imperfect (يطالبون، لم يضرموا)."""


def plural_verb(m: TriggerMatch) -> bool:
    """A verb in the masculine plural: its ending on a singular form of the entry (حاصروا = حاصر + وا، يتعاونون =
    يتعاون + ون; not يتعاون itself, whose ون is the root's). A verb before its subject stays singular in
    Arabic (قال المسؤولون، not قالوا المسؤولون), so a plural verb's subject is before it or dropped, never the
    party after it (fourteenth round: "حاصروا مقر القنصلية الإيرانية" read the consulate as the besieger)."""
    f = m.form
    if m.entry.pos != "verb" or not f.endswith(PLURAL_VERB_ENDINGS):
        return False
    stem = f[: -len(PLURAL_VERB_ENDINGS[0])]
    return stem == normalize_key(m.entry.lemma) or stem in m.entry.imperfect_forms


@cache  # read-only, loaded once per process
def denial_words() -> tuple[frozenset[str], frozenset[str]]:
    """``cues.yaml: denied_acts`` (normalized, without ال: nouns of the act a denial denies, ضلوع، تورط، علاقة) and
    ``denial_entries`` (the lexicon entries of a denial, نفى، نفي، أنكر, not of a refusal, رفض)."""
    raw = read_data("cues.yaml")
    return key_set(raw["denied_acts"]), frozenset(raw["denial_entries"])


DENIED_PHRASE = 2
"""Words from a denied act's noun to the party in its phrase (ضلوع روسيا، علاقة لموسكو، مسؤولية أي من)."""


def denied_content(ctx: SentenceContext, m: TriggerMatch, p: Participant) -> bool:
    """``p`` stands in the phrase of the act a denial denies (nineteenth participant round): "ونفى الكرملين ضلوع
    روسيا في القصف على الغوطة الشرقية" made Russia the one the Kremlin's denial answers. After a denial, a
    party right after a noun of involvement (``denial_words``) that follows the trigger in its clause is
    the denied content (EVENT-CONVENTIONS section 3), not its recipient. Denials only."""
    acts, entries = denial_words()
    if m.entry.id not in entries:
        return False
    words = ctx.view.words
    k = next((i for i, w in enumerate(words) if w.start >= p.start), None)
    if k is None or k <= m.last:
        return False
    for j in range(k - 1, max(m.last, k - 1 - DENIED_PHRASE), -1):
        gap = ctx.story.text[words[j].end : words[j + 1].start]
        if any(c in "،,.:;!؟?" for c in gap):
            return False
        if strip_article(normalize_key(words[j].stem).lstrip("وفب")) in acts:
            return True
    return False


@cache  # read-only, loaded once per process
def _obtain_verbs() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["obtain_verbs"])


def obtained_noun(ctx: SentenceContext, m: TriggerMatch, j: int) -> bool:
    """ "حصل الحريري على تأييد 111 نائبا": word ``j`` is a verb of obtaining (``cues.yaml: obtain_verbs``) and the
    event noun is marked by على right before it, the first على after the verb; its subject is then the one who
    undergoes the event, as after تلقى (twentieth round). Without على the verb is one of happening ("حصل هجوم"); a
    meeting obtained is one the subject takes part in."""
    if m.entry.reciprocal:
        return False  # "تحاول كوريا الشمالية الحصول على لقاء مع رئيس أمريكي": one who obtains a meeting takes part
    words = ctx.view.words
    if bare_key(words[j]) not in _obtain_verbs() and words[j].norm not in _obtain_verbs():
        return False
    if m.head < 1 or words[m.head - 1].norm != "علي":
        return False
    return not any(words[k].norm == "علي" for k in range(j + 1, m.head - 1))


def dismissed_pronoun(ctx: SentenceContext, m: TriggerMatch, *, masdar: bool) -> bool:
    """ "وليس على اطلاع على سبب إقالته"، "قبل عزله": the pronoun of a dismissal's noun (SANCTION:expel: إقالة، عزل،
    إعفاء، طرد) is the one dismissed, the masdar's object, as the thirteenth round read an arrest's (اعتقاله). Not
    when a party follows the noun right away ("بعد إقالتها وزير الخارجية": the pronoun is then the agent and the
    party its object)."""
    if m.entry.type != "SANCTION" or m.entry.mode != "expel":
        return False
    pronoun = any(e.lstrip("+") in PRONOUN_SUFFIXES for e in m.enclitics)
    # the written hamza tells the form IV verbal noun from the verb, which share a key (اقاله): إقالته (his
    # dismissal, read by the verb's entry too) against أقاله (dismissed him: "لكن الرئيس الأمريكي أقاله")
    text = ctx.view.words[m.head].text
    noun = (m.entry.pos == "noun" or masdar or text.startswith("إ")) and not text.startswith("أ")
    if not (pronoun and noun):
        return False
    return not any(x.first == m.last + 1 for x in ctx.mentions)


def dismissed_referent(ctx: SentenceContext, m: TriggerMatch, *, bound: frozenset[str]) -> Mention | None:
    """The party a dismissal noun's pronoun refers to: the last one before the noun that no preposition governs,
    directly or through a definite title ("لم يتحدث إلى الرئيس دونالد ترامب، وليس على اطلاع على سبب إقالته": not
    Trump), not a place. None when that party does not agree with the pronoun ("يتخطى اعتراضات ميركل ليفرض ...
    تدابير رد المهاجرين على الحدود، ما سيؤدي إلى إقالته": ه is the minister, the subject the verbs drop)."""
    last = next(
        (
            x
            for x in reversed(ctx.mentions)
            if x.last < m.head
            and x.prep not in bound
            and not (x.before_prep in bound and x.prep.startswith("ال"))
            and not x.place
        ),
        None,
    )
    return last if last is not None and pronoun_agrees(m, last) else None


# Participant rules, twenty-first round (evrole21) -------------------------------------------------------------------

BI_LIGHT_BACK = 5
"""How far before the noun after ب its قام may stand (قامت السلطات البريطانية بسحب: the verb, a subject of up to
three words, the noun)."""


@cache  # read-only, loaded once per process
def _bi_light_verbs() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["bi_light_verbs"])


def _bi_light_verb(ctx: SentenceContext, m: TriggerMatch) -> int | None:
    """The index of the قام whose ب is on the event noun ``m`` (at most ``BI_LIGHT_BACK`` words before it)."""
    if m.entry.pos != "noun" or "ب+" not in m.proclitics:
        return None
    words = ctx.view.words
    verbs = _bi_light_verbs()
    return next(
        (
            k
            for k in range(m.head - 1, max(-1, m.head - BI_LIGHT_BACK - 1), -1)
            if bare_key(words[k]) in verbs
        ),
        None,
    )


def bi_light_agent(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> Mention | None:
    """ "قامت بريطانيا بسحب 23 دبلوماسيا روسيا": the subject of قام whose ب is on the event noun is the noun's
    agent (``cues.yaml: bi_light_verbs``), whatever genitive the noun has: that genitive is then what is acted on.
    The subject stands right between the verb and the noun (قامت بريطانيا بسحب) or right before the verb (بريطانيا
    قامت بسحب); nothing else may stand between the verb and the noun."""
    v = _bi_light_verb(ctx, m)
    words = ctx.view.words
    if v is None or any(ch in res.punctuation for w in words[v : m.head] for ch in w.text):
        return None
    bound = res.bound_preps
    if v == m.head - 1:
        return next(
            (x for x in reversed(ctx.mentions) if x.last == v - 1 and x.prep not in bound and not x.place),
            None,
        )
    return next(
        (
            x
            for x in ctx.mentions
            if x.first == v + 1 and x.last == m.head - 1 and x.prep not in bound and not x.place
        ),
        None,
    )


# Participant rules, twenty-second round (evrole22)


SECOND_GENITIVE_GAP = 2
"""How far after a sanction noun's genitive a second bare party makes it the agent (as ``OBJECT_AFTER_AGENT``)."""


@cache  # read-only, loaded once per process
def _name_adjectives() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["name_adjectives"])


def sanction_genitive(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """A sanction's noun takes the one sanctioned as its bare genitive: "قرار إقالة وزير التربية ناجي جلول"
    (roles sample S), إدراج الجماعة على قائمة، إعفاء X من مهامه، تصنيف X. Read as COERCE and ASSAULT nouns are
    (اعتقال الصحفي): the genitive is the patient even with no governor before the noun; a recipient marked after
    it (إقالة ترامب لتيلرسون) or a second bare party still makes it the agent."""
    if m.entry.type != "SANCTION" or m.entry.pos != "noun":
        return False
    words = ctx.view.words
    # the noun of a form IV verb shares its key with the verb (اقاله): "الذي اقاله ترامب"، "أقال في يونيو" are
    # verbs, so the noun needs its written hamza (إقالة) or its ة, and no relative pronoun before it
    text = words[m.head].text.lstrip("وفبل")
    if text.startswith("أ") or not (text.startswith("إ") or "ة" in text):
        return False
    if m.head > 0 and bare_key(words[m.head - 1]) in RELATIVE_PRONOUNS:
        return False
    # "إقالة بوتفليقة المدير العام للأمن الوطني": an office or a second party right after the genitive is the
    # object, and the genitive the agent (one joined by و is another one dismissed: "إقالة وزير التربية ... ووزيرة المالية")
    genitive = next((x for x in ctx.mentions if x.first == m.last + 1), None)
    if genitive is None or genitive.last + 1 >= len(words):
        return True
    nxt = words[genitive.last + 1].norm
    # (a person's name takes no article noun after it but a title: بوتفليقة المدير العام، ترامب الرئيس)
    titled = (
        nxt.startswith("ال")
        and all(e.type in PERSON_TYPES for e in genitive.entities)
        and strip_article(nxt) not in _name_adjectives()
        and not nxt.endswith("ي")
    )
    return (
        not titled
        and strip_article(nxt) not in office_words()
        and not any(
            0 < x.first - genitive.last <= SECOND_GENITIVE_GAP and not words[x.first].norm.startswith("و")
            for x in ctx.mentions
        )
    )


@cache  # read-only, loaded once per process
def _tamma_forms() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["passive_tamma"])


def passive_tamma(w: Word) -> bool:
    """``w`` is a form of تم that ``passive.markers`` lacks (``cues.yaml: passive_tamma``: تمت، وتمت، ويتم): a
    verbal noun right after it is passive ("وتمت مصادرة جميع ممتلكاته": roles sample S), its genitive the one
    acted on and its agent, if any, after من قبل."""
    return w.norm in _tamma_forms()


@cache  # read-only, loaded once per process
def _more_untagged() -> dict[str, str | None]:
    raw: dict[str, str | None] = read_data("cues.yaml")["more_untagged_subjects"]
    return {normalize_key(w): sector for w, sector in raw.items()}


def more_untagged_subjects() -> dict[str, str | None]:
    """``cues.yaml: more_untagged_subjects`` (twenty-second round): further persons' nouns that name a verb's
    subject right after it, read as ``untagged_subjects`` ("وندد خطيب المسجد النبوي": no actor of the sentence
    before is carried to the verb)."""
    return _more_untagged()


CLAIM_REACH = 3
"""How far after an attack noun its claim verb may stand (هجوم انتحاري أعلن: one adjective between)."""
CLAIM_NOUN = "مسوولي"
"""The normalized stem of مسؤولية (مسؤوليته، المسؤولية) after the party of أعلن."""


@cache  # read-only, loaded once per process
def _claim_verbs() -> tuple[frozenset[str], frozenset[str]]:
    cues = read_data("cues.yaml")
    return key_set(cues["claim_verbs"]), key_set(cues["claim_announce"])


def attack_claimer(ctx: SentenceContext, m: TriggerMatch) -> list[Participant]:
    """The party that claims an attack in the bare relative clause right after its noun is its attacker: "في هجوم
    انتحاري أعلن تنظيم داعش مسؤوليته عنه" (roles sample S: ISIS had been read as the target, the adjective انتحاري as
    the attacker), "هجوم تبناه التنظيم". The claim verb stands at most ``CLAIM_REACH`` words after the noun with no
    punctuation between; أعلن needs مسؤولية right after the party."""
    words = ctx.view.words
    verbs, announce = _claim_verbs()
    j = _verb_after_attack(ctx, m, verbs, reach=CLAIM_REACH)
    if j < 0:
        return []
    party = next((x for x in ctx.mentions if x.first == j + 1 and not x.place), None)
    if party is None:
        return []
    if bare_key(words[j]) in announce and not any(
        w.norm.lstrip("ال").startswith(CLAIM_NOUN) for w in words[party.last + 1 : party.last + 3]
    ):
        return []
    return participants_of(ctx, party)


def _verb_after_attack(ctx: SentenceContext, m: TriggerMatch, verbs: frozenset[str], *, reach: int) -> int:
    """The index of the first of ``verbs`` at most ``reach`` words after an attack noun with no punctuation between
    (a bare relative clause of the noun: هجوم تبناه، الاعتداء الذي نسب إلى), or -1."""
    if m.entry.type != "ASSAULT" or m.entry.pos != "noun":
        return -1
    words = ctx.view.words
    for j in range(m.last + 1, min(len(words) - 1, m.last + reach + 1)):
        if has_mark(ctx.story.text[words[j - 1].end : words[j].start], ctx.res.punctuation):
            return -1
        if bare_key(words[j]) in verbs:
            return j
    return -1


ATTRIBUTION_REACH = 4
"""How far after an attack noun "attributed to" may stand (الاعتداء الإرهابي الذي نسب: two words between)."""


@cache  # read-only, loaded once per process
def _attribution_words() -> tuple[frozenset[str], frozenset[str]]:
    cues = read_data("cues.yaml")
    return key_set(cues["attribution_verbs"]), key_set(cues["attribution_preps"])


def attributed_attacker(ctx: SentenceContext, m: TriggerMatch) -> list[Participant]:
    """The party an attack is attributed to right after its noun is its attacker: "الاعتداء الإرهابي الذي نسب إلى
    تنظيم داعش"، "هجمات نسبت الى حزب العمال الكردستاني"، "الهجمات الكيميائية المنسوبة للنظام السوري" (recall sample
    K; the Suruc bombing of sample J had no actor). The verb or participle stands at most ``ATTRIBUTION_REACH`` words
    after the noun with no punctuation between; the party follows إلى (one head word may stand between), or is the
    next word with ل (recall round 13)."""
    words = ctx.view.words
    verbs, preps = _attribution_words()
    j = _verb_after_attack(ctx, m, verbs, reach=ATTRIBUTION_REACH)
    if j < 0:
        return []
    at = j + 2 if words[j + 1].norm in preps else j + 1
    if at == j + 1 and not words[at].norm.startswith("ل"):
        return []
    # one head word may stand before a name the tagger took alone (نسب إلى تنظيم «داعش»)
    party = next((x for x in ctx.mentions if at <= x.first <= at + 1 and not x.place), None)
    return participants_of(ctx, party) if party is not None else []


# Participant rules, twenty-fourth round (roles sample T)


def wa_conjunction(word: Word, m: TriggerMatch) -> bool:
    """The trigger's word opens with the conjunction و (وطرد، ووجه، وطالب), not with a root و (وجه، وقع، وعد، وافق):
    "تعطي دفعة لمولر، الذي وجه اتهامات" (roles sample T) was read as a masdar joined to the إدانة before it, so
    Manafort, that noun's genitive, became the one charging. The lexicon's lookup peels a conjunction as a
    proclitic; a form that itself opens with و and had none peeled is the root's."""
    if not word.norm.startswith("و"):
        return False
    return "و+" in m.proclitics or not m.form.startswith("و")


@cache  # read-only, loaded once per process
def _phrase_nisba_preps() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["phrase_nisba_preps"])


def phrase_nisba(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """``x`` is a lone nisba right after a bare common noun that a preposition word opens: "وأطلق النار على سائق
    برتغالي" (roles sample T: the Portuguese driver was read as the one shooting). The nisba qualifies the noun, so
    the party stands in that prepositional phrase and is never the verb's subject (a subject takes no preposition);
    the phrase's preposition still marks it as the recipient (``x.before_prep``). Not when the noun is the trigger
    itself ("مشيرا إلى وعد تركي للحكومة": the nisba of the event's own noun is its agent)."""
    if len(x.entities) != 1 or x.entities[0].type not in NISBA_TYPES or x.first < 2 or x.first - 1 <= m.last:
        return False
    words = ctx.view.words
    noun = words[x.first - 1]
    if noun.clitics or noun.norm.startswith("ال") or not noun.text.isalpha():
        return False
    gap = (
        ctx.story.text[words[x.first - 2].end : noun.start] + ctx.story.text[noun.end : words[x.first].start]
    )
    return (
        not has_mark(gap, ctx.res.punctuation)
        and words[x.first - 2].norm.lstrip("و") in _phrase_nisba_preps()
    )


CONDEMNED_REACH = 8
"""Words from the condemned act's noun to the party that act struck (الهجوم الارهابي الذي استهدف عناصر من قوات)."""


@cache  # read-only, loaded once per process
def _condemned_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    cues = read_data("cues.yaml")
    acts = key_set(cues["attack_nouns"]) | key_set(cues["condemned_acts"])
    return acts, key_set(cues["condemned_victim_verbs"]), key_set(cues["condemned_victim_nouns"])


def condemned_victim(ctx: SentenceContext, m: TriggerMatch, p: Participant) -> bool:
    """``p`` is what the condemned act struck, not the one condemned: after a condemnation (ACCUSE:disapprove), an
    act of violence's noun follows the trigger and ``p`` stands after it, in its relative clause after a verb of
    targeting ("أدانت تونس الهجوم الارهابي الذي استهدف عناصر من قوات الأمن") or as the genitive of a noun of killing
    ("دانت اليونيسيف جرائم قتل وتعذيب الأطفال"; not when a recipient after ل follows it, "استهداف الحوثيين لمطار
    أبها": that genitive is the agent). The condemned is the act's author, named after ل, من قبل or its light verb
    (شنه، نفذه) or not at all."""
    if m.entry.type != "ACCUSE" or m.entry.mode != "disapprove":
        return False
    words = ctx.view.words
    k = word_at(words, p.start)
    if k is None or k <= m.last:
        return False
    acts, verbs, nouns = _condemned_words()
    act = next(
        (j for j in range(m.last + 1, k) if strip_article(bare_key(words[j]).lstrip("بل")) in acts),
        None,
    )
    if act is None or k - act > CONDEMNED_REACH:
        return False
    if strip_article(bare_key(words[k - 1])) in nouns:
        # (not with a recipient after ل: "استهداف الحوثيين لمطار أبها" — the genitive is then the agent)
        after = next((i for i, w in enumerate(words) if w.start >= p.end), None)
        return after is None or not words[after].norm.startswith("ل")
    return any(bare_key(words[j]) in verbs for j in range(act + 1, k))


COUNTED_REACH = 3
"""Words from a counted party's first word to the verb after it (15 جنديا تركيا قتلوا)."""


def counted_victims(ctx: SentenceContext, m: TriggerMatch, p: Participant) -> bool:
    """``p`` is a counted party right before a plural verb of force ("أن 15 جنديا تركيا قتلوا خلال الاشتباكات في منطقة
    عفرين": roles sample T, the Turkish soldiers were read as the killers): undiacritized, قتلوا is also the unmarked
    passive, and a count names those the act fell on, as the civilians' rule reads "44 شخصا سقطوا". The caller asks
    that no recipient follows (with one, "15 مسلحا قتلوا 3 جنود", the count is the agent)."""
    if m.entry.type not in FORCE_TYPES or not plural_verb(m) or p.start is None:
        return False
    words = ctx.view.words
    k = word_at(words, p.start)
    if k is None or k < 1 or k >= m.head or m.head - k > COUNTED_REACH:
        return False
    return numeric_word(words[k - 1]) and not any(
        has_mark(ctx.story.text[words[j].end : words[j + 1].start], ctx.res.punctuation)
        for j in range(k, m.head)
    )


def relative_clause_object(ctx: SentenceContext, m: TriggerMatch, cstart: int, x: Mention) -> bool:
    """``x``, right after a relative clause's verb that agrees with its relative pronoun, is the verb's object: "مجموعات
    كتلك التي خطفت أبو جمال" (roles sample T: Abu Jamal was read as the one abducting). The verb agrees with the
    antecedent, its subject; a party after it of the other gender cannot be that subject (a feminine verb after
    التي before a man's name, a masculine one after الذي before a feminine party). Verbs with no object pronoun
    only (التي تتهمها الدول: the pronoun resumes the antecedent, and the party after is the subject)."""
    if m.entry.pos != "verb" or m.enclitics or m.head != cstart + 1 or x.first <= m.last:
        return False
    rel = bare_key(ctx.view.words[cstart])
    if rel == "التي":
        return feminine_singular_verb(m) and masculine_party(x) and not feminine_party(x)
    if rel == "الذي":
        return masculine_singular_verb(m) and feminine_party(x)
    return False


def own_nisba(m: TriggerMatch, free_after: list[Mention]) -> bool:
    """A nisba right after a noun of force joined by و names that noun's own agent: "بقصف سوري بالبراميل المتفجرة
    وغارات روسية" (roles sample T: the raids shared the shelling's Syrian actor, and روسية was read as their target).
    Alone, "بغارات روسية" is read so already; joined, the noun does not share the earlier noun's actor."""
    if m.entry.type not in FORCE_TYPES or not free_after or free_after[0].first != m.last + 1:
        return False
    x = free_after[0]
    return len(x.entities) == 1 and x.entities[0].type in NISBA_TYPES


# Participant rules, twenty-fifth round (evrole25: the coder's leftovers of roles sample T)


def hamza_verb(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """ "لكن الرئيس الأمريكي أقاله قبل نحو سنة" (roles sample T): a form IV verb with an object pronoun and its
    verbal noun share one key once the hamza and the ta marbuta are normalized (أقاله، إقالة، إقالته → اقاله),
    and the lexicon takes the noun entry. The written word tells them apart: the verbal noun's alif carries the
    hamza below (إقالة), the perfect's above (أقال), and the pronoun is written ه, not ة. A word read by a noun
    entry whose lemma opens with إ, written with أ (after a و or ف) and ending in ه, is the verb with its object
    pronoun."""
    if m.entry.pos != "noun" or not m.entry.lemma.startswith("إ"):
        return False
    text = ctx.view.words[m.head].text
    if text[:1] in ("و", "ف") and text[1:2] == "أ":
        text = text[1:]
    return text.startswith("أ") and text.endswith("ه")


def verb_pronouns(ctx: SentenceContext, m: TriggerMatch) -> set[str]:
    """The object pronouns on the trigger: its enclitics, and ه of a verb ``hamza_verb`` reads (the lexicon may
    have taken أقاله as the noun إقالة, with no enclitic)."""
    pronouns = {e.lstrip("+") for e in m.enclitics}
    if not pronouns and hamza_verb(ctx, m):
        pronouns.add("ه")
    return pronouns


def own_referent(ctx: SentenceContext, source: list[Participant], parts: list[Participant]) -> bool:
    """A party the knowledge base links to the verb's own actor is not what its object pronoun refers to: "كان
    يدير تحقيقا حول احتمال تدخل روسيا في الانتخابات لصالح ترامب، لكن الرئيس الأمريكي أقاله" — Trump is the one
    dismissing, so ه is Comey; an object pronoun is not reflexive (that is نفسه). Only for an actor named in the
    sentence: one carried from an earlier sentence is a guess, and the pronoun may well be that party."""
    own = {p.actor for p in source if p.actor and ctx.view.start <= p.start < ctx.view.end}
    return any(p.actor in own for p in parts)


def singular_referent(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """The masculine object pronoun ه does not refer to a feminine party (``feminine_party``: a state named
    without the article, a head noun in ة or ات): in "كان يدير تحقيقا حول احتمال تدخل روسيا في الانتخابات
    الرئاسية الأمريكية لصالح ترامب، لكن الرئيس الأمريكي أقاله" ه is neither Russia nor the elections' nisba, but
    Comey named before them. Other pronouns pass (ها may stand for a plural of things). (A test that also
    required a masculine party for ه, and a feminine one for ها, lost a record of dev.)"""
    return "ه" not in verb_pronouns(ctx, m) or not feminine_party(x)


# Participant rules, twenty-sixth round (evrole26: roles sample U)


def participle_after_comma(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """A first-stem participle of state set off by a comma is a حال, with no report needed: "وتساءل هميلة عن أسباب
    تقديم المدير العام للأمن الوطني لاستقالته ...، داعيا الحكومة إلى تحمّل مسؤولية ما حدث" (roles sample U), "قال
    العقيد هشام الردادي ... أن عدد من تم تصحيح أوضاعهم ... داعيًا الأخوة اليمنيين إلى اغتنام الفرصة" (U). Alone
    the shape is also a noun or a name (``first_stem_participle``), so it is read as a حال only after a report
    (records.code_match); when the speaker is a name the entities miss, the party after it was read as its
    subject. After a comma, the shape opens a clause of its own: a noun there would need the article or a
    genitive before it, and a name is not written with the accusative's alif."""
    return first_stem_participle(m) and m.head > 0 and comma_after(ctx.story.text, ctx.view.words, m.head - 1)


def nested_content(ctx: SentenceContext, content_from: int, m: TriggerMatch) -> bool:
    """Another complementizer stands between the one that opens the report's content and the trigger: the
    trigger is in a clause told or thought inside the content, whose subject the first complementizer's pronoun
    does not give. "وأضاف اللواء التركي أنه عثر في المكان على أشلاء بشرية يعتقد أنها ناتجة عن تفجير بأحزمة
    ناسفة" (roles sample U): ه is the speaker of عثر at most (or the impersonal pronoun), and the bombing under
    أنها (the remains) is not his; the general was read as the bomber."""
    comps = ctx.res.modality.complementizers
    return any(w.norm in comps for w in ctx.view.words[content_from + 1 : m.head])


# Participant rules, twenty-seventh round (evrole27: round 26's coder leftovers)


@cache  # read-only, loaded once per process
def _calling_complements() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["calling_complements"])


def masdar_complement_object(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """The bare form of a verb whose recipient is its object (``object: true``: حث، ناشد، دعا) with an oblique
    plural right after it and the complement's preposition right after that: "أطلقت اللجنة العامة للانتخابات
    البلدية حملة إعلانية ... للتوعية بمرحلة القيد وحث المواطنين على المبادرة" (roles sample U). Read as the verb,
    the -ين plural is its object (``oblique_plural``); read as the masdar, its genitive could be the agent ("عقب شن
    متطرفين هجمات", why the bare form is left out there), but a genitive followed at once by على / إلى / أن is the
    one urged: the agent's reading would leave the masdar with no object before its complement. The citizens
    were read as the ones urging. (A generic plural passes ``oblique_plural`` also after an untagged subject:
    "ودعا السهلي المواطنين إلى الابتعاد", where it is the object too.)"""
    if not (m.entry.object_target and m.form == normalize_key(m.entry.lemma) and oblique_plural(ctx, x, m)):
        return False
    words = ctx.view.words
    return x.last + 1 < len(words) and words[x.last + 1].norm in _calling_complements()


# Participant rules, thirtieth round (evrole30)


def bi_light_gap_agent(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> Mention | None:
    """``bi_light_agent`` with an adverbial between قام and the noun after its ب: "وكانت قوات الجيش الوطني قامت
    على إثر ذلك بمساندة قوّات الأمن" (SaudiNewsNet aljazirah-2399, roles sample U: the army backs the security
    forces, which were read as the backers). Words no party covers may stand between (على إثر ذلك، حاليا، أمس):
    with no party there the agent is the party right before the verb (or one untagged word before it: the tagger
    leaves الوطني out of the army's name); with one right after the verb (قامت السلطات السعودية أمس بترحيل) it is
    that party, as when it touches the noun. No punctuation between: a comma may close a clause whose ب-noun
    belongs to another verb."""
    v = _bi_light_verb(ctx, m)
    words = ctx.view.words
    if (
        v is None
        or v == m.head - 1
        or has_mark(ctx.story.text[words[v].end : words[m.head].start], res.punctuation)
    ):
        return None
    bound = res.bound_preps
    between = [x for x in ctx.mentions if v < x.first and x.last < m.head]
    if not between:
        before = [x for x in ctx.mentions if x.last < v]
        last = max(before, key=lambda x: x.last) if before else None
        if (
            last is None
            or v - last.last > 2
            or last.prep in bound
            or last.place
            or has_mark(ctx.story.text[words[last.last].end : words[v].start], res.punctuation)
        ):
            return None
        return last
    first = min(between, key=lambda x: x.first)
    if first.first == v + 1 and first.last < m.head - 1 and first.prep not in bound and not first.place:
        return first
    return None


def oblique_adjective(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """A definite nisba plural in -يين right after a definite word no party covers, right after the verb, is that
    word's adjective and shares its case: the phrase is oblique, the verb's object, not its subject (which would
    be in -ون): "داعيًا الأخوة اليمنيين ممن لم يصحح أوضاعهم إلى اغتنام الفرصة" (SaudiNewsNet almadina-0489, roles
    sample V: the passports spokesman urges the Yemenis, who were read as the ones urging). ``oblique_plural``
    takes the plural only right after the verb; one word later the word between may be a construct's head whose
    genitive the plural is ("نقابة الصحافيين الفلسطينيين" may be the subject), but a definite word heads no
    construct, so the plural after it is its adjective. Not after the bare 3ms form, which is also the masdar, whose
    genitive is its agent ("ارتفع طلب السياح السويسريين": the Swiss tourists' demand; SaudiNewsNet aleqtisadiya-2140,
    the rule's diff)."""
    words = ctx.view.words
    k = m.last + 1
    if m.form == normalize_key(m.entry.lemma) or x.first != k + 1 or len(x.entities) != 1:
        return False
    if not words[k].norm.startswith("ال"):
        return False
    if any(y.first <= k <= y.last for y in ctx.mentions):
        return False
    ent = x.entities[0]
    head = normalize_key(ent.text.split()[0]) if ent.text.split() else ""
    return ":" not in (ent.actor or "") and head.startswith("ال") and head.endswith("يين")


# Recipients of speech acts, first round (evtarget2) -----------------------------------------------------------------


@cache  # read-only, loaded once per process
def _sole_accused_entries() -> frozenset[str]:
    return frozenset(read_data("cues.yaml")["sole_accused_entries"])


def sole_accused(ctx: SentenceContext, m: TriggerMatch, x: Mention) -> bool:
    """ "ونفى أردوغان مرارا ارتكاب مخالفات واتهم ألمانيا بتبني ممارسات نازية": اتهم takes the accused as its
    object and the charge after ب, so a lone party between the verb and the charge is the one accused, whether
    the subject is dropped (named before: Erdogan) or the verb is passive ("واتهم منصور في حينه"); it was read
    as the accuser. With two parties before the charge the first is the subject ("اتهم الكرملين واشنطن
    برفض"), and a word between the party and the ب-noun may be an untagged object ("اتهم ... أردوغان الداعية
    مرارا بتدبير"), so the charge must follow the party right away. Not with an object pronoun on the verb
    (اتهمته روسيا بـ: the party is the subject), nor the participle (متهما), a حال clause read elsewhere."""
    if m.entry.id not in _sole_accused_entries() or object_pronoun(m) or is_circumstantial(m):
        return False
    words = ctx.view.words
    text = ctx.story.text
    # (one party, or a و-list of them: "اتهم الكرملين واشنطن" is read as one mention of two, subject and object)
    if any("و" not in text[max(0, e.start - 1) : e.start + 1] for e in x.entities[1:]):
        return False
    k = x.last + 1
    if k >= len(words) or any(c in text[words[x.last].end : words[k].start] for c in ",،"):
        return False
    w = words[k]
    return "ب+" in w.clitics or w.norm.startswith("بال")


# Titles and bodies as recipients (event8) ----------------------------------------------------------------------------


def oblique_recipient(
    ctx: SentenceContext, m: TriggerMatch, source: list[Participant], target: list[Participant]
) -> tuple[list[Participant], list[Participant]] | None:
    """ "جدد خلاله ترحيبه بخادم الحرمين الشريفين" (Hollande's welcome), "خلال زياراتها الأربع لمصر": a party
    governed by one of the trigger's own recipient prepositions (the entry's ``target`` list, among ل، ب، إلى), the
    first party after a possessed verbal noun and at most two words from it, is the one the act is aimed at, never its
    actor: the pronoun holds the agent, and a preposition's object is not it. It had been read as the actor (the
    pronoun resolved to that party named earlier: the king, subject of تلقى). Returns the new (source, target) with
    that party taken out of the source and made the recipient where none was read (a record left with no actor is
    not made); None where the rule does not apply. Not a bare verbal noun, which takes its agent with ل ("والقصف
    المدفعي لقوات النظام السوري", dev), nor a verb (below), nor a reciprocal or swapped entry."""
    entry = m.entry
    if not source or entry.reciprocal or entry.swap or not entry.target_preps:
        return None
    words = ctx.view.words
    x = next((x for x in ctx.mentions if x.first > m.last), None)
    if x is None or x.first - m.last > 3 or x.prep not in set(entry.target_preps) & _oblique_preps():
        return None
    if entry.pos == "verb" or not m.enclitics:
        # a verbal noun takes its agent with ل, definite or not ("الغارات والقصف المدفعي لقوات النظام السوري"،
        # "غارات للتحالف العربي"); only a possessed one has its agent in the pronoun (ترحيبه بخادم الحرمين). A
        # verb's party after ل is left alone: the passive "ووجه الاتهام أيضا لإيران" lost its record, and the
        # charge it had covered ("بتزويد حزب الله بالسلاح") came out as aid given by Hezbollah (fresh ANT, twice)
        return None
    lo, hi = words[x.first].start, words[x.last].end
    obj = participants_of(ctx, x)
    # the party itself, or the same actor named earlier and carried as this trigger's actor ("لإيران" after Iran)
    inside = [
        p
        for p in source
        if (lo <= p.start and p.end <= hi) or any(p.actor and p.actor == q.actor for q in obj)
    ]
    if not inside:
        return None
    return [p for p in source if p not in inside], target or obj


@cache  # a read-only word list, loaded once per process
def _oblique_preps() -> frozenset[str]:
    return key_set(read_data("cues.yaml")["oblique_recipient_preps"])

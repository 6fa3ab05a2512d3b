"""Frames that name the agent of a verbal noun through another word, tried only where the coder would drop the
record (records.py: no acting side after the participant rules, or a meeting with one side): a control or light
verb whose subject does the act ("وتمكن قوات الشرطة السودانية من تفريق تلك الاحتجاجات"، "ألقت قوات الأمن ... القبض"),
an announcement of one's own act ("أعلنت الشرطة الألمانية منذ قليل إلقاء القبض على متهم"), taking part in a meeting
("توجه رئيس الوزراء ... للمشاركة في قمة مجموعة السبع"), a fronted adverbial whose possessive points forward to the
main clause's subject ("خلال زيارته للهند، كثف الرئيس الفرنسي إيمانويل ماكرون"), and a visitor after لـ ("زيارة لوزير
الدفاع الإيراني ... إلى دمشق"). Words in ``cues.yaml: frames``; docs/events.md, "Recall round 2"."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from marsad.events.clauses import RELATIVE_PRONOUNS
from marsad.events.lexicon import TriggerMatch, Word, conjugate, key_set, load_affixes, read_data
from marsad.events.mentions import Mention, SentenceContext, bare_key, participants_of, patient_only, placeish
from marsad.events.resources import CoderResources
from marsad.events.roles import VERB_PARTICLES
from marsad.language.normalize import normalize_key
from marsad.model import Participant

COMMAS = ("،", ",", "؛", ";")
FRONTED_WINDOW = 8
"""At most this many words from a fronted possessive noun to the comma that ends its adverbial."""
FRONTED_SUBJECT_GAP = 4
"""At most this many words from that comma to the main clause's subject (its verb and an adverb between)."""
POSSESSIVES = frozenset({"ه", "ها", "هما", "هم"})
"""Third-person pronouns on a noun: its owner is named elsewhere."""
PARTICIPATION_BACK = 16
"""How far before a word of taking part the clause's subject may start (its travel between: "لدى وصولها إلى مقر
الاتحاد الأوروبي في العاصمة البلجيكية بروكسل")."""
VISIT_DEST_GAP = 6
"""How far after a visitor named after لـ the destination may start (الأمير بن سلمان between)."""
SVO_GAP = 2
ON_LINK = normalize_key("على")
"""The link of ``cues.yaml: frames: control_on`` (أقدم على)."""
"""The subject of a frame verb may stand right before it, or with one particle between (الشرطة قد تمكنت)."""


@dataclass(frozen=True, slots=True)
class FrameWords:
    control: frozenset[str]
    control_on: frozenset[str]
    """Control verbs whose link is على (أقدم على), and the only ones read with it."""
    announce: frozenset[str]
    links: frozenset[str]
    free_words: int
    not_announcer_sectors: frozenset[str]
    negation: frozenset[str]
    fronted: frozenset[str]
    carriers: frozenset[str]
    about: frozenset[str]
    attend: frozenset[str]
    verbs: frozenset[str]
    """control and announce together."""


@cache  # read-only word lists, loaded once per process (as participants.toward_words)
def frame_words() -> FrameWords:
    cues = read_data("cues.yaml")
    raw = cues["frames"]
    affixes = load_affixes(cues)

    def forms(items: list[Any]) -> frozenset[str]:
        out: set[str] = set()
        for item in items:
            if isinstance(item, str):
                out.add(normalize_key(item))
            else:
                conj = conjugate(item[0], item[1], affixes)
                out |= conj.perfect | conj.imperfect
        return frozenset(out)

    # a light verb that carries one noun (ألقى القبض) names its agent as a control verb does
    control_on = forms(raw["control_on"])
    control, announce = forms(raw["control"]) | forms(raw["light"]) | control_on, forms(raw["announce"])
    return FrameWords(
        control=control,
        control_on=control_on,
        announce=announce,
        verbs=control | announce,
        links=key_set(raw["links"]),
        free_words=int(raw["free_words"]),
        not_announcer_sectors=frozenset(raw["not_announcer_sectors"]),
        negation=key_set(raw["negation"]),
        fronted=key_set(raw["fronted"]),
        carriers=key_set(raw["carriers"]),
        about=key_set(raw["about"]),
        attend=key_set(raw["attend"]),
    )


@dataclass(frozen=True, slots=True)
class FrameAgent:
    """The agent a frame names for an event noun, and which frame named it."""

    mention: Mention
    frame: str
    """control, announce, attend, fronted or visit."""


@dataclass(frozen=True, slots=True)
class FrameSides:
    source: list[Participant]
    target: list[Participant]
    """The target as read by the participant rules, without the frame's agent."""


def frame_sides(
    ctx: SentenceContext,
    m: TriggerMatch,
    cstart: int,
    source: list[Participant],
    target: list[Participant],
    *,
    res: CoderResources,
) -> FrameSides | None:
    """The sides once a frame names the agent of a trigger the participant rules left without one, or None
    (the hook in records.py). With a ``source`` (a meeting the rules found one side of: "قمة مجموعة السبع"),
    only a word of taking part adds its attendee, and the side found becomes the other."""
    pair = country_pair(m, source)
    if pair is not None:
        return FrameSides(source=pair, target=[])
    agent = frame_agent(ctx, m, cstart, res=res)
    if agent is None or (source and agent.frame != "attend"):
        return None
    found = [p for p in participants_of(ctx, agent.mention) if not patient_only(p)]
    if not found:
        return None
    spans = {(p.start, p.end) for p in found}
    target = [p for p in source + target if (p.start, p.end) not in spans]
    if agent.frame == "attend" and not target:
        # قمة مجموعة السبع، اجتماع وزراء الاتحاد الأوروبي: the body whose meeting it is, the genitive
        body = next((x for x in ctx.mentions if x.first == m.last + 1 and not placeish(x)), None)
        if body is not None and body.prep not in res.non_subject_preps:
            target = participants_of(ctx, body)
    return FrameSides(source=found, target=target)


@cache  # read-only word list, loaded once per process (as frame_words)
def country_pairs() -> dict[str, tuple[str, ...]]:
    """``cues.yaml: country_pairs``: a dual naming two states (الكوريتين) -> their codes."""
    return {normalize_key(k): tuple(v) for k, v in read_data("cues.yaml")["country_pairs"].items()}


def country_pair(m: TriggerMatch, source: list[Participant]) -> list[Participant] | None:
    """A meeting whose one side is a dual naming two states ("القمة التي جمعت الكوريتين"، "وعقدت الكوريتان
    محادثات"): each state as an actor, with the dual's span (evrecall3; D's "Left for D"), or None."""
    if m.entry.type != "CONSULT" or len(source) != 1:
        return None
    codes = country_pairs().get(normalize_key(source[0].text).lstrip("و"))
    if codes is None:
        return None
    return [replace(source[0], country=code, actor=None) for code in codes]


def frame_agent(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources
) -> FrameAgent | None:
    """The agent of an event noun named by a frame, or None. Only for a verbal noun (or a verb form after a
    preposition, read as one) that does not name its victim (مقتل X: ``passive`` entries, whose announcer is
    no killer)."""
    entry = m.entry
    words = ctx.view.words
    as_masdar = entry.pos == "verb" and m.head > 0 and words[m.head - 1].norm in res.non_subject_preps
    if entry.passive or not (entry.pos == "noun" or as_masdar):
        return None
    fw = frame_words()
    return (
        _verb_frame(ctx, m, cstart, fw, res=res)
        or _participation(ctx, m, cstart, fw, res=res)
        or _fronted_possessive(ctx, m, fw, res=res)
        or _visitor_after_la(ctx, m, res=res)
    )


def _verb_frame(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, fw: FrameWords, *, res: CoderResources
) -> FrameAgent | None:
    """Walk back from the noun over its link preposition, the frame verb's subject (VSO), a time expression and
    at most ``free_words`` other words to a control or announcement verb; its subject is the noun's agent."""
    words, text = ctx.view.words, ctx.story.text
    if "ل+" in m.proclitics:
        return None  # شرعت الحكومة في هجومها لاستعادة السيطرة: purpose لـ names an aim, not the act
    bound = res.bound_preps
    if cstart > 0 and _in_time(ctx, words[cstart - 1].start):
        cstart = 0  # the clause split at the comma after a time ("وبدأ الرئيس الصيني الخميس، زيارة"): read on
    k = m.head - 1
    if k >= cstart and words[k].norm in fw.carriers:
        k -= 1  # إلقاء القبض، إجراء محادثات: the event noun carried by a light masdar
    link = ""
    if k >= cstart and (words[k].norm in fw.links or words[k].norm == ON_LINK):
        link, k = words[k].norm, k - 1
    subject: Mention | None = None
    free = 0
    while k >= cstart:
        if any(c in text[words[k].end : words[k + 1].start] for c in COMMAS) and not _in_time(
            ctx, words[k].start
        ):
            return None  # the frame governs its own clause only (a time may stand in commas: "بدأ الرئيس الخميس، زيارة")
        if _frame_form(words[k].norm, fw) is not None:
            break
        x = next((x for x in ctx.mentions if x.last == k), None)
        if x is not None:
            if subject is not None or x.prep in bound or placeish(x):
                return None
            subject, k = x, x.first - 1
            continue
        if _in_time(ctx, words[k].start):
            k -= 1
            continue
        if free < fw.free_words and _free_word(words[k], res=res):
            free += 1
            k -= 1
            continue
        return None
    else:
        return None
    verb = words[k]
    form = _frame_form(verb.norm, fw)
    if form is None or form.future:
        return None  # ستواصل: the act is to come
    if (link == ON_LINK) != (form.key in fw.control_on):
        return None  # على links أقدم only, and أقدم takes no other link
    if k > 0 and words[k - 1].norm in fw.negation:
        return None  # لم تتمكن الشرطة من تفريق: the act did not happen
    frame = "announce" if form.key in fw.announce else "control"
    if subject is None:
        # SVO: the party right before the frame verb (or with قد between)
        subject = next(
            (
                x
                for x in reversed(ctx.mentions)
                if (x.last == k - 1 or (x.last == k - SVO_GAP and words[k - 1].norm in VERB_PARTICLES))
                and x.prep not in bound
                and not placeish(x)
                # (not across a comma: "بإسناد ومشاركة التحالف العربي، قد نجحت" names a helper, not the subject)
                and not any(c in text[words[x.last].end : verb.start] for c in COMMAS)
            ),
            None,
        )
    if subject is None:
        return None
    if frame == "announce" and any(
        e.sector in fw.not_announcer_sectors or e.country == "NGO" for e in subject.entities
    ):
        return None
    return FrameAgent(mention=subject, frame=frame)


@dataclass(frozen=True, slots=True)
class FrameForm:
    key: str
    """The frame verb's form without و/ف and the future س."""
    future: bool


def _frame_form(key: str, fw: FrameWords) -> FrameForm | None:
    """A word as a frame verb: as written, without a leading و/ف (واصل keeps its و), then without the future
    س (ستواصل، وسيواصل)."""
    for k in (key, key[1:] if key[:1] in "وف" else ""):
        if k in fw.verbs:
            return FrameForm(key=k, future=False)
        if k[:1] == "س" and k[1:] in fw.verbs:
            return FrameForm(key=k[1:], future=True)
    return None


def _participation(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, fw: FrameWords, *, res: CoderResources
) -> FrameAgent | None:
    """ "وسيتوجه رئيس الوزراء الإيطالي الجديد إلى كندا للمشاركة في قمة مجموعة السبع": a meeting noun after a
    word of taking part (للمشاركة في، لحضور) is attended by the clause's subject: its first bare party (a
    place or a destination is no subject)."""
    words = ctx.view.words
    if m.entry.type != "CONSULT":
        return None
    k = m.head - 1
    if k >= cstart and words[k].norm in fw.links:
        k -= 1
    if k < cstart or words[k].norm not in fw.attend:
        return None
    bound = res.bound_preps
    # the first bare party of the clause: "وقالت ماي لدى وصولها إلى مقر الاتحاد الأوروبي في العاصمة البلجيكية
    # بروكسل لحضور قمة" — ماي, not a nisba of the place on the way
    subject = next(
        (
            x
            for x in ctx.mentions
            if cstart <= x.first
            and x.last < k
            and k - x.first <= PARTICIPATION_BACK
            and x.prep not in bound
            and not placeish(x)
            and not (x.first > 0 and words[x.first - 1].norm.lstrip("و") in res.non_agent_heads)
        ),
        None,
    )
    return FrameAgent(mention=subject, frame="attend") if subject is not None else None


def _visitor_after_la(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> FrameAgent | None:
    """ "خلال زيارة لولي العهد السعودي الأمير بن سلمان إلى بريطانيا": a visit noun with a party after لـ right
    after it and a destination after that party: the party after لـ is the visitor (without a destination
    "زيارة للرئيس" may be a visit to him)."""
    if m.entry.mode != "visit":
        return None
    after = [x for x in ctx.mentions if x.first > m.last]
    if not after or after[0].first != m.last + 1 or after[0].prep != "ل" or placeish(after[0]):
        return None
    visitor = after[0]
    if any(e.actor == e.country and e.country for e in visitor.entities):
        return None  # زيارة لروسيا: a state after لـ is where the visit goes
    bound = res.bound_preps
    for x in after[1:]:
        if x.first - visitor.last > VISIT_DEST_GAP:
            return None
        if x.prep in res.destination_preps:
            break
        if x.prep in bound:
            return None  # an apposition may stand between (الأمير بن سلمان), another marked party not
    else:
        return None
    return FrameAgent(mention=visitor, frame="visit")


def _free_word(w: Word, *, res: CoderResources) -> bool:
    """A word that may stand between a frame verb and its noun (منذ قليل، سريعا، أيضا): not a preposition or a
    complementizer (they open another phrase), not an event word (the frame would govern that one: "شرعت الحكومة
    في هجومها لاستعادة")."""
    key = bare_key(w)
    if (
        w.norm in res.non_subject_preps
        or key in res.non_subject_preps
        or w.norm in res.modality.complementizers
        or key in RELATIVE_PRONOUNS  # a relative or another clause opens between (الذي، حيث)
        or key in res.clause_openers
        or key in frame_words().about
        or (len(key) > 3 and key[0] in "بلك")  # بكيفية، لتفاصيل: a phrase of its own
    ):
        return False
    return res.lexicon.lookup(w) is None


def _in_time(ctx: SentenceContext, pos: int) -> bool:
    return any(t.start <= pos < t.end for t in ctx.story.times)


def _fronted_possessive(
    ctx: SentenceContext, m: TriggerMatch, fw: FrameWords, *, res: CoderResources
) -> FrameAgent | None:
    """خلال زيارته للهند، كثف الرئيس الفرنسي ...: a noun with a third-person possessive right after an adverbial
    word that opens the sentence; its owner is the first bare party of the main clause after the comma."""
    words, text = ctx.view.words, ctx.story.text
    if not POSSESSIVES & {e.strip("+") for e in m.enclitics} or m.head < 1 or m.head > 2:
        return None
    if bare_key(words[m.head - 1]) not in fw.fronted:
        return None
    comma = next(
        (
            j
            for j in range(m.last, min(len(words) - 1, m.last + FRONTED_WINDOW))
            if any(c in text[words[j].end : words[j + 1].start] for c in COMMAS)
        ),
        None,
    )
    if comma is None:
        return None
    bound = res.bound_preps
    subject = next(
        (x for x in ctx.mentions if comma < x.first <= comma + FRONTED_SUBJECT_GAP and x.first > m.last), None
    )
    if subject is None or subject.prep in bound or placeish(subject):
        return None
    return FrameAgent(mention=subject, frame="fronted")

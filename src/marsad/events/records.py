"""One trigger to one Event record (participants, type changes by modality, date, place, provenance,
confidence), and the rule that keeps one record per event in a story."""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable

from marsad.events.clauses import ReportFrame, clause_end, clause_of, modality_start
from marsad.events.constructions import speaker_meeting, spoken_meeting_future
from marsad.events.frames import frame_sides
from marsad.events.lead_incident import (
    circumstantial,
    habitual,
    joins_lead,
    lead_incident,
    lead_place,
    opens_front,
    said_day,
)
from marsad.events.lexicon import TriggerMatch
from marsad.events.mentions import (
    NISBA_TYPES,
    PERSON_TYPES,
    PLACE_ONLY_ACTORS,
    PLACE_TYPES,
    POLICING_SECTORS,
    Mention,
    SentenceContext,
    attributed,
    entity_at,
    is_witness,
    merge_parties,
    nominative_words,
    participants_of,
    patient_only,
    placeish,
)
from marsad.events.modality import ModalityInput, decide
from marsad.events.participants import read_participants
from marsad.events.place_date import (
    NON_STATE_CODES,
    clause_date,
    clause_quantities,
    date_value,
    event_location,
    fill_generic_countries,
    news_cycle_date,
    report_date,
    sequence_clause,
    told_occasion_time,
)
from marsad.events.reference import (
    first_person,
    is_speaker,
    pronoun_complement,
    quote_speaker,
    reporting_outlet,
)
from marsad.events.resources import CoderResources
from marsad.events.roles import (
    FORCE_TYPES,
    attack_claimer,
    attributed_attacker,
    condemned_victim,
    counted_victims,
    denied_content,
    first_stem_participle,
    is_circumstantial,
    is_passive,
    nested_content,
    oblique_recipient,
    speakers_only,
)
from marsad.events.words import sentence_bounds
from marsad.language.normalize import normalize_key
from marsad.model import Event, Location, Participant, Story, TimeExpr

# CAMEO codes of the AGREE record a future cooperative event becomes (intent to meet, cooperate ...)
FUTURE_AGREE_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
MATERIAL_CONFLICT = 4
VERBAL_CONFLICT = 3
"""PLOVER QuadClass of requests, accusations, rejections and threats."""
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
PLACE_TARGET_GAP = 3
"""At most this many words from the trigger's end to the town it falls on (حصارا محكما على الغوطة)."""
INCIDENT_WINDOW = 500
"""How far (characters) after the incident's sentence its further mentions may start: the next few
sentences of a news report, not the background paragraphs further down."""
SINCE = re.compile(r"(?<![\w])و?منذ(?![\w])")
INCIDENT_MODALITIES = frozenset({"asserted", "reported"})
"""Modalities of events that happened (a future, negated, hypothetical or historical one is no part of
the news cycle's incident)."""
NEWS_CYCLE_DAYS = 7
"""How many days before publication a later repeat's day may lie to date the lead's undated use of force
(``_date_lead_by_repeat``); an earlier day is mostly another act of the same kind."""
SAID_MODALITIES = frozenset({"future", "hypothetical"})
"""An intent or a conditional threat reported by its own side is made by the saying."""
BARE_TRILITERAL = re.compile(r"[^اويىآأإؤئ]{3}")
"""A verb form that reads as its own verbal noun (فَعْل: قصف، طلب، حظر)."""
SPEAKER_GAP = 3
"""At most this many words from the report verb to its named speaker (قال الرئيس، صرح المتحدث باسم الكرملين:
the frame takes the party the office names)."""
VERBAL_ATTACK_ENTRIES = frozenset({"assault.hajama"})
"""Entries whose sense (physical or verbal attack) depends on who attacks (هاجم)."""


def _subject_outside(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> bool:
    """A finite active verb with no actor found, in a sentence given alone that codes nothing otherwise: its
    unnamed or unresolved subject ("وطالب بمنع ...", "ووقعت الدولتان اتفاقا") is named in text the user did
    not give, so the event is kept with an empty source rather than lost; inside an article the previous
    sentences name it. Not a passive (اتُهم X: the agent is unnamed, not elsewhere), not a verb followed by
    a definite noun (its subject is there, and no actor: ويحظر القانون، وهددت الشركة), not a bare triliteral
    without a long vowel (قصف، طلب، حظر): it is as often its own verbal noun (جراء قصف عنيف)."""
    if m.entry.pos != "verb" or len(ctx.story.sentences) > 1 or is_passive(ctx, m, res=res):
        return False
    words = ctx.view.words
    if m.last + 1 < len(words) and words[m.last + 1].norm.startswith("ال"):
        return False
    return BARE_TRILITERAL.fullmatch(m.form) is None


UNNAMED_AGENT_MODALITIES = frozenset({"asserted", "reported", "historical"})
"""An act rescued without its agent must have happened: an aim, a threat or a condition ("قد يكون الهجوم
قريبا") names no occurrence an annotator marks."""
PURPOSE_PREFIXES = frozenset({"ل", "ول", "فل"})
"""Purpose لـ on an indefinite verbal noun is an aim (لاغتيال، لحظر بيع الأسلحة، لشن عمليات), not an act;
the definite لل is a complement (تحضيرا للعملية العسكرية، تأييده للاحتجاجات) and stays."""
UNNAMED_AGENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
"""Acts done to a side, which the recipient identifies; words (support, demands, aid offers) with no
speaker read as standing positions more often than as an act (judged on fresh sentences)."""
VICTIM_SECTORS = frozenset({"CVL"})
"""A recipient named only as people (مقتل 80 مدنيا، قتل عدد من الأشخاص) is a toll, not a party."""


def _agent_unnamed(
    ctx: SentenceContext, m: TriggerMatch, target: list[Participant], *, res: CoderResources
) -> bool:
    """A verbal or event noun (or a passive verb: أُطلق نحو 180 صاروخا ... باتجاه إسرائيل) of force or protest
    with no agent found, in a sentence given alone that codes nothing otherwise, whose recipient is a coded
    party ("مظاهرات في طهران ضد الحكومة"، "العملية العسكرية المرتقبة ضد تنظيم داعش"): a sentence on its own is
    read for the act it reports, so the act is kept with an empty source (inside an article the gold leaves
    it uncoded, conventions section 2, and this path never runs there). Not a noun that names its victim
    (مقتل X: a toll, ``passive`` in the lexicon), not clashes (``reciprocal``: both sides are the parties),
    not an aim after purpose لـ, not a recipient named only as people (their attacker is as often nobody's
    side: a shooting, a riot)."""
    entry = m.entry
    if len(ctx.story.sentences) > 1 or entry.type not in UNNAMED_AGENT_TYPES:
        return False
    if entry.pos != "noun" and not is_passive(ctx, m, res=res):
        return False
    if entry.passive or entry.reciprocal:
        return False
    word = ctx.view.words[m.head].norm
    if word.endswith(m.form) and word[: len(word) - len(m.form)] in PURPOSE_PREFIXES:
        return False
    return any(p.actor or p.sector not in VICTIM_SECTORS | {None} for p in target)


def code_match(
    ctx: SentenceContext,
    m: TriggerMatch,
    bounds: list[int],
    report: ReportFrame | None,
    previous: SentenceContext | None,
    *,
    res: CoderResources,
    lone: bool = False,
) -> Event | None:
    """One record for a trigger match, or None. ``lone``: the second try for a sentence given alone that coded
    nothing (see ``_subject_outside``)."""
    words, entry = ctx.view.words, m.entry
    cstart = clause_of(bounds, m.head)
    cend = clause_end(bounds, m.last, len(words))
    in_clause = [x for x in ctx.mentions if cstart <= x.first <= cend]
    actors = [
        x
        for x in in_clause
        if not x.place
        and not (x.prep in res.location_preps and placeish(x))
        and not is_witness(words, x)
        and not (x.first > 0 and words[x.first - 1].norm.lstrip("و") in res.non_agent_heads)
        and not attributed(ctx, x)
    ]
    in_report = (
        report is not None and not report.whole_sentence and report.content_from <= m.head < report.content_to
    )
    pronoun_subject = report.speaker_mention if in_report and report is not None else None
    if pronoun_subject is not None and report is not None and not pronoun_complement(ctx, report, m, res=res):
        pronoun_subject = None
    if pronoun_subject is not None and report is not None and nested_content(ctx, report.content_from, m):
        # أنه عثر على أشلاء يعتقد أنها ناتجة عن تفجير: the pronoun does not reach a nested content (round 26)
        pronoun_subject = None
    if (
        pronoun_subject is None
        and report is not None
        and report.speaker_mention is not None
        and not report.whole_sentence
        and 0 <= report.verb < m.head
        # the speaker named right after the report verb (قال وزير التعليم): after a pro-drop وأضاف the frame's
        # speaker is the first party of the quote ("وأضاف "لا يريدون لأي طفل ...""), no subject of the participle
        and 0 < report.speaker_mention.first - report.verb <= SPEAKER_GAP
        and report.speaker_mention.last < m.head
        and (is_circumstantial(m) or first_stem_participle(m))
    ):
        # "قال وزير التعليم الإسرائيلي ... إن ...، داعيا إسرائيل إلى": a participle of state after the report's
        # content qualifies the report verb, whose subject is the speaker (thirteenth round; an event coded
        # earlier in the sentence still gives its actor first, participants.read_participants)
        pronoun_subject = report.speaker_mention
    if first_person(m):
        # "نحن ندعم ..." inside a quote: the speaker is the subject (the quote's speaker, or the report's)
        pronoun_subject = quote_speaker(ctx, m) or (report.speaker_mention if report is not None else None)
    source, target, carried = read_participants(ctx, m, actors, cstart, previous, pronoun_subject, res=res)
    claimer = attack_claimer(ctx, m) if source else []
    if claimer:
        # هجوم انتحاري أعلن تنظيم داعش مسؤوليته عنه: the claimer is the attacker, in place of the party read before
        # (twenty-second participant round; a record with no actor is not made by it)
        spans = {(p.start, p.end) for p in claimer}
        source, target = claimer, [p for p in target if (p.start, p.end) not in spans]
    laid_to = attributed_attacker(ctx, m)
    if laid_to:
        # الاعتداء الإرهابي الذي نسب إلى تنظيم داعش: the party it is laid to is the attacker (recall round 13)
        spans = {(p.start, p.end) for p in laid_to}
        source, target = laid_to, [p for p in target if (p.start, p.end) not in spans]
    # a suspect is arrested, questioned or charged, never the one acting (agents.yaml: patients)
    source = [p for p in source if not patient_only(p)]
    # an outlet is no side of the report it tells (nineteenth participant round)
    source = [p for p in source if not reporting_outlet(ctx, m, p)]
    # ضلوع روسيا after نفى: the denied content is no recipient (nineteenth participant round)
    target = [p for p in target if not denied_content(ctx, m, p)]
    # الهجوم الذي استهدف عناصر من قوات الأمن after أدانت: what the condemned act struck is no recipient (round 24)
    target = [p for p in target if not condemned_victim(ctx, m, p)]
    if not source or _lone_meeting(ctx, m, source, target, in_clause, res=res):
        # no acting side (or a meeting with one side) by the participant rules: one a frame names (تمكنت الشرطة
        # من تفريق، أعلنت الشرطة إلقاء القبض، توجه الرئيس ... للمشاركة في قمة مجموعة السبع: frames.py)
        sides = frame_sides(ctx, m, cstart, source, target, res=res)
        if sides is not None:
            source, target = sides.source, sides.target
    moved = oblique_recipient(ctx, m, source, target)
    if moved is not None:
        # جدد ترحيبه بخادم الحرمين: the party after a possessed noun's own ل/ب/إلى is its recipient, never its actor
        # (event8); a record left with no actor is not made, as any whose agent the article does not name
        source, target = moved
    spoken_meeting = False
    if not source and report is not None:
        # "قال ترامب إن اللقاء مع زعيم كوريا الشمالية": the speaker meets the side after مع (evrecall7)
        # (not an outlet telling of others' summit: "قالت هيئة الإذاعة ... إن ... اجتماع القمة مع الرئيس الأميركي")
        speaker = [
            p for p in speaker_meeting(ctx, m, report, target) or [] if not reporting_outlet(ctx, m, p)
        ]
        source = speaker or source
        spoken_meeting = bool(speaker)
    if entry.type in FORCE_TYPES:
        # civilians named by a common noun (20 شرطيا قتلوا، 44 شخصا سقطوا) are victims, not attackers
        source = [
            p
            for p in source
            if not (p.actor is None and p.sector == "CVL") or _nominative_agent(ctx, m, p, target)
        ]
        if not any(not _town(p) for p in target):
            # 15 جنديا تركيا قتلوا خلال الاشتباكات: a counted party before a plural verb with no recipient after it
            # is the unmarked passive's subject, those killed (twenty-fourth participant round)
            source = [p for p in source if not counted_victims(ctx, m, p)]
        if entry.pos == "noun":
            # بقصف الغوطة الشرقية، في محافظة درعا لاستعادة السيطرة: a town next to a force noun is where
            # or what it hits; a city acts only as a government seat (موسكو has a sector, درعا none)
            source = [p for p in source if not _town(p)]
        if entry.type == "COERCE":
            # حصارا محكما على الغوطة الشرقية، حظر التجول في المدينة: a town without a sector (not a government
            # seat) is where coercion falls, not a party to it; its people are, and they are not named
            target = [p for p in target if not _town(p)]
    if entry.type == "MOBILIZE" or (entry.type == "RETREAT" and entry.mode in OWN_SIDE_MODES):
        # نشرت إيران مئات الجنود، سحب ترامب القوات الأمريكية، استقال من الحكومة: the forces deployed or
        # withdrawn and the government left are the actor's own, not a recipient
        own = {p.country for p in source if p.country}
        target = [p for p in target if not _own_side(p, own, entry.type)]
    outside = lone and not source and _subject_outside(ctx, m, res=res)
    unnamed = lone and not source and not outside and _agent_unnamed(ctx, m, target, res=res)
    if (not source and not outside and not unnamed) or (entry.needs_target and not target):
        return None
    if _lone_meeting(ctx, m, source, target, in_clause, res=res):
        return None
    onto = res.ontology
    in_content = report is not None and report.content_from <= m.head < report.content_to
    reported = in_content
    if reported and report is not None and report.speaker is not None and is_speaker(source, report.speaker):
        reported = False  # the speech act is itself the event (praise, a demand): asserted (section 4.3)
    date_expr = clause_date(
        ctx, m, cstart, cend, report if in_content else None, res=res, speech_act=in_content and not reported
    )
    event_date = date_value(date_expr, ctx.story, future=False)
    modality = decide(
        ModalityInput(
            words=words,
            match=m,
            # a spoken-of meeting's cues are the content's: "وقال البيت الأبيض لاحقا إن المناقشات" (evrecall7)
            clause_start=max(
                modality_start(bounds, cstart, words, res=res),
                report.content_from if spoken_meeting and report is not None else 0,
            ),
            reported=reported,
            event_date=event_date,
            story_date=ctx.story.date,
        ),
        cues=res.modality,
    )
    if spoken_meeting and modality in ("asserted", "reported") and spoken_meeting_future(ctx, m, res=res):
        modality = "future"  # "إن اللقاء مع زعيم كوريا الشمالية سيكون قريباً": a meeting to come (evrecall7)
    if unnamed and modality not in UNNAMED_AGENT_MODALITIES:
        return None
    if (
        date_expr is None
        and reported
        and report is not None
        and (modality in SAID_MODALITIES or (onto.quad(entry.type) in (1, 3) and entry.type != "CONSULT"))
        and _speaker_side(ctx, report, source)
    ):
        # "قال وزير خارجية تركيا، الأحد، إن أنقرة سترد": a side's threat, intent or statement told by its
        # own official is made by saying it, so the day of the saying dates it (annotation guide section 7)
        # (unless the content says when: "ذكرت الوكالة ... الأربعاء أن كيم قد دعا ترامب ...، وذلك خلال القمة التي
        # جمعتهما في سنغافورة الثلاثاء" — the summit's Tuesday, dates twelfth round)
        date_expr = told_occasion_time(ctx, m) or report_date(ctx, report)
    event_date = date_value(date_expr, ctx.story, future=modality == "future")
    etype, mode, cameo = entry.type, entry.mode, entry.cameo
    if entry.id in VERBAL_ATTACK_ENTRIES and speakers_only(source):
        # هاجم ترامب سيشنز، هاجمت وزارة الخارجية الإسرائيلية نادي ريال مدريد: a person, party, outlet or
        # foreign ministry attacks with words (conventions section 3: verbally attack -> ACCUSE:disapprove)
        etype, mode, cameo = "ACCUSE", "disapprove", "111"
    if modality == "future" and etype == "AGREE":
        # an AGREE word is itself the intent; that it was expressed is what happened
        modality = "reported" if reported else "asserted"
    elif modality == "future" and etype in FUTURE_AGREE_CAMEO:
        etype, mode, cameo = "AGREE", None, FUTURE_AGREE_CAMEO[entry.type]
    elif modality == "future" and etype == "RETREAT":
        etype, mode, cameo = "CONCEDE", None, "080"
    if entry.reciprocal:
        source, target = merge_parties(source, target), []
    location = event_location(ctx, m, in_clause, res=res)
    if location is None and entry.type in PLACE_TARGET_TYPES:
        location = _struck_town(m, in_clause, any_seat=entry.type == "ASSAULT")
    if entry.mode == "visit" and not target and _hosting_place(ctx, location, source):
        # a visit to a named place: the host is the place (Putin's trip to Beijing -> CHN)
        host = entity_at(ctx, location.start)
        if host is not None and host.country:
            target = participants_of(ctx, Mention(entities=[host], first=0, last=0, prep="", place=True))
    # words and sanctions aimed at a person come from abroad as often as not; force (arrests, attacks,
    # protests) is mostly domestic, where the other side's country is the person's (docs/events.md)
    hostile = onto.quad(etype) == VERBAL_CONFLICT or etype == "SANCTION"
    fill_generic_countries(ctx, source, target, location, hostile=hostile)
    if _acted_on_by_the_state(etype, mode, source):
        for p in target:
            if p.sector is None and _private_person(ctx, p):
                p.sector = "CVL"
    date = event_date
    if (
        date is None
        and onto.quad(etype) == MATERIAL_CONFLICT
        and modality in INCIDENT_MODALITIES
        and m.form not in entry.imperfect_forms
        and "ل+" not in m.proclitics
        and not sequence_clause(ctx, cstart)
        and not (cstart > 0 and sequence_clause(ctx, cstart - 1))
    ):
        # a use of force told again after a lead that dated the incident but coded no event of it (a casualty
        # toll: "مقتل عشرات الأشخاص الثلاثاء في هجومين انتحاريين"): the lead's day (lead_incident.py). Not a verb
        # in the imperfect (ongoing or habitual: "ويقاتل الجيش الليبي للسيطرة على درنة"، "التي تستهدف فيها") nor
        # a clause of what came before or after (بعد أن شن هجوما بريا), nor a purpose or an object after ل
        # ("ويقاتل الجيش الليبي للسيطرة على درنة"، "وتعرضت مقديشو في أحيان كثيرة لهجمات")
        lead = lead_incident(ctx.story)
        here = {p.country for p in source + target if p.country and p.country not in NON_STATE_CODES}
        if location is not None and location.country:
            here.add(location.country)
        if lead is not None and joins_lead(ctx, lead, here):
            date = lead.day
    # EVENT-CONVENTIONS §6 (binding for the gold): no date when the text gives none. The issue's "else the
    # story date" is kept beside it, as `date_inferred`, for users who need a day on every event.
    date_inferred = None
    if date is None and ctx.story.role == "main" and modality == "asserted":
        date_inferred = news_cycle_date(ctx.story)
    confidence = 0.55 + (0.0 if carried else 0.15) + (0.1 if target or len(source) > 1 else 0.0)
    confidence += 0.1 if entry.pos == "verb" else 0.0
    return Event(
        start=m.start,
        end=m.end,
        text=ctx.story.text[m.start : m.end],
        type=etype,
        mode=mode,
        cameo=cameo,
        quad=onto.quad(etype),
        score=onto.score(etype, mode),
        goldstein=onto.goldstein(cameo),
        source=source,
        target=target,
        date=date,
        date_inferred=date_inferred,
        location=location,
        aspect=_aspect(m),
        modality=modality,
        speaker=report.speaker if report is not None and reported else None,
        quantities=clause_quantities(ctx, cstart, cend),
        sentence=ctx.story.span(ctx.view.start, ctx.view.end),
        confidence=round(min(confidence, 0.95), 2),
        story_id=ctx.story.id,
    )


def _aspect(m: TriggerMatch) -> str | None:
    """The trigger's verb form (``Event.aspect``): the lexicon knows each verb's imperfect forms."""
    if m.entry.pos != "verb":
        return None
    return "imperfect" if m.form in m.entry.imperfect_forms else "perfect"


def _nominative_agent(
    ctx: SentenceContext, m: TriggerMatch, p: Participant, target: list[Participant]
) -> bool:
    """Civilians in the nominative right after an active verb with a recipient are its agents (recall round 6):
    "واعتدى متظاهرون على رجال الأمن"، "وهاجم مواطنون غاضبون مركز الشرطة". Without a recipient the verb may be an
    unmarked passive ("وقتل مدنيون في الغارة": civilians were killed), so those stay victims."""
    # (the head word's end: a companion may follow the subject, "أضرم محتجون النار")
    if m.entry.pos != "verb" or not target or p.start is None or p.start < ctx.view.words[m.head].end:
        return False
    head = next((w for w in ctx.view.words if w.start <= p.start < w.end), None)
    return head is not None and head.norm.lstrip("وف") in nominative_words()


def _lone_meeting(
    ctx: SentenceContext,
    m: TriggerMatch,
    source: list[Participant],
    target: list[Participant],
    in_clause: list[Mention],
    *,
    res: CoderResources,
) -> bool:
    """A meeting needs two sides: "زيارة أردوغان" with no host or place named is a reference, not a record."""
    if m.entry.type != "CONSULT" or len(source) + len(target) >= 2:
        return False
    return not (
        m.entry.mode == "visit" and _hosting_place(ctx, event_location(ctx, m, in_clause, res=res), source)
    )


def _hosting_place(ctx: SentenceContext, loc: Location | None, source: list[Participant]) -> bool:
    """A visit's named place with a country stands for the host: a country or a city of ``cities.csv``
    (capitals and major cities: Putin's trip to Beijing -> CHN). Not a place that cannot act (a provincial city
    or region of ``places.csv``: "زار عدد من المسؤولين في منطقة عسير"), nor a city of every side's country
    ("استقبل الملك سلمان في قصر السلام بجدة": the host received where he is; "زيارة بحاح الى عدن": a tour at
    home): there the place is only the event's place (event5)."""
    if loc is None or loc.start is None or loc.country is None:
        return False
    ent = entity_at(ctx, loc.start)
    actor = ent.actor if ent is not None and ent.actor is not None else ""
    if actor.startswith(PLACE_ONLY_ACTORS):
        return False
    # a foreign party among the sides (the Queen receiving the Saudi crown prince in Britain) keeps the host; a
    # country named as the place is left as it was (تم استقبال ... في تونس: Tunisia received, dates sample T)
    return not actor.startswith("city:") or {p.country for p in source if p.country} != {loc.country}


def party_codes(parts: list[Participant]) -> frozenset[str]:
    return frozenset(p.actor or p.country or normalize_key(p.text) for p in parts)


def add_event(events: list[Event], new: Event, *, times: list[TimeExpr], story: Story | None = None) -> None:
    """Keep one record per event: same type, mode and participants as an earlier one is a repeat.
    ``times``: the story's time expressions (an undated event may join a dated incident); ``story``: the story
    (a use of force told again right after its lead may take the place of the lead's)."""
    _join_incident(events, new, times=times)
    _join_same_sentence(events, new)
    if story is not None:
        _date_lead_by_repeat(events, new, times=times, story=story)
    key = (party_codes(new.source), party_codes(new.target))
    for i, old in enumerate(events):
        if (
            old.type == new.type
            and old.mode == new.mode
            and (party_codes(old.source), party_codes(old.target)) == key
            and not _other_day(old, new)
        ):
            if explicitness(new) > explicitness(old):
                events[i] = new
            return
    # the lead's place only for a record of its own: given before the test above, it would make a repeat of
    # a dated record "more explicit" and the undated repeat would replace it
    if story is not None:
        join_lead_place(events, new, times=times, story=story)
    events.append(new)


def _other_day(old: Event, new: Event) -> bool:
    """Two uses of force dated to different days are two events, whatever their sides ("قصفت ميليشيات الحوثي
    ... الأربعاء" and "ويوم الأحد، قصفت ميليشيات الحوثي قرية ..."): a story of a campaign tells several."""
    return (
        old.quad == MATERIAL_CONFLICT
        and old.date is not None
        and new.date is not None
        and len(old.date) == len(new.date) == len("2018-05-01")
        and old.date != new.date
    )


def _join_incident(events: list[Event], new: Event, *, times: list[TimeExpr]) -> None:
    """An undated use of force told in a later sentence of the story that reported a dated incident of
    force between the same sides is part of that incident: it takes the incident's day, and its place when
    it names none (annotation guide sections 7-8: a date and a place belong to all the mentions of one
    event; "قمعت ميليشيا الحوثي، السبت في العاصمة اليمنية صنعاء، احتجاجا ... فإن أطقما حوثية اعتدت
    بالضرب على المحتجين ... قبل أن تعتقل عددا منهم"). The incident is the story's first dated material
    conflict of the news cycle (day level, asserted or reported); statements are never joined."""
    if new.quad != MATERIAL_CONFLICT or new.modality not in INCIDENT_MODALITIES:
        return
    lead = _first_force(events, lambda e: e.date is not None and len(e.date) == len("2018-05-01"))
    if lead is None or lead.sentence is None or new.sentence is None:
        return
    if new.date is not None and new.date != lead.date:
        # a day of its own; or the lead sentence's day (lead_incident.py) when it is this one's too, so the
        # place of that coded incident still joins
        return
    gap = new.sentence.start - lead.sentence.end
    if not 0 <= gap <= INCIDENT_WINDOW or not _countries(lead) & _countries(new):
        return
    # a sentence with a time of its own, even one that resolves to no date (منذ سنوات، قبل سنتين، خلال
    # الأشهر الماضية), tells another time; one with منذ tells a tally since something
    # (the story's own time expressions, which the language layer found and kept even when unresolved)
    sentence = new.sentence
    # (the literal test first: the pattern opens with a lookbehind, so re tries it at every position)
    if (
        any(sentence.start <= t.start and t.end <= sentence.end for t in times)
        or ("منذ" in sentence.text and SINCE.search(sentence.text))
        or habitual(sentence.text)
    ):
        return
    new.date = lead.date
    new.date_inferred = None
    if new.location is None and lead.location is not None:
        new.location = dataclasses.replace(lead.location)


def _date_lead_by_repeat(events: list[Event], new: Event, *, times: list[TimeExpr], story: Story) -> None:
    """An undated use of force in the lead takes the day of its repeat told later with one: "ألقت السلطات الألمانية
    القبض على شخص يشتبه في أنه من مقاتلي تنظيم داعش" then "وتم إلقاء القبض على المتهم عقب عودته إلى ألمانيا
    الاثنين" (dates sample V; annotation guide sections 7-8: a date and a place belong to all the mentions of one
    event), and the repeat's place when it names none. ``_join_incident`` the other way round: the repeat has the
    lead's type and mode, a day in the news cycle (the week before publication: an arrest of another year is
    another), comes within INCIDENT_WINDOW characters of the lead, and names no side the lead has not (a passive
    repeat names none). Not a lead with a time expression of its own, which the date rules read and set aside."""
    if (
        new.quad != MATERIAL_CONFLICT
        or new.modality not in INCIDENT_MODALITIES
        or new.date is None
        or len(new.date) != len("2018-05-01")
        or new.sentence is None
        or story.date is None
    ):
        return
    bounds = sentence_bounds(story)
    if not bounds or new.sentence.start < bounds[0][1] or new.sentence.start - bounds[0][1] > INCIDENT_WINDOW:
        return
    lead_start, lead_end = bounds[0]
    lead = _first_force(events, lambda e: lead_start <= e.start < lead_end and e.type == new.type)
    if (
        lead is None
        or lead.date is not None
        or lead.mode != new.mode
        or any(lead_start <= t.start < lead_end for t in times)
        or party_codes(new.source) - party_codes(lead.source)
        or _countries(new) - _countries(lead)
    ):
        return
    try:
        days = (datetime.date.fromisoformat(story.date) - datetime.date.fromisoformat(new.date)).days
    except ValueError:
        return
    if not 0 <= days <= NEWS_CYCLE_DAYS:
        return
    if not _said_repeat_day(story, new, times):
        lead.date = new.date
        lead.date_inferred = None
    if lead.location is None and new.location is not None:
        lead.location = dataclasses.replace(new.location, start=None, end=None)


def _said_repeat_day(story: Story, new: Event, times: list[TimeExpr]) -> bool:
    """Whether the repeat's day is a saying's or a report's (``said_day``): "وقال مدير المرصد ...، الجمعة، إن قوات
    الحكومة سيطرت"، "أوقفت قوى الأمن ... بحسب ما أعلنت الاثنين" — the act may be of an earlier day, so the lead keeps
    none (its place is still the repeat's)."""
    sentence = new.sentence
    if sentence is None:
        return False
    keys = [normalize_key(w) for w in story.text[sentence.start : sentence.end].split()]
    for t in times:
        if sentence.start <= t.start < sentence.end and t.value and t.value.startswith(new.date or "-"):
            n_before = len(story.text[sentence.start : t.start].split())
            if said_day(keys[:n_before], keys[n_before:]):
                return True
    return False


DEFINITE_LEADS = ("ال", "بال", "لل", "وال", "وبال", "فال")


def _join_same_sentence(events: list[Event], new: Event) -> None:
    """A definite noun of force with no day or place of its own ("الهجوم") names again the use of force of its
    type told earlier in its sentence: "قتل 6 أشخاص ... عندما فتح مسلحون النار على مسجد بمدينة كيبيك ... (يوم
    الأحد ...)، فيما وصف رئيس الوزراء الكندي الهجوم على المسجد بالاعتداء الإرهابي" — the noun is in a clause of
    its own (فيما ...), so the clause's time and place never reached it, and ``_join_incident`` joins only later
    sentences. It takes the earlier record's day and place."""
    if (
        new.quad != MATERIAL_CONFLICT
        or new.modality not in INCIDENT_MODALITIES
        or new.date is not None
        or new.location is not None
        or new.sentence is None
        or " " in new.text.strip()
        or not normalize_key(new.text).startswith(DEFINITE_LEADS)
    ):
        return
    start = new.sentence.start
    old = next(
        (
            e
            for e in events
            if e.type == new.type
            and e.sentence is not None
            and e.sentence.start == start
            and e.start < new.start
            and e.modality in INCIDENT_MODALITIES
            and (e.date is not None or e.location is not None)
        ),
        None,
    )
    if old is None:
        return
    new.date = old.date
    new.date_inferred = None
    if old.location is not None:
        new.location = dataclasses.replace(old.location)


def join_lead_place(events: list[Event], new: Event, *, times: list[TimeExpr], story: Story) -> None:
    """A use of force with no place of its own, told in the sentences right after a lead whose use of force
    has a place, happened there: the lead is the story's incident, the next sentences tell it again or its
    parts ("أطلق النار على رجل في كاتدرائية برلين" → "وانتشر عناصر من الشرطة ... حول الكاتدرائية"; "قمعت ميليشيا
    الحوثي، السبت في العاصمة اليمنية صنعاء، احتجاجا" → "اعتدت بالضرب على المحتجين"). Unlike ``_join_incident``
    the lead need not be dated: a story often opens with the place and leaves the day out. Not a sentence with
    a time of its own other than the lead's, one with منذ, nor a habitual one; the sides must share a country.
    Nor a sentence that names a place other than the lead's, even as a party ("وفي البيضاء، لقي ... في قصف"،
    "صاروخ بالستي ... باتجاه مدينة نجران"، "وأعلنت تركيا حالة الطوارئ"): on fresh articles such sentences
    mostly tell another front or another time; so does one that opens with a place phrase ("وفي البيضاء، لقي ...
    في قصف مدفعي"), even one the entity stage did not tag. Only a record of the lead's own type: one of another
    type is mostly another act of the story (a raid after a bombing, an arrest after a protest)."""
    if (
        new.location is not None
        or new.quad != MATERIAL_CONFLICT
        or new.modality not in INCIDENT_MODALITIES
        or _ongoing(new)
    ):
        return
    bounds = sentence_bounds(story)
    if not bounds or new.sentence is None:
        return
    lead = bounds[0]
    if new.sentence.start < lead[1]:
        return
    anchor = _first_force(
        events, lambda e: e.location is not None and lead[0] <= e.start < lead[1] and e.type == new.type
    )
    lead_day = None  # (the day of a lead that codes no use of force, when its place is the anchor's)
    if (
        anchor is None
        and new.type in PLACE_TARGET_TYPES
        and _first_force(events, lambda e: lead[0] <= e.start < lead[1]) is None
    ):
        # a lead that codes no use of force (a toll, a passive: "توفي ... إثر تعرضه للطعن ... في مدينة القدس
        # القديمة") still names the incident's place; for attacks and arrests only (an alert raised "في جميع
        # محافظات الصعيد" after a lead on Minya is wider than it)
        place = lead_place(story)
        if place is not None:
            anchor = dataclasses.replace(new, location=place, date=None, source=[], target=[])
            lead_day = _lead_day(story)
    if anchor is None or anchor.location is None:
        return
    if not 0 <= new.sentence.start - lead[1] <= INCIDENT_WINDOW:
        return
    if new.date is not None and new.date not in (anchor.date, lead_day):
        return
    # the place's country must be a side's, the lead's and this one's: "اعتقلت الشرطة التركية 65 شخصا ... للاشتباه
    # في صلتهم بشبكة يقودها غولن المقيم في الولايات المتحدة" gives the lead a place that is no arrest's
    country = anchor.location.country
    if country and any(country not in c for c in (_countries(anchor), _countries(new)) if c):
        return
    sentence = new.sentence
    where = normalize_key(anchor.location.text)
    if any(
        sentence.start <= e.start < sentence.end and e.type in PLACE_TYPES and normalize_key(e.text) != where
        for e in story.entities
    ):
        return
    if (
        any(sentence.start <= t.start and t.end <= sentence.end and t.value != anchor.date for t in times)
        or ("منذ" in sentence.text and SINCE.search(sentence.text))
        or habitual(sentence.text)
        or opens_front(sentence.text)
    ):
        return
    # (without offsets: a place told in another sentence does not make this record "more explicit" than a
    # repeat that names its own, which then still replaces it)
    new.location = dataclasses.replace(anchor.location, start=None, end=None)


def _lead_day(story: Story) -> str | None:
    """The day of the lead's incident (``lead_incident``), for a lead that codes no use of force: a later record
    dated by it ("ارتفعت حصيلة قتلى الهجمات الانتحارية التي شهدتها مقديشو مساء الخميس" → "هاجموا مقرّات حكومية"،
    given Thursday by the lead's day rule) is that incident told again, and may take the lead's place too."""
    lead = lead_incident(story)
    return lead.day if lead is not None else None


def _ongoing(e: Event) -> bool:
    """A verb in the imperfect tells what goes on or recurs ("الممارسات التي تستهدف المهربين"، "قوات التحالف تستهدف
    الأهداف العسكرية فقط"), not the lead's incident told again (the lead's day rule in ``code_match`` skips it for
    the same reason); after وهو it is a حال clause of the past narrative ("وهو يطلق النار تجاه رجال الأمن")."""
    if e.aspect != "imperfect" or e.sentence is None:
        return False
    return not circumstantial(e.sentence.text[: max(0, e.start - e.sentence.start)])


def _first_force(events: list[Event], where: Callable[[Event], bool]) -> Event | None:
    """The story's first use of force that happened (asserted or reported) and satisfies ``where``."""
    return next(
        (e for e in events if e.quad == MATERIAL_CONFLICT and e.modality in INCIDENT_MODALITIES and where(e)),
        None,
    )


def _countries(e: Event) -> set[str]:
    return {p.country for p in e.source + e.target if p.country and p.country not in NON_STATE_CODES}


def explicitness(e: Event) -> tuple[int, int, float]:
    return (
        len(e.source) + len(e.target),
        int(e.location is not None and e.location.start is not None),
        e.confidence,
    )


def _speaker_side(ctx: SentenceContext, report: ReportFrame, source: list[Participant]) -> bool:
    """Whether the reported event's actors are the speaker's own country (an official speaking for it)
    or the speaker phrase itself (رئيس هيئة الأركان العامة الروسية، فاليري غيراسيموف: the name in
    apposition, which the knowledge base may not place)."""
    speaker = report.speaker_mention
    if speaker is None or not source:
        return False
    words = ctx.view.words
    lo, hi = words[report.verb].start, words[report.content_from].start
    countries = {e.country for e in speaker.entities if e.country}
    return all(p.country in countries or lo <= p.start < hi for p in source)


def _struck_town(m: TriggerMatch, in_clause: list[Mention], *, any_seat: bool) -> Location | None:
    """The town an attack or a siege falls on is where it happened ("باستهداف دمشق"، "تفرض ... حصارا محكما
    على الغوطة الشرقية"): a city right after the trigger. A capital the entity stage reads as its government
    (دمشق GOV) counts for an attack — shelling hits the city — but not for coercion, where it is the party."""
    for x in in_clause:
        if 0 < x.first - m.last <= PLACE_TARGET_GAP:
            ent = x.entities[0]
            if (ent.actor or "").startswith("city:") and (any_seat or ent.sector is None):
                return Location(text=ent.text, start=ent.start, end=ent.end, country=ent.country)
    return None


OWN_SIDE_MODES = frozenset({"withdraw", "resign"})
"""RETREAT modes whose object is the actor's own (its forces, its office), not a recipient."""
MOBILIZED_SECTORS = frozenset({"MIL", "COP", "REB"})
LEFT_SECTORS = MOBILIZED_SECTORS | {"GOV"}
"""Sectors of what a withdrawal or a resignation leaves: forces, a government."""


def _own_side(p: Participant, own: set[str], etype: str) -> bool:
    """``p`` is what the actor moves or leaves: forces (or, for a withdrawal or a resignation, a government)
    of the actor's own country or of none named (جنود، قوات، الحكومة: the generic agent takes a country only
    later, from the place or the other side)."""
    sectors = MOBILIZED_SECTORS if etype == "MOBILIZE" else LEFT_SECTORS
    return p.sector in sectors and (p.country is None or p.country in own)


def _town(p: Participant) -> bool:
    """A city with no sector: a place, not a government seat (موسكو in "أثار غضب موسكو" has GOV)."""
    return (p.actor or "").startswith("city:") and p.sector is None


PRIVATE_TARGET_MODES = {
    "COERCE": frozenset({"arrest", "deport"}),
    "SANCTION": frozenset({"convict"}),
    "ACCUSE": frozenset({"allege", "investigate"}),
}
"""Event types and modes by which the state acts on persons: arrests, expulsions, sentences, charges (not a
seizure: "استعادت السيطرة على ... جبال ابو حراب" names a place the entity stage reads as a person)."""


def _acted_on_by_the_state(etype: str, mode: str | None, source: list[Participant]) -> bool:
    """A court, prosecutor or police sentences or charges a person, or anyone (authorities, an army, a militia)
    arrests or detains one: "اعتقلت ميليشيا الحوثي الأديب عبد الكريم الرازحي". Who courts and police
    (``POLICING_SECTORS``) arrest, charge or sentence by name is a private person more often than not (an official
    they act on is mostly one the knowledge base knows, with a sector)."""
    if etype not in PRIVATE_TARGET_MODES:
        return False
    if mode not in PRIVATE_TARGET_MODES[etype]:
        return False
    return etype == "COERCE" or any(p.sector in POLICING_SECTORS for p in source)


def _private_person(ctx: SentenceContext, p: Participant) -> bool:
    """``p`` is a person the knowledge base does not know ("ناريمان التميمي") or a nisba standing for a person
    ("واوقفت التونسي"): EVENT-CONVENTIONS section 2 makes private persons civilians (CVL)."""
    for e in ctx.story.entities:
        if e.end == p.end and p.start <= e.start:
            if e.type in PERSON_TYPES:
                return e.actor is None
            return e.type in NISBA_TYPES and e.sector is None
    return False

"""Where, when and how much: the event's date from its clause (or the news-cycle day, kept apart), its
location from في / إلى + a place, the quantities in its clause, and countries for generic participants."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.events.clauses import ReportFrame, clause_end, clause_of, clause_starts
from marsad.events.lead_incident import said_day
from marsad.events.lexicon import TriggerMatch, Word, key_set, read_data
from marsad.events.mentions import (
    PERSON_TYPES,
    PLACE_TYPES,
    POLICING_SECTORS,
    STATE_SECTORS,
    Mention,
    SentenceContext,
    placeish,
)
from marsad.events.resources import CoderResources
from marsad.events.words import sentence_bounds
from marsad.language.calendar import calendar_names
from marsad.language.normalize import normalize_key
from marsad.model import Entity, Event, Location, Participant, Story, TimeExpr

VERBAL_PLACE_WINDOW = 4
"""How many words from a verbal event's trigger its place may stand."""
FRAME_PLACE_WINDOW = 5
"""How many words after a visit's or a withdrawal's trigger its ل / من place may stand (سحب القوات الأميركية
من سوريا)."""
OWN_PLACE_WINDOW = 9
"""How many words after the relative pronoun of an event noun's own clause its place may stand ("القصف الذي
شنته ميليشيات الحوثي في مديرية الزاهر"); further on it is mostly another phrase's ("المداهمة التي نفذتها قوات
الأمن الأردني ضد خلية يشتبه بضلوع أفرادها بتفخيخ سيارة في منطقة الفحيص": the car bomb's)."""
WHERE_PLACE_WINDOW = 6
"""A place in the trigger's own clause within this many words wins over the place before the حيث that opens
the clause ("إلى العراق حيث توعدت بشن عمليات في سنجار"); one further on is mostly the topic's ("من موسكو، حيث
عقد عباس محادثات ... للوساطة في الشرق الأوسط")."""
RETREAT_PLACE_WINDOW = 9
"""... and a withdrawal's origin after من, which may stand after a verb's subject and object ("سحبت ميليشيات
الحوثي الإيرانية، الجمعة، أسلحة ثقيلة من مدينة الحديدة"), still with no prepositional phrase between."""
NAME_WORDS = 3
"""At most this many words in a place name the entity stage did not tag (قرية حجلان مريس)."""
NAME_QUOTES = ' "“”«»#'
NAME_BREAK_LETTERS = "وي"
"""A later word of a name never starts with these: و joins another place (منطقة الحاج الأعلى والأسفل), ي opens
an imperfect verb (في منطقة الكسوة يُرجح أنه)."""
CONTAINER_WINDOW = 4
"""How many words after a place without a country the place containing it may stand (بمحافظة إدلب)."""
ATTACK_AFTER_THREAT = 6
"""At most this many words from a threat's trigger to the attack noun it threatens with (its subject and a
time may stand between: "وهددت تركيا في السابق بمهاجمة")."""
THREAT_OBJECT_GAP = 9
"""At most this many words from the threatened attack noun (بمهاجمة) to the place after its object."""
THREAT_GAP = 6
"""At most this many words from ضد to the place of a threatened attack (ضد الوحدات في شمال سوريا)."""
STRUCK_GAP = 3
"""At most this many words from an attack's trigger to the place noun of the town it falls on."""
TOPIC_ADJECTIVES = 2
"""At most this many adjectives between a topic noun and في (التطورات الجارية في سوريا)."""
MATERIAL_QUADS = (2, 4)
"""QuadClasses of material events (cooperation, conflict): done, not said."""
NON_STATE_CODES = frozenset({"IGO", "NGO", "UNK", "IMG"})
WORD_RE = re.compile(r"\S+")
ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
ISO_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
"""A season as the language layer gives it (صيف عام 2017 → 2017-SU): no ISO prefix."""
DECADE = re.compile(r"\d{3}X")
INTERPOSE_MARKS = frozenset({"،", ","})
DAY_PART_GAP = 16
"""At most this many characters of بعد / قبل (+ a part of the day) between a clause and its time."""
TIME_PREPOSITIONS = frozenset({"بعد", "قبل"})
OTHER_EVENT_GAP = 12
"""At most this many words between the trigger and a time another noun's participle or verb of happening dates."""
# A noun of taking control has its على right after it, or after one genitive word: "بسيطرة إسرائيل على الجولان"
# (place_date._control_noun; a later على is another phrase's: "بسيطرتها على تلة ... تطل على هضبة الجولان").
CONTROL_NOUN_GAP = 2
SENTENCE_ENDS = frozenset({".", "!", "?", "؟"})
QUOTES_AND_SPACE = ' "“”«»'
CAME_TRIGGER_WORDS = 6
"""At most this many words before a statement's trigger for a "جاء ذلك" occasion sentence after it to date and place
it (:func:`came_occasion`): the trigger opens its sentence, so the sentence is that act ("دعا الرئيس الفلسطيني ...")
and not a story it tells ("روى الشيخ ... قصة ذهاب رئيس الوزراء السابق ... حاملاً طلباً")."""
CAME_PLACE_WINDOW = 9
"""At most this many words, not counting a time expression's, from the occasion noun of a "جاء ذلك" sentence to its
place ("خلال زيارته اليوم لملتقى المدينة الشبابية بجدة"); further on a place is mostly another clause's ("خلال قمة
اسلامية أميركية نجحت بمناسبتها الولايات المتحدة في ابرام صفقات ... في الشرق الأوسط")."""
CAME_BREAKS = frozenset('"“”«»:')
"""Marks that end a "جاء ذلك" occasion phrase: the statement's own words follow ("حيث قال: ...")."""
# An interposed day and place after the trigger ("قمعت ميليشيا الحوثي الانقلابية، السبت في العاصمة اليمنية صنعاء،"):
# at most this many words of subject before the comma, and of place phrase after the day.
INTERPOSED_SUBJECT_WORDS = 6
INTERPOSED_PLACE_WORDS = 6
"""The marks around an interposed time expression (يزور بوتين، الثلاثاء، تركيا)."""


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word lists of ``data/places.yaml`` (normalized keys) and the weekday names."""

    place_heads: frozenset[str]
    head_endings: tuple[str, ...]
    other_clause_openers: frozenset[str]
    sequence_openers: frozenset[str]
    relative_pronouns: frozenset[str]
    occasion_resumptives: frozenset[str]
    occasions: frozenset[str]
    during: frozenset[str]
    cause_words: frozenset[str]
    cause_endings: frozenset[str]
    time_leads: frozenset[str]
    facing_preps: frozenset[str]
    since_words: frozenset[str]
    when_words: frozenset[str]
    day_parts: frozenset[str]
    weekdays: frozenset[str]
    visit_preps: frozenset[str]
    origin_preps: frozenset[str]
    topic_nouns: frozenset[str]
    phrase_preps: frozenset[str]
    generic_after_head: frozenset[str]
    name_stops: frozenset[str]
    struck_types: frozenset[str]
    struck_preps: frozenset[str]
    threat_types: frozenset[str]
    against_preps: frozenset[str]
    threatened_attacks: frozenset[str]
    since_lookback: int
    time_part_words: frozenset[str]
    doing_verbs: frozenset[str]
    happening_verbs: frozenset[str]
    object_pronouns: tuple[str, ...]
    city_anaphors: frozenset[str]
    anaphor_endings: tuple[str, ...]
    city_names_after: frozenset[str]
    seats: frozenset[str]
    """Actor ids of seats of government (الكرملين): places after a location preposition."""
    seat_people: frozenset[str]
    location_words: frozenset[str]
    where_words: frozenset[str]
    news_verbs: frozenset[str]
    forward_words: frozenset[str]
    placing_participles: frozenset[str]
    region_preps: frozenset[str]
    done_types: frozenset[str]
    time_nouns: frozenset[str]
    struck_target_window: int
    attribution_words: frozenset[str]
    attribution_window: int
    statement_words: frozenset[str]
    scheduling_participles: frozenset[str]
    speech_occasions: frozenset[str]
    occasion_place_window: int
    facility_heads: frozenset[str]
    undergo_verbs: frozenset[str]
    that_words: frozenset[str]
    that_openers: frozenset[str]
    head_anaphors: frozenset[str]
    facility_anaphors: frozenset[str]
    head_anaphor_endings: tuple[str, ...]
    heads_kept_in_name: frozenset[str]
    circumstantial_participles: frozenset[str]
    not_own_vague: frozenset[str]
    border_nouns: frozenset[str]
    border_adjectives: frozenset[str]
    border_preps: frozenset[str]
    control_noun_entries: frozenset[str]
    came_words: frozenset[str]
    came_pronouns: frozenset[str]
    came_openers: frozenset[str]
    came_statements: frozenset[str]
    came_stops: frozenset[str]


@cache  # read-only word lists, loaded once per process
def place_words() -> PlaceWords:
    raw = read_data("places.yaml")

    return PlaceWords(
        place_heads=key_set(raw["place_heads"]),
        head_endings=tuple(sorted(key_set(raw["place_heads"]))),
        other_clause_openers=key_set(raw["other_clause_openers"]),
        sequence_openers=key_set(raw["sequence_openers"]),
        relative_pronouns=key_set(raw["relative_pronouns"]),
        occasion_resumptives=key_set(raw["occasion_resumptives"]),
        occasions=key_set(raw["occasions"]) | key_set(raw["statement_occasions"]),
        during=key_set(raw["during"]),
        cause_words=key_set(raw["cause_words"]),
        cause_endings=frozenset(normalize_key(w)[-1] for w in raw["cause_words"]),
        time_leads=key_set(raw["time_leads"]),
        day_parts=key_set(raw["day_parts"]),
        facing_preps=key_set(raw["facing_preps"]),
        since_words=key_set(raw["since_words"]),
        when_words=key_set(raw["when_words"]),
        weekdays=frozenset(calendar_names().weekdays),
        visit_preps=key_set(raw["visit_preps"]),
        origin_preps=key_set(raw["origin_preps"]),
        topic_nouns=key_set(raw["topic_nouns"]),
        phrase_preps=key_set(raw["phrase_preps"]),
        generic_after_head=key_set(raw["generic_after_head"]),
        name_stops=key_set(raw["name_stops"]),
        struck_types=frozenset(raw["struck_types"]),
        struck_preps=key_set(raw["struck_preps"]),
        threat_types=frozenset(raw["threat_types"]),
        against_preps=key_set(raw["against_preps"]),
        threatened_attacks=key_set(raw["threatened_attacks"]),
        since_lookback=int(raw["since_lookback"]),
        time_part_words=key_set(raw["time_part_words"]),
        doing_verbs=key_set(raw["doing_verbs"]) | key_set(raw["gathering_verbs"]),
        happening_verbs=key_set(raw["happening_verbs"]),
        object_pronouns=tuple(
            sorted((normalize_key(w) for w in raw["object_pronouns"]), key=len, reverse=True)
        ),
        city_anaphors=key_set(raw["city_anaphors"]),
        anaphor_endings=tuple(sorted({normalize_key(w).removeprefix("ال") for w in raw["city_anaphors"]})),
        city_names_after=key_set(raw["city_names_after"]),
        seats=frozenset(raw["seats"]),
        seat_people=key_set(raw["seat_people"]),
        location_words=key_set(raw["location_words"]),
        where_words=key_set(raw["where_words"]),
        news_verbs=key_set(raw["news_verbs"]),
        forward_words=key_set(raw["forward_words"]),
        placing_participles=key_set(raw["placing_participles"]),
        region_preps=key_set(raw["region_preps"]),
        done_types=frozenset(raw["done_types"]),
        time_nouns=key_set(raw["time_nouns"]),
        struck_target_window=int(raw["struck_target_window"]),
        attribution_words=key_set(raw["attribution_words"]),
        attribution_window=int(raw["attribution_window"]),
        statement_words=key_set(raw["statement_words"]),
        scheduling_participles=key_set(raw["scheduling_participles"]) | key_set(raw["scheduling_indefinite"]),
        speech_occasions=key_set(raw["speech_occasions"]),
        occasion_place_window=int(raw["occasion_place_window"]),
        facility_heads=key_set(raw["facility_heads"]) | key_set(raw["dual_place_heads"]),
        undergo_verbs=key_set(raw["undergo_verbs"]),
        that_words=key_set(raw["that_words"]),
        that_openers=key_set(raw["that_openers"]),
        head_anaphors=key_set(raw["head_anaphors"]),
        facility_anaphors=key_set(raw["facility_anaphors"]),
        head_anaphor_endings=tuple(
            sorted(
                {normalize_key(w).removeprefix("ال") for w in raw["head_anaphors"] + raw["facility_anaphors"]}
            )
        ),
        heads_kept_in_name=key_set(raw["heads_kept_in_name"]),
        circumstantial_participles=key_set(raw["circumstantial_participles"]),
        not_own_vague=key_set(raw["not_own_vague"]),
        border_nouns=key_set(raw["border_nouns"]),
        border_adjectives=key_set(raw["border_adjectives"]),
        border_preps=key_set(raw["border_preps"]),
        control_noun_entries=frozenset(raw["control_noun_entries"]),
        came_words=key_set(raw["came_words"]),
        came_pronouns=key_set(raw["came_pronouns"]),
        came_openers=key_set(raw["came_openers"]),
        came_statements=key_set(raw["came_statements"]),
        came_stops=key_set(raw["came_stops"]),
    )


def news_cycle_date(story: Story) -> str | None:
    """The day the story's news happened: a day named in its lead (the first two sentences, "اليوم
    الأحد"، "السبت") within the week before publication, else the publication date."""
    if story.date is None:
        return None
    bounds = sentence_bounds(story)
    lead_end = bounds[min(1, len(bounds) - 1)][1] if bounds else 0
    for t in story.times:
        if t.start >= lead_end:
            break
        if t.value and len(t.value) == 10 and t.value[:4].isdigit() and _within_week(t.value, story.date):
            return t.value
    return story.date


def _within_week(day: str, published: str) -> bool:
    try:
        delta = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 <= delta <= 7


def fill_generic_countries(
    ctx: SentenceContext,
    source: list[Participant],
    target: list[Participant],
    location: Location | None,
    *,
    hostile: bool = False,
) -> None:
    """A participant with no country — a generic agent with no nisba (محتجين، المسلحين), or a person the
    knowledge base does not know (an opposition leader in an Armenian story) — belongs to the country where
    the event happened, else to the other side's single country (a domestic event), else to the story's most
    named country. Coded entities with an actor and a sector but no country (IGOs) are left alone.

    In a verbal conflict or a sanction (``hostile``) a named person the knowledge base leaves without a
    country does not take the other side's: who condemns, threatens or sanctions a person is often foreign
    to them ("وأضاف منصور: ندين هذه الاعتداءات من قبل القوات الإسرائيلية", "الذي تتهمه الولايات المتحدة");
    the story's most named country is right more often. So do generic officials, courts and forces (GOV, MIL,
    COP, JUD: "المحكمة الجنائية ... حكمت على لبناني" in a Kuwaiti story, "يتوعد المسؤولين عن الهجوم").
    Generic civilians (المحتجين) still take the other side's country, and so does everyone in cooperation and
    in uses of force, mostly domestic."""
    unknown_orgs: set[tuple[int, int]] | None = None  # built only when a participant needs a country
    for side, other in ((source, target), (target, source)):
        for p in side:
            if p.country is not None or (p.actor is not None and p.sector is not None):
                continue
            if unknown_orgs is None:
                unknown_orgs = {
                    (e.start, e.end) for e in ctx.story.entities if e.type == "ORG" and e.actor is None
                }
            if (p.start, p.end) in unknown_orgs:
                continue
            # an organisation or a group with no country (IGO, NGO, UNK) gives none to the other side
            others = {q.country for q in other if q.country and q.country not in NON_STATE_CODES}
            if location is not None and location.country:
                p.country = location.country
            elif len(others) == 1 and not (
                (hostile and (_named_person(ctx, p) or p.sector in STATE_SECTORS))
                or _policing_civilians(p, other)
            ):
                p.country = next(iter(others))
            else:
                p.country = home_country(ctx.story)
            if not (location is not None and location.country):
                p.country = _occupied_people(ctx, p, other) or p.country


@cache  # read-only, loaded once per process
def occupied_peoples() -> dict[str, str]:
    """``agents.yaml: occupied_peoples``: an occupying state -> the people of the land it occupies."""
    return dict(read_data("agents.yaml").get("occupied_peoples", {}))


def _occupied_people(ctx: SentenceContext, p: Participant, other: list[Participant]) -> str | None:
    """event3 (session 14): a private or unknown side given the occupier's country while facing the occupier's
    parties, in a story that names the occupied people's country, is of that people (``occupied_peoples``). The
    story's entities are read only for such a side (rare)."""
    people = occupied_peoples().get(p.country or "")
    if people is None or p.actor is not None or p.sector not in (None, "CVL"):
        return None
    if not any(q.country == p.country for q in other):
        return None
    return people if any(e.country == people for e in ctx.story.entities) else None


def _policing_civilians(p: Participant, other: list[Participant]) -> bool:
    """A generic police force or court acting on private persons does not take their nisba: a suspect's
    nationality is often foreign to the state that arrests or tries him ("اعتقلت الشرطة ... تونسي" in a German
    story)."""
    return p.sector in POLICING_SECTORS and all(q.sector == "CVL" for q in other if q.country)


def _named_person(ctx: SentenceContext, p: Participant) -> bool:
    """The participant is a person the entity stage tagged (not a generic agent such as المحتجين)."""
    return any(e.start == p.start and e.end == p.end and e.type in PERSON_TYPES for e in ctx.story.entities)


def home_country(story: Story) -> str | None:
    counts: dict[str, int] = {}
    for e in story.entities:
        if e.country and len(e.country) == 3 and e.country not in NON_STATE_CODES:
            counts[e.country] = counts.get(e.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def clause_date(
    ctx: SentenceContext,
    m: TriggerMatch,
    cstart: int,
    cend: int,
    report: ReportFrame | None,
    *,
    res: CoderResources,
    speech_act: bool = False,
) -> TimeExpr | None:
    """The time expression in the trigger's clause nearest to the trigger, else one fronted before it in
    the sentence (و في العام الماضي، انضم ...), else None; read its value through :func:`date_value`.

    ``report`` is the frame the trigger is reported in. A reported event (``speech_act`` false) is dated
    only by its complement: a day that dates the report does not date the reported event (conventions
    section 6). When the speech is itself the act (the speaker is the actor: أدان، طالب) the report's day
    may date it, as may a time fronted before the clause. (A time in the complement is not preferred to
    the report's: in "أعلنت الشرطة، الأحد، أنها قتلت 6 إرهابيين كانوا وراء تفجير ... العام الماضي" it
    dates another event.)"""
    words = ctx.view.words
    lo, hi = words[cstart].start, max(_interposed_end(ctx, cend), _occasion_end(ctx, cend))
    own = own_relative(ctx, m)
    if own is not None:
        # the event noun's own relative clause says when it happened, before the time of the clause that
        # governs the noun ("تبنى تنظيم داعش، الأربعاء، الهجوم الذي استهدف مدينة ليغ البلجيكية، الثلاثاء")
        rel = _nearest_time(ctx, m, ctx.view.words[own.first].start, own.end)
        if rel is not None:
            return rel
    floor = ctx.view.start  # where a fronted time may stand
    if report is not None and not report.whole_sentence and m.head >= report.content_from and not speech_act:
        lo = max(lo, words[report.content_from].start)
        floor = words[report.content_from].start
    # "أفادت وسائل إعلام أميركية، الأحد، بإطلاق نار": the day of a news report dates the report, so the
    # reported event's time can only follow it
    news_end = _news_day_end(ctx, m, cstart, res=res) if m.entry.type in place_words().done_types else 0
    if news_end:
        words_after = [w for w in words[: m.head] if w.start >= news_end]
        comp = next((w for w in words_after if w.norm in res.modality.complementizers), None)
        if comp is None:
            # a later time is mostly a modifier's ("باعتقال ... المرشح ... للانتخابات الرئاسية لعام 2012")
            return None
        # the report's content may name the event's own time ("ذكر بوتن، يوم الأحد، أنه أمر في 2014 بإسقاط")
        return _nearest_time(ctx, m, max(lo, comp.start), hi)
    best = _nearest_time(ctx, m, lo, hi)
    if (best is None or best.end <= m.start) and _own_vague_time(ctx, m, hi):
        return None
    if best is None and (report is None or speech_act):
        best = _day_after_relative(ctx, cend)
    # a reported event may take a time fronted within the report's content, after the complementizer ("يذكر أن
    # الرئيس الأميركي ... قرر، الأسبوع الماضي، الانسحاب من الاتفاق ...، وإعادة فرض عقوبات"), never the report's day
    if (
        best is None
        and (report is None or speech_act or floor > ctx.view.start)
        and not _other_clause(ctx, cstart)
    ):
        sequence = _sequence_clause(ctx, cstart)
        fronted = [
            t
            for t in ctx.story.times
            if t.value
            and floor <= t.start
            and t.end <= lo
            and not _background_since(ctx, t, m)
            and not (sequence and len(t.value) == len("2018-05-01"))
            and not _relative_aside_time(ctx, t, m.start)
            and not _parenthesized_time(ctx, t, m)
        ]
        if floor > ctx.view.start:
            # within a report's content only a day set off by commas is the content's own adverbial; a
            # later time is mostly a modifier's ("الاتفاق النووي المبرم في عام 2015")
            # nor the day of a report nested in the content ("بين في تصريحات له، الخميس، أن ...")
            comps = res.modality.complementizers
            fronted = [
                t
                for t in fronted
                if _comma_before(ctx, t)
                and not any(w.norm in comps for w in words[: m.head] if w.start >= t.end)
            ]
        if fronted:
            best = fronted[-1]
    if best is None and report is None:
        best = _that_phrase_time(ctx, m)
    if best is None and report is not None and _circumstantial_participle(ctx, m):
        best = report_date(ctx, report)
    return best


def reported_meeting(ctx: SentenceContext, event: Event, meeting: Event, *, res: CoderResources) -> bool:
    """Whether ``meeting`` is told in the report's content that a speech participle after a comma goes with
    (:func:`_circumstantial_participle`): "قال ... محسن مرزوق إنه تم استقبال بعض الاسماء ... في تونس خلال سنتي
    2012 و2013، داعيا إلى فتح تحقيق" — the receptions were in Tunis, the call is the speaker's own, made where he
    spoke, so the meeting's place is not the call's (dates eleventh round)."""
    words = ctx.view.words
    head = next((k for k, w in enumerate(words) if w.start == event.start), None)
    if head is None or not _participle_after_comma(ctx, head):
        return False
    comps = res.modality.complementizers
    opened = next((w.start for w in words[:head] if w.norm in comps), None)
    return opened is not None and opened < meeting.start < event.start


def _circumstantial_participle(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """A speech participle after a comma that goes with the sentence's report verb, the speaker's own act at
    the report's time: "أكد مفتي مصر ...، الخميس، أن ممارسة لعبة الحوت الأزرق ... حرام شرعا، مطالبا السلطات
    المصرية بتجريمها" — the Thursday dates the demand too (``circumstantial_participles``)."""
    return _participle_after_comma(ctx, m.head)


def _participle_after_comma(ctx: SentenceContext, k: int) -> bool:
    """Word ``k`` is a ``circumstantial_participles`` word set off by a comma (or another interposing mark)."""
    words = ctx.view.words
    if k == 0 or words[k].norm not in place_words().circumstantial_participles:
        return False
    return ctx.story.text[words[k - 1].end : words[k].start].strip(" ") in INTERPOSE_MARKS


def told_occasion_time(ctx: SentenceContext, m: TriggerMatch) -> TimeExpr | None:
    """The time of a "وذلك" occasion phrase (:func:`_that_phrase_time`) for a side's act told by its own side
    (records.py dates it by the report's day otherwise): "ذكرت وكالة الأنباء الكورية الشمالية الرسمية الأربعاء أن
    الزعيم الكوري الشمالي كيم جونغ أون قد دعا الرئيس الأمريكي دونالد ترامب لزيارة بلاده ...، وذلك خلال القمة التي
    جمعتهما في سنغافورة الثلاثاء" — the invitation was made at Tuesday's summit, not on the report's Wednesday
    (dates twelfth round)."""
    return _that_phrase_time(ctx, m)


def _that_phrase_time(ctx: SentenceContext, m: TriggerMatch) -> TimeExpr | None:
    """The time of a "وذلك" phrase after the trigger's clause that says when or at what the clause happened: "نفى
    الرئيس الأمريكي ... أن يكون قد أمر ... باغتيال الرئيس السوري، وذلك عندما تم الضغط عليه، الأربعاء، للرد"،
    "دعا الزعيم الكوري الشمالي ... ترامب لزيارة بيونغ يانغ، وذلك خلال القمة التاريخية التي جمعتهما في سنغافورة
    الثلاثاء". The phrase opens, after a comma, with وذلك and one of ``that_openers``: a "when" word (عندما),
    or خلال، في، أثناء before an occasion noun (القمة، كلمة، مؤتمر); its first time expression, not a since one,
    is the clause's. Only for a clause with no time of its own or fronted, and an event not reported by another
    (``clause_date``): a saying's occasion does not date what was said."""
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    for k in range(m.last + 1, len(words) - 1):
        if words[k].norm not in lists.that_words:
            continue
        if not any(ch in INTERPOSE_MARKS for ch in text[words[k - 1].end : words[k].start]):
            return None
        opener = _unjoined(words[k + 1].norm)
        if opener not in lists.that_openers:
            return None
        if opener not in lists.when_words and (k + 2 >= len(words) or not _occasion_noun(words[k + 2])):
            return (
                None  # "وذلك في إطار زيارته لمصر التي بدأت أمس"، "وذلك في الذكرى الخامسة لفض اعتصامي رابعة"
            )
        return next(
            (
                t
                for t in ctx.story.times
                if words[k].end <= t.start and t.end <= ctx.view.end and t.value and not _since(t)
            ),
            None,
        )
    return None


def _occasion_noun(w: Word) -> bool:
    """An occasion or statement noun (``occasions``, ``speech_occasions``), bare or with a possessive pronoun
    (كلمته → كلمه، زيارته → زياره)."""
    lists = place_words()
    nouns = lists.occasions | lists.speech_occasions
    bare = _bare(w.norm)
    if bare in nouns:
        return True
    stem = next(
        (bare[: -len(p)] for p in lists.object_pronouns if bare.endswith(p) and len(bare) > len(p) + 2), ""
    )
    return stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns)


def _comma_before(ctx: SentenceContext, t: TimeExpr) -> bool:
    return ctx.story.text[max(ctx.view.start, t.start - 2) : t.start].strip(" ") in INTERPOSE_MARKS


def _news_day_end(ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources) -> int:
    """The end of a day that dates a news report rather than the event in its object, else 0: a verb of
    reporting (``news_verbs``: أفادت، ذكرت، رجحت، كشف) opens the trigger's clause or the sentence, and a
    time stands between it and the trigger with no complementizer before the time ("أفادت وسائل إعلام
    أميركية، الأحد، بإطلاق نار"، "رجحت وزارة الدفاع الروسية، الجمعة، مقتل البغدادي في غارة روسية"، "ذكرت تقارير
    إعلامية أميركية، الأربعاء، أن المفجر ... قتل لدى محاولته زرع قنبلة"). A time after the complementizer
    ("ذكرت مصادر أن القوات قصفت، الأحد، القرية") is the event's. (Conventions section 6: a day that dates the
    report of an event does not date the event.)"""
    words = ctx.view.words
    lists = place_words()
    verbs = [k for k in {0, cstart} if k < m.head and _unjoined(words[k].norm) in lists.news_verbs]
    if not verbs:
        return 0
    v = min(verbs)
    comps = res.modality.complementizers
    # words of intent, plan or possibility
    saying = res.modality.future | res.modality.intent | res.modality.hypothetical
    text = ctx.story.text
    for t in ctx.story.times:
        if not (t.value and words[v].end <= t.start and t.end <= m.start):
            continue
        if any(w.norm in comps for w in words[v + 1 : m.head] if w.end <= t.start):
            return 0
        if text[max(0, t.start - 2) : t.start].strip(" ") not in INTERPOSE_MARKS:
            continue  # only a day set off by commas after the verb's subject is the report's
        # an intent, a plan or a possibility of the speaker's side is made by saying it (guide section 7):
        # "وذكرت بيونغ يانغ يوم الأربعاء إنها قد تنسحب من قمة سنغافورة"
        after = [w for w in words[v + 1 : m.head + 1] if w.start >= t.end]
        if any(_unjoined(w.norm) in saying for w in after) or _future_prefixed(words[m.head]):
            return 0
        return t.end
    return 0


def _future_prefixed(w: Word) -> bool:
    """A verb carrying the future proclitic (سيزور، ستطرد)."""
    return any(c.rstrip("+") in ("س", "وس", "فس") for c in w.clitics)


def report_date(ctx: SentenceContext, report: ReportFrame) -> TimeExpr | None:
    """The day of the report itself: a time expression between the sentence start and its complement
    (قال وزير خارجية تركيا، الأحد، إن ...)."""
    words = ctx.view.words
    if report.whole_sentence or report.content_from >= len(words):
        return None
    hi = words[report.content_from].start
    times = [t for t in ctx.story.times if t.value and ctx.view.start <= t.start and t.end <= hi]
    return times[-1] if times else None


def _nearest_time(ctx: SentenceContext, m: TriggerMatch, lo: int, hi: int) -> TimeExpr | None:
    """The time expression in [lo, hi) nearest to the trigger."""
    best: tuple[int, TimeExpr] | None = None
    for t in ctx.story.times:
        if (
            t.value
            and lo <= t.start
            and t.end <= hi
            and not _background_since(ctx, t, m)
            and not _attribution_day(ctx, t, m)
            and not _other_event_time(ctx, t, m)
            and not _cause_time(ctx, t, m)
            and not _relative_aside_time(ctx, t, m.start)
            and not _parenthesized_time(ctx, t, m)
        ):
            dist = abs(t.start - m.start)
            if best is None or dist < best[0]:
                best = (dist, t)
    return best[1] if best is not None else None


def _attribution_day(ctx: SentenceContext, t: TimeExpr, m: TriggerMatch) -> bool:
    """A day after the attribution of the news, after the trigger: "قصفت طائرات التحالف العربي معاقل للمتمردين
    ...، وفق ما ذكرت مصادر ميدانية يمنية، الأحد" — Sunday is when the sources said it (conventions section 6)."""
    if t.start < m.end:
        return False
    lists = place_words()
    words = [w for w in ctx.view.words if m.end <= w.start and w.end <= t.start][-lists.attribution_window :]
    said = lists.attribution_words
    at = next((k for k, w in enumerate(words) if w.norm in said or _unjoined(w.norm) in said), None)
    # "بحسب بيان رسمي، الخميس": the actor's own statement, whose day is the act's
    statements = lists.statement_words
    return at is not None and not any(
        w.norm in statements or _unjoined(w.norm) in statements for w in words[at + 1 : at + 3]
    )


def _other_event_time(ctx: SentenceContext, t: TimeExpr, m: TriggerMatch) -> bool:
    """A time after the trigger that dates another noun: one after a participle that schedules the noun before
    it ("قرار منافسه الانسحاب من الجولة الثانية المقررة في 29 آذار/مارس": the round's day), or after a verb of
    happening whose subject is a noun further on ("بعد اتهامه بالتورط في اعتداء وقع في أنقرة في شباط/فبراير
    2016": the attack's month, not the accusation's). The event noun's own relative clause (الهجوم الذي وقع ...)
    is read before this (:func:`own_relative`), and a verb right after the trigger is its own."""
    if t.start < m.end:
        return False
    lists = place_words()
    between = [(k, w) for k, w in enumerate(ctx.view.words) if m.end <= w.start and w.end <= t.start]
    if not between:
        return False
    if len(between) > OTHER_EVENT_GAP:
        return _far_scheduled_time([w for _, w in between])
    head = ctx.view.words[m.head].norm
    feminine = head.endswith(("ه", "ات"))
    for _, w in between[-3:]:
        if _bare(w.norm) in lists.scheduling_participles or w.norm in lists.scheduling_participles:
            # the participle agrees with the noun it schedules: "رفع الحظر ... المقرر في 24 يونيو" may be the
            # trigger's own date, "الانسحاب من الجولة الثانية المقررة" is the round's
            return w.norm.endswith("ه") != feminine
    return any(
        k - m.last > 2 and (w.norm in lists.happening_verbs or _unjoined(w.norm) in lists.happening_verbs)
        for k, w in between
    )


def _far_scheduled_time(between: list[Word]) -> bool:
    """A time after a scheduling participle more than OTHER_EVENT_GAP words after the trigger dates the noun the
    participle follows, whatever its gender: "تعمل السلطات العراقية على حشد عدد كبير من أفراد القوات الأمنية
    والوسائل الاستخباراتية لتأمين الانتخابات النيابية المرتقبة في 12 من أيار/ مايو الحالي" — the elections' day, not
    the mobilisation's (dates twelfth round). ``between``: the words between the trigger and the time; the
    participle must be among the last three. Not when an occasion noun (``occasions``) stands between: "وسيلتقي
    سالفيني بنظيريه ... على هامش لقاء وزراء داخلية الاتحاد الأوروبي المقرر الخميس" meets at that meeting, so on its
    day."""
    lists = place_words()
    if not any(
        _bare(w.norm) in lists.scheduling_participles or w.norm in lists.scheduling_participles
        for w in between[-3:]
    ):
        return False
    return not any(_bare(w.norm) in lists.occasions for w in between)


def _cause_time(ctx: SentenceContext, t: TimeExpr, m: TriggerMatch) -> bool:
    """A time after the trigger within a cause phrase: "فرضت قيودا على الوصول ... من فرنسا في أعقاب هجمات باريس
    أمس الجمعة" — the Friday is the attacks', not the restrictions'. The cause word (في أعقاب، إثر، على خلفية،
    بسبب، بتهمة: ``cause_words``, as places after it are the cause's) stands within CAUSE_TIME_GAP words before
    the time with no comma between; a time set off by a comma ("اعتقلته بتهمة التجسس، الأحد") is the clause's."""
    if t.start < m.end or _comma_before(ctx, t):
        return False
    lists = place_words()
    words = [w for w in ctx.view.words if m.end <= w.start and w.end <= t.start][-CAUSE_TIME_GAP:]
    text = ctx.story.text
    for k, w in enumerate(words):
        if w.norm in lists.cause_words or _bare(w.norm) in lists.cause_words:
            return not any(
                text[a.end : b.start].strip() for a, b in zip(words[k:], words[k + 1 :], strict=False)
            )
    return False


def _parenthesized_time(ctx: SentenceContext, t: TimeExpr, m: TriggerMatch) -> bool:
    """A time inside parentheses that do not hold the trigger: it glosses a noun ("قرارات ترمب المتمثلة في الانسحاب
    من اتفاقية باريس للمناخ (موقعة في 2015) والاتفاق النووي ... وفرض رسوم جمركية" — the agreement's year, not the
    tariffs'; "(مواليد 1978)"), not the clause (dates eleventh round). Not a weekday: "اليوم (الأحد)"، "أمس (السبت)"
    gloss the day before them, as the Saudi papers write it."""
    if normalize_key(t.text).lstrip("وف") in place_words().weekdays:
        return False
    text = ctx.story.text
    lo = max(ctx.view.start, t.start - PAREN_REACH)
    opened = text.rfind("(", lo, t.start)
    if opened < 0 or ")" in text[opened : t.start]:
        return False
    closed = text.find(")", t.end, min(ctx.view.end, t.end + PAREN_REACH))
    return closed >= 0 and not opened < m.start < closed


def _own_vague_time(ctx: SentenceContext, m: TriggerMatch, hi: int) -> bool:
    """Whether the trigger's clause names its own vague time right after the trigger (at most OWN_VAGUE_GAP words
    between: "قالت قوات ليبية مساء الخميس عثورها على ... جثة ... في موقعين استهدفتهما ضربات جوية أمريكية مؤخرا"،
    "شاركت في القمع الدموي المصري في السنوات الخمس الأخيرة"): the event is dated only vaguely, so a day before
    the trigger (the report's, or one fronted) does not date it (dates eleventh round). Not an adjective of a
    noun (``not_own_vague``: عضوا سابقا, "the former")."""
    skip = place_words().not_own_vague
    words = ctx.view.words
    for t in ctx.story.times:
        if (
            t.value is not None
            or not (t.reason or "").startswith("vague")
            or not m.end <= t.start < t.end <= hi
            or normalize_key(t.text).lstrip("و") in skip
        ):
            continue
        if sum(1 for w in words if m.end <= w.start and w.end <= t.start) <= OWN_VAGUE_GAP:
            return True
    return False


def _relative_aside_time(ctx: SentenceContext, t: TimeExpr, before: int) -> bool:
    """A time inside a relative clause set off by commas that closes before ``before`` (the trigger): "أكد
    رجل الدين الشيعي مقتدى الصدر، الذي فازت كتلته بالانتخابات العراقية في 12 مايو/أيار، تأييده لمطالب المحتجين" —
    the day is the election's, told of the subject in passing, not the support's (dates eleventh round)."""
    if t.end > before:
        return False
    text = ctx.story.text
    lo = max(ctx.view.start, t.start - ASIDE_REACH)
    left = text[lo : t.start]
    cut = max((left.rfind(mark) for mark in INTERPOSE_MARKS), default=-1)
    if cut < 0 or any(ch in SENTENCE_ENDS for ch in left[cut:]):
        return False
    opener = left[cut + 1 :].split(maxsplit=1)
    key = normalize_key(opener[0]) if opener else ""
    if key.removeprefix("و") not in place_words().relative_pronouns:
        return False
    tail = text[t.end : before]
    close = min((tail.find(mark) for mark in INTERPOSE_MARKS if mark in tail), default=-1)
    # the aside closes right after its time ("في 12 مايو/أيار،"، "التي تبدأ اليوم إلى لندن،"); a comma further
    # on is mostly inside the relative clause, which may go on to the trigger ("الذي فضح نفسه ... أثناء زيارته
    # ... في الأسبوع الماضي بعد تفجيرات البحرين، ليحثنا على ضرورة تعاوننا")
    return close >= 0 and len(tail[:close].split()) <= ASIDE_TAIL_WORDS


def _since(t: TimeExpr) -> bool:
    """A "since" time (منذ 2007، منذ ثلاث سنوات، منذ الاثنين) says when a state or a series began, not when the
    event happened (annotation guide section 6: منذ is background; "فنحن منذ ثلاث سنوات نطالب" is undated):
    "الذي تسيطر عليه حركة حماس منذ عام 2007، ويفرض عليه حصارا"، "وقتل 171 فلسطينيا ... منذ بدء مسيرات العودة في
    30 مارس"."""
    head = t.text.split(maxsplit=1)[0] if t.text.split() else ""
    key = normalize_key(head)
    return key in place_words().since_words or (key[:1] in "وف" and key[1:] in place_words().since_words)


def _since_before(ctx: SentenceContext, t: TimeExpr) -> int | None:
    """The offset of منذ a few words before the time expression, before the event that began then, with no
    punctuation between: "قتل 31 شخصاً من غزة منذ انطلاق مظاهرة 31 مارس/آذار" (the language layer's expression
    is the date alone, so :func:`_since` does not see the word); else None. منذ right before the time, or with
    only the time's own words between (منذ مطلع يناير), is left alone: the gold dates an ongoing event by it ("ومنذ
    2013، تفرض قوات النظام حصارا"، "تشن منذ 18 شباط/فبراير حملة")."""
    lists = place_words()
    lo = max(ctx.view.start, t.start - 80)
    spans = [(found.start() + lo, found.group()) for found in WORD_RE.finditer(ctx.story.text[lo : t.start])]
    if not spans or any(ch in INTERPOSE_MARKS or ch in SENTENCE_ENDS for ch in spans[-1][1]):
        return None
    between = 0
    for start, word in reversed(spans[-lists.since_lookback - 1 :]):
        if any(ch in INTERPOSE_MARKS or ch in SENTENCE_ENDS for ch in word):
            return None
        key = normalize_key(word)
        if key in lists.since_words or (key[:1] in "وف" and key[1:] in lists.since_words):
            if _own_since(ctx, t, start):
                return None
            return start if between else None
        if key not in lists.time_part_words:
            between += 1
    return None


def _own_since(ctx: SentenceContext, t: TimeExpr, since_at: int) -> bool:
    """Whether the منذ at ``since_at`` opens a time expression of its own that ends before ``t``: in "ترفع حالة
    الطوارئ المطبقة منذ عامين هذا الأسبوع" منذ belongs to "منذ عامين" (the state's), and "هذا الأسبوع" after it is
    the lifting's own time, not one more since phrase."""
    return any(o is not t and o.start <= since_at < o.end <= t.start for o in ctx.story.times)


def _background_since(ctx: SentenceContext, t: TimeExpr, m: TriggerMatch) -> bool:
    """A "since" time (:func:`_since`, :func:`_since_before`) that does not date the event: all but one a
    "when" clause follows, for the events of that clause, which tell what happened then ("أكثر الأيام دموية ...
    منذ عام 2014، عندما تصاعدت المواجهات"; not "وهجوم مانشستر هو الأعنف ... منذ جويلية 2005 عندما قتل": today's
    attack before it)."""
    if not _since(t):
        since_at = _since_before(ctx, t)
        # the event noun between منذ and the time is the one that began then: "منذ اجتياحها للعاصمة صنعاء
        # أواخر عام 2014" dates the takeover
        if since_at is None or since_at < m.start < t.start:
            return False
    if m.start < t.end:
        return True
    after = ctx.story.text[t.end : min(ctx.view.end, t.end + 12)].lstrip(" ،,")
    head = normalize_key(after.split(maxsplit=1)[0]) if after.split() else ""
    return head not in place_words().when_words


def _interposed_end(ctx: SentenceContext, cend: int) -> int:
    """The clause's end (a character offset), stretched over a time expression that belongs to it though
    the clause splitter cut before it: one standing alone between commas ("ومن المقرر أن ينضم الزعيمان،
    الأربعاء، إلى ..." — a comma before إلى does not split the clause, so the splitter saw one comma only;
    "... قرب الحدود، الخميس."); or one after a part of the day that بعد / قبل opens ("أرسلت سفينة ...
    بعد ظهر أمس": بعد here is no clause opener)."""
    words, text = ctx.view.words, ctx.story.text
    hi = words[cend].end
    for t in ctx.story.times:
        if t.start < hi:
            continue
        gap = text[hi : t.start].strip(QUOTES_AND_SPACE)
        if gap and len(gap) <= DAY_PART_GAP and _day_part_lead(gap, t.text):
            return t.end
        if not gap and t.value and _ago(t.text):
            # "اتفاق أبرم ... قبل عامين"، "في غارة للتحالف قبل يومين": قبل + a span is "ago", no clause opener
            return t.end
        if gap not in INTERPOSE_MARKS:
            break
        # a quotation may close between the time and the sentence end ("... على مدينة دوما، الأسبوع الماضي".)
        after = text[t.end : ctx.view.end].strip(QUOTES_AND_SPACE)
        if not after or after[:1] in INTERPOSE_MARKS or after in SENTENCE_ENDS:
            return t.end
        if t.value and _unclosed_interposition(ctx, t, after):
            return t.end
        break
    return hi


def _ago(time_text: str) -> bool:
    """A time expression that opens with قبل / بعد and a span ("قبل عامين"، "قبل يومين"، "بعد أسبوع"): the clause
    splitter takes قبل for the opener "before ...", but the time says when the clause before it happened."""
    head = time_text.split(maxsplit=1)
    return len(head) == 2 and normalize_key(head[0]) in TIME_PREPOSITIONS


def _unclosed_interposition(ctx: SentenceContext, t: TimeExpr, after: str) -> bool:
    """A day set off by a comma before it but not after ("حذر رئيس الوزراء الكندي جاستن ترودو، امس من أن"،
    "أعلن الجيش، الأحد عن مقتل"): writers often drop the second comma of the interposed day, and the clause
    goes on after it. Not when a conjunction opens the time or the words after it (a new clause: "، وفي
    الأحد"، "، الأحد وقتل"), nor a clause opener after it (بينما، الذي ...)."""
    if normalize_key(t.text)[:1] in "وف":
        return False
    if ctx.story.date is not None and t.value is not None and t.value[:10] > ctx.story.date:
        return False  # a day the language layer read as coming (it hears the words after it): keep it apart
    nxt = normalize_key(after.split(maxsplit=1)[0])
    lists = place_words()
    return not (
        (nxt[:1] in "وف" and len(nxt) > 3)
        or nxt in lists.other_clause_openers
        or nxt in lists.sequence_openers
        or nxt in TIME_PREPOSITIONS
    )


def _day_after_relative(ctx: SentenceContext, cend: int) -> TimeExpr | None:
    """A day set off by commas right after a relative clause that itself follows the clause after a comma:
    "اتهم الرئيس التركي رجب طيب أردوغان، الذي ينسب تراجع الليرة التركية إلى مؤامرة أميركية، الاثنين، واشنطن
    بالسعي" — the relative clause describes the subject, the day and the rest (واشنطن بالسعي) are the main
    clause's, which the clause splitter cut at الذي. Not when the relative clause names a time of its own."""
    words, text = ctx.view.words, ctx.story.text
    if cend + 1 >= len(words) or words[cend + 1].norm not in place_words().relative_pronouns:
        return None
    if text[words[cend].end : words[cend + 1].start].strip() not in INTERPOSE_MARKS:
        return None
    rel_start = words[cend + 1].start
    close = next((k for k in range(rel_start, ctx.view.end) if text[k] in INTERPOSE_MARKS), None)
    if close is None:
        return None
    times = [t for t in ctx.story.times if rel_start <= t.start < ctx.view.end]
    if any(t.start < close for t in times):
        return None
    t = next((t for t in times if t.start > close), None)
    if t is None or not t.value or len(t.value) != len("2018-05-01") or text[close + 1 : t.start].strip():
        return None
    return t if text[t.end : ctx.view.end].lstrip()[:1] in INTERPOSE_MARKS else None


def _occasion_end(ctx: SentenceContext, cend: int) -> int:
    """The end of a relative clause about the occasion the event happened at, which the clause splitter
    cut off: "تعهد خلال القمة التي جمعته الجمعة مع ..." — the summit's day is the pledge's. The clause must
    end in "خلال / في / أثناء + an occasion noun" and the next one open with a relative pronoun; it runs to the
    next comma."""
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    if cend < 1 or cend + 1 >= len(words) or words[cend + 1].norm not in lists.relative_pronouns:
        return words[cend].end
    if _bare(words[cend].norm) not in lists.occasions or words[cend - 1].norm.lstrip("و") not in lists.during:
        return words[cend].end
    start = words[cend + 1].end
    return next((k for k in range(start, ctx.view.end) if text[k] in INTERPOSE_MARKS), ctx.view.end)


@dataclass(frozen=True, slots=True)
class OwnRelative:
    """The relative clause that tells an event noun happening: its words and its end (a character offset)."""

    first: int
    last: int
    end: int


def own_relative(ctx: SentenceContext, m: TriggerMatch) -> OwnRelative | None:
    """The relative clause right after an event noun that tells the event itself happening: "الضربات العسكرية
    التي نفذتها الولايات المتحدة وبريطانيا وفرنسا في سوريا فجر السبت"، "الهجوم الذي حلقت خلاله طائرات فوق التجمع
    في وسط كراكاس". Its verb is one of happening or carrying out (``doing_verbs``, object pronoun peeled) or an
    "in which" resumptive follows the pronoun; a clause of another verb tells another event about this one
    ("الهجوم الذي تبناه التنظيم الجمعة": the claim's day). The clause runs to the next comma (over a time
    interposed there) or to the next relative pronoun."""
    if m.entry.pos != "noun":
        return None
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    if any(_prepositional(w) for w in words[m.head + 1 : m.last + 1]):
        return None  # "الانسحاب من الاتفاق النووي التي وقعته": the clause is the companion noun's
    j = m.last + 1
    if j < len(words) and words[j].norm.startswith("ال") and words[j].norm not in lists.relative_pronouns:
        j += 1  # one adjective (الضربات الجوية التي)
    if j + 1 >= len(words) or words[j].norm not in lists.relative_pronouns:
        return None
    if text[words[j - 1].end : words[j].start].strip():
        return None  # a comma before the pronoun: a clause about something else
    verb = words[j + 1].norm
    peeled = next(
        (verb[: -len(p)] for p in lists.object_pronouns if verb.endswith(p) and len(verb) > len(p) + 1), verb
    )
    resumptive = any(w.norm in lists.occasion_resumptives for w in words[j + 1 : j + 4])
    if not (
        resumptive
        or verb in lists.happening_verbs
        or verb in lists.doing_verbs
        or peeled in lists.doing_verbs
    ):
        return None
    last = j
    # to the next comma, or to a relative clause of its own ("... في العملية التي راح ضحيتها عنصر من قوات
    # الدرك، الجمعة": the day of that other operation)
    while (
        last + 1 < len(words)
        and not text[words[last].end : words[last + 1].start].strip(QUOTES_AND_SPACE)
        and _unjoined(words[last + 1].norm) not in lists.relative_pronouns
    ):
        last += 1
    return OwnRelative(first=j, last=last, end=max(words[last].end, _interposed_end(ctx, last)))


def _day_part_lead(gap: str, time_text: str) -> bool:
    """بعد / قبل before a part of the day (بعد ظهر أمس، بعد منتصف ليل الجمعة), the time expression itself
    starting with the part of the day or not."""
    words = place_words()
    lead = normalize_key(gap)
    head = normalize_key(time_text.split()[0]) if time_text.split() else ""
    return lead in words.time_leads or (lead in TIME_PREPOSITIONS and head in words.day_parts)


def _sequence_clause(ctx: SentenceContext, cstart: int) -> bool:
    """Whether the trigger's clause opens with بعدما / بعد أن / قبل أن: it tells what happened before or after
    the main clause, so a day fronted before it is the main clause's (a year or a month still spans both)."""
    words = ctx.view.words
    openers = place_words().sequence_openers
    key = words[cstart].norm
    pair = " ".join(w.norm for w in words[cstart : cstart + 2])
    return key in openers or _unjoined(key) in openers or pair in openers or pair.lstrip("و") in openers


def sequence_clause(ctx: SentenceContext, cstart: int) -> bool:
    """Whether the clause opens with بعدما / بعد أن / قبل أن (for records.py's incident rules)."""
    return _sequence_clause(ctx, cstart)


def _other_clause(ctx: SentenceContext, cstart: int) -> bool:
    """Whether the trigger's clause opens with a contrast (بينما نفت، فيما قتل) or a relative pronoun (الذي
    تتهمه السلطات): a time fronted before it dates another clause. A relative clause about an occasion,
    with a resumptive "in which" (زيارته، الثلاثاء الماضي، ... التي اتهم فيها إيران), happened then."""
    words = ctx.view.words
    key = words[cstart].norm
    lists = place_words()
    if key[:1] in "وف" and key[1:] in lists.other_clause_openers:
        key = key[1:]
    pair = " ".join(w.norm for w in words[cstart : cstart + 2])
    if pair in lists.other_clause_openers or pair.lstrip("و") in lists.other_clause_openers:
        return True
    if key not in lists.other_clause_openers:
        return False
    if key in lists.relative_pronouns:
        if cstart > 0 and _bare(words[cstart - 1].norm) in lists.time_nouns:
            return True  # "في الوقت الذي تبرم فيه صفقات": "while", whose فيه is no occasion
        near = words[cstart + 1 : cstart + 4]
        return not any(w.norm in lists.occasion_resumptives for w in near)
    return True


def date_value(expr: TimeExpr | None, story: Story, *, future: bool) -> str | None:
    """The event's date from the time expression that dates it: an ISO prefix (:func:`_iso_prefix`), a
    bare weekday of a future event moved to the next such day (:func:`_future_day`)."""
    if expr is None or expr.value is None:
        return None
    value = _forward_month(_iso_prefix(expr.value), story, expr)
    return _future_day(value, story, expr.text) if future else value


def _forward_month(value: str | None, story: Story, expr: TimeExpr) -> str | None:
    """A bare month (no year written) after a word looking forward ("بدءا من نوفمبر"، "بحلول أكتوبر") is the
    next such month, not the last: the language layer resolves a bare month as the latest one on or before
    publication, which for a deadline or a start lies a year too early (conventions section 6: the next one
    for future events)."""
    if (
        value is None
        or len(value) != len("2018-05")
        or story.date is None
        or any(c.isdigit() for c in expr.text)
    ):
        return value
    if value >= story.date[:7]:
        return value
    before = story.text[max(0, expr.start - 20) : expr.start].split()
    lead = [normalize_key(w) for w in before[-2:]]
    if not any(_unjoined(k) in place_words().forward_words for k in lead):
        return value
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def _iso_prefix(value: str) -> str | None:
    """An ISO prefix for the event's date: a week ("الأسبوع الماضي", 2018-W07) is coded at month level
    (annotation guide section 7), or at year level when it spans two months; a season at year level (صيف
    عام 2017 → 2017), winter (across two years) and a decade (201X) as none — the coarsest common unit that
    is an ISO prefix; other values pass."""
    season = ISO_SEASON.fullmatch(value)
    if season is not None:
        # a season lies within its year, but winter runs from December into the next one
        return None if season[2] == "WI" else season[1]
    if DECADE.fullmatch(value):
        return None  # a decade (بين العامين 2010 و2012 → 201X) has no ISO prefix in the gold format
    found = ISO_WEEK.fullmatch(value)
    if found is None:
        return value
    try:
        monday = datetime.date.fromisocalendar(int(found[1]), int(found[2]), 1)
    except ValueError:
        return None
    sunday = monday + datetime.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{monday.year:04d}" if monday.year == sunday.year else None


def _future_day(value: str | None, story: Story, time_text: str) -> str | None:
    """A bare weekday dating a future event is the next such day, not the last one
    (ومن المقرر أن ينضم الزعيمان، الأربعاء: the language layer, which hears only the words between the
    commas, resolved it as past)."""
    if value is None or story.date is None or len(value) != 10:
        return value
    if normalize_key(time_text).lstrip("وف") not in place_words().weekdays:
        return value
    try:
        day, published = datetime.date.fromisoformat(value), datetime.date.fromisoformat(story.date)
    except ValueError:
        return value
    if day < published:
        return (day + datetime.timedelta(days=7)).isoformat()
    return value


def event_location(
    ctx: SentenceContext, m: TriggerMatch, in_clause: list[Mention], *, res: CoderResources
) -> Location | None:
    lists = place_words()
    preps = (
        res.location_preps
        | lists.location_words
        | (res.destination_preps if m.entry.type == "CONSULT" else frozenset())
    )
    words = ctx.view.words
    resumed = _resumed_place(ctx, m, res=res)
    if resumed is not None:
        return _location_of(ctx, resumed)
    cause_at: int | None = None  # found only when a place stands after the trigger
    # a seat of government is the venue of a meeting (استقبله في الكرملين); with other events "في الكرملين" is
    # mostly where a party works (مسؤول في الكرملين)
    consult = m.entry.type == "CONSULT"

    def where(x: Mention) -> bool:
        nonlocal cause_at
        if not (placeish(x) or (consult and _seat(words, x, preps))) or _faced_state(x):
            return False
        if x.prep in lists.location_words and (_region_of_another(ctx, x) or any(x is a for a in anaphors)):
            return False  # (and "على أطراف المدينة" is too loose for the story's city)
        if x.first > m.last:
            if cause_at is None:
                cause_at = _cause_word_after(ctx, m)
            if x.first >= cause_at:
                return False
        if x.prep in preps:
            return not _topic_place(words, x, m, topics=res.topic_nouns)
        if _border_of(words, m, x, preps):
            return True
        return (
            _headed_place(words, x, preps)
            or _frame_place(words, m, x, covered)
            or _struck_place(words, m, x)
            or _undergone_place(words, m, x)
            or _struck_anaphor(m, x, anaphors)
            or _struck_target(ctx, m, x, preps)
        )

    # words of the parties named between a visit and its destination ("زيارة الرئيس الصيني شي جين بينغ
    # للإمارات") do not count against the frame's window
    # (built only for visits, the one mode that reads it: most events never need it)
    covered = (
        frozenset(k for x in ctx.mentions if not placeish(x) for k in range(x.first, x.last + 1))
        if m.entry.mode == "visit"
        else frozenset()
    )
    in_clause = in_clause + _inner_places(ctx, in_clause)
    interposed = _interposed_place_mentions(ctx, m)
    if interposed:
        in_clause = sorted(in_clause + interposed + _inner_places(ctx, interposed), key=lambda x: x.first)
    # "the city" only for material events: a statement's place after it is mostly its topic ("أعلن رفضه
    # العمليات العسكرية في المدينة")
    material = res.ontology.quad(m.entry.type) in MATERIAL_QUADS
    anaphors = _city_anaphors(ctx, preps) + _head_anaphors(ctx, preps) if material else []
    if anaphors:
        # "the city" read as the city named before replaces the entity stage's bare المدينة, if it tagged it
        at = {x.first for x in anaphors}
        in_clause = [x for x in in_clause if x.first not in at]
    named = _named_places(ctx, preps) + anaphors
    if named:
        # places the entity stage did not tag, named after a place noun (في قرية آل الصقور) or referred to
        # as "the city", join the clause's mentions in word order
        bounds = clause_starts(ctx, res=res)
        cstart, cend = clause_of(bounds, m.head), clause_end(bounds, m.last, len(words))
        in_clause = sorted(in_clause + [x for x in named if cstart <= x.first <= cend], key=lambda x: x.first)
    own = own_relative(ctx, m)
    if own is not None:
        # the event noun's own relative clause (الهجوم الذي حلقت خلاله طائرات فوق التجمع في وسط كراكاس)
        seen = {id(x) for x in in_clause}
        extra = [
            x
            for x in ctx.mentions + named
            if own.first < x.first <= min(own.last, own.first + OWN_PLACE_WINDOW) and id(x) not in seen
        ]
        in_clause = sorted(in_clause + extra, key=lambda x: x.first)
    places = [x for x in in_clause if where(x) and x.first > m.head]
    places += [x for x in in_clause if where(x) and x.first < m.head]
    verbal = m.entry.type != "CONSULT" and res.ontology.quad(m.entry.type) in (1, 3)
    if verbal:
        # a statement's place must be stated next to it (أدان في بيان في موسكو); a place further on is
        # what the statement is about (حقوق الإنسان في السعودية), section 7
        threatened = [x for x in places if _threatened_place(words, m, x, preps)]
        places = [x for x in places if abs(x.first - m.head) <= VERBAL_PLACE_WINDOW]
        # "تتهمه عدة منظمات حقوقية في بريطانيا": a place right after a party says where the party is
        ends = {x.last for x in ctx.mentions if not placeish(x)}
        places = [x for x in places if x.first - 2 not in ends] or threatened
        if "و+" in words[m.head].clitics and m.entry.pos == "verb":
            # "أحد أشهر الشخصيات الإسلامية في أوروبا وينفي الاتهامات": a verb joined by و opens a clause of its
            # own, so a place before it is the previous clause's
            places = [x for x in places if x.first > m.head] or threatened
    if verbal and not places:
        # "انتقد أردوغان ... من خطاب ألقاه خلال احتفال في أنقرة": the occasion's place is where it was said
        places = _occasion_places(ctx, m, preps, res=res)
    there = _where_place(ctx, m, preps, res=res)
    if there is not None and (not places or abs(places[0].first - m.head) > WHERE_PLACE_WINDOW):
        # "من موسكو، حيث عقد عباس محادثات ... للوساطة في الشرق الأوسط": a place named next to the trigger
        # in its own clause is more specific (إلى العراق حيث توعدت بشن عمليات في سنجار), one further on is
        # mostly the topic's
        return _location_of(ctx, there)
    if not places and not verbal:
        # elsewhere in the sentence only a place right after a location preposition (not after the fifth
        # round's direction and border words: "ولم تقف التهديدات التركية عند حدود سوريا" is an idiom)
        places = [
            x
            for x in ctx.mentions
            if where(x)
            and ((x.prep in preps and x.prep not in lists.location_words) or _border_of(words, m, x, preps))
        ]
    if places:
        return _location_of(ctx, places[0])
    # No dateline fallback: EVENT-CONVENTIONS section 7 (binding) gives statements no place, and the
    # datelines of real pages name the outlet's bureau ("أبوظبي - سكاي نيوز عربية"), not where things
    # happened; on the dev gold every dateline location was wrong. See docs/events.md.
    return None


def _time_words_between(ctx: SentenceContext, k: int, first: int) -> int:
    """How many words strictly between word ``k`` and word ``first`` belong to a time expression: an occasion's own
    day does not put its place further from it ("خلال لقاء جمعهما الليلة الماضية في لندن", dates eleventh round)."""
    words = ctx.view.words
    spans = [(t.start, t.end) for t in ctx.story.times if t.value]
    return sum(1 for w in words[k + 1 : first] if any(a <= w.start and w.end <= b for a, b in spans))


def _interposed_place_mentions(ctx: SentenceContext, m: TriggerMatch) -> list[Mention]:
    """The mentions of a place phrase interposed with the clause's day right after the trigger and its subject:
    "قمعت ميليشيا الحوثي الانقلابية، السبت في العاصمة اليمنية صنعاء، احتجاجا" — the clause splitter cuts at the
    comma, so the day and place set off between commas were never the clause's (``_interposed_end`` stretches
    the clause over the day alone). The phrase must open with the time expression right after a comma (at most
    INTERPOSED_SUBJECT_WORDS words after the trigger, none of them punctuated), go on with a location
    preposition, and close with a comma within INTERPOSED_PLACE_WORDS words."""
    text, view = ctx.story.text, ctx.view
    t = next((t for t in ctx.story.times if m.end <= t.start < view.end and t.value), None)
    if t is None:
        return []
    gap = text[m.end : t.start].strip(QUOTES_AND_SPACE)
    if not gap.endswith(tuple(INTERPOSE_MARKS)):
        return []
    subject = gap[:-1].split()
    if len(subject) > INTERPOSED_SUBJECT_WORDS or any(ch in gap[:-1] for ch in ".،,:؛;()"):
        return []
    rest = text[t.end : view.end]
    close = min((rest.find(mark) for mark in INTERPOSE_MARKS if mark in rest), default=-1)
    if close < 0:
        return []
    phrase = rest[:close].split()
    if not phrase or len(phrase) > INTERPOSED_PLACE_WORDS:
        return []
    first = normalize_key(phrase[0])
    if first != "في" and not (first.startswith("ب") and len(first) > 3):
        return []
    lo, hi = t.end, t.end + close
    return [x for x in ctx.mentions if lo <= view.words[x.first].start and view.words[x.last].end <= hi]


def _occasion_places(
    ctx: SentenceContext, m: TriggerMatch, preps: frozenset[str], *, res: CoderResources
) -> list[Mention]:
    """Places of an occasion named after the trigger (`speech_occasions` after خلال / في / أثناء), right after the
    occasion: "خلال احتفال في أنقرة"، "خلال مؤتمر صحفي في القاهرة" (see :func:`event_location`). Not one before the
    trigger: in "وقال الجبير، خلال مؤتمر صحفي في واشنطن، إن إيران تدعم" the occasion is the saying's, and the
    support reported is not Washington's."""
    lists = place_words()
    words = ctx.view.words
    out: list[Mention] = []
    for k in range(m.last + 1, len(words)):
        if _bare(words[k].norm) not in lists.speech_occasions:
            continue
        before = words[k - 1].norm
        if _unjoined(before) not in lists.during and not (words[k].norm[:1] == "ب" and before):
            continue
        for x in ctx.mentions:
            if (
                not (
                    k < x.first <= k + lists.occasion_place_window + 1 + _time_words_between(ctx, k, x.first)
                )
                or not placeish(x)
                or x.prep not in preps
            ):
                continue
            if any(
                _unjoined(w.norm) in res.topic_nouns or w.norm in lists.region_preps
                for w in words[k + 1 : x.first]
            ):
                continue
            if not _faced_state(x):
                out.append(x)
            break
    return out


def _location_of(ctx: SentenceContext, x: Mention) -> Location:
    ent = x.entities[0]
    if ent.country is None and ent.actor is None:
        ent = _whole_name(ctx, ent)
    # a place the knowledge base knows without a country (البحر المتوسط، القدس) keeps none
    country = ent.country or (None if ent.actor else _containing_country(ctx, x))
    return Location(text=ent.text, start=ent.start, end=ent.end, country=country)


def _region_of_another(ctx: SentenceContext, x: Mention) -> bool:
    """Whether a place after a direction or border word (:func:`event_location`'s ``location_words``) only
    says where another place lies: "تحاصر عفرين شمالي سوريا" (a place right before the word, or before its
    preposition: "هامبورغ في شمالي ألمانيا"), "الغوطة الشرقية الواقعة على مشارف دمشق" (a placing participle
    just before)."""
    words = ctx.view.words
    lists = place_words()
    at = x.first - 1  # the direction or border word
    before = at - 1
    while before >= 0 and words[before].norm in lists.location_words:
        before -= 1  # "إدلب شمالي غربي سوريا"
    if before >= 0 and words[before].norm.lstrip("و") in lists.region_preps:
        return True  # a topic: "تفاوضتا حول خططهما بخصوص شمالي سوريا"
    if before >= 0 and words[before].norm.lstrip("و") in ("في", "على", "الى"):
        before -= 1
    if any(y.last == before and placeish(y) for y in ctx.mentions):
        return True
    return any(_unjoined(w.norm) in lists.placing_participles for w in words[max(0, at - 3) : at])


def _where_place(
    ctx: SentenceContext, m: TriggerMatch, preps: frozenset[str], *, res: CoderResources
) -> Mention | None:
    """The place right before the حيث ("where") that opens the trigger's clause: "وأضاف أبو ردينة من موسكو،
    حيث عقد عباس محادثات مع الرئيس الروسي" — the talks were held in Moscow, whatever the clause names after
    (the topic "الوساطة في الشرق الأوسط"). Only with no other clause opener between حيث and the trigger."""
    words = ctx.view.words
    lists = place_words()
    if not any(_unjoined(w.norm) in lists.where_words for w in words[: m.head + 1]):
        return None  # (the clause splitter runs only when حيث stands before the trigger: speed)
    bounds = clause_starts(ctx, res=res)
    cstart = clause_of(bounds, m.head)
    k = next(
        (
            j
            for j in (cstart, cstart - 1)
            if 0 < j <= m.head and _unjoined(words[j].norm) in lists.where_words
        ),
        None,
    )
    text = ctx.story.text
    if k is None or any(
        ch in NAME_QUOTES.strip() or ch in INTERPOSE_MARKS for ch in text[words[k].end : m.start]
    ):
        return None  # "قبل وصوله إلى ويستلر (كندا) حيث سيشارك في اجتماع ... "نحن نرفض": another clause
    return next(
        (
            x
            for x in ctx.mentions
            if x.last == k - 1
            and placeish(x)
            # a place the clause is in: after a location or destination preposition, من, or a place noun
            # ("لمعاهدة روما، حيث" and "تدخل إيران، حيث" name none)
            and (
                x.prep in preps
                or x.prep in res.destination_preps
                or x.prep == "من"
                or _headed_place(words, x, preps)
            )
        ),
        None,
    )


def _seat(words: Sequence[Word], x: Mention, preps: frozenset[str]) -> bool:
    """A seat of government after a location preposition: "في البيت الأبيض" is a place, not the government,
    unless it says where people work ("مصادر في البيت الأبيض")."""
    pw = place_words()
    if x.prep not in preps or x.entities[0].actor not in pw.seats:
        return False
    before = x.before_prep or (words[x.first - 1].norm if x.first > 0 else "")
    return before not in pw.seat_people


def _inner_places(ctx: SentenceContext, mentions: list[Mention]) -> list[Mention]:
    """A place inside a mention that opens with something else: "في العاصمة الإثيوبية أديس أبابا" is one mention
    of the nisba الإثيوبية (no place), the capital after it grouped in, so the capital was never read as a
    place. The place
    becomes a mention of its own, with no preposition: only the place-noun rule (:func:`_headed_place`) and the
    frame rules can take it, as they would the name after the head."""
    words = ctx.view.words
    out: list[Mention] = []
    for x in mentions:
        if placeish(x) or x.last == x.first:
            continue
        lo, hi = words[x.first].start, words[x.last].end
        ent = next((e for e in ctx.entities if lo < e.start and e.end <= hi and e.type in PLACE_TYPES), None)
        if ent is None:
            continue
        first = next((k for k in range(x.first, x.last + 1) if words[k].start == ent.start), None)
        last = next((k for k in range(x.last, x.first - 1, -1) if words[k].end == ent.end), None)
        if first is None or last is None or first <= x.first:
            continue
        out.append(Mention(entities=[ent], first=first, last=last, prep="", place=True))
    return out


def _city_anaphors(ctx: SentenceContext, preps: frozenset[str]) -> list[Mention]:
    """ "The city" with no name after it, read as the city the story named most often before it: "واقتحمت القوات
    التركية المدينة، الأحد" (عفرين, named in the lead), "في المزارع المحيطة بالمدينة" (الحديدة). The location is
    that city, with the offsets of its last mention (offsets point at the words that name it). Not "المدينة
    المنورة", nor "المدينة" before a name (a place noun heading it: المدينة الساحلية جونيه is the entity's)."""
    words, story = ctx.view.words, ctx.story
    lists = place_words()
    out: list[Mention] = []
    for k, w in enumerate(words):
        # only a word ending like an anaphor (المدينه، بالمدينه) is stripped of its clitics (speed)
        if not w.norm.endswith(lists.anaphor_endings):
            continue
        bare = _bare(w.norm)
        if "ال" + bare not in lists.city_anaphors or "ال" not in w.norm:
            continue
        if k + 1 < len(words):
            nxt = words[k + 1]
            if nxt.norm in lists.city_names_after or any(e.start == nxt.start for e in ctx.entities):
                continue
        if any(e.start <= w.start < e.end for e in ctx.entities if e.actor is not None):
            continue  # tagged as a place the knowledge base knows
        cities = [
            e
            for e in story.entities
            if e.end <= w.start and e.actor is not None and e.actor.startswith("city:") and e.country
        ]
        if not cities:
            continue
        # the story's city: the one named most often so far (the latest on a tie), not a capital named in
        # passing ("انسحابهم من المدينة" in a story of عفرين that has just named أنقرة)
        counts: dict[str, int] = {}
        for e in cities:
            counts[e.actor or ""] = counts.get(e.actor or "", 0) + 1
        best = max(counts.values())
        antecedent = next(e for e in reversed(cities) if counts[e.actor or ""] == best)
        lead = w.norm[: len(w.norm) - len(bare)].lstrip("وف")
        if lead.startswith("ب"):
            prep = "ب"
        else:
            before = _unjoined(words[k - 1].norm) if k > 0 else ""
            prep = before if before in preps or before in lists.phrase_preps else ""
        out.append(Mention(entities=[antecedent], first=k, last=k, prep=prep, place=True))
    return out


# words between a place and the relative pronoun whose clause resumes it (_resumed_place), and the object
# pronouns that resume a place
RESUMED_GAP = 3
RESUMED_PRONOUNS = ("ها", "ه")
# words between a cause word and a time that the cause phrase dates (_cause_time)
CAUSE_TIME_GAP = 6
# How many words may stand between a trigger and a vague time of its own (:func:`_own_vague_time`).
OWN_VAGUE_GAP = 4
# How far (characters) a parenthesis around a time may open before it or close after it (:func:`_parenthesized_time`).
PAREN_REACH = 40
# How many words may follow the time of a relative aside before the comma that closes it, and how far (characters)
# before the time the comma that opens it may stand (:func:`_relative_aside_time`).
ASIDE_TAIL_WORDS = 2
ASIDE_REACH = 120
# characters after an earlier untagged place name within which a tagged place gives it its country
HEADED_COUNTRY_CHARS = 40


def _resumed_place(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> Mention | None:
    """The place a relative clause's verb takes as its object through a pronoun: "وفي صعدة معقل الحوثيين التي
    يحاصرها من 4 محاور" (the siege is of صعدة, not of the الجوف named before), "من بكين التي يزورها" (the visit's
    city). The verb opens the clause right after التي / الذي and ends in ها / ه; the place is the mention
    that ends at most RESUMED_GAP words before the pronoun with no comma between (an apposition may stand
    there, and a party named in it is passed over: معقل الحوثيين). Only for material events and visits: a statement's pronoun is mostly a party
    ("إيران التي تتهمها واشنطن")."""
    if m.entry.pos != "verb" or m.head == 0:
        return None
    if res.ontology.quad(m.entry.type) not in MATERIAL_QUADS and m.entry.mode != "visit":
        return None
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    rel = m.head - 1
    if words[rel].norm not in lists.relative_pronouns or not words[m.head].norm.endswith(RESUMED_PRONOUNS):
        return None
    for x in sorted(ctx.mentions, key=lambda x: -x.last):
        if x.last >= rel or rel - x.last > RESUMED_GAP:
            continue
        if any(
            text[a.end : b.start].strip(" ")
            for a, b in zip(words[x.last : rel], words[x.last + 1 : rel + 1], strict=True)
        ):
            return None  # a comma between: the clause is about something else
        if placeish(x):
            return x
    return None


def _head_anaphors(ctx: SentenceContext, preps: frozenset[str]) -> list[Mention]:
    """ "The district", "the airport" with no name after it, after a location preposition (or carrying ب), read
    as the place the story named last after the same noun: "شنّت ... هجوما مباغتا على مواقع للانقلابيين في
    المديرية" (the lead's "في مديرية الحشوة"), "في محيط المطار" (مطار الحديدة). Like :func:`_city_anaphors`,
    but the antecedent is found by its head noun, not by the knowledge base's cities (most districts and
    towns are not there), and the noun must say where (a preposition), since "المطار" as an object is
    mostly the building taken, not a place of the event."""
    words, story = ctx.view.words, ctx.story
    lists = place_words()
    out: list[Mention] = []
    nouns = lists.head_anaphors | lists.facility_anaphors
    for k, w in enumerate(words):
        # peeled only when it ends like one of the nouns (speed)
        bare = _bare(w.norm) if w.norm.endswith(lists.head_anaphor_endings) else ""
        if "ال" + bare not in nouns or "ال" not in w.norm:
            continue
        facility = "ال" + bare in lists.facility_anaphors
        if k + 1 < len(words) and any(e.start == words[k + 1].start for e in ctx.entities):
            continue  # a name after it: the noun heads that name (في المحافظة الشمالية إدلب is tagged)
        lead = w.norm[: len(w.norm) - len(bare)].lstrip("وف")
        before = _unjoined(words[k - 1].norm) if k > 0 else ""
        prep = "ب" if lead.startswith("ب") else before if before in preps else ""
        if not prep:
            continue
        antecedent = _headed_antecedent(story, bare, w.start, tagged=facility)
        if antecedent is not None:
            out.append(Mention(entities=[antecedent], first=k, last=k, prep=prep, place=True))
    return out


def _headed_antecedent(story: Story, head: str, before: int, *, tagged: bool) -> Entity | None:
    """The place the story named last before offset ``before`` after the place noun ``head`` (bare key, in
    construct: "في مديرية الحشوة", "بمطار الحديدة"): the tagged place entity right after the noun, or the
    untagged name there (the words up to a punctuation mark, a preposition, a direction or a place noun, as
    :func:`_name_end` reads a name in the event's own sentence); only a tagged one when ``tagged``."""
    tokens, text = story.tokens, story.text
    lists = place_words()
    starts = {e.start: e for e in story.entities if e.type in PLACE_TYPES}
    for k in range(len(tokens) - 2, -1, -1):
        key = tokens[k].norm
        if tokens[k + 1].end > before or not key.endswith(lists.head_anaphor_endings):
            continue
        bare = _bare(key)
        if head not in (key, bare) or key[: len(key) - len(bare)].lstrip("وفب").endswith("ال"):
            continue
        first = tokens[k + 1]
        if first.start in starts:
            return starts[first.start]
        if tagged or text[tokens[k].end : first.start].strip() or first.norm in lists.generic_after_head:
            continue  # (a building's untagged name is its own: مسجد النور)
        last = None
        for j in range(k + 1, min(len(tokens), k + 1 + NAME_WORDS)):
            w = tokens[j]
            if (
                w.norm in lists.name_stops
                or _bare(w.norm) in lists.place_heads
                or _prepositional(w)
                or (j > k + 1 and w.norm[:1] in NAME_BREAK_LETTERS)
                or any(ch.isdigit() for ch in w.norm)
            ):
                break
            last = w
            if j + 1 < len(tokens) and text[w.end : tokens[j + 1].start].strip(NAME_QUOTES):
                break
        if last is not None:
            # its country: that of a place named right after it (مديرية الحشوة شرقي محافظة صعدة), as
            # _containing_country reads one in the event's own sentence
            country = next(
                (
                    e.country
                    for e in sorted(starts.values(), key=lambda e: e.start)
                    if last.end < e.start <= last.end + HEADED_COUNTRY_CHARS
                    and e.country
                    and e.country not in NON_STATE_CODES
                ),
                None,
            )
            return Entity(
                start=first.start,
                end=last.end,
                text=text[first.start : last.end],
                type="LOC",
                country=country,
            )
    return None


def _named_places(ctx: SentenceContext, preps: frozenset[str]) -> list[Mention]:
    """Places named after a place noun that the entity stage did not tag: "في قرية آل الصقور"، "بمنطقة خربة
    غزالة"، "في مديرية ناطع". The head is indefinite (in construct with the name) and follows a location
    preposition or carries ب; the name is the words after it up to a punctuation mark, a preposition or a
    word carrying ل / ب, a direction (شرقي، جنوب), a relative pronoun or a word joined by و — at most
    NAME_WORDS words. A generic word right after the head (منطقة حدودية، بمنطقة الحادث) names no place. The
    place is the name alone, without its head (annotation guide section 8: "مديرية حيس" → حيس), with the
    offsets of its words; written by hand because neither the gazetteer nor the entity stage knows these
    villages and districts, while the construction names them plainly."""
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    out: list[Mention] = []
    for k in range(len(words) - 1):
        key = words[k].norm
        # a place noun carries only proclitics: a word not ending in one is skipped before peeling (speed)
        if not key.endswith(lists.head_endings):
            continue
        bare = _bare(key)
        if bare not in lists.place_heads:
            continue
        lead = key[: len(key) - len(bare)].lstrip("وف")
        if lead.endswith("ال") or lead == "لل":
            continue  # a definite head (في المنطقة الحدودية) is no construct with a name
        if lead.startswith("ب"):
            prep = "ب"
        elif k > 0 and _unjoined(words[k - 1].norm) in preps:
            prep = _unjoined(words[k - 1].norm)
        elif not lead:
            prep = (
                ""  # a bare head: the object of an attack (قصفت ميليشيات الحوثي قرية ...), see _struck_place
            )
        else:
            continue
        last = _name_end(ctx, k + 1)
        if last is None:
            continue
        start, end = words[k + 1].start, words[last].end
        ent = Entity(start=start, end=end, text=text[start:end], type="LOC")
        out.append(Mention(entities=[ent], first=k + 1, last=last, prep=prep, place=True))
    return out


def _name_end(ctx: SentenceContext, first: int) -> int | None:
    """The last word of a name starting at word ``first`` (see :func:`_named_places`), or None."""
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    if text[words[first - 1].end : words[first].start].strip(NAME_QUOTES):
        return None  # punctuation between the head and the name
    if words[first].norm in lists.generic_after_head or words[first].norm.isdigit():
        return None
    last: int | None = None
    for j in range(first, min(len(words), first + NAME_WORDS)):
        w = words[j]
        key = w.norm
        if any(e.start < w.end and w.start < e.end for e in ctx.entities):
            break  # a tagged name: the entity stage's mention covers it
        if (
            key in lists.name_stops
            or _bare(key) in lists.place_heads
            or _prepositional(w)
            or (j > first and key[:1] in NAME_BREAK_LETTERS)
            or any(ch.isdigit() for ch in key)
        ):
            break
        last = j
        if j + 1 < len(words) and text[w.end : words[j + 1].start].strip(NAME_QUOTES):
            break  # a comma or a bracket ends the name
    return last


def _whole_name(ctx: SentenceContext, ent: Entity) -> Entity:
    """An unknown place the entity stage cut in two: "منطقة خربة غزالة" tagged as خربة and غزالة, "حي باب درنة"
    as باب and درنة (the city). A place entity that follows it with nothing but a space between, not opening with
    a preposition or a place noun (خربة بريف درعا), belongs to its name; the whole takes that entity's country,
    if it has one."""
    text = ctx.story.text
    lists = place_words()
    for nxt in ctx.entities:
        if nxt.start < ent.end:
            continue
        key = normalize_key(nxt.text.split()[0]) if nxt.text.split() else ""
        if (
            nxt.type in PLACE_TYPES
            and text[ent.end : nxt.start].strip(" ") == ""
            and nxt.start > ent.end
            and key[:1] not in "بلوف"
            and _bare(key) not in lists.place_heads
        ):
            # a place noun the entity stage tagged alone ("بولاية" before كوتاباتو) heads the name, which is
            # the place without it (section 7: "مديرية حيس" is حيس)
            start = nxt.start if _place_head_only(ent) else ent.start
            return Entity(
                start=start,
                end=nxt.end,
                text=text[start : nxt.end],
                type="LOC",
                country=nxt.country if nxt.country not in NON_STATE_CODES else None,
            )
        break
    return ent


def _place_head_only(ent: Entity) -> bool:
    """A place entity that is one place noun with its clitics ("بولاية", "مدينة"): no name of its own."""
    words = ent.text.split()
    bare = _bare(normalize_key(words[0])) if len(words) == 1 else ""
    lists = place_words()
    return bare in lists.place_heads and bare not in lists.heads_kept_in_name


def _containing_country(ctx: SentenceContext, x: Mention) -> str | None:
    """The country of a place with none: that of the next place named within a few words after it (بلدة
    كفرسجنة بمحافظة إدلب، منطقة واد الجمعة من ولاية البليدة، في إقليم غزنة ... عاصمة الإقليم), else the
    story's most named country (a village or a district the knowledge base does not know is in the
    country the story is about)."""
    for y in ctx.mentions:
        if y.first > x.last and y.first - x.last <= CONTAINER_WINDOW and placeish(y):
            country = y.entities[0].country
            if country and country not in NON_STATE_CODES:
                return country
    return home_country(ctx.story)


def _topic_place(words: Sequence[Word], x: Mention, m: TriggerMatch, *, topics: frozenset[str]) -> bool:
    """A place after في that qualifies a topic noun is what the event is about, not where it happened:
    "بحثا التطورات الجارية في سوريا"، "لإنهاء النزاع في سوريا"، "حقوق الإنسان في السعودية". The noun may carry
    clitics (للنزاع) and up to two adjectives may stand between it and في; a noun of the trigger itself (اندلعت
    الاشتباكات في) is the event."""
    if x.before_prep in topics:
        return True
    lists = place_words()
    k = x.first - 1
    if k < 0 or words[k].norm.lstrip("و") != x.prep:
        return False  # a clitic preposition (بسوريا) qualifies no topic noun here
    for j in range(k - 1, max(-1, k - 2 - TOPIC_ADJECTIVES), -1):
        if m.head <= j <= m.last:
            return False
        key = words[j].norm
        bare = _bare(key)
        if (
            key in topics
            or "ال" + bare in topics
            or "ال" + bare in lists.topic_nouns
            or bare in lists.topic_nouns
        ):
            return True
        if not key.startswith("ال"):
            return False  # only adjectives (الجارية، الإنسان) stand between the noun and في
    return False


def _frame_place(words: Sequence[Word], m: TriggerMatch, x: Mention, covered: frozenset[int]) -> bool:
    """A visit's destination after ل ("بدأ ... زيارة رسمية لفرنسا"، "زيارة بومبيو للرياض") or a withdrawal's
    origin after من ("انسحبت القوات القتالية الأجنبية من أفغانستان"), a few words after the trigger with no
    other prepositional phrase between ("أول جولة خارجية لدونالد ترامب بصفته رئيسا للولايات المتحدة": the
    office's country is no destination)."""
    lists = place_words()
    prep, at = x.prep, x.first - 1
    if _bare(prep) in lists.place_heads and x.first >= 2 and not words[x.first - 1].norm.startswith("ال"):
        # the name after an indefinite place noun: "من مدينة الحديدة"
        prep, at = _unjoined(words[x.first - 2].norm), x.first - 2
    retreat = m.entry.type == "RETREAT" and m.entry.mode != "visit"
    window = RETREAT_PLACE_WINDOW if retreat else FRAME_PLACE_WINDOW
    if m.entry.mode == "visit":
        # the visitor's name between (زيارة الرئيس الصيني شي جين بينغ للإمارات) is no other phrase
        window += sum(1 for k in range(m.last + 1, at) if k in covered)
    if not 0 < x.first - m.last <= window:
        return False
    if any(_prepositional(w) for w in words[m.last + 1 : at]):
        return False
    if m.entry.mode == "visit":
        return prep in lists.visit_preps
    return retreat and prep in lists.origin_preps


def _threatened_place(words: Sequence[Word], m: TriggerMatch, x: Mention, preps: frozenset[str]) -> bool:
    """A threat's place is where the threatened attack would fall: "وهددت بشن عمليات أخرى ضد الوحدات في شمال
    سوريا" — a place after "ضد <party> في", a few words after the trigger, is the target's, not the seat
    of a party (:func:`event_location`'s rule for statements)."""
    lists = place_words()
    if m.entry.type not in lists.threat_types or x.first <= m.last or x.prep not in preps:
        return False
    lo = max(m.last + 1, x.first - THREAT_GAP)
    if any(_unjoined(w.norm) in lists.against_preps for w in words[lo : x.first]):
        return True
    # "وهددت تركيا في السابق بمهاجمة القوات الأمريكية المتحالفة مع وحدات حماية الشعب في منبج": the attack
    # threatened with ب, and the place after its object
    attack = next(
        (
            k
            for k in range(m.last + 1, min(x.first, m.last + ATTACK_AFTER_THREAT))
            if _threatened_attack(words[k])
        ),
        None,
    )
    return attack is not None and x.first - attack <= THREAT_OBJECT_GAP


def _threatened_attack(w: Word) -> bool:
    """An attack noun carrying ب, the content of a threat (بمهاجمة، بشن، بقصف، باستهداف)."""
    key = _unjoined(w.norm)
    return key[:1] == "ب" and key[1:] in place_words().threatened_attacks


def _struck_place(words: Sequence[Word], m: TriggerMatch, x: Mention) -> bool:
    """A town, village or district an attack or a raid falls on, named after a bare place noun (no
    preposition) right after the trigger: "قصفت ميليشيات الحوثي قرية ..."، "هاجم مسلحون قرية تندينباون"،
    "الهجوم الذي استهدف مدينة ليغ البلجيكية". (A city named alone is records.py's _struck_town.)"""
    head = x.first - 1
    if m.entry.type not in place_words().struck_types or not 0 < head - m.last <= STRUCK_GAP:
        return False
    key = words[head].norm
    if _bare(key) not in place_words().place_heads or _prepositional(words[head]) or key[:2] == "ال":
        return False
    # the noun is the object, or follows "on" / "towards" (الغارات الجوية على محافظة إدلب، باتجاه مدينة
    # جيزان); not another phrase's (ويفتح النار بالقرب من منطقة الأمتعة)
    before = words[head - 1]
    return (
        head - 1 == m.last
        or not _prepositional(before)
        or _unjoined(before.norm) in place_words().struck_preps
    )


def _undergone_place(words: Sequence[Word], m: TriggerMatch, x: Mention) -> bool:
    """The subject of "underwent" (تعرض) is the place an attack named after it with ل fell on: "كما تعرضت مدينة
    التحيتا لقصف مكثف من قبل الحوثيين"، "تعرض مطار صنعاء لغارات". The place (after a bare place noun or not)
    stands right between the verb and the trigger."""
    lists = place_words()
    if m.entry.type not in lists.struck_types or x.last + 1 != m.head or x.first < 1:
        return False
    if not _unjoined(words[m.head].norm).startswith("ل"):
        return False
    at = x.first - 1
    if at > 0 and _bare(words[at].norm) in lists.place_heads and words[at].norm[:2] != "ال":
        at -= 1  # "تعرضت مدينة التحيتا": the verb before the place noun
    return words[at].norm.lstrip("وف") in lists.undergo_verbs


def _struck_target(ctx: SentenceContext, m: TriggerMatch, x: Mention, preps: frozenset[str]) -> bool:
    """The town, district or region an attack or a siege falls on, after على / ضد / باتجاه (or a place noun
    after one) a few words on: "شن هجوما بالأسلحة الكيمياوية على دوما"، "غارات جوية للطيران الروسي على بلدة زردنا
    بريف إدلب" (the town, not the province after it)، "حملة القصف ... التي تشنها قوات النظام السوري على الغوطة
    الشرقية المحاصرة، معقل الفصائل ... قرب دمشق"، "بالحصار الإسرائيلي المفروض على قطاع غزة". Only a place with no
    sector (a city the knowledge base reads as its government, or a country, is the party attacked) and no
    comma or other place phrase between (a place there is where the attack happened)."""
    lists = place_words()
    if m.entry.type not in lists.struck_types or x.first <= m.last:
        return False
    if m.entry.pos == "noun" and not _control_noun(m):
        return False
    words = ctx.view.words
    at = x.first - 1
    head = words[at].norm
    if at > m.last and (head in lists.place_heads or _bare(head) in lists.place_heads) and head[:2] != "ال":
        at -= 1  # "على بلدة زردنا": the preposition before the place noun
    prep = _unjoined(words[at].norm)
    if prep not in lists.struck_preps or not 0 < at - m.last <= lists.struck_target_window:
        return False
    if m.entry.pos == "noun" and at - m.last > CONTROL_NOUN_GAP:
        return False  # (a control noun's own على: "بسيطرتها على تلة استراتيجية تطل على هضبة الجولان")
    ent = x.entities[0]
    if ent.sector is not None or (ent.actor is not None and not ent.actor.startswith(("city:", "place:"))):
        return False
    text = ctx.story.text
    if any(ch in text[words[m.last].end : words[at].start] for ch in INTERPOSE_MARKS):
        return False
    return not any(_unjoined(w.norm) in preps for w in words[m.last + 1 : at])


def _control_noun(m: TriggerMatch) -> bool:
    """A noun of taking control (``control_noun_entries``), whose على-object is the place taken, as a verb's is
    (:func:`_struck_target`): "وتحاول بكين السيطرة على بحر الصين الجنوبي عبر بناء منشآت عسكرية" (dates twelfth
    round). Other nouns of force keep the verbs-only reading."""
    return m.entry.id in place_words().control_noun_entries


def _struck_anaphor(m: TriggerMatch, x: Mention, anaphors: list[Mention]) -> bool:
    """ "The city" as the object of an attack or a raid, right after the trigger and its subject: "واقتحمت
    القوات التركية المدينة" (see :func:`_city_anaphors`)."""
    lists = place_words()
    return (
        m.entry.type in lists.struck_types
        and any(x is a for a in anaphors)
        and 0 < x.first - m.last <= STRUCK_GAP
        and (x.prep == "" or x.prep in lists.struck_preps)
    )


def _prepositional(w: Word) -> bool:
    """A preposition or a word carrying ل / ب (لدونالد، بصفته، للأمم)."""
    key = _unjoined(w.norm)
    return (
        key in place_words().phrase_preps
        or any(c in ("ل+", "ب+") for c in w.clitics)
        or key[:2] in ("لل", "بال")
    )


def _unjoined(key: str) -> str:
    """A word key without a leading conjunction و / ف (وفي → في; في itself stays)."""
    return key[1:] if key[:1] in "وف" and len(key) > 2 else key


def _border_of(words: Sequence[Word], m: TriggerMatch, x: Mention, preps: frozenset[str]) -> bool:
    """A place after "<location preposition> الحدود <direction adjective> ل": "أطلق جنود الاحتلال الإسرائيلي النار
    على مرتجى بينما كان يغطي فعاليات ... على الحدود الشرقية لقطاع غزة" — the Gaza Strip's own border, as "على حدود
    غزة" is (``location_words``). One or two adjectives (``border_adjectives``) must stand between: "على الحدود مع
    قطاع غزة" is mostly the other side's border, and is not read (dates twelfth round). Only for attacks and
    coercion (``struck_types``): in "وكانت النساء يتظاهرن ضد سياسة الهجرة ... وفصل أطفال المهاجرين ... عن أسرهم على
    الحدود الجنوبية للولايات المتحدة" the border is where the children are separated, not where the women march."""
    lists = place_words()
    if m.entry.type not in lists.struck_types or x.prep != "ل" or words[x.first].norm[:1] != "ل":
        return False
    k = x.first - 1
    while k > x.first - 3 and k >= 0 and words[k].norm in lists.border_adjectives:
        k -= 1
    if k == x.first - 1 or k < 1 or words[k].norm not in lists.border_nouns:
        return False
    return _unjoined(words[k - 1].norm) in preps | lists.border_preps


def _faced_state(x: Mention) -> bool:
    """A state or city after أمام is the side something is opened or closed to, or faced with ("إغلاق
    المجال الجوي والموانئ البحرية أمام قطر"، "يركع أمام الولايات المتحدة"، "مباراة ... أمام إسرائيل في مدينة
    القدس"), never where the event happened: one stands before a building or a body (أمام السفارة، أمام
    البرلمان، أمام محكمة العدل الدولية), not before a country."""
    return x.prep in place_words().facing_preps and x.entities[0].type == "GPE"


def _headed_place(words: Sequence[Word], x: Mention, preps: frozenset[str]) -> bool:
    """A place named after a place noun that follows a location preposition: "في العاصمة صنعاء",
    "بمحافظة درعا", "بالعاصمة اليمنية المؤقتة عدن" (up to two adjectives between head and name). The nouns
    include a building named by its city ("أطلق النار على رجل في كاتدرائية برلين": the city is the place, as a
    facility's city is right in the gold) and the dual of a place noun ("في مديريتي حيس والخوخة")."""
    lists = place_words()
    heads = lists.place_heads | lists.facility_heads
    for k in range(x.first - 1, max(-1, x.first - 4), -1):
        key = words[k].norm
        bare = _bare(key)
        if bare in heads:
            lead = key[: len(key) - len(bare)].lstrip("وف")
            return lead.startswith("ب") or (k > 0 and words[k - 1].norm.lstrip("و") in preps)
        if not key.startswith("ال") or k == x.first - 3:
            return False  # only adjectives (اليمنية المؤقتة) stand between the head and the name
    return False


BARE_PREFIXES = ("وبال", "فبال", "بال", "وال", "فال", "لل", "ال", "وب", "فب", "ب", "و")
# The first of BARE_PREFIXES (alternation tries them in order) that leaves at least two characters: one
# anchored match instead of up to eleven str.startswith calls, each parsing its arguments (as
# mentions.ARTICLE_RE for strip_article).
BARE_RE = re.compile("(?:" + "|".join(BARE_PREFIXES) + ")(?=.{2})", re.DOTALL)


def _bare(key: str) -> str:
    """A word key without its proclitic cluster (و ف ب ل ال), as the place-head list is written."""
    m = BARE_RE.match(key)
    return key[m.end() :] if m else key


def _cause_word_after(ctx: SentenceContext, m: TriggerMatch) -> int:
    """Index of the first cause word after the trigger (على خلفية، بتهمة، بسبب): places after it are where
    the cause happened ("لم تطرد دبلوماسيين روس على خلفية تسميم العميل المزدوج في بريطانيا")."""
    lists = place_words()
    causes = lists.cause_words
    words = ctx.view.words
    for k in range(m.last + 1, len(words)):
        key = words[k].norm
        # only a word ending like a cause word is stripped of its clitics and looked up (speed)
        if key in causes or (key[-1:] in lists.cause_endings and _bare(key) in causes):
            return k
    return len(words)


def clause_quantities(ctx: SentenceContext, cstart: int, cend: int) -> list[int]:
    words = ctx.view.words
    lo, hi = words[cstart].start, words[cend].end
    # ordinals (أول رحلة، الخامسة و السبعين) count nothing the event involves
    return [
        k for k, q in enumerate(ctx.story.quantities) if lo <= q.start and q.end <= hi and q.kind != "ordinal"
    ]


def came_occasion(
    ctx: SentenceContext, before: SentenceContext, events: list[Event], *, res: CoderResources
) -> None:
    """The day and place of a "جاء ذلك" occasion sentence for the statement of the sentence before it: "دعا الرئيس
    الفلسطيني محمود عباس أبو مازن إلى مراجعة شاملة للعلاقات مع إسرائيل ..." then "جاء ذلك خلال اجتماع لجنة متابعة
    مبادرة السلام الدولية أمس الأربعاء بالقاهرة" — the call was made at that meeting, on that Wednesday, in Cairo
    (EVENT-CONVENTIONS sections 6-7: a statement gets the day and place the text says it was made at). ``ctx`` is the
    occasion sentence, ``before`` the one before it, ``events`` the story's records so far. Only a statement that
    opens its sentence (:func:`_came_statement`), with no day or place of its own; the occasion phrase ends where the
    statement's words, another act or a topic begin (``came_stops``, :data:`CAME_BREAKS`)."""
    phrase = _came_phrase(ctx)
    if phrase is None:
        return
    targets = [
        e for e in events if (e.date is None or e.location is None) and _came_statement(before, e, res=res)
    ]
    if not targets:
        return
    lo, hi = phrase
    words = ctx.view.words
    start, end = words[lo].start, words[hi - 1].end
    day = date_value(
        next(
            (t for t in ctx.story.times if start <= t.start and t.end <= end and t.value and not _since(t)),
            None,
        ),
        ctx.story,
        future=False,
    )
    # a place only after an occasion noun (a meeting, a visit): a statement's document has no venue, and a place
    # after it is mostly its author's title ("في بيان لوزير الإدارة المحلية ورئيس اللجنة العليا للإغاثة في اليمن")
    venue = next((k for k in range(lo, hi) if _occasion_noun(words[k])), hi)
    place = next(
        (
            x
            for x in ctx.mentions
            if venue < x.first
            and x.last < hi
            and x.first - lo - _time_words_between(ctx, lo, x.first) <= CAME_PLACE_WINDOW
            and placeish(x)
            and x.prep in res.location_preps
            and not _faced_state(x)
        ),
        None,
    )
    for e in targets:
        if e.date is None and day is not None:
            e.date = day
            e.date_inferred = None
        if e.location is None and place is not None:
            e.location = _location_of(ctx, place)


def _came_phrase(ctx: SentenceContext) -> tuple[int, int] | None:
    """The word span of the occasion phrase of a sentence opening "(و)جاء ذلك <خلال / في / أثناء / لدى> <occasion
    or statement noun>": from the noun to the first of ``came_stops`` or :data:`CAME_BREAKS`; else None."""
    lists = place_words()
    words, text = ctx.view.words, ctx.story.text
    if (
        len(words) < 4
        or words[0].norm not in lists.came_words
        or words[1].norm not in lists.came_pronouns
        or _unjoined(words[2].norm) not in lists.came_openers
        or not (_occasion_noun(words[3]) or {words[3].norm, _bare(words[3].norm)} & lists.came_statements)
    ):
        return None
    for k in range(4, len(words)):
        if words[k].norm in lists.came_stops or any(
            ch in CAME_BREAKS for ch in text[words[k - 1].end : words[k].end]
        ):
            return (3, k)
    return (3, len(words))


def _came_statement(before: SentenceContext, e: Event, *, res: CoderResources) -> bool:
    """A statement (a verbal event, not a meeting) the sentence ``before`` opens with: asserted, within
    :data:`CAME_TRIGGER_WORDS` words of the sentence's start, no complementizer before it (a reported act is not the
    occasion's: "قال ... إن ..." )."""
    if (
        e.sentence is None
        or e.sentence.start != before.view.start
        or e.modality != "asserted"
        or e.type == "CONSULT"
        or e.quad not in (1, 3)
    ):
        return False
    ahead = [w for w in before.view.words if w.start < e.start]
    return len(ahead) <= CAME_TRIGGER_WORDS and not any(w.norm in res.modality.complementizers for w in ahead)


@cache  # read-only word list, loaded once per process
def _continued_words() -> frozenset[str]:
    return key_set(read_data("places.yaml")["continued_words"])


def statement_day(ctx: SentenceContext, carried: str | None) -> str | None:
    """The day of the statement ``ctx``'s sentence makes or goes on with, for :func:`continued_statement`: a
    sentence opening with a verb of going on (``continued_words``: وأضاف، وتابع) and naming no time of its own
    continues the statement before it (``carried``, this function's value for the sentence before); any other
    sentence has the day of its first time expression that dates a saying (``said_day``: "قالت بعثة الأمم المتحدة
    في ليبيا أمس إن"), when it is a day, else none."""
    story, view = ctx.story, ctx.view
    own = [t for t in story.times if view.start <= t.start and t.end <= view.end]
    if not own:
        return carried if _continues(ctx) else None
    keys = [w.norm for w in view.words]
    for t in own:
        n_before = sum(1 for w in view.words if w.end <= t.start)
        if t.value and not _since(t) and said_day(keys[:n_before], keys[n_before:]):
            day = date_value(t, story, future=False)
            # a day only: a month before the complement is mostly another thing's ("الذي ترأس بلاده المجلس لشهر
            # يونيو/حزيران، إن مجلس الأمن حث")
            return day if day is not None and len(day) == len("2018-05-01") else None
    return None


def continued_statement(ctx: SentenceContext, day: str | None, events: list[Event]) -> None:
    """A statement record (a verbal event, not a meeting) with no day of its own, in a sentence that goes on with
    the statement of the sentence before (:func:`statement_day`), was made that day: "قالت بعثة الأمم المتحدة في
    ليبيا أمس إن الأمم المتحدة ستنظم جولة جديدة ..." then "وأضافت البعثة ...: ... يحث السيد ليون الأطراف الرئيسية
    على مضاعفة جهودها" (dates sample V; EVENT-CONVENTIONS sections 6-7: a statement gets the day it was made). Not a
    use of force, nor an act after a complementizer: what the speaker reports ("وأضاف أن البلدين وضعا آلية ...
    فيما تهدد أنقرة"، "لافتا إلى أن إيران دعمت تنظيم القاعدة") may be of another day or none; his own words, quoted
    or after a colon ("وأضافت ميركل ...: ... ندين ذلك بأشد العبارات"), are the statement."""
    if day is None or not _continues(ctx):
        return
    view = ctx.view
    if any(view.start <= t.start and t.end <= view.end for t in ctx.story.times):
        return
    complementizers = ctx.res.modality.complementizers
    for e in events:
        if (
            e.date is None
            and e.sentence is not None
            and e.sentence.start == view.start
            and e.quad in (1, 3)
            and e.type != "CONSULT"
            and not any(w.norm in complementizers for w in view.words if w.start < e.start)
        ):
            e.date = day
            e.date_inferred = None


def _continues(ctx: SentenceContext) -> bool:
    """Whether the sentence opens with a verb of going on with a statement (``continued_words``)."""
    words = ctx.view.words
    return bool(words) and words[0].norm in _continued_words()

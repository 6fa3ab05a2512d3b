"""The incident a news story's lead tells, for the undated uses of force told again in the next sentences
(docs/events.md, "Dates and locations, sixth round").

A wire story opens with the incident and its day ("أعلنت مصادر أمنية وطبية مقتل عشرات الأشخاص الثلاثاء في هجومين
انتحاريين استهدفا مسجدا وسوقا في مدينة موبي") and resumes it without the day ("وفجر انتحاري حزامه الناسف في مسجد
...، وفجر انتحاري آخر نفسه في سوق مجاورة"). The lead is often coded as no event at all (a casualty toll, a passive
with no agent), so records.py's incident rule, which joins later mentions to the story's first *coded* dated use
of force, misses it. Here the anchor is the lead sentence itself: one day-level time of the news cycle (within a
week before publication, not the day of a report) in a sentence that speaks of force (``incident_words``). The
annotation guide (sections 7-8) gives a date and a place to all the mentions of one event.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

from marsad.events.lexicon import key_set, read_data
from marsad.events.mentions import PLACE_TYPES, SentenceContext
from marsad.events.words import sentence_bounds
from marsad.language.normalize import normalize_key
from marsad.model import Location, Story, TimeExpr

DAY = len("2018-05-01")
WEEK_DAYS = 7
PUNCTUATION = "،,.؛;:!?؟\"'«»()[]"
CLITICS = ("وبال", "فبال", "بال", "وال", "فال", "لل", "ال", "وب", "فب", "ب", "و", "ف", "ل")


@dataclass(frozen=True, slots=True)
class LeadWords:
    """``data/places.yaml``'s words of the lead's incident (normalized keys)."""

    incident_words: frozenset[str]
    attribution_words: frozenset[str]
    saying_verbs: frozenset[str]
    complementizers: frozenset[str]
    habitual_words: frozenset[str]
    front_openers: frozenset[str]
    circumstantial_pronouns: frozenset[str]
    window: int


@cache  # read-only word lists, loaded once per process
def lead_words() -> LeadWords:
    raw = read_data("places.yaml")

    return LeadWords(
        incident_words=key_set(raw["incident_words"]),
        attribution_words=key_set(raw["attribution_words"]),
        saying_verbs=key_set(raw["news_verbs"]) | key_set(raw["saying_verbs"]),
        complementizers=key_set(raw["lead_complementizers"]),
        habitual_words=key_set(raw["habitual_words"]),
        front_openers=key_set(raw["front_openers"]),
        circumstantial_pronouns=key_set(raw["circumstantial_pronouns"]),
        window=int(raw["incident_window"]),
    )


@dataclass(frozen=True, slots=True)
class LeadIncident:
    """The lead sentence's span and the day it gives its incident."""

    start: int
    end: int
    day: str
    countries: frozenset[str]
    """Countries of the entities the lead names (its incident's, for the later mentions to share)."""


def lead_incident(story: Story) -> LeadIncident | None:
    """The incident of the story's first sentence, when it speaks of force and names one day of the news cycle."""
    if story.date is None:
        return None
    found = _force_lead(story)
    if found is None:
        return None
    start, end, keys = found
    days = [
        t for t in story.times if start <= t.start and t.end <= end and t.value and _news_day(t, story.date)
    ]
    if len({t.value for t in days}) != 1:
        return None  # none, or two days (the attack and the claim): the lead does not settle it
    day = days[0]
    # a day after the news' attribution ("وفق ما ذكرت مصادر، الأحد") dates the report, and so does one between a
    # verb of saying and its complement ("ذكر المرصد السوري، الجمعة، أن 15 جنديا قتلوا"، "قالت ميركل، الأربعاء، إن")
    n_before = len(story.text[start : day.start].split())
    if said_day(keys[:n_before], keys[n_before:]):
        return None
    countries = frozenset(e.country for e in story.entities if start <= e.start < end and e.country)
    return LeadIncident(start=start, end=end, day=day.value or "", countries=countries)


def lead_place(story: Story) -> Location | None:
    """The place of the incident the story's first sentence tells, when it speaks of force: its first place
    entity, when all the places it names are of one country ("إثر تعرضه للطعن على يد مهاجم ... في مدينة القدس
    القديمة"، "الهجوم الإرهابي الذي استهدف مسجدا في كيبيك بكندا"). Without offsets (records.py gives it to
    later sentences)."""
    found = _force_lead(story)
    if found is None:
        return None
    start, end, _ = found
    places = sorted(
        (e for e in story.entities if start <= e.start < end and e.type in PLACE_TYPES), key=lambda e: e.start
    )
    if not places or len({e.country for e in places}) != 1 or places[0].country is None:
        return None
    return Location(text=places[0].text, country=places[0].country)


def said_day(before: list[str], after: list[str]) -> bool:
    """Whether a day dates a report or a saying rather than the act: it stands after the news' attribution ("وفق ما
    ذكرت مصادر، الأحد") or between a verb of saying and its complement ("ذكر المرصد السوري، الجمعة، أن 15 جنديا
    قتلوا"، "قالت ميركل، الأربعاء، إن"). ``before`` and ``after``: the normalized words of its sentence before the
    day and from it on."""
    lists = lead_words()
    if any(_bare(k) in lists.attribution_words or k in lists.attribution_words for k in before[-8:]):
        return True
    return any(k in lists.saying_verbs or _bare(k) in lists.saying_verbs for k in before) and any(
        k in lists.complementizers for k in after[:4]
    )


def _force_lead(story: Story) -> tuple[int, int, list[str]] | None:
    """The story's first sentence (its span and normalized words) when it speaks of force (``incident_words``)."""
    bounds = sentence_bounds(story)
    if not bounds:
        return None
    start, end = bounds[0]
    words = lead_words().incident_words
    keys = [normalize_key(w) for w in story.text[start:end].split()]
    if not any(_bare(k) in words or k in words for k in keys):
        return None
    return start, end, keys


def joins_lead(ctx: SentenceContext, lead: LeadIncident, countries: set[str]) -> bool:
    """Whether an undated use of force in ``ctx``'s sentence may be the lead's incident told again: a later
    sentence starting within ``incident_window`` characters of the lead's end, naming no time of its own (not
    even one that resolves to no date: منذ سنوات، خلال الأشهر الماضية), whose parties and place (``countries``)
    share a country with the lead's when both name one."""
    view = ctx.view
    if view.start < lead.end or view.start - lead.end > lead_words().window:
        return False
    if countries and lead.countries and not countries & lead.countries:
        return False
    if any(view.start <= t.start and t.end <= view.end for t in ctx.story.times):
        return False
    text = ctx.story.text[view.start : view.end]
    return "منذ" not in text and not habitual(text)


def habitual(text: str) -> bool:
    """Whether a sentence tells what happens habitually or happened before ("يلجأ الانقلابيون إلى شن هجمات عادة"،
    "وهذه ليست المرة الأولى، التي تستهدف فيها"): its uses of force are background, not the lead's incident."""
    words = lead_words().habitual_words
    # (punctuation stripped: "بحق المدنيين بشكل يومي، وتقوم باستهدافهم")
    keys = (normalize_key(w.strip(PUNCTUATION)) for w in text.split())
    return any(_bare(k) in words or k in words for k in keys)


def circumstantial(before: str) -> bool:
    """Whether the text right before a verb ends with a pronoun opening a حال clause ("وهو يطلق النار"): an
    imperfect verb there tells the past narrative's action as it went on."""
    words = before.split()
    return bool(words) and normalize_key(words[-1].strip(PUNCTUATION)) in lead_words().circumstantial_pronouns


def opens_front(text: str) -> bool:
    """Whether a sentence opens with a fronted place phrase ("وفي البيضاء، لقي ..."): in a roundup it tells another
    front than the lead's."""
    words = text.split(maxsplit=1)
    return bool(words) and normalize_key(words[0]) in lead_words().front_openers


def _news_day(t: TimeExpr, published: str) -> bool:
    value = t.value or ""
    if len(value) != DAY or not value[:4].isdigit():
        return False
    try:
        delta = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(value)).days
    except ValueError:
        return False
    return 0 <= delta <= WEEK_DAYS


def _bare(key: str) -> str:
    """A key without its proclitics (و ف ب ل ال), for the word lists."""
    for c in CLITICS:
        if key.startswith(c) and len(key) - len(c) >= 3:
            return key[len(c) :]
    return key

"""Where, when and how much: the event's date from its clause (or the news-cycle day, kept apart), its
location from في / إلى + a place, the quantities in its clause, and countries for generic participants."""

from __future__ import annotations

import datetime

from marsad.events.clauses import ReportFrame
from marsad.events.lexicon import TriggerMatch
from marsad.events.mentions import Mention, SentenceContext, placeish
from marsad.events.resources import CoderResources
from marsad.events.words import sentence_bounds
from marsad.model import Location, Participant, Story

VERBAL_PLACE_WINDOW = 4
"""How many words from a verbal event's trigger its place may stand."""
NON_STATE_CODES = frozenset({"IGO", "NGO", "UNK", "IMG"})


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
    ctx: SentenceContext, source: list[Participant], target: list[Participant], location: Location | None
) -> None:
    """A participant with no country — a generic agent with no nisba (محتجين، المسلحين), or a person the
    knowledge base does not know (an opposition leader in an Armenian story) — belongs to the country where
    the event happened, else to the other side's single country (a domestic event), else to the story's most
    named country. Coded entities with an actor and a sector but no country (IGOs) are left alone."""
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
            elif len(others) == 1:
                p.country = next(iter(others))
            else:
                p.country = _home_country(ctx.story)


def _home_country(story: Story) -> str | None:
    counts: dict[str, int] = {}
    for e in story.entities:
        if e.country and len(e.country) == 3 and e.country not in NON_STATE_CODES:
            counts[e.country] = counts.get(e.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def clause_date(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, cend: int, report: ReportFrame | None
) -> str | None:
    """The value of a time expression in the trigger's clause (nearest to the trigger), else of one
    fronted before it in the sentence (و في العام الماضي، انضم ...), else None."""
    words = ctx.view.words
    lo, hi = words[cstart].start, words[cend].end
    if report is not None and not report.whole_sentence and m.head >= report.content_from:
        # a day that dates the report does not date the reported event (conventions section 6)
        lo = max(lo, words[report.content_from].start)
    best: tuple[int, int] | None = None
    for k, t in enumerate(ctx.story.times):
        if t.value and lo <= t.start and t.end <= hi:
            dist = abs(t.start - m.start)
            if best is None or dist < best[0]:
                best = (dist, k)
    if best is None and report is None:
        fronted = [t for t in ctx.story.times if t.value and ctx.view.start <= t.start and t.end <= lo]
        if fronted:
            return fronted[-1].value
    if best is None:
        return None
    return ctx.story.times[best[1]].value


def event_location(
    ctx: SentenceContext, m: TriggerMatch, in_clause: list[Mention], *, res: CoderResources
) -> Location | None:
    preps = res.location_preps | (res.destination_preps if m.entry.type == "CONSULT" else frozenset())

    def where(x: Mention) -> bool:
        return x.prep in preps and placeish(x) and x.before_prep not in res.topic_nouns

    places = [x for x in in_clause if where(x) and x.first > m.head]
    places += [x for x in in_clause if where(x) and x.first < m.head]
    if m.entry.type != "CONSULT" and res.ontology.quad(m.entry.type) in (1, 3):
        # a statement's place must be stated next to it (أدان في بيان في موسكو); a place further on is
        # what the statement is about (حقوق الإنسان في السعودية), section 7
        places = [x for x in places if abs(x.first - m.head) <= VERBAL_PLACE_WINDOW]
    elif not places:
        places = [x for x in ctx.mentions if where(x)]
    if places:
        ent = places[0].entities[0]
        return Location(text=ent.text, start=ent.start, end=ent.end, country=ent.country)
    # No dateline fallback: EVENT-CONVENTIONS section 7 (binding) gives statements no place, and the
    # datelines of real pages name the outlet's bureau ("أبوظبي - سكاي نيوز عربية"), not where things
    # happened; on the dev gold every dateline location was wrong. See docs/events.md.
    return None


def clause_quantities(ctx: SentenceContext, cstart: int, cend: int) -> list[int]:
    words = ctx.view.words
    lo, hi = words[cstart].start, words[cend].end
    # ordinals (أول رحلة، الخامسة و السبعين) count nothing the event involves
    return [
        k for k, q in enumerate(ctx.story.quantities) if lo <= q.start and q.end <= hi and q.kind != "ordinal"
    ]

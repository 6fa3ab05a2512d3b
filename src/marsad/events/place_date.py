"""Where, when and how much: the event's date from its clause (or the news-cycle day, kept apart), its
location from في / إلى + a place, the quantities in its clause, and countries for generic participants."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.events.clauses import ReportFrame
from marsad.events.lexicon import TriggerMatch, Word, read_data
from marsad.events.mentions import PERSON_TYPES, Mention, SentenceContext, placeish
from marsad.events.resources import CoderResources
from marsad.events.words import sentence_bounds
from marsad.language.calendar import calendar_names
from marsad.language.normalize import normalize_key
from marsad.model import Location, Participant, Story, TimeExpr

VERBAL_PLACE_WINDOW = 4
"""How many words from a verbal event's trigger its place may stand."""
NON_STATE_CODES = frozenset({"IGO", "NGO", "UNK", "IMG"})
ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
INTERPOSE_MARKS = frozenset({"،", ","})
DAY_PART_GAP = 16
"""At most this many characters of بعد / قبل (+ a part of the day) between a clause and its time."""
TIME_PREPOSITIONS = frozenset({"بعد", "قبل"})
SENTENCE_ENDS = frozenset({".", "!", "?", "؟"})
QUOTES_AND_SPACE = ' "“”«»'
"""The marks around an interposed time expression (يزور بوتين، الثلاثاء، تركيا)."""


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word lists of ``data/places.yaml`` (normalized keys) and the weekday names."""

    place_heads: frozenset[str]
    other_clause_openers: frozenset[str]
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


@cache  # read-only word lists, loaded once per process
def place_words() -> PlaceWords:
    raw = read_data("places.yaml")
    return PlaceWords(
        place_heads=frozenset(normalize_key(w) for w in raw["place_heads"]),
        other_clause_openers=frozenset(normalize_key(w) for w in raw["other_clause_openers"]),
        relative_pronouns=frozenset(normalize_key(w) for w in raw["relative_pronouns"]),
        occasion_resumptives=frozenset(normalize_key(w) for w in raw["occasion_resumptives"]),
        occasions=frozenset(normalize_key(w) for w in raw["occasions"]),
        during=frozenset(normalize_key(w) for w in raw["during"]),
        cause_words=frozenset(normalize_key(w) for w in raw["cause_words"]),
        cause_endings=frozenset(normalize_key(w)[-1] for w in raw["cause_words"]),
        time_leads=frozenset(normalize_key(w) for w in raw["time_leads"]),
        day_parts=frozenset(normalize_key(w) for w in raw["day_parts"]),
        facing_preps=frozenset(normalize_key(w) for w in raw["facing_preps"]),
        since_words=frozenset(normalize_key(w) for w in raw["since_words"]),
        when_words=frozenset(normalize_key(w) for w in raw["when_words"]),
        weekdays=frozenset(calendar_names().weekdays),
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
                hostile and (_named_person(ctx, p) or p.sector in OFFICIAL_SECTORS)
            ):
                p.country = next(iter(others))
            else:
                p.country = home_country(ctx.story)


OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
"""Generic officials and forces (مسؤولو، السلطات، قوات): in a verbal conflict or a sanction they are as often
foreign to the other side as a named person is."""


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
    if report is not None and not report.whole_sentence and m.head >= report.content_from and not speech_act:
        lo = max(lo, words[report.content_from].start)
    best = _nearest_time(ctx, m, lo, hi)
    if best is None and (report is None or speech_act) and not _other_clause(ctx, cstart):
        fronted = [
            t
            for t in ctx.story.times
            if t.value and ctx.view.start <= t.start and t.end <= lo and not _background_since(ctx, t, m)
        ]
        if fronted:
            best = fronted[-1]
    return best


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
        if t.value and lo <= t.start and t.end <= hi and not _background_since(ctx, t, m):
            dist = abs(t.start - m.start)
            if best is None or dist < best[0]:
                best = (dist, t)
    return best[1] if best is not None else None


def _since(t: TimeExpr) -> bool:
    """A "since" time (منذ 2007، منذ ثلاث سنوات، منذ الاثنين) says when a state or a series began, not when the
    event happened (annotation guide section 6: منذ is background; "فنحن منذ ثلاث سنوات نطالب" is undated):
    "الذي تسيطر عليه حركة حماس منذ عام 2007، ويفرض عليه حصارا"، "وقتل 171 فلسطينيا ... منذ بدء مسيرات العودة في
    30 مارس"."""
    head = t.text.split(maxsplit=1)[0] if t.text.split() else ""
    key = normalize_key(head)
    return key in place_words().since_words or (key[:1] in "وف" and key[1:] in place_words().since_words)


def _background_since(ctx: SentenceContext, t: TimeExpr, m: TriggerMatch) -> bool:
    """A "since" time (:func:`_since`) that does not date the event: all but one a "when" clause follows, for
    the events of that clause, which tell what happened then ("أكثر الأيام دموية ... منذ عام 2014، عندما تصاعدت
    المواجهات"; not "وهجوم مانشستر هو الأعنف ... منذ جويلية 2005 عندما قتل": today's attack before it)."""
    if not _since(t):
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
        if gap not in INTERPOSE_MARKS:
            break
        after = text[t.end : ctx.view.end].strip()
        if not after or after[:1] in INTERPOSE_MARKS or after in SENTENCE_ENDS:
            return t.end
        break
    return hi


def _occasion_end(ctx: SentenceContext, cend: int) -> int:
    """The end of a relative clause about the occasion the event happened at, which the clause splitter
    cut off: "تعهد خلال القمة التي جمعته الجمعة مع ..." — the summit's day is the pledge's. The clause must
    end in "خلال / في / أثناء + an occasion noun" and the next one open with a relative pronoun; it runs to the
    next comma."""
    words, text = ctx.view.words, ctx.story.text
    lists = place_words()
    if cend < 1 or cend + 1 >= len(words) or words[cend + 1].key not in lists.relative_pronouns:
        return words[cend].end
    if _bare(words[cend].key) not in lists.occasions or words[cend - 1].key.lstrip("و") not in lists.during:
        return words[cend].end
    start = words[cend + 1].end
    return next((k for k in range(start, ctx.view.end) if text[k] in INTERPOSE_MARKS), ctx.view.end)


def _day_part_lead(gap: str, time_text: str) -> bool:
    """بعد / قبل before a part of the day (بعد ظهر أمس، بعد منتصف ليل الجمعة), the time expression itself
    starting with the part of the day or not."""
    words = place_words()
    lead = normalize_key(gap)
    head = normalize_key(time_text.split()[0]) if time_text.split() else ""
    return lead in words.time_leads or (lead in TIME_PREPOSITIONS and head in words.day_parts)


def _other_clause(ctx: SentenceContext, cstart: int) -> bool:
    """Whether the trigger's clause opens with a contrast (بينما نفت، فيما قتل) or a relative pronoun (الذي
    تتهمه السلطات): a time fronted before it dates another clause. A relative clause about an occasion,
    with a resumptive "in which" (زيارته، الثلاثاء الماضي، ... التي اتهم فيها إيران), happened then."""
    words = ctx.view.words
    key = words[cstart].key
    lists = place_words()
    if key[:1] in "وف" and key[1:] in lists.other_clause_openers:
        key = key[1:]
    pair = " ".join(w.key for w in words[cstart : cstart + 2])
    if pair in lists.other_clause_openers or pair.lstrip("و") in lists.other_clause_openers:
        return True
    if key not in lists.other_clause_openers:
        return False
    if key in lists.relative_pronouns:
        near = words[cstart + 1 : cstart + 4]
        return not any(w.key in lists.occasion_resumptives for w in near)
    return True


def date_value(expr: TimeExpr | None, story: Story, *, future: bool) -> str | None:
    """The event's date from the time expression that dates it: an ISO prefix (:func:`_iso_prefix`), a
    bare weekday of a future event moved to the next such day (:func:`_future_day`)."""
    if expr is None or expr.value is None:
        return None
    value = _iso_prefix(expr.value)
    return _future_day(value, story, expr.text) if future else value


def _iso_prefix(value: str) -> str | None:
    """An ISO prefix for the event's date: a week ("الأسبوع الماضي", 2018-W07) is coded at month level
    (annotation guide section 7), or at year level when it spans two months; other values pass."""
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
    preps = res.location_preps | (res.destination_preps if m.entry.type == "CONSULT" else frozenset())
    words = ctx.view.words
    cause_at: int | None = None  # found only when a place stands after the trigger

    def where(x: Mention) -> bool:
        nonlocal cause_at
        if not placeish(x) or _faced_state(x):
            return False
        if x.first > m.last:
            if cause_at is None:
                cause_at = _cause_word_after(ctx, m)
            if x.first >= cause_at:
                return False
        return (x.prep in preps and x.before_prep not in res.topic_nouns) or _headed_place(words, x, preps)

    places = [x for x in in_clause if where(x) and x.first > m.head]
    places += [x for x in in_clause if where(x) and x.first < m.head]
    if m.entry.type != "CONSULT" and res.ontology.quad(m.entry.type) in (1, 3):
        # a statement's place must be stated next to it (أدان في بيان في موسكو); a place further on is
        # what the statement is about (حقوق الإنسان في السعودية), section 7
        places = [x for x in places if abs(x.first - m.head) <= VERBAL_PLACE_WINDOW]
        # "تتهمه عدة منظمات حقوقية في بريطانيا": a place right after a party says where the party is
        ends = {x.last for x in ctx.mentions if not placeish(x)}
        places = [x for x in places if x.first - 2 not in ends]
    elif not places:
        # elsewhere in the sentence only a place right after a location preposition
        places = [x for x in ctx.mentions if where(x) and x.prep in preps]
    if places:
        ent = places[0].entities[0]
        return Location(text=ent.text, start=ent.start, end=ent.end, country=ent.country)
    # No dateline fallback: EVENT-CONVENTIONS section 7 (binding) gives statements no place, and the
    # datelines of real pages name the outlet's bureau ("أبوظبي - سكاي نيوز عربية"), not where things
    # happened; on the dev gold every dateline location was wrong. See docs/events.md.
    return None


def _faced_state(x: Mention) -> bool:
    """A state or city after أمام is the side something is opened or closed to, or faced with ("إغلاق
    المجال الجوي والموانئ البحرية أمام قطر"، "يركع أمام الولايات المتحدة"، "مباراة ... أمام إسرائيل في مدينة
    القدس"), never where the event happened: one stands before a building or a body (أمام السفارة، أمام
    البرلمان، أمام محكمة العدل الدولية), not before a country."""
    return x.prep in place_words().facing_preps and x.entities[0].type == "GPE"


def _headed_place(words: Sequence[Word], x: Mention, preps: frozenset[str]) -> bool:
    """A place named after a place noun that follows a location preposition: "في العاصمة صنعاء",
    "بمحافظة درعا", "بالعاصمة اليمنية المؤقتة عدن" (up to two adjectives between head and name)."""
    heads = place_words().place_heads
    for k in range(x.first - 1, max(-1, x.first - 4), -1):
        key = words[k].key
        bare = _bare(key)
        if bare in heads:
            lead = key[: len(key) - len(bare)].lstrip("وف")
            return lead.startswith("ب") or (k > 0 and words[k - 1].key.lstrip("و") in preps)
        if not key.startswith("ال") or k == x.first - 3:
            return False  # only adjectives (اليمنية المؤقتة) stand between the head and the name
    return False


def _bare(key: str) -> str:
    """A word key without its proclitic cluster (و ف ب ل ال), as the place-head list is written."""
    for prefix in ("وبال", "فبال", "بال", "وال", "فال", "لل", "ال", "وب", "فب", "ب", "و"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            return key[len(prefix) :]
    return key


def _cause_word_after(ctx: SentenceContext, m: TriggerMatch) -> int:
    """Index of the first cause word after the trigger (على خلفية، بتهمة، بسبب): places after it are where
    the cause happened ("لم تطرد دبلوماسيين روس على خلفية تسميم العميل المزدوج في بريطانيا")."""
    lists = place_words()
    causes = lists.cause_words
    words = ctx.view.words
    for k in range(m.last + 1, len(words)):
        key = words[k].key
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

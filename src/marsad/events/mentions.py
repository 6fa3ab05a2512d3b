"""The parties of a sentence as the coder sees them: the story's entities plus generic agents (محتجين،
قوات الأمن), grouped into mentions (و-coordination, apposition, a nisba after a name) with the preposition
before each; and the participant records made from them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import is_not
from typing import Any

from marsad.errors import ModelError
from marsad.events.lexicon import Word, key_set, read_data
from marsad.events.resources import STRIP_CACHE_LIMIT, CoderResources, GenericWord
from marsad.events.words import SentenceView
from marsad.language.clitics import analyze
from marsad.language.normalize import normalize_key
from marsad.model import Entity, Participant, Span, Story

# Entity types that name places; one with a country code (روسيا LOC RUS, موسكو city:moscow) is also an
# actor (a country acts through its government), one without (أوروبا، بحر اليابان) is only a place.
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
PLACE_ONLY_ACTORS = ("place:",)
NON_ACTOR_TYPES = frozenset({"FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "MISC", "EVENT"})
COORD_GAP = frozenset({"و", "", "،", ",", "، و", "،و"})
NISBA_TYPES = frozenset({"MISC", "NORP"})
COUNTRY_TYPES = frozenset({"GPE"})
"""Entity types of a country's name ("كوريا الشمالية"), which a leader word in construct before it makes GOV."""
WITNESS_VERBS = frozenset({"شهد", "شهدت", "تشهد", "يشهد", "شهدتها", "شهده", "تشهدها"})


@dataclass(slots=True)
class Mention:
    """One entity (or a و-coordinated group of entities) in a sentence, with the word it follows."""

    entities: list[Entity]
    first: int
    """Index of the first word."""
    last: int
    prep: str
    """The preposition before it (a separate word or a proclitic), normalized, or ''."""
    place: bool
    before_prep: str = ""
    """The word before a separate preposition (الوضع in الوضع في سوريا), normalized."""
    lead: str = ""
    """A preposition riding as a clitic on the noun before the name (لقرار ترمب، بدولة إسرائيل): ل or ب."""
    locative: bool = False
    """A place name after a place noun or a direction word (غرب محافظة مأرب، غربي اليمن): where, never who acts."""


@dataclass(slots=True)
class SentenceContext:
    view: SentenceView
    entities: list[Entity]
    """The story's entities in this sentence, sorted."""
    story: Story
    res: CoderResources
    sources_out: list[list[Participant]] = field(default_factory=list)
    """Actors of the events coded in this sentence (for the next sentence's back-reference)."""
    history: list[list[Participant]] = field(default_factory=list)
    """Actors of every event coded earlier in the story, oldest first (plural back-references)."""
    last_pos: str = ""
    """Part of speech of the trigger of the event coded last in this sentence."""
    _mentions: list[Mention] | None = None

    @property
    def mentions(self) -> list[Mention]:
        """Built on first use: most sentences have no trigger and never need their mentions."""
        if self._mentions is None:
            here = _with_generic_agents(self.story, self.view, self.entities, res=self.res)
            here = _with_bodies(self.story, self.view.words, here)
            self._mentions = _mentions(
                self.story, self.view, here, partitives=self.res.partitives, offices=office_words()
            )
        return self._mentions


GENERIC = "GENERIC"
"""Entity type of the coder's own generic-agent mentions (they are never added to story.entities)."""
UNKNOWN_GROUP = "UNK"
NGO_GROUP = "NGO"
FORMER_WORDS = frozenset({"سابق", "سابقا", "سابقه", "سابقين", "سابقون"})
"""A generic official followed by one of these is a former official (ELI)."""
PERSON_TYPES = frozenset({"PER", "PERS"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
"""Sectors of the state's bodies: officials, forces, police, courts (its generic officials are as often foreign to
the other side of a verbal conflict as a named person is; a country's civilians are not its bodies named again)."""
POLICING_SECTORS = frozenset({"COP", "JUD"})
"""Police, courts and prosecutors: the bodies that act on private persons by law."""
TITLED_TYPES = frozenset({"PER", "PERS", "ORG", "GENERIC"})
"""Entity types a title can give a sector to (not places, nisbas or dates)."""
GROUP_HEAD_SECTORS = frozenset({"MIL", "REB", "COP"})
"""Sectors of a head (مقاتلات، قوات، مسلحي) and of a group after it that make one party of the two."""
BODY_HEAD_SECTORS = frozenset({"JUD"})
"""Sectors of a head (نيابة، محكمة) whose name an organisation after it completes: the head's sector wins."""
BODY_TYPES = frozenset({"ORG"})
ARTICLE_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
# The first of ARTICLE_PREFIXES (alternation tries them in order) that leaves at least three characters:
# one match call instead of up to nine startswith calls (strip_article runs ~40 times an article).
ARTICLE_RE = re.compile("(?:" + "|".join(ARTICLE_PREFIXES) + ")(?=.{3})", re.DOTALL)
PREP_CLITICS = ("ل+", "ب+")
"""The proclitics that mark a mention's preposition (a clitic c with c.endswith("+") and c[:-1] in ل، ب)."""
# ولل / لل give ل, وبال / بال give ب: one anchored match instead of four str.startswith calls per mention
PREP_CLUSTER_RE = re.compile("(ولل|لل)|(?:وبال|بال)")


PLAIN_WORD = GenericWord(bare="", pair_head=False, single=None, head=None)
"""The cached value of every word key that starts no generic agent (most words). The scan reads nothing
else from it, so one shared instance stands for them all: one tracked object per cached key kept the
cyclic collector's full collections walking tens of thousands of them (docs/performance.md, round 8)."""


def _generic_word(key: str, *, pair_heads: frozenset[str], res: CoderResources) -> GenericWord:
    """What the generic-agent scan reads from one word key: ``PLAIN_WORD`` when it is nothing to it."""
    stripped = strip_article(key)
    pair_head = stripped in pair_heads or key in pair_heads
    single = res.generic_single.get(stripped)
    head = res.group_heads.get(stripped)
    if not pair_head and single is None and head is None:
        return PLAIN_WORD
    return GenericWord(bare=stripped, pair_head=pair_head, single=single, head=head)


def _with_generic_agents(
    story: Story, view: SentenceView, entities: list[Entity], *, res: CoderResources
) -> list[Entity]:
    """The sentence's entities plus generic agents (محتجين، قوات الأمن) where the entity stage found
    nothing. A nisba or name right after a generic agent (شرطياً ألمانياً، قوات إماراتية) gives its
    country, and the two become one participant."""
    words = view.words
    out = list(entities)
    pair_heads = res.generic_pair_heads
    cache = res.generic_words
    # Every word's cached value probed in C; only the words that are not PLAIN_WORD (no pair head,
    # one-word agent or group head: most words) or not cached yet are visited in Python.
    # (a comprehension: its specialised slot read costs a tenth of attrgetter's generic look-up, round 15)
    get = cache.get
    infos = [get(w.norm) for w in words]
    i = 0  # the first word that may start an agent (the words an agent took in start none)
    for k in compress(range(len(infos)), map(is_not, infos, repeat(PLAIN_WORD))):
        if k < i:
            continue
        i = k
        w = words[i]
        last, sector = i, None
        info = infos[i]
        if info is None:
            info = cache.get(w.norm)  # an earlier word of the sentence may have cached it
        if info is None:
            if len(cache) > STRIP_CACHE_LIMIT:
                cache.clear()
            info = cache[w.norm] = _generic_word(w.norm, pair_heads=pair_heads, res=res)
        if info is PLAIN_WORD:
            continue
        bare = info.bare
        if bare in counted_only() and not (i > 0 and _a_count(words[i - 1], res=res)):
            continue  # هجوما إرهابيا: an adjective, not a party (القضاء على 30 إرهابيا)
        if i > 0 and words[i - 1].norm.lstrip("وب") in adjective_after().get(bare, ()):
            continue  # مؤتمر صحفي: a press conference, no journalist
        if info.pair_head and i + 1 < len(words):
            nxt = words[i + 1].norm
            sector = res.generic_pairs.get(bare + " " + nxt) or res.generic_pairs.get(w.norm + " " + nxt)
            last = i + 1 if sector else i
        if sector is None:
            sector = info.single
            if sector == "OPP" and _holds_ground(words, i):
                sector = "REB"
        head_only = sector is None and info.head is not None
        if head_only:
            sector = info.head
        if sector is None or any(e.start < words[last].end and w.start < e.end for e in entities):
            continue
        end, country, actor = words[last].end, None, None
        if sector in (UNKNOWN_GROUP, NGO_GROUP):
            # الغرب، جميع الدول: no single country; منظمات حقوقية: an NGO (conventions section 2)
            country, sector = sector, None
        if (
            sector not in (UNKNOWN_GROUP, NGO_GROUP, None)
            and last + 1 < len(words)
            and strip_article(words[last + 1].norm) in FORMER_WORDS
        ):
            # ضابط سابق، المسؤول السابق: a former official (conventions section 2: ELI)
            sector = "ELI"
        # only entities no earlier generic agent has taken in (مدفعية #الجيش_اليمني: two heads, one group)
        # a hashtag's underscores join its words (#النيابة_العسكرية_الإسرائيلية): they stand between nothing
        tail = _past_underscores(words, last + 1)
        tail_end = words[tail - 1].end if tail > last + 1 else words[last].end
        nisba = next(
            (e for e in out if tail_end <= e.start <= tail_end + 1 and e.start > words[last].start), None
        )
        if nisba is None and tail + 1 < len(words) and words[tail].norm.startswith("ال"):
            # one definite adjective between (النيابة العسكرية الإسرائيلية، المحكمة العليا الإسرائيلية)
            after_adj = _past_underscores(words, tail + 1)
            gap_end = words[after_adj - 1].end
            nisba = next(
                (
                    e
                    for e in out
                    if gap_end <= e.start <= gap_end + 1 and e.type in NISBA_TYPES and e.start > w.start
                ),
                None,
            )
        if nisba is not None and nisba.country and not nisba.sector:
            end, country, actor = nisba.end, nisba.country, nisba.actor
            out.remove(nisba)
        elif nisba is not None and sector in GROUP_HEAD_SECTORS and _armed_group(nisba):
            # مقاتلات التحالف العربي، مسلحي طالبان، قوات التحالف الدولي: the head names members of the
            # group after it (construct state); the party is that group, in the group's sector if it has one
            end, country, actor = nisba.end, nisba.country, nisba.actor
            sector = nisba.sector if nisba.sector in GROUP_HEAD_SECTORS else sector
            out.remove(nisba)
        elif nisba is not None and sector in BODY_HEAD_SECTORS and nisba.type in BODY_TYPES and nisba.country:
            # نيابة أمن الدولة العليا المصرية: the entity stage tags the security service (COP) and not the
            # prosecution whose name it completes (construct state); the party is the prosecution, JUD, with
            # the body's country
            end, country, actor = nisba.end, nisba.country, None
            out.remove(nisba)
        elif head_only:
            # الطيران المدني، طائرات مسيرة: without a group after it the head names no party
            continue
        elif nisba is None and last + 1 < len(words) and words[last + 1].norm in country_genitives():
            # قوات الاحتلال، جنود الاحتلال: the genitive names the country as a nisba would
            end, country = words[last + 1].end, country_genitives()[words[last + 1].norm]
        out.append(
            Entity(
                start=w.start,
                end=end,
                text=story.text[w.start : end],
                type=GENERIC,
                country=country,
                sector=sector,
                actor=actor,
            )
        )
        i = last + 1
        while i < len(words) and words[i].start < end:
            i += 1  # the words of the nisba or group it took in start no agent of their own
    return sorted(out, key=lambda e: e.start)


@dataclass(frozen=True, slots=True)
class HeldGround:
    """``agents.yaml: held_ground``: the words of holding territory before the opposition, and the pronouns
    that may stand between (تسيطر عليها المعارضة)."""

    words: frozenset[str]
    between: frozenset[str]


@cache  # read-only, loaded once per process
def held_ground() -> HeldGround:
    raw = read_data("agents.yaml")["held_ground"]
    return HeldGround(words=key_set(raw["words"]), between=key_set(raw["between"]))


def _holds_ground(words: Sequence[Word], i: int) -> bool:
    """The opposition at ``words[i]`` holds territory ("المناطق التي تسيطر عليها المعارضة"، "الخاضعة لسيطرة
    المعارضة"): an opposition that holds ground is armed, REB (EVENT-CONVENTIONS section 2; evsector1)."""
    hg = held_ground()
    k = i - 1
    if k >= 1 and words[k].norm in hg.between:
        k -= 1
    return k >= 0 and words[k].norm in hg.words


@cache  # read-only, loaded once per process
def counted_only() -> frozenset[str]:
    """``agents.yaml: counted_only``: generic agents read only after a count (إرهابيا: also an adjective)."""
    return key_set(read_data("agents.yaml")["counted_only"])


@cache  # read-only, loaded once per process
def adjective_after() -> dict[str, frozenset[str]]:
    """``agents.yaml: adjective_after``: a generic agent -> the nouns it is the adjective of (صحفي after مؤتمر)."""
    raw: dict[str, list[str]] = read_data("agents.yaml")["adjective_after"]
    return {normalize_key(k): key_set(ws) for k, ws in raw.items()}


def _a_count(w: Word, *, res: CoderResources) -> bool:
    """``w`` is a number or a word of quantity (30، عشرات، أكثر)."""
    return numeric_word(w) or w.norm in res.partitives or w.norm in count_words()


HASHTAG_JOINER = "_"


def _past_underscores(words: Sequence[Word], k: int) -> int:
    """The first word at or after ``k`` that is not a hashtag's underscore."""
    while k < len(words) and words[k].norm == HASHTAG_JOINER:
        k += 1
    return k


def _armed_group(ent: Entity) -> bool:
    """A named group that can stand after a head in construct (التحالف، النظام، طالبان): an organisation
    with a country or an armed or governing sector, not a place."""
    return (
        ent.type not in PLACE_TYPES and ent.type not in NON_ACTOR_TYPES and ent.sector in GROUP_HEAD_SECTORS
    )


def strip_article(key: str) -> str:
    m = ARTICLE_RE.match(key)
    return key[m.end() :] if m is not None else key


@cache  # a read-only word list, loaded once per process (as place_date.place_words)
def office_words() -> frozenset[str]:
    """``agents.yaml: offices``: offices whose holder's name follows them (للرئيس الحالي إيمانويل ماكرون)."""
    return key_set(read_data("agents.yaml")["offices"])


@cache  # read-only, loaded once per process
def nisba_heads() -> dict[str, str]:
    """``agents.yaml: nisba_heads``: a head word -> the sector it gives the nisbas after it (الرئيسان -> GOV)."""
    lists: dict[str, list[str]] = read_data("agents.yaml")["nisba_heads"]
    return {normalize_key(w): sector for sector, ws in lists.items() for w in ws}


@cache  # read-only, loaded once per process
def patient_words() -> frozenset[str]:
    """``agents.yaml: patients``: generic agents that are never a source (مشتبها: a suspect is acted on)."""
    return key_set(read_data("agents.yaml")["patients"])


@cache  # read-only, loaded once per process
def accusative_words() -> frozenset[str]:
    """``agents.yaml: accusatives``: indefinite accusative forms of generic agents (شرطيا، جنديا)."""
    return key_set(read_data("agents.yaml")["accusatives"])


def accusative_generic(ctx: SentenceContext, x: Mention) -> bool:
    """``x`` is one generic agent in the indefinite accusative ("دهس شرطيا"، "قتل 50 جنديا يمنيا"): the object
    of a verb before it, not its subject."""
    return _generic_head_key(ctx, x) in accusative_words()


def _generic_head_key(ctx: SentenceContext, x: Mention) -> str | None:
    """The normalized head word (no و/ف) of a mention that is one generic agent, else None."""
    if len(x.entities) != 1 or x.entities[0].type != GENERIC:
        return None
    ent = x.entities[0]
    words = ctx.view.words
    head = next(
        (k for k in range(x.first, x.last + 1) if words[k].start <= ent.start < words[k].end), x.first
    )
    return words[head].norm.lstrip("وف")


@cache  # read-only, loaded once per process
def nominative_words() -> frozenset[str]:
    """``agents.yaml: nominatives``: case-marked nominative forms of civilian generic agents (متظاهرون، محتجون)."""
    return key_set(read_data("agents.yaml")["nominatives"])


def nominative_generic(ctx: SentenceContext, x: Mention) -> bool:
    """``x`` is one civilian generic agent in the nominative ("واعتدى متظاهرون على رجال الأمن"): after a verb its
    subject, even after a use of force, whose civilians are otherwise its object (recall round 6)."""
    return _generic_head_key(ctx, x) in nominative_words()


@cache  # read-only, loaded once per process
def attribution_words() -> tuple[frozenset[str], frozenset[str]]:
    """``cues.yaml: participants.attribution`` and ``attribution_verbs``."""
    raw = read_data("cues.yaml")["participants"]
    return (
        key_set(raw["attribution"]),
        key_set(raw["attribution_verbs"]),
    )


ATTRIBUTION_REACH = 3
"""Words an attribution (وفق ما أوردت) may take before the source it names."""


def attributed(ctx: SentenceContext, x: Mention) -> bool:
    """``x`` names who told the news ("وفق ما أوردت واس"، "بحسب رويترز"، "وفقا لوكالة الأنباء"), not a side of
    an event (tenth participant round): an attribution word right before it, or before ما and a verb of telling."""
    words, (marks, telling) = ctx.view.words, _attribution_sets(ctx.res.modality.report_verbs)
    same = next(
        (y for y in ctx.mentions if y.last == x.first - 1 and y.entities[-1].actor == x.entities[0].actor),
        None,
    )
    if same is not None and x.entities[0].actor:
        # "وفق ما أوردت وكالة الأنباء السعودية "واس"": the outlet's short name after its full one
        return attributed(ctx, same)
    for k in range(x.first - 1, max(-1, x.first - 1 - ATTRIBUTION_REACH), -1):
        key = words[k].norm
        # (one و or ف clitic at most: وفق itself starts with و)
        keys = {key, key[1:]} if key[:1] in ("و", "ف") else {key}
        if keys & marks:
            return True
        if not keys & telling:
            return False
    return False


@lru_cache(maxsize=4)  # one set of report verbs per coder: the unions were built again for every mention
def _attribution_sets(report_verbs: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The attribution marks, and what may stand between one and the source it names: a verb of telling
    (``attribution_verbs`` and the coder's report verbs), ما or لما."""
    marks, verbs = attribution_words()
    return marks, verbs | report_verbs | {"ما", "لما"}


def patient_only(p: Participant) -> bool:
    """A generic agent named as one acted on (مشتبها بهم): never the actor of an event."""
    return p.actor is None and strip_article(normalize_key(p.text).lstrip("وف")) in patient_words()


@cache  # read-only, loaded once per process
def country_genitives() -> dict[str, str]:
    """``agents.yaml: country_genitives``: a genitive after a generic agent -> the agent's country
    (قوات الاحتلال -> ISR)."""
    lists: dict[str, list[str]] = read_data("agents.yaml")["country_genitives"]
    return {normalize_key(w): country for country, ws in lists.items() for w in ws}


OFFICE_PREPOSITIONS = frozenset({"مع", "الى", "على", "علي", "ضد", "عن", "من", "بحق", "تجاه", "حيال", "ازاء"})
"""Separate prepositions that mark a name through its office (مع الرئيس الحالي X): the marking words the
recipient rules read (participants.FALLBACK_TARGET_PREPS and the lexicon's ``target`` lists)."""


def _office_prep(
    words: Sequence[Word], first: int, *, offices: frozenset[str], entities: Sequence[Entity]
) -> str:
    """The preposition marking a name through the office before it: "للرئيس الحالي إيمانويل ماكرون" → ل,
    "بالرئيس الفلسطيني محمود عباس" (the nisba starts the mention) → ب, "مع الأمين العام X" → مع. At most
    one definite word (an adjective: الحالي، العام، السابق) between the office and the name, and only when
    that word belongs to none of ``entities`` (asked last: a scan of the sentence's entities for every name
    was quadratic in them, perf23)."""
    k = first - 1
    if (
        k >= 1
        and words[k].norm.lstrip("و").startswith("ال")
        and strip_article(words[k].norm) not in offices
        and not any(e.start < words[k].end and words[k].start < e.end for e in entities)
    ):
        k -= 1
    if k < 0 or strip_article(words[k].norm) not in offices:
        return ""
    lead = _lead_clitic(words[k])
    if lead:
        return lead
    if k >= 1 and bare_key(words[k - 1]) in OFFICE_PREPOSITIONS:
        return bare_key(words[k - 1])
    return ""


def _mentions(
    story: Story,
    view: SentenceView,
    entities: list[Entity],
    *,
    partitives: frozenset[str],
    offices: frozenset[str],
) -> list[Mention]:
    words = view.words
    if not words:
        return []
    starts = [w.start for w in words]
    out: list[Mention] = []
    for ent in entities:
        if ent.end <= view.start or ent.start >= view.end:
            continue
        first = bisect.bisect_right(starts, ent.start) - 1
        if first < 0 or words[first].end <= ent.start:
            first += 1  # the entity starts between words
        if first >= len(words) or words[first].start >= ent.end:
            continue
        last = first
        while last + 1 < len(words) and words[last + 1].start < ent.end:
            last += 1
        prep = _prep_before(words, first, ent)
        office = ""
        if prep not in OFFICE_PREPOSITIONS and prep not in ("ل", "ب") and first >= 1:
            # the name after its office: the office's preposition marks it (للرئيس الحالي إيمانويل ماكرون)
            office = _office_prep(words, first, offices=offices, entities=entities)
        if (
            prep == "من"
            and first >= 2
            and (words[first - 2].norm.lstrip("و") in partitives or numeric_word(words[first - 2]))
        ):
            # تعتقل عدد من المحتجين: the party is the head's argument, and the phrase starts at the head
            prep, first = "", first - 2
        elif first >= 1 and ent.type == GENERIC and numeric_word(words[first - 1]):
            # القبض على 30 مشتبها، على أكثر من 20 معارضا: the count opens the phrase, and the word before it
            # is the phrase's preposition (the number was read as one)
            first = _count_start(words, first)
            prep = _prep_before(words, first, ent) if first > 0 else ""
        place = _place_only(ent) or _after_place_head(words, first, ent)
        if not place and ent.type in NON_ACTOR_TYPES and not ent.country:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and ent.type in NISBA_TYPES
            and not story.text[prev.entities[-1].end : ent.start].strip()
        ):
            # a nisba right after a name qualifies it (ميليشيات الحوثي الإيرانية): no mention of its own
            prev.last = last
            continue
        if (
            prev is not None
            and not prev.place
            and not place
            and (
                prev.entities[-1].country == ent.country
                or _named_holder(prev.entities[-1], ent)
                or _retitled(story, prev.entities[-1], ent)
            )
            and not story.text[prev.entities[-1].end : ent.start].strip(" ،,")
            and not _two_bodies(prev.entities[-1], ent)
            and not _body_and_person(prev.entities[-1], ent)
            and not _partitive_pair(words, prev, first, ent, partitives=partitives)
            and not _state_pair(words, prev.entities[-1], first, ent)
        ):
            # apposition: ولي العهد السعودي الأمير محمد بن سلمان، الرئيس اليمني، عبدربه منصور هادي
            if _retitled(story, prev.entities[-1], ent):
                # the office the text gives the person wins over the knowledge base's reading of the name
                prev.entities[-1] = replace(
                    prev.entities[-1], country=ent.country, sector=ent.sector, actor=ent.actor
                )
            prev.last = last
            continue
        if (
            prev is not None
            and not prev.place
            and not place
            and _titled(story, words, prev, first, ent, offices)
        ):
            # "محمد البرادعي، نائب الرئيس المصري السابق": the person's office after a comma, opened by an office word
            # the entity stage left out (نائب، مستشار): an apposition, not another party (fourteenth round)
            prev.last = last
            continue
        if prev is not None and not prev.place and not place and _coordinated(story, words, prev, first, ent):
            prev.entities.append(ent)
            prev.last = last
            continue
        before_prep = words[first - 2].norm if first >= 2 else ""
        lead = _lead_clitic(words[first - 1]) if first >= 1 else ""
        if office in ("ل", "ب"):
            lead = office
        elif office:
            before_prep = office
        out.append(
            Mention(
                entities=[ent],
                first=first,
                last=last,
                prep=prep,
                place=place,
                before_prep=before_prep,
                lead=lead,
                locative=not place and _after_locative_head(words, first, ent),
            )
        )
    return out


def _retitled(story: Story, person: Entity, office: Entity) -> bool:
    """ "أحمد الميسري، وزير الداخلية اليمني": a person the knowledge base knows, then a comma and an office of another
    country with a sector, is the office's holder; the knowledge base read the name as someone else's (here Libya's
    army spokesman), and the text's title names him (sixteenth round). An office is a title entity, coded by its
    country (its actor is no person's); a comma only: with none the office is the verb's object ("استقبل بوتين
    وزير الخارجية الأمريكي")."""
    return (
        person.type in PERSON_TYPES
        and (person.actor or "").startswith("person:")
        and office.type in PERSON_TYPES
        and not (office.actor or "").startswith("person:")
        and office.sector is not None
        and office.country is not None
        and person.country != office.country
        and story.text[person.end : office.start].strip() in ("،", ",")
    )


def _partitive_pair(
    words: Sequence[Word], prev: Mention, first: int, ent: Entity, *, partitives: frozenset[str]
) -> bool:
    """ "انتشر عناصر من الجيش والشرطة": after a partitive head, a generic agent whose own first word carries و is
    the second group the members come from, coordinated, never an apposition of the first (sixteenth round). The
    generic agents take the clitic into their span, and with no country on either side the police were read as
    the army named again and dropped. Bodies only: members (عناصر، أفراد) are of bodies, so in "استهدف عناصر من
    قوات الأمن ومدنيين" the civilians are no second group of members but a party beside the partitive."""
    bodies = STATE_SECTORS | GROUP_HEAD_SECTORS
    return (
        ent.type == GENERIC
        and prev.entities[-1].type == GENERIC
        and ent.sector in bodies
        and prev.entities[-1].sector in bodies
        and words[prev.first].norm.lstrip("و") in partitives
        and words[first].start == ent.start
        and "و+" in words[first].clitics
    )


def _state_pair(words: Sequence[Word], prev: Entity, first: int, ent: Entity) -> bool:
    """ "انتشر الجيش والشرطة": two generic forces of the state of different sectors, the second opened by و, are
    two parties even with no partitive before them (``_partitive_pair``); an apposition names one body again, in
    its own sector. State sectors only: "بين رجال الأمن والمسلحين" (the armed men, no state body) stays as the
    sixteenth round left it."""
    return (
        ent.type == GENERIC
        and prev.type == GENERIC
        and ent.sector in STATE_SECTORS
        and prev.sector in STATE_SECTORS
        and ent.sector != prev.sector
        and words[first].start == ent.start
        and "و+" in words[first].clitics
    )


def _two_bodies(prev: Entity, ent: Entity) -> bool:
    """Two different bodies of one country side by side (دعت حكومة إقليم كردستان الحكومة العراقية): the
    second is the verb's object, not an apposition of the first — an apposition names the same side again (a
    person and the office, ولي العهد السعودي الأمير محمد بن سلمان), while two bodies with sectors and different
    actors are two sides (tenth participant round)."""
    return (
        prev.type not in PERSON_TYPES
        and ent.type not in PERSON_TYPES
        and bool(prev.sector and ent.sector)
        and bool(prev.actor and ent.actor)
        and prev.actor != ent.actor
    )


def _body_and_person(prev: Entity, ent: Entity) -> bool:
    """A body and a known person of another sector side by side ("تتهم إدارة ترامب كيري"): the person is the
    verb's object, not the body's spokesman or head named again, who shares its sector ("الخارجية الروسية ماريا
    زاخاروفا"، both GOV); fifteenth round."""
    return (
        prev.type == "ORG"  # (not a generic title: "رجل الدين العراقي مقتدى الصدر" is one man)
        and ent.type in PERSON_TYPES
        and (ent.actor or "").startswith("person:")
        and bool(prev.sector and ent.sector)
        and prev.sector != ent.sector
    )


def _titled(
    story: Story, words: Sequence[Word], prev: Mention, first: int, ent: Entity, offices: frozenset[str]
) -> bool:
    """``ent`` is the office of the person ``prev`` names, after a comma and one office word: "البرادعي، نائب
    الرئيس المصري السابق" (the deputy of the former president is ElBaradei himself). The person and the office
    are of one country (or the person's is unknown), and the office is a person's title with a sector."""
    person = prev.entities[-1]
    if person.type not in PERSON_TYPES or ent.type not in PERSON_TYPES or ent.sector is None or first < 1:
        return False
    if person.country not in (None, ent.country) or prev.last != first - 2:
        return False
    gap = story.text[person.end : words[first - 1].start]
    return gap.strip() in ("،", ",") and words[first - 1].norm in offices


def _named_holder(office: Entity, ent: Entity) -> bool:
    """A person the knowledge base does not know, right after an office (وزير الداخلية الألماني توماس دي
    ميزيير، وزير الاقتصاد الفرنسي، برونو لو مير): the office's holder, in apposition — not another party."""
    return (
        ent.type in PERSON_TYPES
        and ent.country is None
        and ent.actor is None
        and office.type in PERSON_TYPES
        and office.sector is not None
        and office.country is not None
    )


COUNT_REACH = 3


@cache  # read-only, loaded once per process
def count_words() -> frozenset[str]:
    """``agents.yaml: count_words``: words of a count before a number (أكثر من 20، نحو 30)."""
    return key_set(read_data("agents.yaml")["count_words"])


def _count_start(words: Sequence[Word], first: int) -> int:
    """The first word of the count before a generic agent: "30" in "على 30 مشتبها", "أكثر" in "أكثر من 20
    معارضا"."""
    k = first - 1
    counts = count_words()
    while k >= 1 and first - k <= COUNT_REACH:
        prev = words[k - 1].norm
        if numeric_word(words[k - 1]) or prev in counts:
            k -= 1
        elif prev == "من" and k >= 2 and words[k - 2].norm in counts:
            k -= 2
        else:
            break
    return k


def numeric_word(w: Word) -> bool:
    """A word with a digit in it (30، 2018، 6-7): a count or a date."""
    return any(ch.isdigit() for ch in w.text)


def _prep_before(words: Sequence[Word], first: int, ent: Entity) -> str:
    w = words[first]
    pro = [c[:-1] for c in w.clitics if c in PREP_CLITICS]
    if pro:
        return pro[-1]
    if ent.start > w.start:
        # the entity starts inside its word: what precedes it are clitics (ببوتين، لأوكرانيا، وللصين)
        prefix = normalize_key(w.text[: ent.start - w.start]).lstrip("وف")
        if prefix[:1] in ("ل", "ب"):
            return prefix[0]
    key = w.norm
    cluster = PREP_CLUSTER_RE.match(key)
    if cluster is not None:
        return "ل" if cluster.group(1) is not None else "ب"
    if ent.type == GENERIC:
        # a generic agent was found only after its proclitics were peeled (لمقاتلات → مقاتلات): they are
        # clitics, not root letters, even when the language layer gave none
        peeled = key[: len(key) - len(strip_article(key))].lstrip("وف")
        if peeled[:1] in ("ل", "ب"):
            return peeled[0]
    if first > 0:
        prev = words[first - 1].norm
        if prev.startswith("و") and len(prev) > 2:
            prev = prev[1:]
        return prev
    return ""


def _lead_clitic(w: Word) -> str:
    """ل or ب carried by a word as a proclitic: from the language layer's clitics, else only where the
    spelling is unambiguous (لل، بال); a bare initial ب/ل may be a root letter (بضائع، لقاء)."""
    for c in w.clitics:
        if c in ("ل+", "ب+"):
            return c[0]
    key = w.norm.lstrip("وف")
    if key.startswith(("لل", "بال")):
        return key[0]
    return ""


def _coordinated(story: Story, words: Sequence[Word], prev: Mention, first: int, ent: Entity) -> bool:
    """روسيا و الصين / روسيا والصين: the next entity follows the previous one after و only."""
    # from the start of the word: a partitive phrase (وسبعة من رجال الشرطة) starts at its head
    gap = story.text[story_end(prev) : min(ent.start, words[first].start)].strip()
    if gap in COORD_GAP:
        # الإمارات والسعودية والبحرين ومصر; الولايات المتحدة، وتركيا
        return gap.endswith("و") or (
            words[first].norm.startswith("و") and _conjunction_clitic(words[first], ent)
        )
    return _joined_by_noun(gap) or allied_with(gap)


def _conjunction_clitic(w: Word, ent: Entity) -> bool:
    """The word opens with the conjunction و, not with a و of its own: "بجدة وزير الدفاع الأميركي" is a place and
    then another party, no pair (twenty-eighth round: the visitor of "استقبل ... في قصر السلام بجدة وزير الدفاع
    الأميركي" was read as Jeddah's partner, in a place's phrase, and lost). The token's clitics when the language
    stage gave them, else the segmenter's (a story built by hand). For persons and offices only (وزير، ولي العهد،
    والي): the segmenter keeps some names whole ("وبروناي" in "الفلبين وفيتنام وماليزيا وبروناي وتايوان"), and a
    state named right after another party with no و is rare."""
    return ent.type not in PERSON_TYPES or "و+" in (w.clitics or analyze(w.text).clitics)


def _joined_by_noun(gap: str) -> bool:
    """ "موسكو وحليفتها دمشق"، "الرئيس الفرنسي ونظيره الروسي": و and a noun of alliance or counterparts between two
    parties joins them as one side (fifteenth round; the entities give neither the noun nor its pronoun)."""
    return gap.startswith("و") and " " not in gap and normalize_key(gap[1:]) in coordinating_nouns()


@cache  # read-only, loaded once per process
def coordinating_nouns() -> frozenset[str]:
    """``cues.yaml: participants.coordinating_nouns``."""
    return key_set(read_data("cues.yaml")["participants"]["coordinating_nouns"])


def story_end(m: Mention) -> int:
    return m.entities[-1].end


def bare_key(w: Word) -> str:
    return w.norm[1:] if w.norm[:1] in "وف" and len(w.norm) > 3 else w.norm


def mention_span(ctx: SentenceContext, m: Mention | None) -> Span | None:
    if m is None:
        return None
    start, end = _word_start(ctx, m.entities[0]), m.entities[-1].end
    return ctx.story.span(start, end)


def word_at(words: Sequence[Word], pos: int) -> int | None:
    """Index of the first word ending after ``pos``: the word holding it, else the next one (or None)."""
    return next((k for k, w in enumerate(words) if w.end > pos), None)


def _word_start(ctx: SentenceContext, ent: Entity) -> int:
    """The participant text keeps its clitics (للسفير، وروسيا): extend to the word's start."""
    return _clitic_start(ctx.view.words, word_at(ctx.view.words, ent.start), ent.start)


def _clitic_start(words: Sequence[Word], k: int | None, pos: int) -> int:
    """The start of word ``k`` (:func:`word_at` of ``pos``) when it holds ``pos``, else ``pos``."""
    return words[k].start if k is not None and words[k].start <= pos else pos


def mention_span_key(ctx: SentenceContext, x: Mention) -> tuple[int, int]:
    return _word_start(ctx, x.entities[0]), x.entities[0].end


def entity_at(ctx: SentenceContext, start: int) -> Entity | None:
    return next((e for x in ctx.mentions for e in x.entities if e.start == start), None)


def participant_fields(p: Participant) -> dict[str, Any]:
    return {
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "country": p.country,
        "sector": p.sector,
        "actor": p.actor,
    }


def participants_of(ctx: SentenceContext, mention: Mention) -> list[Participant]:
    out = []
    head = _nisba_head_sector(ctx, mention) or _hedged_force_sector(ctx, mention)
    for ent in mention.entities:
        k = word_at(ctx.view.words, ent.start)
        own_head = head if ent.type in NISBA_TYPES or ent.type in COUNTRY_TYPES else None
        start = _clitic_start(ctx.view.words, k, ent.start)
        out.append(
            Participant(
                start=start,
                end=ent.end,
                text=ctx.story.text[start : ent.end],
                country=ent.country,
                sector=ent.sector
                or own_head
                or _title_sector(ctx, ent, k)
                or _apposed_group_sector(ctx, ent),
                actor=ent.actor,
            )
        )
    return out


APPOSED_LOOKAHEAD = 2
"""Entities read after a nisba for its apposed group: the group itself, or a sector word and the group."""


def _apposed_group_sector(ctx: SentenceContext, ent: Entity) -> str | None:
    """The sector of a group named right after a sectorless nisba, of the nisba's country (evsector1,
    session 16): "متهما طهران وحليفها اللبناني ميليشيا حزب الله" — the nisba is the adjective of حليفها and the
    group its apposition, so the side the coder reads at the nisba is the group (LBN/REB), not Lebanon; so
    too a person ("المعارض التركي فتح الله غولن" OPP). The nisba is definite, and the apposed entity is a
    group or a person (``TITLED_TYPES``), never a place; only words the entity stage tagged may stand between
    (the sector word ميليشيا, country None), each one space apart."""
    if ent.type not in NISBA_TYPES or ent.sector or ent.country is None:
        return None
    key = normalize_key(ent.text)
    if not key[key[:1] in "وف" :].startswith("ال"):
        # an indefinite nisba is the adjective of the noun before it, and the entity after is another phrase
        # ("قاضت 17 ولاية أمريكية إدارة ترامب"، "وضع قاض فرنسي بولوريه رهن التحقيق": roles samples T, s)
        return None
    text, end = ctx.story.text, ent.end
    later = [e for e in ctx.entities if e.start > ent.start][:APPOSED_LOOKAHEAD]
    for nxt in later:
        if nxt.start != end + 1 or text[end] != " ":
            return None
        if nxt.country == ent.country and nxt.sector:
            # a group or person, not a place: "بالعاصمة السورية دمشق" (a capital is GOV) names no side
            return nxt.sector if nxt.type in TITLED_TYPES else None
        if nxt.country is not None or not nxt.sector:
            return None
        end = nxt.end
    return None


def _nisba_head_sector(ctx: SentenceContext, mention: Mention) -> str | None:
    """The sector a leader word gives the nisbas right after it: "الرئيسان الروسي والتركي" -> GOV (the entity
    stage tags the nisbas, country only, and not the head)."""
    if mention.first < 1:
        return None
    key = ctx.view.words[mention.first - 1].norm.lstrip("وف")
    heads = nisba_heads()
    if mention.entities[0].type in COUNTRY_TYPES:
        # "زعيم كوريا الشمالية": a leader word in construct (no article) before a country's name names its
        # leader (twelfth round; the entity stage tags "رئيس فرنسا" whole but not every head)
        return heads.get(key) if len(mention.entities) == 1 else None
    if mention.entities[0].type not in NISBA_TYPES:
        return None
    sector = heads.get(key) or heads.get(strip_article(key))
    if sector is None and strip_article(key) in person_heads():
        # "شاب فلسطيني"، "سائح بريطاني": a private person of that country (thirteenth round)
        sector = "CVL"
    return sector


@cache  # read-only, loaded once per process
def person_heads() -> frozenset[str]:
    """``agents.yaml: person_heads``: nouns of private persons that give a nisba after them CVL (شاب فلسطيني)."""
    return key_set(read_data("agents.yaml")["person_heads"])


@dataclass(frozen=True, slots=True)
class HedgeWords:
    """``cues.yaml: hedged_force`` (normalized): the hedge verbs, the أنّ-pronouns after them (one or two
    words), and the force nouns a hedged nisba belongs to (with ``attack_nouns``)."""

    hedges: frozenset[str]
    pronouns: frozenset[str]
    heads: frozenset[str]


@cache  # read-only, loaded once per process
def hedge_words() -> HedgeWords:
    cues = read_data("cues.yaml")
    raw = cues["hedged_force"]
    return HedgeWords(
        hedges=key_set(raw["hedges"]),
        pronouns=frozenset(" ".join(normalize_key(x) for x in w.split()) for w in raw["pronouns"]),
        heads=key_set([*raw["heads"], *cues["attack_nouns"]]),
    )


HEDGE_HEAD_GAP = 3
"""Words allowed between the force noun and the hedge verb: adjectives and a relative pronoun (طائرات حربية
مجهولة يرجح، الضربات التي يعتقد)."""


def _hedged_force_sector(ctx: SentenceContext, mention: Mention) -> str | None:
    """MIL for a nisba after a hedge on a force noun: "طائرات حربية يرجح أنها روسية" (the entity stage tags
    "روسية" alone, country only; "طائرات حربية روسية" it reads as one RUS/MIL party)."""
    if mention.first < 2 or mention.entities[0].type not in NISBA_TYPES:
        return None
    words, hw = ctx.view.words, hedge_words()
    k = mention.first - 1
    if words[k].norm in hw.pronouns:
        k -= 1
    elif k >= 2 and words[k - 1].norm + " " + words[k].norm in hw.pronouns:
        k -= 2
    else:
        return None
    if k < 1 or words[k].norm not in hw.hedges:
        return None
    for j in range(k - 1, max(-1, k - 1 - HEDGE_HEAD_GAP), -1):
        if strip_article(words[j].norm.lstrip("وفب")) in hw.heads or strip_article(words[j].norm) in hw.heads:
            return "MIL"
    return None


def _title_sector(ctx: SentenceContext, ent: Entity, k: int | None) -> str | None:
    """The sector a title gives a person or body unknown to the knowledge base: the entity's first word
    ``k`` (حاكم موبتي) or the word right before it (العميد أحمد المسماري)."""
    if ent.actor is not None or ent.type not in TITLED_TYPES or k is None:
        return None
    titles = ctx.res.titles
    words = ctx.view.words
    own = words[k].norm.lstrip("و")
    sector = titles.get(own) or titles.get(strip_article(own))
    if sector is None and k > 0:
        sector = titles.get(words[k - 1].norm.lstrip("و"))
    if sector is None:
        # a title in apposition after the name (كوانج رامبانج حاكم ولاية بيه، الرفادي، العميد ...): not after
        # و, which would coordinate another party (X ووزير الخارجية)
        j = word_at(words, ent.end)
        if j is not None and words[j].start >= ent.end and not words[j].norm.startswith("و"):
            after = words[j].norm
            sector = titles.get(after) or titles.get(strip_article(after))
            if sector and j + 1 < len(words) and strip_article(words[j + 1].norm) in FORMER_WORDS:
                sector = "ELI"  # الجنرال السابق: a former official (conventions section 2)
    return sector


def merge_parties(source: list[Participant], target: list[Participant]) -> list[Participant]:
    out = list(source)
    for p in target:
        if all((p.start, p.end) != (q.start, q.end) for q in out):
            out.append(p)
    return out


@cache  # read-only, loaded once per process
def place_heads() -> frozenset[str]:
    """Nouns whose genitive place name is never a side (منتجع سوتشي): ``cues.yaml: participants.place_heads``.
    Not the nouns of places.yaml's ``place_heads``: what is struck in "منطقة عفرين"، "محافظة درعا"، "بريف
    دمشق" has the place's country as its recipient, which a place flag would drop (tried: docs/events.md)."""
    return key_set(read_data("cues.yaml")["participants"]["place_heads"])


def _after_place_head(words: Sequence[Word], first: int, ent: Entity) -> bool:
    """A city right after a noun of ``place_heads`` is a place ("التقى بوتين بمنتجع سوتشي"), not a side of the
    meeting (tenth participant round)."""
    if ent.type not in PLACE_TYPES or first < 1:
        return False
    head = strip_article(normalize_key(words[first - 1].stem))
    # "محادثات أستانا"، "اتفاق فيينا": a city after the noun of an event named after it (thirteenth round)
    return head in place_heads() or ((ent.actor or "").startswith("city:") and head in event_name_heads())


@cache  # read-only, loaded once per process
def locative_heads() -> frozenset[str]:
    """``cues.yaml: participants.locative_heads`` and the administrative heads of ``places.yaml: place_heads``."""
    return key_set(
        read_data("cues.yaml")["participants"]["locative_heads"] + read_data("places.yaml")["place_heads"]
    )


def _after_locative_head(words: Sequence[Word], first: int, ent: Entity) -> bool:
    """A place name right after a place noun or a direction word (غرب محافظة مأرب، جنوبي محافظة الحديدة غربي
    اليمن): it says where, and is never the one acting, though it may still be the one struck (fifteenth
    round)."""
    if ent.type not in PLACE_TYPES or first < 1:
        return False
    return strip_article(normalize_key(words[first - 1].stem)) in locative_heads()


@cache  # read-only, loaded once per process
def event_name_heads() -> frozenset[str]:
    """``cues.yaml: participants.event_name_heads``: nouns of events named after a city (محادثات أستانا)."""
    return key_set(read_data("cues.yaml")["participants"]["event_name_heads"])


def _place_only(ent: Entity) -> bool:
    """A place that cannot act: a region, sea or landmark (no country, or a KB place: id)."""
    if ent.type not in PLACE_TYPES:
        return False
    return not ent.country or (ent.actor or "").startswith(PLACE_ONLY_ACTORS)


def is_witness(words: Sequence[Word], x: Mention) -> bool:
    """شهدت مقديشو هجمات / وكانت مقديشو شهدت: the subject of "witnessed" is where things happened."""
    around = [words[i].norm for i in (x.first - 1, x.last + 1) if 0 <= i < len(words)]
    return placeish(x) and any(k.lstrip("و") in WITNESS_VERBS for k in around)


def placeish(x: Mention) -> bool:
    """A place mention: a place-only entity, or a country or city (في بكين), not a person (ببوتين)."""
    ent = x.entities[0]
    return x.place or ent.type in PLACE_TYPES


def same_side(x: Mention, countries: set[str | None]) -> bool:
    """Whether every country ``x`` names is among ``countries`` (the other side's). An unknown country on
    either side proves nothing: "المواطنين" (no country) asked by an official the knowledge base does not
    place is not the official's own side."""
    named = {e.country for e in x.entities if e.country}
    return bool(named) and named <= countries


# Bodies named by a common-noun phrase (evagent): "نددت رابطة أمهات المختطفين في محافظة الحديدة"، "أفادت منظمة محلية
# في مالي"، "وكانت 15 نقابة في البلاد دعت". No tagger or knowledge base names these (they are descriptions, not
# names), so the coder reads them from a head word (agents.yaml: bodies) and the phrase after it.
OWNED_BODY = "OWNED"
BODY_TYPE = "ORG"
"""Entity type of a body the coder reads: an organisation, as if the entity stage had tagged it (the participant
rules read a GENERIC mention as a common noun: a plural in -ين after a verb is its object, which a body's
genitive, "رابطة أمهات المختطفين", is not)."""
BODY_MAX_WORDS = 5
"""Words a body's phrase takes after its head at most (رابطة أمهات المختطفين اليمنيين)."""
BODY_PHRASE_GAPS = frozenset({"", "#"})
"""Text between two words of one phrase: a space, or a hashtag's mark (رابطة #أمهات_المختطفين)."""
DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "لل")
NISBA_END_RE = re.compile(r"(?:ي|يه|يين|يون|يات)$")
"""A nisba adjective's endings (اليمني، المحلية، اليمنيين): the adjectives a body's phrase takes."""
IN_WORDS = frozenset({"في", "ب"})
VERB_PREFIXES = ("ي", "ت", "و")
"""An indefinite word starting so is read as a verb (منظمة تدعى الاتحاد، منظمة تناهض العنصرية) or a conjunct
(منظمة ودورية), not as a noun of the body's construct chain: a few nouns (تحالف) are lost, no verb taken in."""
BODY_STOPS = OFFICE_PREPOSITIONS | frozenset(
    {"في", "الي", "ان", "انه", "انها", "الذي", "التي", "الذين", "او", "ثم", "قد", "لم", "لا", "ما"}
)
"""Function words that end a body's phrase (15 نقابة في البلاد، وأشارت المنظمة إلى)."""
PLACE_TYPES_WITH_COUNTRY = frozenset({"GPE", "LOC"})


@dataclass(frozen=True, slots=True)
class BodyWords:
    """``agents.yaml``'s body words, loaded once."""

    heads: dict[str, str]
    """Head word (normalized, without ال) -> its sector, NGO or OWNED."""
    endings: tuple[str, ...]
    """The heads, for one C-level ``str.endswith`` test per word before the article is stripped (most words are
    no head, and the scan runs on every sentence whose mentions are built)."""
    tails: frozenset[str]
    """The heads' last two letters: a set probe of a word's last two letters rules out nearly every word before
    ``endswith`` tries each head in turn (every head has two letters or more)."""
    adjectives: frozenset[str]
    skip: frozenset[str]


@cache  # read-only, loaded once per process
def body_words() -> BodyWords:
    """``agents.yaml: bodies``, ``body_adjectives`` and ``body_skip``."""
    data = read_data("agents.yaml")
    heads = {normalize_key(w): sector for sector, ws in data["bodies"].items() for w in ws}
    if any(len(h) < len("مك") for h in heads):
        raise ModelError("agents.yaml: bodies: a head of one letter would slip past the two-letter tail test")
    return BodyWords(
        heads=heads,
        endings=tuple(heads),
        tails=frozenset(h[-2:] for h in heads),
        adjectives=key_set(data["body_adjectives"]),
        # keyed as strip_article reads a definite word (الوطنية -> وطنيه: a bare وطنيه would lose its و)
        skip=frozenset(strip_article(normalize_key("ال" + w)) for w in data["body_skip"]),
    )


@dataclass(slots=True)
class _Phrase:
    """What a body's phrase reads: its last word, and the entities it takes in."""

    last: int
    country: str | None = None
    owner: Entity | None = None
    taken: list[Entity] = field(default_factory=list)
    named: bool = False
    """An organisation with no country or sector follows the head: the head is part of its name."""


def _definite(key: str) -> bool:
    return key.startswith(DEFINITE_PREFIXES)


def _body_phrase(
    story: Story, words: Sequence[Word], i: int, *, out: list[Entity], bodies: BodyWords
) -> _Phrase:
    """The head's genitive and adjective phrase: after an indefinite head a construct chain (up to two indefinite
    nouns, then one definite genitive: رابطة أمهات المختطفين) or one indefinite adjective (منظمة محلية); after a
    definite head, or after the genitive, only adjectives (nisbas and ``body_adjectives``): a definite head is
    followed by the verb's object as often as by its adjective. An entity in the phrase: a nisba or place gives the
    country, an organisation owns the body (المركز الإعلامي للجيش اليمني) and ends the phrase."""
    phrase = _Phrase(last=i)
    construct = not _definite(words[i].norm)
    prev_definite = not construct
    """Whether the last word of the phrase is definite: an adjective agrees with it ("بأن هذه المنظمة ماليزية":
    an indefinite nisba after a definite head is a predicate)."""
    indefinite = 0
    j = i + 1
    while j < len(words) and j - i <= BODY_MAX_WORDS:
        if words[j].norm == HASHTAG_JOINER:
            j += 1
            continue
        if story.text[words[j - 1].end : words[j].start].strip() not in BODY_PHRASE_GAPS:
            break
        w = words[j]
        ent = next((e for e in out if e.start == w.start), None)
        if ent is not None:
            if ent.type in BODY_TYPES and not (ent.country or ent.sector):
                # منظمة التعاون والتنمية: the entity stage names the body; not ours to code
                phrase.named = True
                break
            if ent.type in BODY_TYPES:
                if not construct and not ent.text.startswith("لل"):
                    break  # a definite head takes no genitive: "ودعت المنظمة المجتمع الدولي" is verb, subject, object
                phrase.owner = ent
            elif ent.country and (
                (ent.type in NISBA_TYPES and (construct or _definite(w.norm) == prev_definite))
                or (construct and ent.type in PLACE_TYPES_WITH_COUNTRY)
            ):
                # a place only as the genitive of an indefinite head (جمعية مصر): after a definite head it is
                # the next party ("الجلسة الاستثنائية للمنظمة روسيا")
                phrase.country = phrase.country or ent.country
            elif ent.type == GENERIC and construct:
                # the genitive is a generic agent the scan before found (نقابة الصحفيين): part of the name
                phrase.country = phrase.country or ent.country
            else:
                break
            phrase.taken.append(ent)
            while j < len(words) and words[j].start < ent.end:
                j += 1
            phrase.last = j - 1
            if phrase.owner is not None:
                break
            construct, prev_definite = False, _definite(w.norm)
            continue
        key = w.norm
        if key.startswith("و") or key in BODY_STOPS:
            break  # a conjunct (والتنمية، والعمالية) or a function word (إلى، التي: an ال that is no article)
        if _definite(key):
            if key.startswith("لل"):
                break  # a purpose or a genitive of its own (جمعية يمنية للدفاع): not the name's
            if not construct and (
                not prev_definite or (key not in bodies.adjectives and not NISBA_END_RE.search(key))
            ):
                break
            construct, prev_definite = False, True
        elif construct and indefinite < 2 and not key.isdigit() and not key.startswith(VERB_PREFIXES):
            # رابطة أمهات ...: an indefinite noun continues the chain only with a definite word right after it;
            # an indefinite nisba adjective (منظمة محلية، جمعية يمنية) ends it
            after = _past_underscores(words, j + 1)
            nxt = after < len(words) and _definite(words[after].norm)
            if NISBA_END_RE.search(key) and key.endswith("يه"):
                construct, prev_definite = False, False
            elif not nxt:
                break
            indefinite += 1
        else:
            break
        phrase.last = j
        j += 1
    return phrase


def _place_after(story: Story, words: Sequence[Word], k: int, *, out: list[Entity]) -> str | None:
    """The country of "في <place>" right after a body's phrase (رابطة ... في محافظة الحديدة، منظمة محلية في مالي):
    the place may follow one word (محافظة، مدينة)."""
    if k >= len(words) or words[k].norm not in IN_WORDS:
        return None
    for w in words[k + 1 : k + 3]:
        ent = next((e for e in out if e.start == w.start), None)
        if ent is not None:
            return ent.country if ent.type in PLACE_TYPES_WITH_COUNTRY else None
    return None


def _with_bodies(story: Story, words: Sequence[Word], out: list[Entity]) -> list[Entity]:
    """``out`` plus the bodies named by a head noun and its phrase where no entity or generic agent stands."""
    bodies = body_words()
    found: list[Entity] = []
    taken: set[int] = set()
    tails = bodies.tails
    # the words that may be a head, picked by one comprehension (a loop step per word cost more than the rest
    # of the scan); ``resume`` skips the words of a phrase already read
    resume = 0
    for i in [k for k, w in enumerate(words) if w.norm[-2:] in tails]:
        if i < resume:
            continue
        w = words[i]
        key = w.norm
        sector = bodies.heads.get(strip_article(key)) if key.endswith(bodies.endings) else None
        if sector is None or any(e.start < w.end and w.start < e.end for e in out):
            continue
        if (
            i > 0
            and not _definite(w.norm)
            and words[i - 1].norm.endswith("ه")
            and w.start - words[i - 1].end <= 1
        ):
            # after an indefinite noun in -ة an indefinite منظمة is its adjective (سرقة منظمة: organised theft)
            continue
        phrase = _body_phrase(story, words, i, out=out, bodies=bodies)
        if phrase.named or (
            phrase.owner is None
            and any(strip_article(words[k].norm) in bodies.skip for k in range(i + 1, phrase.last + 1))
        ):
            resume = phrase.last + 1
            continue
        end = words[phrase.last].end
        country, actor = phrase.country or _place_after(story, words, phrase.last + 1, out=out), None
        if phrase.owner is not None:
            # a part of an organisation speaks for it: its country, sector and actor
            country, sector, actor = phrase.owner.country, phrase.owner.sector, phrase.owner.actor
        elif sector == OWNED_BODY:
            continue
        elif phrase.last == i and _definite(w.norm):
            # a bare definite head (الهيئة، المنظمة) refers back to a body named earlier: not read (see
            # docs/events.md, "bodies as agents": the reference tried lowered check and its fresh records were
            # mostly wrong)
            continue
        elif sector == NGO_GROUP:
            if phrase.last == i:
                continue  # a bare indefinite منظمة names no body
            country, sector = NGO_GROUP, None  # conventions section 2: NGOs -> NGO
        elif sector == "GOV" and country is None:
            continue  # a committee of no named country may be anyone's (a club's, a firm's)
        taken.update(map(id, phrase.taken))
        found.append(
            Entity(
                start=w.start,
                end=end,
                text=story.text[w.start : end],
                type=BODY_TYPE,
                country=country,
                sector=sector,
                actor=actor,
            )
        )
        resume = phrase.last + 1
    if not found:
        return out
    return sorted([e for e in out if id(e) not in taken] + found, key=lambda e: e.start)


# Participant rules, twenty-ninth round (evrole29)


@cache  # read-only, loaded once per process
def ally_nouns() -> frozenset[str]:
    """``cues.yaml: allies_after_with``."""
    return key_set(read_data("cues.yaml")["allies_after_with"])


def allied_with(gap: str) -> bool:
    """ "غارات شنتها دمشق مع حليفتها موسكو": مع and a noun of alliance between two parties joins them as one side,
    as و and the noun does (``_joined_by_noun``); مع alone makes the next party the other side (a meeting's, a
    clash's), but one's ally acts with one."""
    head, _, noun = gap.partition(" ")
    return head == "مع" and " " not in noun and normalize_key(noun) in ally_nouns()

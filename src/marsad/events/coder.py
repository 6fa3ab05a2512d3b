"""The event coder: per sentence, the events it asserts, as PLOVER records with CAMEO, provenance.

For each sentence: find triggers with the lexicon; drop the ones inside the complement of a speech
act that is itself coded (an accusation's alleged act, a demand's content, a denial's content:
EVENT-CONVENTIONS section 4); read participants from the story's entities around the trigger within
its clause (verb-first and subject-first orders, و-coordination, recipients after the entry's
prepositions or as direct objects / genitives); inherit the actor from the previous sentence only
when the trigger has no subject of its own (a pro-drop verb or a pronoun clitic: the text refers
back); then modality, date, location, quantities and a confidence. Future cooperative events become
AGREE (manual section 3.1), future retreats CONCEDE (section 3.4). One record per event and
participant set: a repeated mention of the same event keeps the most explicit one.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.events.lexicon import Lexicon, TriggerMatch, Word, load_lexicon, read_data
from marsad.events.modality import ModalityCues, ModalityInput, decide
from marsad.events.ontology import Ontology, load_ontology
from marsad.events.words import SentenceView, sentence_bounds, sentence_views
from marsad.language.normalize import normalize_key
from marsad.model import Entity, Event, Location, Participant, Span, Story

log = logging.getLogger(__name__)

# CAMEO codes of the AGREE record a future cooperative event becomes (intent to meet, cooperate ...)
FUTURE_AGREE_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
# Entity types that name places; one with a country code (روسيا LOC RUS, موسكو city:moscow) is also an
# actor (a country acts through its government), one without (أوروبا، بحر اليابان) is only a place.
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
PLACE_ONLY_ACTORS = ("place:",)
NON_ACTOR_TYPES = frozenset({"FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "MISC", "EVENT"})
COORD_GAP = frozenset({"و", "", "،", ",", "، و", "،و"})
NISBA_TYPES = frozenset({"MISC", "NORP"})
VERBAL_PLACE_WINDOW = 4
"""How many words from a verbal event's trigger its place may stand."""
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
FALLBACK_TARGET_PREPS = frozenset({"ضد", "على", "علي", "ل", "ب", "الى", "بحق", "تجاه", "حيال", "ازاء"})
NOUN_AGENT_WINDOW = 8
"""How far after an event noun its agent phrase (من قبل، على يد) may stand."""
VERBAL_ATTACK_ENTRIES = frozenset({"assault.hajama"})
"""Entries whose sense (physical or verbal attack) depends on who attacks (هاجم)."""
QUOTE_MARKS = "\"“”«»'()"
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")
BARE_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان"})
"""Complementizers without a pronoun: the clause after them names its own subject before the verb."""
UNKNOWN_SUBJECT_WINDOW = 5
"""How far before a verb a bare complementizer may open its clause (إن مهاجمين اثنين قتلوا)."""
VERB_PARTICLES = frozenset({"لم", "لن", "لا", "قد", "ما"})
"""Particles that may stand between a subject and its verb (بريطانيا لم تشارك في ضربات)."""
ARMED_AGENT_SECTORS = frozenset({"MIL", "GOV", "COP"})
"""Sectors of a party after لـ that is a force noun's agent (غارة للجيش الأميركي), not its target."""
VICTIM_LINKS = frozenset({"في", "جراء", "من", "اثر", "خلال", "بعد", "قبل", "بسبب", "ب", "على", "علي"})
"""Words between a party and a force noun that make the party the victim or a bystander (مقتل 4 في غارة)."""
WITNESS_VERBS = frozenset({"شهد", "شهدت", "تشهد", "يشهد", "شهدتها", "شهده", "تشهدها"})
PARENTHETICAL_WORDS = 4
"""At most this many words between two commas make a parenthetical (a day, a title), not a clause."""
# a clause opened by a relative pronoun has its antecedent as subject, not an earlier clause's subject
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


@dataclass(frozen=True, slots=True)
class GenericWord:
    """What the generic-agent scan reads from one word key (cached: the scan sees every word)."""

    bare: str
    """The key without its article prefix (_strip_article)."""
    pair_head: bool
    """Whether the bare key or the key starts a generic pair (قوات الأمن)."""
    single: str | None
    """The sector of the bare key as a one-word generic agent, or None."""


@dataclass(frozen=True, slots=True)
class CoderResources:
    ontology: Ontology
    lexicon: Lexicon
    modality: ModalityCues
    clause_openers: frozenset[str]
    report_scope_end: frozenset[str]
    punctuation: str
    location_preps: frozenset[str]
    destination_preps: frozenset[str]
    non_subject_preps: frozenset[str]
    topic_nouns: frozenset[str]
    clause_continuers: frozenset[str]
    anaphora: frozenset[str]
    plural_anaphora: frozenset[str]
    passive_markers: frozenset[str]
    agent_words: frozenset[str]
    suffer_verbs: frozenset[str]
    condition_words: frozenset[str]
    light_verbs: frozenset[str]
    non_agent_heads: frozenset[str]
    """Nouns (العاصمة، مصادر، الأراضي) whose nisba or apposition is a place or a source, not an actor."""
    """Light verbs (شن، نفذ، عقد، أجرى) whose subject is the agent of the event noun they carry."""
    """Particles opening a condition (إذا، لو، إن): a threat's recipient is the condition's subject."""
    """Verbs of undergoing (تعرض، واجه، تلقى): their subject is the recipient of the nominal event after them."""
    generic_single: dict[str, str]
    """Generic agent word (normalized, without ال) -> sector."""
    generic_pairs: dict[str, str]
    partitives: frozenset[str]
    """Heads of a partitive (عدد من، سبعة من): the party after their من is not marked by it."""
    generic_words: dict[str, GenericWord] = field(default_factory=dict)
    """Cache per word key of what the generic-agent scan needs (a per-run resource, bounded like the
    lexicon's caches)."""
    generic_pair_heads: frozenset[str] = field(init=False)
    """First words of ``generic_pairs``: a word that is none needs no pair look-up (most words)."""
    clause_words: dict[str, ClauseWord] = field(default_factory=dict)
    """Cache per word key of what the clause scan needs."""
    gap_commas: dict[str, bool] = field(default_factory=dict)
    """Cache: does this text between two words count as a comma? (news has a few dozen distinct gaps)"""

    def __post_init__(self) -> None:
        heads = frozenset(k.partition(" ")[0] for k in self.generic_pairs)
        object.__setattr__(self, "generic_pair_heads", heads)  # frozen: set once, here


def load_resources() -> CoderResources:
    """Everything the coder reads from data files (load once, through ``Context.resource``)."""
    cues: dict[str, Any] = read_data("cues.yaml")
    agents: dict[str, Any] = read_data("agents.yaml")
    onto = load_ontology()

    def keys(items: list[str]) -> frozenset[str]:
        return frozenset(normalize_key(x) for x in items)

    return CoderResources(
        ontology=onto,
        lexicon=load_lexicon(ontology=onto, cues=cues),
        modality=ModalityCues.from_data(cues),
        clause_openers=keys(cues["clause"]["openers"]),
        report_scope_end=keys(cues["clause"]["report_scope_end"]),
        punctuation=cues["clause"]["punctuation"],
        location_preps=keys(cues["prepositions"]["location"]),
        destination_preps=keys(cues["prepositions"]["destination"]),
        non_subject_preps=keys(cues["prepositions"]["non_subject"]),
        topic_nouns=keys(cues["prepositions"]["topic_nouns"]),
        clause_continuers=keys(cues["prepositions"]["clause_continuers"]),
        anaphora=keys(cues["anaphora"]["pronouns"]) | keys(cues["anaphora"]["plural"]),
        plural_anaphora=keys(cues["anaphora"]["plural"]),
        passive_markers=keys(cues["passive"]["markers"]),
        agent_words=keys(cues["passive"]["agent_words"]),
        suffer_verbs=keys(cues["passive"]["suffer_verbs"]),
        condition_words=keys(cues["clause"]["condition"]),
        light_verbs=keys(cues["light_verbs"]),
        non_agent_heads=keys(cues["non_agent_heads"]),
        generic_single={normalize_key(w): sector for sector, ws in agents["single"].items() for w in ws},
        generic_pairs={normalize_key(w): sector for sector, ws in agents["pairs"].items() for w in ws},
        partitives=keys(agents["partitives"]),
    )


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
            self._mentions = _mentions(self.story, self.view, here, partitives=self.res.partitives)
        return self._mentions


def code_story(story: Story, *, res: CoderResources) -> list[Event]:
    events: list[Event] = []
    previous: SentenceContext | None = None
    history: list[list[Participant]] = []
    entities = sorted(story.entities, key=lambda e: e.start)
    starts = [e.start for e in entities]
    for view in sentence_views(story):
        here = entities[bisect.bisect_left(starts, view.start) : bisect.bisect_left(starts, view.end)]
        ctx = SentenceContext(view=view, entities=here, story=story, res=res, history=history)
        for event in _code_sentence(ctx, previous, res=res):
            _add(events, event)
        history.extend(ctx.sources_out)
        previous = ctx
    return events


# ----------------------------------------------------------------------------- mentions
GENERIC = "GENERIC"
UNKNOWN_GROUP = "UNK"
NGO_GROUP = "NGO"
PLURAL_ENDINGS = ("ين", "ون")
"""Sound masculine plural endings: a nisba or agent noun in them names people (القطريين، المحتجون)."""
FORMER_WORDS = frozenset({"سابق", "سابقا", "سابقه", "سابقين", "سابقون"})
"""A generic official followed by one of these is a former official (ELI)."""
NON_STATE_CODES = frozenset({"IGO", "NGO", "UNK", "IMG"})
STRIP_CACHE_LIMIT = 200_000
"""Entity type of the coder's own generic-agent mentions (they are never added to story.entities)."""
ARTICLE_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


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
    i = 0
    while i < len(words):
        w = words[i]
        last, sector = i, None
        info = cache.get(w.key)
        if info is None:
            if len(cache) > STRIP_CACHE_LIMIT:
                cache.clear()
            stripped = _strip_article(w.key)
            info = cache[w.key] = GenericWord(
                bare=stripped,
                pair_head=stripped in pair_heads or w.key in pair_heads,
                single=res.generic_single.get(stripped),
            )
        bare = info.bare
        if info.pair_head and i + 1 < len(words):
            nxt = words[i + 1].key
            sector = res.generic_pairs.get(bare + " " + nxt) or res.generic_pairs.get(w.key + " " + nxt)
            last = i + 1 if sector else i
        if sector is None:
            sector = info.single
        if sector is None or any(e.start < words[last].end and w.start < e.end for e in entities):
            i += 1
            continue
        end, country, actor = words[last].end, None, None
        if sector in (UNKNOWN_GROUP, NGO_GROUP):
            # الغرب، جميع الدول: no single country; منظمات حقوقية: an NGO (conventions section 2)
            country, sector = sector, None
        if (
            sector not in (UNKNOWN_GROUP, NGO_GROUP, None)
            and last + 1 < len(words)
            and _strip_article(words[last + 1].key) in FORMER_WORDS
        ):
            # ضابط سابق، المسؤول السابق: a former official (conventions section 2: ELI)
            sector = "ELI"
        nisba = next((e for e in entities if words[last].end < e.start <= words[last].end + 1), None)
        if nisba is None and last + 2 < len(words) and words[last + 1].key.startswith("ال"):
            # one definite adjective between (النيابة العسكرية الإسرائيلية، المحكمة العليا الإسرائيلية)
            gap_end = words[last + 1].end
            nisba = next(
                (e for e in entities if gap_end < e.start <= gap_end + 1 and e.type in NISBA_TYPES), None
            )
        if nisba is not None and nisba.country and not nisba.sector:
            end, country, actor = nisba.end, nisba.country, nisba.actor
            out.remove(nisba)
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
    return sorted(out, key=lambda e: e.start)


def _strip_article(key: str) -> str:
    for pre in ARTICLE_PREFIXES:
        if key.startswith(pre) and len(key) - len(pre) >= 3:
            return key[len(pre) :]
    return key


def _mentions(
    story: Story, view: SentenceView, entities: list[Entity], *, partitives: frozenset[str]
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
        if (
            prep == "من"
            and first >= 2
            and (words[first - 2].key.lstrip("و") in partitives or _numeric(words[first - 2]))
        ):
            # تعتقل عدد من المحتجين: the party is the head's argument, and the phrase starts at the head
            prep, first = "", first - 2
        place = _place_only(ent)
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
            and prev.entities[-1].country == ent.country
            and not story.text[prev.entities[-1].end : ent.start].strip(" ،,")
        ):
            # apposition: ولي العهد السعودي الأمير محمد بن سلمان، الرئيس اليمني، عبدربه منصور هادي
            prev.last = last
            continue
        if prev is not None and not prev.place and not place and _coordinated(story, words, prev, first, ent):
            prev.entities.append(ent)
            prev.last = last
            continue
        before_prep = words[first - 2].key if first >= 2 else ""
        lead = _lead_clitic(words[first - 1]) if first >= 1 else ""
        out.append(
            Mention(
                entities=[ent],
                first=first,
                last=last,
                prep=prep,
                place=place,
                before_prep=before_prep,
                lead=lead,
            )
        )
    return out


def _numeric(w: Word) -> bool:
    return any(ch.isdigit() for ch in w.text)


def _prep_before(words: Sequence[Word], first: int, ent: Entity) -> str:
    w = words[first]
    pro = [c[:-1] for c in w.clitics if c.endswith("+") and c[:-1] in ("ل", "ب")]
    if pro:
        return pro[-1]
    if ent.start > w.start:
        # the entity starts inside its word: what precedes it are clitics (ببوتين، لأوكرانيا، وللصين)
        prefix = normalize_key(w.text[: ent.start - w.start]).lstrip("وف")
        if prefix[:1] in ("ل", "ب"):
            return prefix[0]
    key = w.key
    for clitic, prep in (("ولل", "ل"), ("لل", "ل"), ("وبال", "ب"), ("بال", "ب")):
        if key.startswith(clitic):
            return prep
    if first > 0:
        prev = words[first - 1].key
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
    key = w.key.lstrip("وف")
    if key.startswith(("لل", "بال")):
        return key[0]
    return ""


def _coordinated(story: Story, words: Sequence[Word], prev: Mention, first: int, ent: Entity) -> bool:
    """روسيا و الصين / روسيا والصين: the next entity follows the previous one after و only."""
    # from the start of the word: a partitive phrase (وسبعة من رجال الشرطة) starts at its head
    gap = story.text[story_end(prev) : min(ent.start, words[first].start)].strip()
    if gap in COORD_GAP:
        # الإمارات والسعودية والبحرين ومصر; الولايات المتحدة، وتركيا
        return gap.endswith("و") or words[first].key.startswith("و")
    return False


def story_end(m: Mention) -> int:
    return m.entities[-1].end


# ----------------------------------------------------------------------------- one sentence
def _code_sentence(
    ctx: SentenceContext, previous: SentenceContext | None, *, res: CoderResources
) -> list[Event]:
    words = ctx.view.words
    if not words:
        return []
    matches = res.lexicon.match(words)
    if not matches:
        return []
    bounds = _clause_starts(ctx, res=res)
    report = _report_frame(ctx, res=res)
    out: list[Event] = []
    covered_until = -1  # events inside a coded speech act's complement are its content, not records
    for m in matches:
        if m.head <= covered_until and not _coordinated_speech(words, m):
            continue
        event = _code_match(ctx, m, bounds, report, previous, res=res)
        if event is None:
            continue
        same = next(
            (
                e
                for e in out
                if e.type == event.type
                and (e.mode == event.mode or None in (e.mode, event.mode))
                and _codes(e.source) & _codes(event.source)
            ),
            None,
        )
        if same is not None:
            # one event told twice in a clause (انضم ... لإجراء تدريبات مشتركة): keep the fuller record
            if _explicitness(event) > _explicitness(same):
                out[out.index(same)] = event
            continue
        out.append(event)
        ctx.sources_out.append(event.source)
        # a verb form right after a preposition (أعلن عن قطع العلاقات) is read as its masdar
        after_prep = m.head > 0 and words[m.head - 1].key in res.non_subject_preps
        ctx.last_pos = "noun" if after_prep else m.entry.pos
        if m.entry.speech:
            # the content runs through relative clauses (أدان الهجوم الذي استهدف ...) to حيث/بينما or the end
            covered_until = next(
                (j - 1 for j in range(m.head + 1, len(words)) if _bare_key(words[j]) in res.report_scope_end),
                len(words) - 1,
            )
    meeting = next((e for e in out if e.type == "CONSULT" and e.location is not None), None)
    if meeting is not None:
        # what is said or agreed at a meeting happens where the meeting is (أعلنتا ... حيث التقى ... في بكين)
        for e in out:
            if e.location is None and e.type != "CONSULT" and e.quad in (1, 3):
                e.location = dataclasses.replace(meeting.location)
    return out


def _coordinated_speech(words: Sequence[Word], m: TriggerMatch) -> bool:
    """أدان ... وطالب ...: a second speech act joined by و is its own record; a nested one (نفى أنه هدد)
    is the first one's content."""
    return m.entry.speech and m.entry.pos == "verb" and words[m.head].key.startswith("و")


def _clause_starts(ctx: SentenceContext, *, res: CoderResources) -> list[int]:
    """Word indices where a clause starts (after a comma or semicolon, or at a clause opener)."""
    words, text = ctx.view.words, ctx.story.text
    comps = res.modality.complementizers
    gaps = res.gap_commas
    kinds = res.clause_words
    starts = [0]
    commas: list[int] = []
    for i in range(1, len(words)):
        between = text[words[i - 1].end : words[i].start]
        key = words[i].key
        comma = gaps.get(between)
        if comma is None:
            if len(gaps) > STRIP_CACHE_LIMIT:
                gaps.clear()
            comma = gaps[between] = any(ch in res.punctuation for ch in between if ch not in '"“”«»()')
        info = kinds.get(key)
        if info is None:
            if len(kinds) > STRIP_CACHE_LIMIT:
                kinds.clear()
            info = kinds[key] = _clause_word(key, res=res)
        # a complementizer (قال إن ...، أعلنت أنهما ...) opens the reported clause
        split = comma and not info.continuer
        if split:
            commas.append(i)
        # "من قبل" is the agent of a passive (by) or an adverb (previously), never a clause "before ..."
        if split or (info.opener and not (info.qabl and words[i - 1].key == "من")) or info.complementizer:
            starts.append(i)
    # a short parenthetical between two commas (يزور بوتين، الثلاثاء، تركيا; بوريطة، وزير الخارجية، أعلن)
    # does not split the clause around it
    drop: set[int] = set()
    for a, b in itertools.pairwise(commas):
        if b - a <= PARENTHETICAL_WORDS and not any(words[j].key in comps for j in range(a, b)):
            drop.update((a, b))
    return [i for i in starts if i not in drop or _bare_key(words[i]) in res.clause_openers]


@dataclass(frozen=True, slots=True)
class ClauseWord:
    """What _clause_starts reads from one word key (cached per key: the scan sees every word)."""

    continuer: bool
    """A comma before it does not open a clause."""
    opener: bool
    """Its bare form (without و) opens a clause."""
    qabl: bool
    """Its bare form is قبل (after من it is an agent phrase or an adverb, no clause opener)."""
    complementizer: bool
    """A complementizer, or و + one (وأن opens a second complement: رفضت الوساطة وأن الأمر ...)."""


def _clause_word(key: str, *, res: CoderResources) -> ClauseWord:
    comps = res.modality.complementizers
    bare = key[1:] if key.startswith("و") and len(key) > 3 else key
    return ClauseWord(
        continuer=key in res.clause_continuers,
        opener=bare in res.clause_openers,
        qabl=bare == "قبل",
        complementizer=key in comps or (key[:1] == "و" and key[1:] in comps and len(key) > 2),
    )


def _modality_start(bounds: list[int], cstart: int, words: Sequence[Word], *, res: CoderResources) -> int:
    """Where modality cues may stand: a clause opened by a complementizer also hears the words before
    it (من المقرر أن يوقع، يتوقع أن يعقد)."""
    if cstart > 0 and words[cstart].key in res.modality.complementizers:
        return _clause_of(bounds, cstart - 1)
    return cstart


def _clause_of(bounds: list[int], i: int) -> int:
    start = 0
    for b in bounds:
        if b <= i:
            start = b
    return start


def _clause_end(bounds: list[int], i: int, n: int) -> int:
    for b in bounds:
        if b > i:
            return b - 1
    return n - 1


@dataclass(frozen=True, slots=True)
class ReportFrame:
    verb: int
    """Index of the report verb or the 'according to' word, -1 when none."""
    content_from: int
    """Events at or after this word index are the report's content."""
    content_to: int
    """... and before this one (the report's clause ends at حيث، بينما ...)."""
    speaker: Span | None
    whole_sentence: bool
    speaker_mention: Mention | None = None


def _report_frame(ctx: SentenceContext, *, res: CoderResources) -> ReportFrame | None:
    words, cues = ctx.view.words, res.modality
    for i, w in enumerate(words):
        key = w.key[1:] if w.key[:1] in "وف" and len(w.key) > 3 else w.key
        if key in cues.according:
            speaker = next((m for m in ctx.mentions if m.first > i), None)
            return ReportFrame(
                verb=i,
                content_from=0,
                content_to=len(words),
                speaker=_mention_span(ctx, speaker),
                whole_sentence=True,
            )
        if key in cues.report_verbs:
            comp = next(
                (j for j in range(i + 1, min(len(words), i + 10)) if words[j].key in cues.complementizers),
                None,
            )
            if comp is None:
                continue
            speaker = next(
                (
                    m
                    for m in ctx.mentions
                    if i < m.first < comp and not m.place and m.prep not in res.non_subject_preps
                ),
                None,
            )
            if speaker is None:
                # SVO: "المتحدث باسم الكرملين قال إن": the speaker ends just before the verb
                speaker = next((m for m in reversed(ctx.mentions) if m.last < i and not m.place), None)
                if speaker is not None and (i - speaker.last > 3 or speaker.prep in res.non_subject_preps):
                    speaker = None
            end = next(
                (j for j in range(comp + 1, len(words)) if _bare_key(words[j]) in res.report_scope_end),
                len(words),
            )
            return ReportFrame(
                verb=i,
                content_from=comp,
                content_to=end,
                speaker=_mention_span(ctx, speaker),
                whole_sentence=False,
                speaker_mention=speaker,
            )
    return None


def _bare_key(w: Word) -> str:
    return w.key[1:] if w.key[:1] in "وف" and len(w.key) > 3 else w.key


def _mention_span(ctx: SentenceContext, m: Mention | None) -> Span | None:
    if m is None:
        return None
    start, end = _word_start(ctx, m.entities[0]), m.entities[-1].end
    return ctx.story.span(start, end)


def _word_start(ctx: SentenceContext, ent: Entity) -> int:
    """The participant text keeps its clitics (للسفير، وروسيا): extend to the word's start."""
    for w in ctx.view.words:
        if w.start <= ent.start < w.end:
            return w.start
    return ent.start


# ----------------------------------------------------------------------------- one trigger
def _code_match(
    ctx: SentenceContext,
    m: TriggerMatch,
    bounds: list[int],
    report: ReportFrame | None,
    previous: SentenceContext | None,
    *,
    res: CoderResources,
) -> Event | None:
    words, entry = ctx.view.words, m.entry
    cstart = _clause_of(bounds, m.head)
    cend = _clause_end(bounds, m.last, len(words))
    in_clause = [x for x in ctx.mentions if cstart <= x.first <= cend]
    actors = [
        x
        for x in in_clause
        if not x.place
        and not (x.prep in res.location_preps and _placeish(x))
        and not _witness(words, x)
        and not (x.first > 0 and words[x.first - 1].key.lstrip("و") in res.non_agent_heads)
    ]
    in_report = (
        report is not None and not report.whole_sentence and report.content_from <= m.head < report.content_to
    )
    pronoun_subject = report.speaker_mention if in_report and report is not None else None
    if (
        pronoun_subject is not None
        and report is not None
        and not _pronoun_complement(ctx, report, m, res=res)
    ):
        pronoun_subject = None
    if _first_person(m):
        # "نحن ندعم ..." inside a quote: the speaker is the subject (the quote's speaker, or the report's)
        pronoun_subject = _quote_speaker(ctx, m) or (report.speaker_mention if report is not None else None)
    source, target, carried = _participants(ctx, m, actors, cstart, previous, pronoun_subject, res=res)
    if entry.type in FORCE_TYPES:
        # civilians named by a common noun (20 شرطيا قتلوا، 44 شخصا سقطوا) are victims, not attackers
        source = [p for p in source if not (p.actor is None and p.sector == "CVL")]
        if entry.pos == "noun":
            # بقصف الغوطة الشرقية، في محافظة درعا لاستعادة السيطرة: a town next to a force noun is where
            # or what it hits; a city acts only as a government seat (موسكو has a sector, درعا none)
            source = [p for p in source if not ((p.actor or "").startswith("city:") and p.sector is None)]
    if not source or (entry.needs_target and not target):
        return None
    if _lone_meeting(ctx, m, source, target, in_clause, res=res):
        return None
    onto = res.ontology
    reported = report is not None and report.content_from <= m.head < report.content_to
    if reported and report is not None and report.speaker is not None and _is_speaker(source, report.speaker):
        reported = False  # the speech act is itself the event (praise, a demand): asserted (section 4.3)
    event_date = _clause_date(ctx, m, cstart, cend, report if reported else None)
    modality = decide(
        ModalityInput(
            words=words,
            match=m,
            clause_start=_modality_start(bounds, cstart, words, res=res),
            reported=reported,
            event_date=event_date,
            story_date=ctx.story.date,
        ),
        cues=res.modality,
    )
    etype, mode, cameo = entry.type, entry.mode, entry.cameo
    if entry.id in VERBAL_ATTACK_ENTRIES and _speakers_only(source):
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
        source, target = _merge_parties(source, target), []
    location = _location(ctx, m, in_clause, res=res)
    if entry.mode == "visit" and not target and location is not None and location.start is not None:
        # a visit to a named place: the host is the place (Putin's trip to Beijing -> CHN)
        host = _entity_at(ctx, location.start)
        if host is not None and host.country:
            target = _parts(ctx, Mention(entities=[host], first=0, last=0, prep="", place=True))
    _fill_generic_countries(ctx, source, target, location)
    date = event_date
    # EVENT-CONVENTIONS §6 (binding for the gold): no date when the text gives none. The issue's "else the
    # story date" is kept beside it, as `date_inferred`, for users who need a day on every event.
    date_inferred = None
    if date is None and ctx.story.role == "main" and modality == "asserted":
        date_inferred = _news_cycle_date(ctx.story)
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
        modality=modality,
        speaker=report.speaker if report is not None and reported else None,
        quantities=_quantities(ctx, cstart, cend),
        sentence=ctx.story.span(ctx.view.start, ctx.view.end),
        confidence=round(min(confidence, 0.95), 2),
        story_id=ctx.story.id,
    )


def _participants(
    ctx: SentenceContext,
    m: TriggerMatch,
    actors: list[Mention],
    cstart: int,
    previous: SentenceContext | None,
    pronoun_subject: Mention | None,
    *,
    res: CoderResources,
) -> tuple[list[Participant], list[Participant], bool]:
    """Source, target, and whether the source was carried over from an earlier sentence.

    ``pronoun_subject``: in "قال ترامب إنه سيجتمع مع كيم" the pronoun on إنه is the subject, and it
    is the speaker."""
    entry = m.entry
    after = [x for x in actors if x.first > m.head]
    before = [x for x in actors if x.last < m.head]
    bound = res.non_subject_preps | res.destination_preps
    free_after = [x for x in after if x.prep not in bound]
    subject: Mention | None = None
    obj: Mention | None = None
    free_before = [x for x in before if x.prep not in bound]
    circumstantial = _circumstantial(m) or _coordinated_noun(ctx, m, free_after, entry.target_preps)
    # a verb form right after a preposition is a masdar (عن إدانته: his condemnation), its pronoun the agent
    as_masdar = entry.pos == "verb" and m.head > 0 and ctx.view.words[m.head - 1].key in res.non_subject_preps
    if circumstantial:
        # متهما طهران، داعيا واشنطن: the participle's subject is the main clause's, what follows is its object
        obj = free_after[0] if free_after else None
    elif (
        entry.pos == "verb"
        and free_before
        and m.head - free_before[-1].last <= 2
        and not free_before[-1].place
        and not (_singular_verb(m) and _plural_people(free_before[-1]))
    ):
        # SVO: a bare mention just before the verb (كييف قد اتهمت، روسيا أطلقت) is its subject
        subject = free_before[-1]
        obj = free_after[0] if free_after else None
    elif entry.pos == "verb" and not (as_masdar and m.enclitics):
        # VSO: the first bare mention right after the verb (before any other content) is the subject
        # a first-person verb (نطالب، أوقفنا) carries its subject: the party after it is its object
        if (
            free_after
            and free_after[0].first - m.last <= 3
            and not _victim(entry.type, free_after[0])
            and not _first_person(m)
            # (not after the bare 3ms form, which is also the masdar: "عقب شن متطرفين هجمات")
            and not (m.form != normalize_key(entry.lemma) and _oblique_plural(free_after[0]))
        ):
            subject = free_after[0]
            rest = free_after[1:]
        else:
            rest = free_after
        if subject is None and before and not _unknown_subject(ctx, m):
            agreeing = [x for x in free_before if not (_singular_verb(m) and _plural_people(x))]
            subject = agreeing[-1] if agreeing else None
        elif (
            subject is not None
            and free_before
            and m.head > 0
            and ctx.view.words[m.head - 1].key in res.non_subject_preps
            and _more_specific(free_before[-1], subject)
        ):
            # a verb form after a preposition is a masdar (بوريطة أعلن عن قطع علاقات المغرب): as above
            subject = free_before[-1]
        obj = rest[0] if rest else None
    else:
        genitive = free_after[0] if free_after and free_after[0].first - m.last <= 1 else None
        governor = free_before[-1] if free_before else None
        # a transitive masdar's genitive is its object (طرد السفير، اعتقال الصحفي) unless a recipient is
        # marked after it (غزو موسكو لأوكرانيا، زيارة بوتين للصين): then the genitive is the agent
        marked = genitive is not None and any(
            x.first > genitive.last and x.prep in entry.target_preps for x in after
        )
        patient_first = (
            entry.object_target
            and not marked
            and (governor is not None or entry.type in ("COERCE", "ASSAULT"))
        )
        if genitive is not None and patient_first:
            subject, obj = governor, genitive
        elif genitive is not None:
            subject = genitive
            if governor is not None and _more_specific(governor, genitive):
                # بوريطة أعلن عن قطع علاقات المغرب: the country acts through the named official
                subject = governor
            obj = next((x for x in free_after[1:]), None)
        else:
            subject = governor if _governs(ctx, governor, m, entry.type) else None
            if subject is None and entry.type == "ASSAULT":
                # غارة جوية للجيش الأميركي، غارة للتحالف: a state's forces after لـ are the attack's agent
                subject = next(
                    (
                        x
                        for x in after
                        if x.prep == "ل"
                        and x.first - m.last <= 2
                        and x.entities[0].sector in ARMED_AGENT_SECTORS
                    ),
                    None,
                )
    antecedent = _relative_antecedent(ctx, m, cstart, locs=res.location_preps)
    if antecedent is not None:
        if _object_pronoun(m):
            # الدوحة، التي تتهمها الدول المقاطعة: the pronoun on the verb is the antecedent (the recipient)
            subject = free_after[0] if free_after else None
            obj = antecedent
        else:
            # الولايات المتحدة التي طالبت برلين: the antecedent is the subject, what follows the object
            subject, obj = antecedent, free_after[0] if free_after else None
    passive = _passive(ctx, m, res=res)
    # تتهمه منظمات حقوقية بتفكيك ...: the verb's object is its pronoun, which refers back; a party named
    # after the subject belongs to the complement, not to the object slot
    pronoun_object = (
        entry.pos == "verb" and antecedent is None and not passive and not as_masdar and _object_pronoun(m)
    )
    if pronoun_object:
        obj = None
    if passive:
        # تم اعتقال X، مقتل X على يد Y، قُتل X: X is the recipient; the agent, if any, follows على يد / من قبل
        agent = next((x for x in after if x.prep in res.agent_words), None)
        patient = next((x for x in after if x.prep not in bound and x is not agent), None)
        if patient is None and subject is not None and subject is not agent:
            patient = subject
        subject, obj = agent, patient
        free_after = [x for x in free_after if x is not agent]
    suffered = None if passive or not (entry.pos == "noun" or as_masdar) else _suffer_verb(ctx, m, res=res)
    if suffered is not None and not _marked_noun(ctx, m, suffered):
        suffered = None
    if suffered is not None:
        # تعرضت قطر لانتقادات من جماعات حقوق الإنسان: the one who suffers is the recipient, the agent
        # follows من / من قبل; with no agent named there is no acting side
        subject = next(
            (
                x
                for x in ctx.mentions
                if m.last < x.first <= m.last + SUFFER_AGENT_WINDOW
                and (x.prep == "من" or x.prep in res.agent_words)
            ),
            None,
        ) or _light_verb_agent(ctx, m, res=res, backward=False)
        obj = _sufferer(ctx, suffered, m, bound=bound)
    # the first party marked by one of the entry's prepositions, directly (لأوكرانيا) or through one noun
    # (على بضائع صينية، للتدخلات الإيرانية): whichever comes first
    target_m = next(
        (
            x
            for x in after
            if x is not subject
            and (
                x.prep in entry.target_preps
                or x.before_prep in entry.target_preps
                or x.lead in entry.target_preps
            )
        ),
        None,
    )
    if suffered is not None:
        target_m = obj
    if target_m is None and entry.type == "REQUEST" and entry.speech:
        # طلبت قطر أن تقدم الإمارات تعويضات: the subject of the demanded act is the one asked
        target_m = _complement_subject(ctx, m, subject, res=res)
    if target_m is None and entry.object_target and obj is not None and obj is not subject:
        target_m = obj
    if target_m is None and entry.type == "ACCUSE" and entry.speech:
        # ادعى السيناتور ...، في مقابلة ...، بأن الملكة البريطانية ... تفرط: the subject of the alleged act
        # is the one accused; the claim may stand after a parenthetical (where and how it was made)
        target_m = _complement_subject(ctx, m, subject, res=res, window=ALLEGATION_WINDOW)
    if target_m is None and not entry.reciprocal and entry.type != "CONSULT":
        # most events other than meetings have a recipient; take the first party marked by a
        # preposition that can mark one (ضد، على، لـ، بـ، إلى، بحق ...), not a place or a source
        target_m = next(
            (x for x in after if x is not subject and x.prep in FALLBACK_TARGET_PREPS and not _placeish(x)),
            None,
        )
    if (
        target_m is None
        and not entry.reciprocal
        and entry.type != "CONSULT"
        and obj is not None
        and obj is not subject
        and not obj.place
        and obj.prep not in res.location_preps
        and not passive
        and obj.first - max(m.last, subject.last if subject is not None else -1) <= 2
    ):
        # a transitive use the lexicon does not mark (اتهام بريطانيا روسيا، اعتقلت إيران مسؤولا): the
        # bare mention after the subject is the recipient
        target_m = obj
    if entry.reciprocal and target_m is not None and target_m.prep == "بين" and subject is None:
        # لقاء بين ترامب وكيم: the parties after بين are the actors
        subject, target_m = target_m, None
    carried = False
    shared: list[Participant] | None = None
    # قالت الصين إنها حذرت سفينة حربية أمريكية: the pronoun on a complementizer right before the verb is
    # its subject, and the party after the verb is then its object
    comps = res.modality.complementizers
    comp_near = any(ctx.view.words[k].key in comps for k in range(max(0, m.head - 2), m.head))
    if pronoun_subject is not None and (subject is None or subject.first < m.head or comp_near):
        if subject is not None and subject is not pronoun_subject and subject.first > m.head:
            obj = obj or subject
            if target_m is None and not entry.reciprocal:
                target_m = subject
        subject = pronoun_subject
    relative = _bare_key(ctx.view.words[cstart]) in RELATIVE_PRONOUNS
    anaphoric = any(w.key in res.anaphora for w in ctx.view.words[cstart : m.head])
    if (
        subject is None
        and entry.pos == "verb"
        and m.head > 0
        and not (passive or relative or anaphoric or _unknown_subject(ctx, m))
    ):
        # a pro-drop verb in a later clause shares the subject of an earlier one (واشنطن ...، لم تقدم):
        # the actor of the event coded just before it in the sentence, not that event's object
        # (طردت الرياض السفير الكندي، وسحبت سفيرها: Riyadh recalls, not the ambassador)
        # a pro-drop singular verb (يتهمهم) does not agree with a plural of people (المسؤولين السوريين)
        singular = _singular_verb(m)
        earlier = [
            x
            for x in ctx.mentions
            if x.last < cstart
            and x.prep not in bound
            and not x.place
            and not (singular and _plural_people(x))
        ]
        if ctx.sources_out and not _first_person(m):
            shared = [Participant(**_fields(p)) for p in ctx.sources_out[-1]]
        else:
            subject = earlier[-1] if earlier else None
    if (entry.pos == "noun" or as_masdar) and not passive and suffered is None:
        # الهجوم الذي شنته مجموعة انتحاريين، عقد الملك والرئيس لقاء قمة: the subject of the light verb
        # (شن، نفذ، عقد، أجرى) is the agent of the event noun it carries; one right after the noun
        # (its relative clause) names the agent more surely than a party before the noun
        light = _light_verb_agent(ctx, m, res=res, backward=subject is None)
        if light is not None and light is not target_m:
            subject = light
    if (entry.pos == "noun" or as_masdar) and not passive and suffered is None:
        # إطلاق صاروخ باليستي من قبل الميليشيات الحوثية: an agent phrase after the noun names who acted
        by = next(
            (
                x
                for x in after
                if x.prep in res.agent_words
                and x.first - m.last <= NOUN_AGENT_WINDOW
                # من قبل / على يد, not قبل alone ("قبل زيارة بوتين": before)
                and x.first >= 2
                and ctx.view.words[x.first - 2].key.lstrip("و") in ("من", "علي", "على")
            ),
            None,
        )
        if by is not None and by is not target_m:
            subject = by
    if subject is None and entry.reciprocal and target_m is None:
        # لقاء بين ترامب وكيم: the parties after بين are the actors
        subject = next((x for x in after if x.prep == "بين"), None)
    relative_object = antecedent is not None and subject is None and _object_pronoun(m)
    pronoun_agent = _pronoun_genitive(m) or (as_masdar and bool(m.enclitics))
    if subject is None and pronoun_agent and not ctx.sources_out and not passive:
        # استقدامها، إدانته: the pronoun refers to a party named earlier in the sentence
        earlier = [x for x in ctx.mentions if x.last < m.head and x.prep not in bound and not x.place]
        subject = earlier[-1] if earlier else None
    if (circumstantial or relative_object) and ctx.sources_out:
        # relative_object: "الدوحة، التي تتهمها الدول المقاطعة" — the unnamed subject (a common noun the
        # entities do not cover) is most likely the actors of the sentence's previous event
        # the subject of the event the participle qualifies (قطع المغرب علاقاته ...، متهما طهران)
        source = [Participant(**_fields(p)) for p in ctx.sources_out[-1]]
    elif shared is not None:
        source = shared
    else:
        source = _parts(ctx, subject) if subject is not None else []
    if (
        not source
        and not passive
        and previous is not None
        and _refers_back(ctx, m, cstart, res=res)
        and not _unknown_subject(ctx, m)
    ):
        source = _carry(ctx, previous, plural=_plural_reference(ctx, m, cstart, res=res))
        carried = bool(source)
    target = _parts(ctx, target_m) if target_m is not None else []
    if not target and entry.type == "REQUEST" and entry.speech and source:
        # دعا المسؤول الحكومي، المواطنين إلى ...: the one asked may follow a comma (a parenthetical
        # "في بيان نشرته على موقعها،" or an apposition) as the first bare party of the next clause
        own = {p.country for p in source}
        bound = res.non_subject_preps | res.destination_preps
        nxt = next(
            (
                x
                for x in ctx.mentions
                if m.last < x.first <= m.last + REQUEST_OBJECT_WINDOW
                and all(x is not a for a in actors)
                and x.prep not in bound
                and not x.place
                and not {e.country for e in x.entities} <= own
            ),
            None,
        )
        if nxt is not None:
            target = _parts(ctx, nxt)
    if not target and pronoun_object and source and not entry.reciprocal:
        target = _pronoun_referent(ctx, m, source, res=res)
    if not target and entry.type == "THREATEN" and source:
        # أنقرة سترد إذا ما أوقفت الولايات المتحدة مبيعات السلاح: a threat is aimed at the subject of its condition
        target = _condition_subject(ctx, m, source, res=res)
    if not target and not entry.reciprocal and source:
        # تعزيز العلاقات بين لندن وأنقرة said by Ankara: the other party of the بين pair is the recipient
        target = _between_others(ctx, after, source, third_party=False)
    if not target and entry.type == "REQUEST" and source:
        later = [x for x in ctx.mentions if m.last < x.first <= m.last + BETWEEN_WINDOW]
        target = _between_others(ctx, later, source, third_party=True)
    # one party is never both sides of its own event (nor another mention of the same person or state:
    # "وهو ما ينفيه ترامب وموسكو" after "حملة ترامب")
    own = {(p.start, p.end) for p in source}
    own_actors = {p.actor for p in source if p.actor}
    target = [p for p in target if (p.start, p.end) not in own and not (p.actor and p.actor in own_actors)]
    if entry.swap and target:
        source, target = target, source
    return source, target, carried


LIGHT_VERB_BACK = 10
"""How far before an event noun the light verb that carries it may stand (عقد الملك ...، والرئيس ...، لقاء)."""
LIGHT_VERB_SUBJECT_GAP = 3
"""Words between a light verb and its subject (شنتها قوات النظام، التي شنتها أمس دمشق)."""


def _light_key(w: Word) -> str:
    """A word without a leading و/ف and an object pronoun (شنتها -> شنت)."""
    key = _bare_key(w)
    for enc in ("هما", "هم", "ها", "ه"):
        if key.endswith(enc) and len(key) - len(enc) >= 3:
            return key[: -len(enc)]
    return key


def _light_verb_agent(
    ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources, backward: bool
) -> Mention | None:
    """The subject of a light verb carrying the event noun: after it in a relative or descriptive clause
    ("الهجوم الذي شنته مجموعة"، "غارات شنتها دمشق"), or before it ("عقد الملك ... لقاء قمة")."""
    words = ctx.view.words
    bound = res.non_subject_preps | res.destination_preps

    def subject_after(v: int, limit: int) -> Mention | None:
        return next(
            (
                x
                for x in ctx.mentions
                if v < x.first <= min(limit, v + LIGHT_VERB_SUBJECT_GAP)
                and x.prep not in bound
                and not x.place
                and not _witness(words, x)
            ),
            None,
        )

    j = m.last + 1
    if j < len(words) and _bare_key(words[j]) in RELATIVE_PRONOUNS:
        j += 1
    if j < len(words) and _light_key(words[j]) in res.light_verbs:
        return subject_after(j, len(words))
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
                    if (x.last == v - 1 or (x.last == v - 2 and words[v - 1].key in VERB_PARTICLES))
                    and x.prep not in bound
                    and not x.place
                ),
                None,
            )
    return None


CONDITION_WINDOW = 8
"""How far after a threat its condition (إذا، لو، في حال) may open."""
CONDITION_SUBJECT_GAP = 3
"""Words between the conditional particle and its subject (إذا ما أوقفت الولايات المتحدة)."""


def _condition_subject(
    ctx: SentenceContext, m: TriggerMatch, source: list[Participant], *, res: CoderResources
) -> list[Participant]:
    """The subject of a conditional clause right after a threat, when it is not the threatening side."""
    words = ctx.view.words
    own = {p.country for p in source}
    bound = res.non_subject_preps | res.destination_preps
    for j in range(m.last + 1, min(len(words), m.last + CONDITION_WINDOW + 1)):
        if _bare_key(words[j]) not in res.condition_words:
            continue
        x = next(
            (
                x
                for x in ctx.mentions
                if j < x.first <= j + CONDITION_SUBJECT_GAP + 1 and x.prep not in bound and not x.place
            ),
            None,
        )
        if x is not None and not {e.country for e in x.entities} <= own:
            return _parts(ctx, x)
        return []
    return []


SUFFER_WINDOW = 6
"""How many words before a nominal trigger its "suffer" verb may stand (تعرضت قطر لانتقادات)."""
SUFFER_AGENT_WINDOW = 4
"""How far after the trigger its agent may stand (لانتقادات عدة من جماعات حقوق الإنسان)."""


def _suffer_verb(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> int | None:
    """Index of a verb of undergoing (تعرض لـ، واجه، تلقى) governing the nominal trigger, or None."""
    words = ctx.view.words
    for j in range(m.head - 1, max(-1, m.head - SUFFER_WINDOW - 1), -1):
        if _bare_key(words[j]) in res.suffer_verbs or words[j].key in res.suffer_verbs:
            if _bare_key(words[j]) == "تلقي" and not words[j].text.endswith("ى"):
                # تلقى (received) and تُلقي (throws) share a key; only the written alif maqsura tells them apart
                continue
            return j
        if any(ch in res.punctuation for ch in words[j].text):
            return None  # the verb of undergoing governs its own clause only
    return None


def _marked_noun(ctx: SentenceContext, m: TriggerMatch, verb: int) -> bool:
    """Whether the event noun is what the verb of undergoing governs: marked by لـ / إلى / بـ (تعرضت
    لانتقادات، تعرض إلى الطعن، يحظى بتأييد), or right after the verb or its subject (تواجه إيران اتهامات). Another noun in the same
    clause ("تتعرض لانتقادات بسبب أعمال القمع") and a homograph (تلقي الاتهامات: throws) are not."""
    words = ctx.view.words
    if m.head == verb + 1 or any(verb < x.first <= verb + 2 and x.last == m.head - 1 for x in ctx.mentions):
        return True  # واجه انتقادات، تواجه إيران اتهامات: the object right after the verb or its subject
    if "ل+" in m.proclitics or "ب+" in m.proclitics or words[m.head].key[:1] in ("ل", "ب"):
        # the marker must be the first one after the verb: the noun it governs
        return not any(
            words[k].key[:1] in ("ل", "ب") or words[k].key == "الي" for k in range(verb + 1, m.head)
        )
    return m.head > 0 and words[m.head - 1].key in ("الي", "إلى")


def _sufferer(ctx: SentenceContext, verb: int, m: TriggerMatch, *, bound: frozenset[str]) -> Mention | None:
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


def _pronoun_referent(
    ctx: SentenceContext,
    m: TriggerMatch,
    source: list[Participant],
    *,
    res: CoderResources,
) -> list[Participant]:
    """Who an object pronoun on a verb (تتهمه، اتهمتها) refers to: the actor of the event coded just
    before it in the sentence, else the last bare party named before the verb's clause outside a relative
    clause (يصر مادورو على السياسات التي بدأها تشافيز، بينما تتهمه المعارضة: Maduro); never the verb's
    own actor."""
    own = {(p.start, p.end) for p in source}
    words = ctx.view.words
    if _plural_pronoun(m):
        # هم agrees with a group of people (طردهم ... القطريين), wherever it was named, not with a state
        group = [
            x
            for x in ctx.mentions
            if x.last < m.head and not x.place and _mention_span_key(ctx, x) not in own and _plural_people(x)
        ]
        if group:
            return _parts(ctx, group[-1])
    if ctx.sources_out and all((p.start, p.end) not in own for p in ctx.sources_out[-1]):
        return [Participant(**_fields(p)) for p in ctx.sources_out[-1]]
    bound = res.non_subject_preps | res.destination_preps
    bounds = _clause_starts(ctx, res=res)
    earlier = [
        x
        for x in ctx.mentions
        if x.last < m.head
        and x.prep not in bound
        and not x.place
        and _mention_span_key(ctx, x) not in own
        and _bare_key(words[_clause_of(bounds, x.first)]) not in RELATIVE_PRONOUNS
    ]
    return _parts(ctx, earlier[-1]) if earlier else []


def _singular_verb(m: TriggerMatch) -> bool:
    """A verb form with no dual or plural ending: in subject-first order and pro-drop it agrees with a
    singular subject (المسؤولون يتهمون, not يتهم)."""
    return m.entry.pos == "verb" and not m.form.endswith(("ون", "وا", "ان", "ن"))


def _plural_pronoun(m: TriggerMatch) -> bool:
    return any(e.lstrip("+") == "هم" for e in m.enclitics)


def _plural_people(x: Mention) -> bool:
    """A masculine plural of people (القطريين، المحتجون، الصحفيين): what هم refers to."""
    ent = x.entities[-1]
    if len(x.entities) > 1 or x.place or ent.type in PLACE_TYPES:
        return False  # البحرين، الصين، فلسطين end the same way
    return normalize_key(ent.text).endswith(PLURAL_ENDINGS)


def _oblique_plural(x: Mention) -> bool:
    """A common-noun masculine plural in -ين right after a verb is its object, not its subject (which
    would be in -ون): "ناشدت المواطنين بالبقاء في منازلهم" (the civil defence appealed to the citizens)."""
    ent = x.entities[-1]
    return len(x.entities) == 1 and ent.type == GENERIC and normalize_key(ent.text).endswith("ين")


def _mention_span_key(ctx: SentenceContext, x: Mention) -> tuple[int, int]:
    return _word_start(ctx, x.entities[0]), x.entities[0].end


def _circumstantial(m: TriggerMatch) -> bool:
    """An accusative active participle of a verb entry (متهما، داعيا، محذرا، معربا): a حال clause."""
    f = m.form
    return (
        m.entry.pos == "verb"
        and len(f) >= 4
        and f.startswith("م")
        and f.endswith("ا")
        and f not in m.entry.imperfect_forms
    )


def _coordinated_noun(
    ctx: SentenceContext, m: TriggerMatch, free_after: list[Mention], marks: tuple[str, ...]
) -> bool:
    """A masdar joined by و to a masdar event coded just before it (أعلن عن قطع علاقات المغرب مع إيران
    وطرد السفير): it shares that event's actor and its genitive is its object, unless a recipient is
    marked after the genitive (وزيارة بوتين للصين: the genitive is then the agent). Undiacritized, طرد
    is also the verb; after a masdar the masdar reading wins."""
    if ctx.last_pos != "noun" or not ctx.view.words[m.head].key.startswith("و"):
        return False
    return not any(x.prep in marks for x in free_after[1:])


def _complement_subject(
    ctx: SentenceContext, m: TriggerMatch, subject: Mention | None, *, res: CoderResources, window: int = 3
) -> Mention | None:
    """The named subject of the complement clause (أن X ...) opened within ``window`` words of the trigger."""
    words, comps = ctx.view.words, res.modality.complementizers
    comp = next(
        (j for j in range(m.last + 1, min(len(words), m.last + window + 1)) if words[j].key in comps), None
    )
    if comp is None:
        return None
    bound = res.non_subject_preps | res.destination_preps
    return next(
        (
            x
            for x in ctx.mentions
            if comp < x.first <= comp + 3 and x is not subject and x.prep not in bound and not x.place
        ),
        None,
    )


RELATIVE_GAP = 2
"""Words that may stand between a relative pronoun and its verb (لم، قد، كانت)."""


def _relative_antecedent(
    ctx: SentenceContext, m: TriggerMatch, cstart: int, *, locs: frozenset[str]
) -> Mention | None:
    """The named antecedent of a relative clause whose verb is the trigger (X التي طالبت / X الذي تتهمه)."""
    words = ctx.view.words
    if m.entry.pos != "verb" or _bare_key(words[cstart]) not in RELATIVE_PRONOUNS:
        return None
    if not 0 < m.head - cstart <= RELATIVE_GAP + 1:
        return None
    # a name after في is where the antecedent is (من الدول القليلة في حلف الناتو التي), not the antecedent
    return next(
        (
            x
            for x in reversed(ctx.mentions)
            if cstart - 2 <= x.last < cstart and not x.place and x.prep not in locs
        ),
        None,
    )


def _object_pronoun(m: TriggerMatch) -> bool:
    return any(e.lstrip("+") in ("ه", "ها", "هم", "هما", "هن") for e in m.enclitics)


def _between_others(
    ctx: SentenceContext, after: list[Mention], source: list[Participant], *, third_party: bool
) -> list[Participant]:
    own = {p.country for p in source if p.country}
    for x in after:
        if x.prep != "بين" or len(x.entities) < 2:
            continue
        rest = [e for e in x.entities if e.country not in own]
        # "مفاوضات بين الفلسطينيين والإسرائيليين" asked for by a third party: both are the recipients
        if rest and (len(rest) < len(x.entities) or third_party):
            return _parts(ctx, Mention(entities=rest, first=x.first, last=x.last, prep=x.prep, place=x.place))
    return []


def _more_specific(a: Mention, b: Mention) -> bool:
    """``a`` names a sector of the one country ``b`` names bare."""
    ca = {e.country for e in a.entities}
    return (
        len(ca) == 1
        and ca == {e.country for e in b.entities}
        and all(e.sector for e in a.entities)
        and not any(e.sector for e in b.entities)
    )


REQUEST_OBJECT_WINDOW = 8
"""How far after a demand verb the one asked may stand when a comma separates them."""
ALLEGATION_WINDOW = 14
"""How far after an allegation verb (زعم، ادعى) its complementizer may stand: "ادعى السيناتور الروسي، أليكسي
بوشكوف، في مقابلة تلفزيونية على محطة روسية، بأن ..." names the speaker and the occasion first."""


BETWEEN_WINDOW = 20
"""How far after a demand a بين pair (the parties asked to negotiate) may stand: the content of a
demand runs long ("شدد على ضرورة تكثيف الجهود ...، عبر إطلاق مفاوضات ... بين الفلسطينيين والإسرائيليين")."""


def _pronoun_genitive(m: TriggerMatch) -> bool:
    """A masdar with a pronoun enclitic (إدانته، استقدامها): the pronoun is its agent."""
    return m.entry.pos == "noun" and any(e.lstrip("+") in ("ه", "ها", "هم", "هما") for e in m.enclitics)


def _governs(ctx: SentenceContext, governor: Mention | None, m: TriggerMatch, etype: str) -> bool:
    """Whether the party before a force noun is its agent. Force nouns are mostly named without their
    agent (الهجوم، القصف، انفجار); the party before them is then a speaker, an outlet or a victim ("قالت
    هيلي إن بلادها سترد على هجوم"، "مقتل 4 متشددين في غارة"). It is the agent only right before the noun
    (وتصعد تركيا هجومها) or one non-preposition word away (وقوف الحكومة السورية وراء الهجوم); farther
    away the event has no identifiable actor and is not coded (EVENT-CONVENTIONS section 2)."""
    if governor is None:
        return False
    if etype not in ("ASSAULT", "COERCE"):
        return True
    between = ctx.view.words[governor.last + 1 : m.head]
    return not between or (len(between) == 1 and between[0].key.lstrip("و") not in VICTIM_LINKS)


def _speakers_only(source: list[Participant]) -> bool:
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


def _unknown_subject(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """ "قالت الشرطة إن مهاجمين اثنين قتلوا ستة أشخاص": after a bare complementizer the verb's subject is
    the noun before it, which no entity covers; the verb then has a subject of its own (unknown), and does
    not share the speaker's or an earlier clause's actor."""
    words = ctx.view.words
    for k in range(m.head - 1, max(-1, m.head - UNKNOWN_SUBJECT_WINDOW - 1), -1):
        key = words[k].key.lstrip("و")
        if key in BARE_COMPLEMENTIZERS:
            if k + 1 >= m.head or words[k + 1].key in VERB_PARTICLES:
                return False
            if any(x.first <= k + 1 <= x.last for x in ctx.mentions):
                return False  # a party (إن المليشيات الحوثية أطلقت) is a known subject
            if words[k + 1].key.lstrip("و") in ctx.res.anaphora:
                return False  # أن الزعيمين توصلا: a referring noun, resolved by the back-reference rules
            # بلاده، حكومته: a noun with a pronoun refers back to the speaker's side
            return not words[k + 1].text.strip(QUOTE_MARKS).endswith(PRONOUN_SUFFIXES)
        if any(ch in ctx.res.punctuation for ch in words[k].text):
            return False
    return False


def _victim(etype: str, x: Mention) -> bool:
    """Civilians named by a common noun after a use of force (تعتقل عدد من المحتجين) are its object."""
    return etype in FORCE_TYPES and all(e.actor is None and e.sector == "CVL" for e in x.entities)


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
    return not (m.entry.mode == "visit" and _visit_host(ctx, m, in_clause, res=res))


def _visit_host(
    ctx: SentenceContext, m: TriggerMatch, in_clause: list[Mention], *, res: CoderResources
) -> bool:
    """A visit to a named place with a country (the place's country is then the host)."""
    loc = _location(ctx, m, in_clause, res=res)
    return loc is not None and loc.start is not None and loc.country is not None


def _passive(ctx: SentenceContext, m: TriggerMatch, *, res: CoderResources) -> bool:
    if m.entry.passive:
        return True
    words = ctx.view.words
    if m.entry.pos == "noun":
        return m.head > 0 and words[m.head - 1].key in res.passive_markers
    # a verb written with its passive vowels: قُتل، اُعتقل (damma on the first radical)
    text = words[m.head].text.lstrip("وف")
    return len(text) > 1 and text[1] == "\u064f"


def _news_cycle_date(story: Story) -> str | None:
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


def _fill_generic_countries(
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


def _refers_back(ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources) -> bool:
    """A pronoun clitic on the trigger, a pro-drop verb, or an anaphoric noun (الزعيمان) before it."""
    if m.enclitics and m.entry.pos == "noun":
        return True
    if m.entry.pos == "verb":
        return True
    return any(w.key in res.anaphora for w in ctx.view.words[cstart : m.head])


def _plural_reference(ctx: SentenceContext, m: TriggerMatch, cstart: int, *, res: CoderResources) -> bool:
    if any(e.lstrip("+") in ("هما", "هم") for e in m.enclitics):
        return True
    if m.entry.pos == "verb" and m.form.endswith(("ان", "ون", "وا", "يا", "تا")):
        return True
    return any(w.key in res.plural_anaphora for w in ctx.view.words[cstart : m.head])


def _carry(ctx: SentenceContext, previous: SentenceContext, *, plural: bool) -> list[Participant]:
    """The actors a back-reference points to: the previous sentence's last actors, or for a dual or
    plural reference (اجتماعهما، الزعيمين) the latest event with several actors."""
    if plural:
        group = next((g for g in reversed(ctx.history + ctx.sources_out) if len(g) > 1), None)
        if group is not None:
            return [Participant(**_fields(p)) for p in group]
    if previous.sources_out:
        return [Participant(**_fields(p)) for p in previous.sources_out[-1]]
    first = next((x for x in previous.mentions if not x.place), None)
    return _parts(previous, first) if first is not None else []


def _first_person(m: TriggerMatch) -> bool:
    if m.entry.pos != "verb":
        return False
    return (m.form in m.entry.imperfect_forms and m.form.startswith("ن")) or m.form.endswith("نا")


def _quote_speaker(ctx: SentenceContext, m: TriggerMatch) -> Mention | None:
    for q in ctx.story.quotes:
        if q.start <= m.start < q.end and q.speaker is not None:
            sp = q.speaker
            return next(
                (x for x in ctx.mentions if x.entities[0].start < sp.end and sp.start < x.entities[-1].end),
                None,
            )
    return None


def _pronoun_complement(
    ctx: SentenceContext, report: ReportFrame, m: TriggerMatch, *, res: CoderResources
) -> bool:
    """The complementizer carries a pronoun (إنه، أنها، أنهم) and no named subject stands between it
    and the trigger: the content's subject is the speaker."""
    comp = ctx.view.words[report.content_from].key
    if comp in ("ان", "بان"):
        return False
    return not any(
        report.content_from < x.first < m.head and x.prep not in res.non_subject_preps for x in ctx.mentions
    )


def _is_speaker(source: list[Participant], speaker: Span) -> bool:
    return any(p.start < speaker.end and speaker.start < p.end for p in source)


def _entity_at(ctx: SentenceContext, start: int) -> Entity | None:
    return next((e for x in ctx.mentions for e in x.entities if e.start == start), None)


def _fields(p: Participant) -> dict[str, Any]:
    return {
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "country": p.country,
        "sector": p.sector,
        "actor": p.actor,
    }


def _parts(ctx: SentenceContext, mention: Mention) -> list[Participant]:
    out = []
    for ent in mention.entities:
        start = _word_start(ctx, ent)
        out.append(
            Participant(
                start=start,
                end=ent.end,
                text=ctx.story.text[start : ent.end],
                country=ent.country,
                sector=ent.sector,
                actor=ent.actor,
            )
        )
    return out


def _merge_parties(source: list[Participant], target: list[Participant]) -> list[Participant]:
    out = list(source)
    for p in target:
        if all((p.start, p.end) != (q.start, q.end) for q in out):
            out.append(p)
    return out


def _clause_date(
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


def _location(
    ctx: SentenceContext, m: TriggerMatch, in_clause: list[Mention], *, res: CoderResources
) -> Location | None:
    preps = res.location_preps | (res.destination_preps if m.entry.type == "CONSULT" else frozenset())

    def where(x: Mention) -> bool:
        return x.prep in preps and _placeish(x) and x.before_prep not in res.topic_nouns

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


def _place_only(ent: Entity) -> bool:
    """A place that cannot act: a region, sea or landmark (no country, or a KB place: id)."""
    if ent.type not in PLACE_TYPES:
        return False
    return not ent.country or (ent.actor or "").startswith(PLACE_ONLY_ACTORS)


def _witness(words: Sequence[Word], x: Mention) -> bool:
    """شهدت مقديشو هجمات / وكانت مقديشو شهدت: the subject of "witnessed" is where things happened."""
    around = [words[i].key for i in (x.first - 1, x.last + 1) if 0 <= i < len(words)]
    return _placeish(x) and any(k.lstrip("و") in WITNESS_VERBS for k in around)


def _placeish(x: Mention) -> bool:
    """A place mention: a place-only entity, or a country or city (في بكين), not a person (ببوتين)."""
    ent = x.entities[0]
    return x.place or ent.type in PLACE_TYPES


def _quantities(ctx: SentenceContext, cstart: int, cend: int) -> list[int]:
    words = ctx.view.words
    lo, hi = words[cstart].start, words[cend].end
    # ordinals (أول رحلة، الخامسة و السبعين) count nothing the event involves
    return [
        k for k, q in enumerate(ctx.story.quantities) if lo <= q.start and q.end <= hi and q.kind != "ordinal"
    ]


# ----------------------------------------------------------------------------- one record per event
def _codes(parts: list[Participant]) -> frozenset[str]:
    return frozenset(p.actor or p.country or normalize_key(p.text) for p in parts)


def _add(events: list[Event], new: Event) -> None:
    """Keep one record per event: same type, mode and participants as an earlier one is a repeat."""
    key = (_codes(new.source), _codes(new.target))
    for i, old in enumerate(events):
        if old.type == new.type and old.mode == new.mode and (_codes(old.source), _codes(old.target)) == key:
            if _explicitness(new) > _explicitness(old):
                events[i] = new
            return
    events.append(new)


def _explicitness(e: Event) -> tuple[int, int, float]:
    return (
        len(e.source) + len(e.target),
        int(e.location is not None and e.location.start is not None),
        e.confidence,
    )

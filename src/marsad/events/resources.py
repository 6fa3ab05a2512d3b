"""What the event coder reads from its data files (cues, generic agents, the lexicon, the ontology),
loaded once per run through ``Context.resource``, with the per-word caches the scans fill."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.events.lexicon import Lexicon, key_set, load_lexicon, read_data
from marsad.events.modality import ModalityCues
from marsad.events.ontology import Ontology, load_ontology
from marsad.language.normalize import normalize_key


@dataclass(frozen=True, slots=True)
class GenericWord:
    """What the generic-agent scan reads from one word key (cached: the scan sees every word)."""

    bare: str
    """The key without its article prefix (strip_article)."""
    pair_head: bool
    """Whether the bare key or the key starts a generic pair (قوات الأمن)."""
    single: str | None
    """The sector of the bare key as a one-word generic agent, or None."""
    head: str | None = None
    """The sector of the bare key as the head of a named armed group (مقاتلات التحالف), or None."""


@dataclass(frozen=True, slots=True)
class CoderResources:
    ontology: Ontology
    lexicon: Lexicon
    modality: ModalityCues
    clause_openers: frozenset[str]
    report_scope_end: frozenset[str]
    speech_scope_break: frozenset[str]
    speech_scope_narrated: frozenset[str]
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
    resumptive: frozenset[str]
    light_verbs: frozenset[str]
    non_agent_heads: frozenset[str]
    """Nouns (العاصمة، مصادر، الأراضي) whose nisba or apposition is a place or a source, not an actor."""
    """Light verbs (شن، نفذ، عقد، أجرى) whose subject is the agent of the event noun they carry."""
    """Particles opening a condition (إذا، لو، إن): a threat's recipient is the condition's subject."""
    """Verbs of undergoing (تعرض، واجه، تلقى): their subject is the recipient of the nominal event after them."""
    generic_single: dict[str, str]
    """Generic agent word (normalized, without ال) -> sector."""
    generic_pairs: dict[str, str]
    group_heads: dict[str, str]
    """Words that name a party only as the head of a named group after them (مقاتلات التحالف، طيران
    النظام) -> sector; alone they are no party (الطيران المدني، طائرات مسيرة)."""
    titles: dict[str, str]
    """Title word (normalized; with and without ال as listed) -> the sector of the person it names."""
    partitives: frozenset[str]
    """Heads of a partitive (عدد من، سبعة من): the party after their من is not marked by it."""
    generic_words: dict[str, GenericWord] = field(default_factory=dict)
    """Cache per word key of what the generic-agent scan needs (a per-run resource, bounded like the
    lexicon's caches)."""
    generic_pair_heads: frozenset[str] = field(init=False)
    """First words of ``generic_pairs``: a word that is none needs no pair look-up (most words)."""
    bound_preps: frozenset[str] = field(init=False)
    """``non_subject_preps | destination_preps``: a party after one of them is no subject (the participant
    rules ask it of every mention; the union was built again on each call, 44 strings copied)."""
    clause_words: dict[str, ClauseWord] = field(default_factory=dict)
    """Cache per word key of what the clause scan needs."""
    word_texts: dict[str, bool] = field(default_factory=dict)
    """Cache per token text: is it a word (``words.is_word``)? ``sentence_views`` asks it of every token."""

    def __post_init__(self) -> None:
        heads = frozenset(k.partition(" ")[0] for k in self.generic_pairs)
        object.__setattr__(self, "generic_pair_heads", heads)  # frozen: set once, here
        object.__setattr__(self, "bound_preps", self.non_subject_preps | self.destination_preps)


def load_resources() -> CoderResources:
    """Everything the coder reads from data files (load once, through ``Context.resource``)."""
    cues: dict[str, Any] = read_data("cues.yaml")
    agents: dict[str, Any] = read_data("agents.yaml")
    onto = load_ontology()

    def _by_word(lists: dict[str, list[str]]) -> dict[str, str]:
        """agents.yaml's sector -> words lists as normalized word -> sector."""
        return {normalize_key(w): sector for sector, ws in lists.items() for w in ws}

    return CoderResources(
        ontology=onto,
        lexicon=load_lexicon(ontology=onto, cues=cues),
        modality=ModalityCues.from_data(cues),
        clause_openers=key_set(cues["clause"]["openers"]),
        report_scope_end=key_set(cues["clause"]["report_scope_end"]),
        speech_scope_break=key_set(cues["clause"]["speech_scope_break"]),
        speech_scope_narrated=key_set(cues["clause"]["speech_scope_narrated"]),
        punctuation=cues["clause"]["punctuation"],
        location_preps=key_set(cues["prepositions"]["location"]),
        destination_preps=key_set(cues["prepositions"]["destination"]),
        non_subject_preps=key_set(cues["prepositions"]["non_subject"]),
        topic_nouns=key_set(cues["prepositions"]["topic_nouns"]),
        clause_continuers=key_set(cues["prepositions"]["clause_continuers"]),
        anaphora=key_set(cues["anaphora"]["pronouns"]) | key_set(cues["anaphora"]["plural"]),
        plural_anaphora=key_set(cues["anaphora"]["plural"]),
        passive_markers=key_set(cues["passive"]["markers"]),
        agent_words=key_set(cues["passive"]["agent_words"]),
        suffer_verbs=key_set(cues["passive"]["suffer_verbs"]),
        condition_words=key_set(cues["clause"]["condition"]),
        resumptive=key_set(cues["clause"]["resumptive"]),
        light_verbs=key_set(cues["light_verbs"]),
        non_agent_heads=key_set(cues["non_agent_heads"]),
        generic_single=_by_word(agents["single"]),
        generic_pairs=_by_word(agents["pairs"]) | _by_word(agents["armed_opposition_pairs"]),
        group_heads=_by_word(agents["group_heads"]),
        titles=_by_word(agents["titles"]),
        partitives=key_set(agents["partitives"]),
    )


STRIP_CACHE_LIMIT = 200_000
"""Bound of each per-word cache: cleared when it grows past this (a long run sees new words forever)."""


@dataclass(frozen=True, slots=True)
class ClauseWord:
    """What clause_starts reads from one word key (cached per key: the scan sees every word)."""

    continuer: bool
    """A comma before it does not open a clause."""
    opener: bool
    """Its bare form (without و) opens a clause."""
    qabl: bool
    """Its bare form is قبل (after من it is an agent phrase or an adverb, no clause opener)."""
    complementizer: bool
    """A complementizer, or و + one (وأن opens a second complement: رفضت الوساطة وأن الأمر ...)."""

"""The Arabic predicate lexicon: trigger words (verbs in their conjugations, verbal nouns) → PLOVER.

Entries live in ``data/lexicon.yaml`` (reviewed data, one entry per verb or noun). A verb entry gives
its perfect and imperfect 3rd-person masculine singular (``verb: [التقى, يلتقي]``); the conjugated forms
(3rd person singular/dual/plural, both genders, plus 1st person plural) are generated from the affix
rules in ``data/cues.yaml``. A noun entry lists its singular and plural. Matching is a dictionary look-up
on normalize_key forms: first the word as written, then the token's stem from the language layer, then
the word with proclitics/enclitics peeled off (only accepted when what remains is a lexicon form), so
a whole sentence costs a handful of dict look-ups per word. A regex or automaton over raw text would
not see clitics; a morphological analyser (CAMeL Tools) would be far slower than the 150 articles/s
the pipeline must sustain, and its database cannot ship under our licence.

Some entries need a companion word within a short window after the head (``with``): أطلق is an
ASSAULT only with صواريخ/قذائف/مسيرات, أطلق سراح is a RETREAT; an entry with a companion beats one
without.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from operator import attrgetter
from typing import Any

import yaml

from marsad.errors import ModelError
from marsad.events.ontology import Ontology
from marsad.language.normalize import DIGITS, normalize_key
from marsad.model import Token

log = logging.getLogger(__name__)

COMPANION_WINDOW = 8
"""How many words after the head a companion word may appear (أطلقت منذ الغزو أكثر من 8000 طائرة مسيرة)."""
ADJACENT = 2
"""A companion this close to the head joins the trigger span (فرض عقوبات); farther away it does not."""
NEXT_WINDOW = 2
"""How many words after the head a ``next`` word or an ``unless`` veto is looked for."""
BEFORE_WINDOW = 4
"""How many words before the head a ``not_before`` veto is looked for (حملة القمع الواسعة التي شنها: the
bound pronoun of شنها refers back to a crackdown, not an attack)."""
# a charge noun this many words before a trigger makes it the charge's content (بتهمة محاولة تنفيذ عملية دهس is
# 4 words; farther away the trigger is mostly a new clause: المتهم ... الذي أطلق الرصاص)
CHARGE_WINDOW = 4
# the charge itself, its verdict and its denial (تهم الاعتداء التي ينفيها) are events of their own
CHARGE_KEEPS = frozenset({"ACCUSE", "REJECT", "SANCTION"})
# the types a possibility adjective after the trigger vetoes (هجمات محتملة، تظاهرات محتملة، رفع محتمل لحالة
# الطوارئ، قمة محتملة): the other types stayed, since on the dev gold they cost a right event (sanctions, aid and
# threats "possible" in a report are mostly the threat or the offer itself) (evprec9)
POSSIBLE_AFTER_TYPES = frozenset({"ASSAULT", "PROTEST", "CONCEDE", "CONSULT"})
# a toll names its killer and the gold codes the killing (عدد الفلسطينيين الذين قتلوا برصاص القوات الإسرائيلية):
# attacks stay inside a count, other acts do not (evprec9)
COUNT_KEEPS = frozenset({"ASSAULT"})
# the types whose imperfect verb after a relative pronoun designates a party by its standing support, not an act
# ("قوات سوريا الديمقراطية التي تدعمها واشنطن"، "المنظمات غير الحكومية التي تدعم المهاجرين"); REJECT stays: "الأمر
# الذي تنفيه الدوحة" is a denial voiced, an event (conventions section 3) (evprec11, sample R)
DESIGNATION_TYPES = frozenset({"SUPPORT"})
# a request considered (تدرس طلبا من موسكو) was made, and an idea rejected or criticized (وهي فكرة رفضها المنتقدون،
# أثارت هذه الفكرة انتقاد الجماهير) was: they stay after a verb of considering or the idea noun (evprec14)
CONSIDER_KEEPS = frozenset({"REQUEST", "REJECT", "ACCUSE"})
# the prepositions a verb of considering takes before the act considered (يفكر في الاستقالة، تفكر بإجراء مفاوضات)
CONSIDER_PREPOSITIONS = frozenset({"في", "ب"})
COUNT_WINDOW = 2
QUESTION_WINDOW = 2
ELSE_WINDOW = 3
LAW_WINDOW = 6
"""How many words before a verb trigger a question particle is looked for (هل سيتحدث ترامب، هل توقف كندا)."""
HOPE_WINDOW = 6
"""How many words after the أن of a hope the trigger may stand (آمل في أن يساهم عملك كرئيس حكومة في تعزيز علاقات) (evprec10)."""
"""How many words before a count's relative pronoun the count noun may stand (عدد الفلسطينيين الذين)."""
PERSUADE_WINDOW = 3
"""Words from a persuasion noun (لإقناع) to the preposition or ب of its aim, the party between: "لإقناع كوريا
الشمالية بالتخلي" (evprec17)."""
DRAFT_WINDOW = 4
"""Words between a draft resolution's noun (مشروع قرار) and a trigger that is its content: "مشروع قرار قدمته الكويت
يدعو" (evprec17)."""
PRAYER_WINDOW = 10
"""Words after a trigger within which God's name and a word of praise make it a prayer (``_invoked``, evprec18)."""
TA_MARBUTA = "\u0629"
TA_MARBUTA_END_RE = re.compile(TA_MARBUTA + "[\u064b-\u065f]*$")
"""A word written with a final ta marbuta (its normalized key ends in ه like a pronoun)."""
TANWEEN_ALIF = "ا"
"""The alif that carries an accusative indefinite noun's tanween (هجوما، تهديدا) in undiacritized text."""
TA_MARBUTA_KEY = "ه"
"""normalize_key writes a final ta marbuta as ه: a stem ending in it takes no tanween alif."""
MIN_TANWEEN_KEY = 4
"""A tanween reading needs at least three letters before the alif (شنا is no noun + ا)."""
DECLINE_WINDOW = 12
"""Words after a speech verb within which a spokesman's phrase and a word of its ``unless`` list make it a refusal to
comment (رفض متحدث باسم جولدمان ساكس التعليق: ``_declined``, evprec19)."""
TANWEEN_MARKS_RE = re.compile("[\u064b-\u064d]")
"""The tanween marks (ً ٌ ٍ): a finite verb never carries one, a noun does (طالبًا: a student, ``_nominal``)."""
SHADDA = "\u0651"
"""A doubled letter written out: وعدّ is و + عدّ (and he considered), not the verb وعد (promised) (``doubled_senses``)."""
FORM_III_LEN = 4
"""Letters of a form III perfect (طالب، هاجم): a long alif after the first root letter."""
YEAR_RE = re.compile("^(19|20)[0-9]{2}$")
"""A year (في عام 2017 طالب المدعي العام) stands before a verb; another number before a noun it counts."""


@dataclass(frozen=True, slots=True)
class LexEntry:
    id: str
    lemma: str
    pos: str
    """verb or noun."""
    type: str
    mode: str | None
    cameo: str
    target_preps: tuple[str, ...] = ()
    """Prepositions (normalized, bare or as proclitics ل/ب) that mark the recipient."""
    object_target: bool = False
    """The first participant after the subject (a direct object or a genitive) is the recipient."""
    reciprocal: bool = False
    """Every party is an actor, no recipient (meetings, signed agreements, joint drills, clashes)."""
    companions: tuple[str, ...] = ()
    """Normalized prefixes of words that must follow within ``window`` words."""
    companion_words: tuple[str, ...] = ()
    """The single-word companions (a tuple for one C-level str.startswith)."""
    companion_phrases: tuple[str, ...] = ()
    window: int = COMPANION_WINDOW
    """How many words after the head its companions (and ``not_with`` vetoes) are looked for: COMPANION_WINDOW
    unless the entry's ``window`` in lexicon.yaml widens it for a light verb whose noun follows a long subject
    (عقدت ... كل من السعودية والأردن والإمارات العربية المتحدة والكويت اجتماعا) (evlex8)."""
    next_words: frozenset[str] = frozenset()
    """When set, one of these words (normalized, و/ف/ب/ل allowed) must follow within NEXT_WINDOW words."""
    unless: tuple[str, ...] = ()
    """Normalized prefixes that veto the entry when one of the next NEXT_WINDOW words starts with them
    (منظمة العفو الدولية is no pardon; يهدد أمن المنطقة is no threat)."""
    unless_phrases: tuple[str, ...] = ()
    """Multi-word vetoes starting within NEXT_WINDOW words (طلب عدم نشر اسمه: an anonymous source)."""
    not_after: tuple[str, ...] = ()
    """Normalized prefixes that veto the entry when the word before starts with them (وقف إطلاق النار is
    no shooting; تحالف دعم الشرعية is a name)."""
    not_after_words: frozenset[str] = frozenset()
    """Whole normalized words that veto the entry when they are the word before: a prefix would also catch
    longer words (أو: لم يؤكد ... أو ينفي is no denial, but أوروبا وينفي is)."""
    not_with: tuple[str, ...] = ()
    """Normalized prefixes that veto the entry anywhere in its companion window (نشرت قوات الشرعية مقطع
    فيديو is a published video, not a deployment: the subject can stand between verb and companion)."""
    not_before: tuple[str, ...] = ()
    """Normalized prefixes that veto the entry when one of the BEFORE_WINDOW words before starts with them
    (a bound form's antecedent: حملة القمع ... التي شنها is a crackdown)."""
    needs_target: bool = False
    """Coded only when a recipient is found (قتل without diacritics is usually passive)."""
    passive: bool = False
    """A nominal whose genitive is the patient (مقتل X): the agent comes after على يد / من قبل."""
    swap: bool = False
    """The subject is the host (استقبل): the object becomes the actor, the subject the recipient."""
    speech: bool = False
    """A speech act whose complement is its content (اتهم، طالب، دعا): events in the complement are
    not coded separately (conventions section 4.1)."""
    note: str = ""
    forms: tuple[str, ...] = ()
    imperfect_forms: frozenset[str] = frozenset()
    tanween: bool = True
    """A noun entry also reads its accusative indefinite form (تحقيقا); off where that form is mostly
    another construction (يشكل تهديدا: poses a danger; تورطا is also a dual verb)."""
    enclitic: bool = True
    """False for a verb that takes no object pronoun (سيطر على): a form with an enclitic is then its verbal noun
    (مناطق سيطرتها، بعد سيطرتها على), not the verb with an object (evlex10)."""
    masdar: str = ""
    """The normalized 3ms perfect of a trilateral verb whose verbal noun is written the same (طرد، سحب،
    قطع، فرض): with a nominal proclitic (بطرد، الفرض، لسحب) the form is read as that noun."""


Word = Token
"""The coder's view of one word is the language layer's ``Token`` itself (round 15): offsets, ``text``, the
matching key ``norm``, the clitic-free ``stem`` and the ``clitics`` (a list). The coder only reads them; it built a
second object per token (a ``Word`` with the key and a tuple of clitics) for every story, about half of
``sentence_views``' instructions. ``events.words.word`` makes one by hand (tests, the fallback without tokens)."""


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: LexEntry
    head: int
    """Index of the head word."""
    last: int
    """Index of the last word of the trigger span (the head, or an adjacent companion)."""
    start: int
    end: int
    form: str
    """The lexicon form that matched."""
    proclitics: tuple[str, ...] = ()
    enclitics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Affixes:
    proclitics: tuple[str, ...]
    enclitics: tuple[str, ...]
    perfect_suffixes: tuple[str, ...]
    perfect_defective_suffixes: tuple[str, ...]
    imperfect_prefixes: tuple[str, ...]
    imperfect_suffixes: tuple[str, ...]


_KEY = attrgetter("norm")
_MISSING: Any = object()
"""``Lexicon.lookup``'s miss (a cached look-up may be None)."""

CACHE_LIMIT = 200_000
"""Entries kept in a lexicon's look-up caches before they are cleared (bounded memory on long runs)."""
STARTS_LIMIT = 20_000
"""Words kept per prefix list in ``Lexicon.starts_with``'s memo (a few hundred lists: bounded in all)."""


@dataclass(slots=True)
class Lexicon:
    entries: list[LexEntry]
    affixes: Affixes
    index: dict[str, list[LexEntry]] = field(default_factory=dict)
    # Per-lexicon caches (not module globals): news repeats its words, so a word's look-up and its
    # clitic-free variants are computed once per run.
    _lookups: dict[tuple[str, str, tuple[str, ...]], Any] = field(default_factory=dict)
    _bares: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Memo of ``bare``: word key -> (stem, key, key without each proclitic cluster)."""
    _starts: dict[tuple[str, ...], dict[str, tuple[str, bool]]] = field(default_factory=dict)
    """Memo of ``starts_with``: prefixes -> word key -> (stem, answer). Nested, not keyed by (key, stem,
    prefixes): a key holding the entry's (frozen, so tracked) prefix tuple stays tracked by the
    collector, while strings and a tuple of a string and a bool are not (one flat memo added 160,000
    tracked objects)."""
    _by_text: dict[str, tuple[str, tuple[str, ...], Any]] = field(default_factory=dict)
    """``match``'s probe: word text -> (stem, clitics, look-up). A text's stem and clitics are its own in all
    but a few words (``language.tokens`` splits a new name's ل/ب by the rest of the story), so they are
    compared, not hashed with the text into a tuple key for every word of every sentence (round 11)."""
    sport_memo: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """The sports-story test's memo (``coder._count_sport``): word key -> (stem, the ``sport_words`` prefix the word
    starts with, "" for a word of state, or None)."""

    aim_words: frozenset[str] = frozenset()
    """Normalized words after which a noun trigger is an aim, not an act (من أجل استهداف، بهدف تعزيز):
    ``aim_before`` in lexicon.yaml."""
    aim_verbs: frozenset[str] = frozenset()
    """Normalized verbs of aiming (يستهدف، تستهدف) after which an indefinite verbal noun is an aim
    (يستهدف فرض عقوبات، تستهدف تعزيز التعاون) but a definite noun is what is targeted (حملة قمع تستهدف
    التظاهرات): ``aim_verbs`` in lexicon.yaml."""
    possibility_words: frozenset[str] = frozenset()
    """Normalized words of possibility (احتمال، إمكانية) after which a verbal noun names an act that may
    happen, not one that did (إمكانية انسحاب طهران، احتمال إلغاء القمة); an ACCUSE noun stays, since a
    possible involvement voiced by an official is itself the allegation (احتمال تورطه):
    ``possibility_before`` in lexicon.yaml."""
    possibility_after_words: frozenset[str] = frozenset()
    """Normalized adjectives of possibility or imminence (محتمل، وشيك) that, within NEXT_WINDOW words after a
    trigger, make it an act that may happen, not one that did (لمواجهة أي تظاهرات محتملة، قبل رفع محتمل لحالة
    الطوارئ، تنذر بهجوم وشيك); ACCUSE stays, as for ``possibility_words``: ``possibility_after`` in
    lexicon.yaml."""
    any_words: frozenset[str] = frozenset()
    """Words of "any" (أي، أية، لأي) as written, with their hamza, that right before a trigger make it an act of no
    particular kind and time, not one that happened (سنرد بقوة على أي هجوم، تجنب أي تجمعات احتجاجية، لن نجري أي
    محادثات مع الأسد): ``any_before`` in lexicon.yaml. Compared on the text, not the normalized key: the key of أي is
    the key of آي and of إيه in "إف بي آي" and "سي آي إيه" (FBI, CIA), which stand before verbs."""
    question_words: frozenset[str] = frozenset()
    """Normalized question particles (هل، فهل، وهل) that, within QUESTION_WINDOW words before a verb trigger, make it a
    question, not an act the text asserts (هل سيرد المجتمع الدولي، فهل ودعت السعودية روسيا، هل يعزل ترامب); a noun
    after them stays, since the question presupposes it (هل كانت الضربات الجوية على سوريا قانونية):
    ``question_before`` in lexicon.yaml."""
    avoid_words: frozenset[str] = frozenset()
    """Normalized words of avoidance (تجنب، لتفادي، تفاديا) that, right before a trigger, make it an act avoided, not
    one that happened (تتجنب الانتقادات، لتجنب فرض عقوبات): ``avoid_before`` in lexicon.yaml (evprec10)."""
    hope_words: frozenset[str] = frozenset()
    """Normalized verbs and nouns of hope (آمل، نأمل، أمله) that, followed by a ``hope_that`` word (أن، بأن) within
    HOPE_WINDOW words before a trigger, make it hoped for, not asserted (آمل أن يساهم في تعزيز علاقات):
    ``hope_before`` in lexicon.yaml (evprec10)."""
    hope_that: frozenset[str] = frozenset()
    """The complementizers after a hope word (أن، بأن): ``hope_that`` in lexicon.yaml."""
    designation_words: frozenset[str] = frozenset()
    """Relative pronouns (التي، الذي، الذين) after which a verb of DESIGNATION_TYPES in the imperfect designates a
    party by its standing support, not an act (التي تدعمها واشنطن): ``designation_before`` in lexicon.yaml
    (evprec11)."""
    else_words: frozenset[str] = frozenset()
    """"Or else" (وإلا, as written) that, within ELSE_WINDOW words before a trigger, makes it the consequence a demand
    threatens, not an act (وإلا واجهت فرض عقوبات): ``else_before`` in lexicon.yaml (evprec11)."""
    law_verbs: frozenset[str] = frozenset()
    """Verbs of a law's provision (يسمح، ينص، يحظر) that, with a ``law_nouns`` word right after them, make a trigger
    within LAW_WINDOW words after them (or the verb itself) the law's content, not an act: ``law_verbs`` in lexicon.yaml
    (evprec11)."""
    law_nouns: frozenset[str] = frozenset()
    """Nouns of law (القانون، القوانين، الدستور): ``law_nouns`` in lexicon.yaml."""
    draft_words: frozenset[str] = frozenset()
    """Nouns of a draft (مشروع، مسودة) that, before a ``draft_heads`` word (قرار), make a trigger within DRAFT_WINDOW
    words after it the draft's content, not an act (مشروع قرار يحمّل طهران مسؤولية، مشروع قرار يدين): ``draft_before``
    in lexicon.yaml (evprec17)."""
    draft_heads: frozenset[str] = frozenset()
    """What is drafted (قرار، القرار): ``draft_heads`` in lexicon.yaml (evprec17)."""
    persuade_words: frozenset[str] = frozenset()
    """Nouns of persuading (إقناع، تشجيع، لحث) whose aim, after the party persuaded, is no act: a trigger with ب or
    ل, or after a ``persuade_links`` word, within PERSUADE_WINDOW words of it (لإقناع أردوغان بالإفراج، لتشجيع
    إرهابيين على شن هجمات): ``persuade_before`` in lexicon.yaml (evprec17)."""
    persuade_links: frozenset[str] = frozenset()
    """The prepositions of a persuasion's aim (على، إلى): ``persuade_links`` in lexicon.yaml (evprec17)."""
    draft_adopted: frozenset[str] = frozenset()
    """Words of adoption (صدق، أقر، لصالح، بالإجماع) that, anywhere before a draft's noun, make it a resolution whose
    content stands: ``draft_adopted`` in lexicon.yaml (evprec17)."""
    habit_words: frozenset[str] = frozenset()
    """Adverbs of frequency (عادة، غالبا، كثيرا) that, followed by ما right before a trigger, make it a habit (عادة ما
    تستهدف): ``habit_before`` in lexicon.yaml (evprec11)."""
    described_not_after: frozenset[str] = frozenset()
    """Particles and pronouns (أن، لا، سوف، هي) after which an imperfect SUPPORT verb with an object pronoun is a
    clause of its own, not a description of the noun before it: ``described_not_after`` in lexicon.yaml
    (evprec14)."""
    described_not_before: tuple[str, ...] = ()
    """Prefixes of the word after such a verb (بشدة، بالتدريب، في، سرا) that make it an act, not a description
    (its subject would follow the verb): ``described_not_before`` in lexicon.yaml (evprec14)."""
    consider_words: frozenset[str] = frozenset()
    """Verbs of considering (يدرس، تفكر) that, right before a trigger or before في / ب right before it, make it an
    act considered, not one that happened (تدرس فرض عقوبات، يفكر في الاستقالة); requests, rejections and criticism
    stay (CONSIDER_KEEPS): ``consider_before`` in lexicon.yaml (evprec14)."""
    idea_words: frozenset[str] = frozenset()
    """The noun فكرة (the idea of) that, right before a trigger, makes it an act thought of, not one that happened
    (فكرة الانسحاب، فكرة شن حرب): ``idea_before`` in lexicon.yaml (evprec14)."""
    obligation_words: frozenset[str] = frozenset()
    """Words of obligation (يجب، ينبغي، لا بد) that, right before a trigger or before the أن right before it, make it
    an act someone must or should do, not one that happened (يجب أن تناقش مع نواب الشعب، ينبغي أن يتواصل الحوار،
    يجب تقديم): ``obligation_before`` in lexicon.yaml (evprec15)."""
    capability_words: frozenset[str] = frozenset()
    """Nouns and adjectives of ability (القدرة، قادرة) that, before a ``capability_links`` word (على) right before a
    trigger, make it an act someone is able to do, not one that happened (القدرة على ضرب الأراضي الأمريكية، قادرة على
    شن هجمات كيميائية): ``capability_before`` in lexicon.yaml (evprec16)."""
    capability_links: frozenset[str] = frozenset()
    """The preposition after an ability word (على): ``capability_links`` in lexicon.yaml."""
    capability_light: frozenset[str] = frozenset()
    """Light verbal nouns (تقديم، شن) that, between an ability frame and a trigger, leave the trigger an ability
    (قادرة على تقديم الدعم المالي): ``capability_light`` in lexicon.yaml (evprec17)."""
    capability_verbs: frozenset[str] = frozenset()
    """Verbs and phrases of ability (يستطيع، بإمكانها، بمقدورها) that, right before a trigger, make it an act someone is
    able to do (التي بإمكانها ضرب أهداف أميركية، تستطيع تدمير أكثر من 35 هدفا): ``capability_verbs`` in lexicon.yaml."""
    designation_times: frozenset[str] = frozenset()
    """Nouns of time (الوقت) that make the relative pronoun after them a conjunction ("في الوقت الذي تبرم فيه صفقات":
    while), so the verb is asserted: ``designation_times`` in lexicon.yaml."""
    count_words: frozenset[str] = frozenset()
    """Normalized count nouns (عدد، أعداد) that, within COUNT_WINDOW words before a relative pronoun just before
    a trigger, make the trigger part of a count, not an act the text reports (بلغ عدد الأميركيين الذين تنازلوا
    عن جنسيتهم 5411، أعداد الفلسطينيين الذين جرى اعتقالهم منذ عام 1967); attacks stay (COUNT_KEEPS):
    ``count_before`` in lexicon.yaml."""
    count_relatives: frozenset[str] = frozenset()
    """The relative pronouns of a count (الذين، التي): ``count_relatives`` in lexicon.yaml."""
    count_auxiliaries: frozenset[str] = frozenset()
    """Passive auxiliaries that may stand between a count's relative pronoun and the trigger (أعداد
    الفلسطينيين الذين جرى اعتقالهم): ``count_auxiliaries`` in lexicon.yaml."""
    charge_words: frozenset[str] = frozenset()
    """Normalized charge nouns (بتهمة، تهم، اتهامات) after which, within CHARGE_WINDOW words, a trigger names
    the content of the charge, not an act the text asserts (اتهامات بالاعتداء، تهم التحريض والدعوة لتنفيذ
    عمليات); ACCUSE, REJECT and SANCTION entries stay (the charge, its denial and the verdict are events):
    ``charge_before`` in lexicon.yaml."""
    prayer_words: frozenset[str] = frozenset()
    """Names of God (الله، المولى) that, right after a trigger, make it an invocation, not an act between parties
    (داعيا الله أن يحفظ بلادنا، ندعو الله بالشفاء، أيده الله): ``prayer_after`` in lexicon.yaml (evprec18, sample V)."""
    prayer_praise: frozenset[str] = frozenset()
    """Words of praise right after God's name (عز، سبحانه، تعالى، جل) that tell it from a party's name (حزب الله) a few
    words after a trigger: ``prayer_praise`` in lexicon.yaml (evprec18)."""
    prayer_not_after: frozenset[str] = frozenset()
    """Words before God's name that make it a phrase of its own, not the one prayed to (لوجه الله، سبيل الله):
    ``prayer_not_after`` in lexicon.yaml (evprec18)."""
    sport_words: tuple[str, ...] = ()
    """Prefixes of words of sport (مباراة، لاعب، الدوري، منتخب) whose count marks a story as a sports story
    (``coder._sports_story``): ``sport_words`` in lexicon.yaml (evprec18, sample V)."""
    state_words: tuple[str, ...] = ()
    """Prefixes of words of state (حكومة، وزير، سفير، جيش، إسرائيل) whose count marks a story about sport as
    politics: ``sport_state_words`` in lexicon.yaml (evprec18)."""
    noun_after_words: frozenset[str] = frozenset()
    """Normalized words after which a verb's bare perfect is the noun it shares a form with (لكل طالب، وهو طالب، أبو
    طالب، آلاف طالب: a student): ``noun_after`` in lexicon.yaml (evprec19, sample V)."""
    decline_speakers: frozenset[str] = frozenset()
    """Normalized nouns of a spokesman or an official (متحدث، مسؤول، مصدر) that, right after a speech verb, put its
    subject before its object, so its ``unless`` words are read over DECLINE_WINDOW words (رفض متحدث باسم جولدمان ساكس
    التعليق): ``decline_speakers`` in lexicon.yaml (evprec19, sample V)."""
    doubled_entries: frozenset[str] = frozenset()
    """Ids of the entries whose trigger written with a shadda is another verb (agree.waada: وعدّ الصاعدي عطلة العيد
    فرصة, "considered"): ``doubled_senses`` in lexicon.yaml (evprec19, sample V)."""
    request_links: frozenset[str] = frozenset()
    """The preposition of the party asked (من) after which a form III participle with tanween asks (طالبًا من المراسل):
    ``request_links`` in lexicon.yaml (evprec19)."""
    decline_words: frozenset[str] = frozenset()
    """Normalized words of a refusal to comment or to be named (التعليق، الإفصاح، الكشف): ``decline_words`` in
    lexicon.yaml (evprec19)."""
    decline_prefixes: tuple[str, ...] = ()
    """``decline_words`` as a sorted tuple, for ``any_starts``'s memo."""
    prompt_entries: frozenset[str] = frozenset()
    """Ids of the call verbs that also mean "led to / gives cause for" (request.daa: مما دعا طهران إلى، ما يدعو
    للحذر): ``prompt_senses`` in lexicon.yaml (evprec20, sample W and the fresh SaudiNewsNet records)."""
    prompt_relatives: frozenset[str] = frozenset()
    """The relative ما right before such a verb (مما دعا، وهو ما يدعو): ``prompt_relatives`` in lexicon.yaml."""
    prompt_ma_adverbs: frozenset[str] = frozenset()
    """Adverbs whose ما is no relative (دائما ما دعا مون: "always called"): ``prompt_ma_adverbs`` in lexicon.yaml."""
    prompt_resumptives: frozenset[str] = frozenset()
    """Words right after the verb that make ما its object (ما دعت إليه الوزيرة: what she called for):
    ``prompt_resumptives`` in lexicon.yaml."""
    prompt_causes: frozenset[str] = frozenset()
    """Cause nouns that, right after the verb (دعت الحاجة، تدعو حالته) or before a relative pronoun right before it
    (الأسباب التي دعت، السبب الذي يدعو), make it "led to": ``prompt_causes`` in lexicon.yaml."""
    prompt_links: frozenset[str] = frozenset()
    """The preposition of what such a verb gives cause for (يدعو إلى القلق): ``prompt_links`` in lexicon.yaml."""
    prompt_feelings: frozenset[str] = frozenset()
    """Feelings and thoughts after ``prompt_links`` that make the verb "gives cause for" (يدعو إلى القلق، يدعو إلى
    الفخر; with ل they are request.daa's ``unless``, للقلق): ``prompt_feelings`` in lexicon.yaml."""
    prayer_that_entries: frozenset[str] = frozenset()
    """Ids of the call nouns whose ``prayer_that`` complement makes them a prayer (الدعوات بأن يقتص الله، ودعواته
    بأن يتغمدهم بواسع رحمته): ``prayer_that_entries`` in lexicon.yaml (evprec20, sample W)."""
    prayer_that: frozenset[str] = frozenset()
    """The complementizer of a prayer after a call noun (بأن; a call takes إلى or ل): ``prayer_that`` in lexicon.yaml."""
    never_words: frozenset[str] = frozenset()
    """Normalized whole words that trigger nothing although a clitic split would make them a form
    (وزارته is "his ministry", not و + زارته "and she visited him"): ``never`` in lexicon.yaml."""

    masdars: dict[str, LexEntry] = field(default_factory=dict)
    """Noun views of the verb entries flagged ``masdar`` (by id), used when a nominal proclitic shows
    the shared form is the verbal noun (بطرد دبلوماسيين، بسحب القوات)."""

    # The affixes a word can start (end) with, by its first (last) letter, each group in the affixes'
    # order: a new word is tested against those few only, not all 21 proclitics and 7 enclitics.
    _proclitics_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False)
    _enclitics_by_last: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False)
    _splits: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False)
    """Each proclitic cluster (and "") split into the clitics the coder reads (``_split_proclitics``), made once:
    a new word's look-up split every cluster it starts with, a Python loop each time (round 15)."""
    _bare_forms: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    """The forms of the entries marked ``enclitic: false``: ``match`` filters those entries out of a word with an
    enclitic only where its form is one of these (one set probe, and only for a word with an enclitic) (evlex10)."""
    _ends: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    """The word endings a new word's proclitic loop can match (``_tails``): a word whose last 3 to 7 letters
    are none of them is refused before the loop (round 17)."""

    def __post_init__(self) -> None:
        self._proclitics_by_first = _by_letter(self.affixes.proclitics, first=True)
        self._enclitics_by_last = _by_letter(self.affixes.enclitics, first=False)
        self._splits = {p: _split_proclitics(p) for p in ("", *self.affixes.proclitics)}
        for entry in self.entries:
            for form in entry.forms:
                self.index.setdefault(form, []).append(entry)
            if entry.masdar:
                self.masdars[entry.id] = replace(entry, pos="noun")
        self._ends = _tails(self.index, self.affixes.enclitics)
        self._bare_forms = frozenset(f for e in self.entries if not e.enclitic for f in e.forms)

    def with_entries(self, entries: list[LexEntry]) -> Lexicon:
        """This lexicon's word lists over other entries, with its own index and empty caches (rebuilt by
        ``__post_init__``): a diff's "before" lexicon, a test's copy with other windows."""
        return replace(
            self, entries=entries, index={}, masdars={}, _lookups={}, _bares={}, _starts={}, _by_text={}
        )

    def lookup(self, word: Word) -> tuple[str, list[LexEntry], tuple[str, ...], tuple[str, ...]] | None:
        """The entries a word can trigger, with the form that matched and the clitics peeled off."""
        # The word's text decides its key and whether it ends in a ta marbuta, so (text, stem,
        # clitics) is a complete cache key, and a hit costs no regex search.
        key = (word.text, word.stem, tuple(word.clitics))
        # a sentinel, not try/except KeyError: a new word (the miss) raised and caught an exception (round 15)
        found = self._lookups.get(key, _MISSING)
        if found is not _MISSING:
            return found
        if len(self._lookups) > CACHE_LIMIT:
            self._lookups.clear()
        # (the search only where the text holds a ta marbuta at all: one C-level scan, not a regex try per letter)
        found = self._lookup(
            word, ends_ta=TA_MARBUTA in word.text and bool(TA_MARBUTA_END_RE.search(word.text))
        )
        self._lookups[key] = found
        return found

    def bare(self, word: Word) -> tuple[str, ...]:
        """A word's stem, key, and key without each proclitic cluster it starts with (بالأسلحة -> الأسلحة,
        أسلحة): what a companion prefix is tested against."""
        # keyed by the word's key alone: the value opens with the stem it was made for, compared on a hit
        found = self._bares.get(word.norm)
        if found is None or found[0] != word.stem:
            if len(self._bares) > CACHE_LIMIT:
                self._bares.clear()
            procs = self._proclitics_by_first.get(word.norm[:1], self._proclitics_by_first[""])
            stripped = [word.norm[len(p) :] for p in procs if word.norm.startswith(p)]
            found = (word.stem, word.norm, *stripped)
            self._bares[word.norm] = found
        return found

    def starts_memo(self, prefixes: tuple[str, ...]) -> dict[str, tuple[str, bool]]:
        """``starts_with``'s memo for one prefix list (word key -> (stem, answer)), for a caller that probes
        it inline across a window of words; a miss must go through ``fill_starts`` (or ``starts_with``)."""
        memo = self._starts.get(prefixes)
        if memo is None:
            memo = self._starts[prefixes] = {}
        return memo

    def any_starts(self, window: Sequence[Word], prefixes: tuple[str, ...]) -> bool:
        """``any(self.starts_with(w, prefixes) for w in window)``, with the memo probed inline: the veto windows
        of ``_choose`` (unless, not_before, not_with) asked it word by word through a generator, a method call
        and a hash of the prefix tuple each (perf23, session 14); a miss goes through ``fill_starts``."""
        memo = self.starts_memo(prefixes)
        for w in window:
            hit = memo.get(w.norm)
            if hit[1] if hit is not None and hit[0] == w.stem else self.fill_starts(w, prefixes, memo):
                return True
        return False

    def starts_with(self, word: Word, prefixes: tuple[str, ...]) -> bool:
        """Whether one of the word's bare forms starts with one of ``prefixes``: the companion and veto
        tests of ``_choose`` ask it of the same few words around each trigger (memoized)."""
        memo = self._starts.get(prefixes)
        if memo is None:
            memo = self._starts[prefixes] = {}  # one per companion or veto list of the lexicon
        # word key -> (stem, answer): the key's hash is cached on the string, where a (key, stem) tuple was
        # built and hashed on every call; the stem is compared on a hit (a key has one stem but a few times)
        hit = memo.get(word.norm)
        if hit is not None and hit[0] == word.stem:
            return hit[1]
        return self.fill_starts(word, prefixes, memo)

    def fill_starts(self, word: Word, prefixes: tuple[str, ...], memo: dict[str, tuple[str, bool]]) -> bool:
        """``starts_with``'s answer on a miss of ``memo`` (the prefixes' memo, already probed by the caller), kept
        in it: the inline probes call this, not ``starts_with``, which would look up the memo by the hash of the
        prefix tuple and probe it again (perf23, session 14)."""
        if len(memo) > STARTS_LIMIT:
            memo.clear()
        found = False
        # bare()'s memo probed here first: most words missing from this list's memo have their bare forms made
        bares = self._bares.get(word.norm)
        if bares is None or bares[0] != word.stem:
            bares = self.bare(word)
        for b in bares:  # a loop, not any() over a generator: a new key pays no generator
            if b.startswith(prefixes):
                found = True
                break
        memo[word.norm] = (word.stem, found)
        return found

    def _lookup(
        self, word: Word, *, ends_ta: bool
    ) -> tuple[str, list[LexEntry], tuple[str, ...], tuple[str, ...]] | None:
        if word.norm in self.never_words:
            return None
        for candidate in (word.norm, word.stem):
            if candidate and candidate in self.index:
                pro = tuple(c for c in word.clitics if c.endswith("+"))
                enc = tuple(c for c in word.clitics if c.startswith("+"))
                entries = _compatible(self.index[candidate], candidate, pro, masdars=self.masdars)
                if entries:
                    return candidate, entries, pro, enc
        key = word.norm
        # Every form the loop below can match has 3 letters or more and ends the word, bare or before an
        # enclitic or the tanween alif, so the word's last 3 to 7 letters are one of _ends: most new words
        # (nine in ten of 600 ANT stories') are refused here with five probes, not a loop over their proclitics.
        ends = self._ends
        if not (
            key[-4:] in ends or key[-3:] in ends or key[-5:] in ends or key[-6:] in ends or key[-7:] in ends
        ):
            return None
        # ends_ta: a final ه that was a ta marbuta (زيارة) is not the pronoun ه
        by_first = self._proclitics_by_first
        for pro_str in ("", *by_first.get(key[:1], by_first[""])):
            if not key.startswith(pro_str):
                continue
            rest = key[len(pro_str) :]
            if len(rest) < 3:
                continue
            pro = self._splits[pro_str]
            if pro_str and rest in self.index:
                entries = _compatible(self.index[rest], rest, pro, masdars=self.masdars)
                if entries:
                    return rest, entries, pro, ()
            # (a word ending in no enclitic skips the call: one C-level endswith over them all)
            found = (
                self._strip_enclitic(rest, ends_ta=ends_ta) if rest.endswith(self.affixes.enclitics) else None
            )
            if found:
                entries = _compatible(self.index[found[0]], found[0], pro, masdars=self.masdars)
                if entries:
                    return found[0], entries, pro, (found[1],)
            # (_strip_tanween's own first test, made before the call: most words end in no alif)
            nouns = self._strip_tanween(rest, pro) if rest.endswith(TANWEEN_ALIF) else None
            if nouns:
                return rest[:-1], nouns, pro, ()
        return None

    def _strip_tanween(self, key: str, pro: tuple[str, ...]) -> list[LexEntry]:
        """The noun entries of an accusative indefinite noun (شن هجوما، فتح تحقيقا، عقد اجتماعا): undiacritized
        news writes the tanween as a final alif, which is no lexicon form. Only noun readings (and the verbal
        nouns of masdar-flagged verbs) are kept, since a verb form + ا is a dual or another word."""
        stem = key[:-1]
        # a ta marbuta takes no tanween alif: مصادرها is مصادر + ها (its sources), not مصادرة + ا
        if (
            not key.endswith(TANWEEN_ALIF)
            or len(key) < MIN_TANWEEN_KEY
            or stem.endswith(TA_MARBUTA_KEY)
            or stem not in self.index
        ):
            return []
        out = [e for e in self.index[stem] if e.pos == "noun" and e.tanween]
        out += [self.masdars[e.id] for e in self.index[stem] if e.masdar == stem and e.id in self.masdars]
        return _compatible(out, stem, pro, masdars=None) if out else []

    def _strip_enclitic(self, key: str, *, ends_ta: bool) -> tuple[str, str] | None:
        for enc in self._enclitics_by_last.get(key[-1:], self._enclitics_by_last[""]):
            if enc == "ه" and ends_ta:
                continue
            if key.endswith(enc) and len(key) - len(enc) >= 3:
                rest = key[: -len(enc)]
                if rest in self.index:
                    return rest, "+" + enc
                # a feminine noun before a pronoun: زيارته -> زيارت -> زياره
                if rest.endswith("ت") and rest[:-1] + "ه" in self.index:
                    return rest[:-1] + "ه", "+" + enc
        return None

    def match(self, words: Sequence[Word]) -> list[TriggerMatch]:
        """Every trigger in a sentence's words, left to right; one per head word."""
        out: list[TriggerMatch] = []
        by_text = self._by_text
        for i, word in enumerate(words):
            # a cache hit by the word's text (its hash is cached on the string), checked against the
            # word's stem and clitics: this runs for every word of every sentence
            # (the clitics are the token's list; kept as a tuple: a cached list would stay tracked by the collector)
            hit = by_text.get(word.text)
            if (
                hit is not None
                and hit[0] == word.stem
                and (hit[1] == tuple(word.clitics) if word.clitics else not hit[1])
            ):
                found = hit[2]
            else:
                found = self.lookup(word)
                if len(by_text) > CACHE_LIMIT:
                    by_text.clear()
                by_text[word.text] = (word.stem, tuple(word.clitics), found)
            if found is None:
                continue
            form, entries, pro, enc = found
            if enc and form in self._bare_forms:
                # a verb that takes no object pronoun is its verbal noun with one (سيطرتها): evlex10
                entries = [e for e in entries if e.enclitic]
                if not entries:
                    continue
            chosen, last = _choose(entries, words, i, self)
            if chosen is None or _vetoed(chosen, form, words, i, self, proclitics=pro, enclitics=enc):
                continue
            out.append(
                TriggerMatch(
                    entry=chosen,
                    head=i,
                    last=last,
                    start=word.start,
                    end=words[last].end,
                    form=form,
                    proclitics=pro,
                    enclitics=enc,
                )
            )
        return out


def _compatible(
    entries: list[LexEntry],
    form: str,
    proclitics: tuple[str, ...],
    *,
    masdars: dict[str, LexEntry] | None = None,
) -> list[LexEntry]:
    """Entries whose word class fits the proclitics: ال/ب/ك only before nouns, ل before nouns or an
    imperfect verb (ليزور), س (future) only before an imperfect verb. This stops لغزا (ل + غزا) or
    التعاون (ال + the verb تعاون) from being read as verbs."""
    if not proclitics:
        return entries
    nominal = any(p in ("ال+", "ب+", "ك+") for p in proclitics)
    lam = "ل+" in proclitics
    future = "س+" in proclitics
    out = []
    for e in entries:
        imperfect = form in e.imperfect_forms
        if e.pos == "noun":
            if not future:
                out.append(e)
        elif not nominal and (imperfect or not (lam or future)):
            out.append(e)
        elif masdars and e.masdar == form and not future and e.id in masdars:
            # بطرد / الفرض / لسحب: the verbal noun that shares the bare perfect's letters
            out.append(masdars[e.id])
    return out


def _tails(index: dict[str, list[LexEntry]], enclitics: tuple[str, ...]) -> frozenset[str]:
    """The endings a word matched by ``Lexicon._lookup``'s proclitic loop has: a form's last 4 letters, or
    the whole form when it has 3 (every form found there has 3 or more: a rest of 3, an enclitic's rest of
    3, a tanween key of MIN_TANWEEN_KEY), alone, before each enclitic (with the ta marbuta's ه written ت
    before it: زيارته) and before the tanween alif: 3 to 7 letters. A superset: the loop's own tests still
    decide (4 letters refuse nine in ten new words of 600 ANT stories where 3 refused six in ten)."""
    if MIN_TANWEEN_KEY < 4 or any(len(enc) > 3 for enc in enclitics):
        # the gate probes a word's last 3 to 7 letters: longer enclitics need more probes
        raise ValueError("the lexicon's ending gate expects enclitics of 3 letters or fewer")
    out: set[str] = set()
    for form in index:
        tail = form[-4:]
        out.add(tail)
        out.add(tail + TANWEEN_ALIF)
        for enc in enclitics:
            out.add(tail + enc)
            if tail.endswith(TA_MARBUTA_KEY):
                out.add(tail[:-1] + "ت" + enc)
    return frozenset(out)


def _by_letter(affixes: tuple[str, ...], *, first: bool) -> dict[str, tuple[str, ...]]:
    """Letter -> the affixes a word with that first (or last) letter can start (end) with, in the order
    of ``affixes``; under "" those any word can have (an empty affix: none in the data, kept exact)."""
    letters = {a[0] if first else a[-1] for a in affixes if a}
    out = {c: tuple(a for a in affixes if not a or (a[0] if first else a[-1]) == c) for c in letters}
    out[""] = tuple(a for a in affixes if not a)
    return out


def _split_proclitics(pro: str) -> tuple[str, ...]:
    # "وس" -> ("و+", "س+"); "بال" -> ("ب+", "ال+"): the coder only needs to see س+ and ل+/ب+
    parts: list[str] = []
    rest = pro
    while rest:
        if rest.startswith("ال"):
            parts.append("ال+")
            rest = rest[2:]
        else:
            parts.append(rest[0] + "+")
            rest = rest[1:]
    return tuple(parts)


def _choose(
    entries: list[LexEntry], words: Sequence[Word], i: int, lex: Lexicon
) -> tuple[LexEntry | None, int]:
    plain: LexEntry | None = None
    # من أجل / بهدف + a verbal noun names a purpose, not an act that happened (evlex3 fresh samples); no
    # finite verb follows these words, so a verb entry matching there is the masdar (بهدف دعم القوات)
    if i > 0 and words[i - 1].norm in lex.aim_words:
        return None, i
    if i > 0 and words[i - 1].norm in lex.aim_verbs and not words[i].norm.startswith("ال"):
        return None, i
    # أي هجوم، لأي ضربات: any attack is none in particular (evprec9)
    if i > 0 and words[i - 1].text in lex.any_words:
        return None, i
    possible = i > 0 and words[i - 1].norm in lex.possibility_words
    possible_after = not lex.possibility_after_words.isdisjoint(map(_KEY, words[i + 1 : i + 1 + NEXT_WINDOW]))
    counted = _counted(words, i, lex)
    asked = not lex.question_words.isdisjoint(map(_KEY, words[max(0, i - QUESTION_WINDOW) : i]))
    if i > 0 and words[i - 1].norm in lex.avoid_words:
        return None, i
    if lex.hope_words and _hoped(words, i, lex):
        return None, i
    # conventions section 4.1: the content of an accusation is not coded again (evlex7, sample N)
    # (isdisjoint over the window's keys: the same test as any(key in charge_words), without a generator)
    charged = not lex.charge_words.isdisjoint(map(_KEY, words[max(0, i - CHARGE_WINDOW) : i]))
    for entry in entries:
        if possible and entry.type != "ACCUSE":
            continue
        if possible_after and entry.type in POSSIBLE_AFTER_TYPES:
            continue
        if charged and entry.type not in CHARGE_KEEPS:
            continue
        if counted and entry.type not in COUNT_KEEPS:
            continue
        if asked and entry.pos == "verb":
            continue
        if entry.not_after and i > 0 and lex.starts_with(words[i - 1], entry.not_after):
            continue
        if entry.not_after_words and i > 0 and words[i - 1].norm in entry.not_after_words:
            continue
        if entry.unless and lex.any_starts(words[i + 1 : i + 1 + NEXT_WINDOW], entry.unless):
            continue
        if entry.unless_phrases and any(
            _phrase_at(words, j, c) for j in range(i + 1, i + 1 + NEXT_WINDOW) for c in entry.unless_phrases
        ):
            continue
        if entry.not_before and lex.any_starts(words[max(0, i - BEFORE_WINDOW) : i], entry.not_before):
            continue
        if entry.not_with and lex.any_starts(words[i + 1 : i + 1 + entry.window], entry.not_with):
            continue
        if entry.next_words and not any(
            w.norm in entry.next_words or w.norm[1:] in entry.next_words
            for w in words[i + 1 : i + 1 + NEXT_WINDOW]
        ):
            continue
        if not entry.companions:
            plain = plain or entry
            continue
        single, phrases = entry.companion_words, entry.companion_phrases
        # starts_with's memo for this companion list, probed inline: a method call and a hash of the list per
        # word of the window were a third of _choose (round 13); a miss asks starts_with, which fills it
        memo = lex.starts_memo(single) if single else None
        for j in range(i + 1, min(len(words), i + 1 + entry.window)):
            # بالأسلحة, للسفير: a companion may carry proclitics the language layer did not split
            if memo is not None:
                w = words[j]
                hit = memo.get(w.norm)
                if hit[1] if hit is not None and hit[0] == w.stem else lex.fill_starts(w, single, memo):
                    return entry, (j if j - i <= ADJACENT else i)
            if phrases and any(_phrase_at(words, j, c) for c in phrases):
                return entry, (j if j - i <= ADJACENT else i)
    return plain, i


def _counted(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is inside a count: a relative pronoun (or a relative pronoun and تم / جرى)
    just before it, and a count noun right before that or one word earlier (عدد الذين، عدد الفلسطينيين الذين);
    farther away the count is of something else (عدد أو أسماء الأشخاص، الذين يطلب رفع العقوبات عنهم) (evprec9)."""
    j = i - 1
    if j > 0 and words[j].norm in lex.count_auxiliaries:
        j -= 1  # الذين جرى اعتقالهم: the auxiliary stands between the relative pronoun and the trigger
    if j < 1 or words[j].norm not in lex.count_relatives:
        return False
    return not lex.count_words.isdisjoint(map(_KEY, words[max(0, j - COUNT_WINDOW) : j]))


def _designates(entry: LexEntry, form: str, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the verb at ``i`` designates a party by its standing support: an imperfect form of a
    DESIGNATION_TYPES entry right after a relative pronoun (قوات سوريا الديمقراطية التي تدعمها واشنطن) (evprec11)."""
    return (
        i > 0
        and entry.type in DESIGNATION_TYPES
        and form in entry.imperfect_forms
        and words[i - 1].norm in lex.designation_words
        and not (i > 1 and words[i - 2].norm in lex.designation_times)
    )


def _described(entry: LexEntry, form: str, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the verb at ``i`` (which carries an object pronoun) describes the noun before it by its standing
    support, with no relative pronoun: an imperfect form of a DESIGNATION_TYPES entry between a word that is no
    particle or pronoun and its subject (قوات تدعمها تركيا، مقاتلين معارضين تدعمهم تركيا، حكومة موازية يدعمها حفتر)
    (evprec14, sample S); a verb at the end of the sentence or before an adverb or a preposition (صناعتنا تدعمها
    بشدة، ويدعمها بالتدريب والسلاح) stays."""
    if not (
        lex.described_not_after
        and 0 < i < len(words) - 1
        and entry.type in DESIGNATION_TYPES
        and form in entry.imperfect_forms
        and words[i - 1].norm not in lex.described_not_after
    ):
        return False
    after = words[i + 1].norm
    return not (lex.described_not_before and after.startswith(lex.described_not_before))


def _considered(entry: LexEntry, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is an act considered, not one that happened: a ``consider_words`` verb right
    before it, or before في / ب right before it (تدرس فرض عقوبات، تفكر في فرض عقوبات نفطية), or an ``idea_words``
    noun right before it (فكرة الانسحاب) (evprec14, sample S)."""
    if i == 0 or not (lex.consider_words or lex.idea_words) or entry.type in CONSIDER_KEEPS:
        return False
    if words[i - 1].norm in lex.idea_words:
        return True
    return _right_before(words, i, lex.consider_words, links=CONSIDER_PREPOSITIONS, heads=lex.consider_words)


def _vetoed(
    chosen: LexEntry,
    form: str,
    words: Sequence[Word],
    i: int,
    lex: Lexicon,
    *,
    proclitics: tuple[str, ...],
    enclitics: tuple[str, ...],
) -> bool:
    """Whether the entry ``_choose`` picked at ``i`` is read in a frame that asserts no act: a designation, a
    description, a consideration, an obligation, a capability, an unasserted report, a draft's predicate, a
    persuasion's aim or a prayer (the precision rounds' checks, in the order they were added)."""
    return (
        _designates(chosen, form, words, i, lex)
        or (bool(enclitics) and _described(chosen, form, words, i, lex))
        or _considered(chosen, words, i, lex)
        or _obliged(words, i, lex)
        or _capable(words, i, lex)
        or _unasserted(words, i, lex)
        or _drafted(chosen, form, words, i, lex, proclitics=proclitics)
        or _persuaded(words, i, lex, proclitics=proclitics)
        or _invoked(chosen, words, i, lex)
        or _nominal(chosen, form, words, i, lex, proclitics=proclitics)
        or _declined(chosen, words, i, lex)
        or (chosen.id in lex.doubled_entries and SHADDA in words[i].text)
        or _prompted(chosen, words, i, lex)
        or _prayed_that(chosen, words, i, lex)
    )


# Precision round 19 (evprec19): sample V's word senses (docs/events.md "Precision round 19 (evprec19)").
@cache  # one key per entry lemma
def _lemma_key(lemma: str) -> str:
    return normalize_key(lemma)


def _cardinal(text: str) -> bool:
    """Whether a word is a number written in digits that is not a year (367 طالبًا، نحو 2000 طالب is ambiguous and
    kept: a year before a verb is common, في عام 2017 طالب المدعي العام)."""
    digits = text.translate(DIGITS)
    return digits.isdigit() and not YEAR_RE.match(digits)


def _nominal(
    chosen: LexEntry, form: str, words: Sequence[Word], i: int, lex: Lexicon, *, proclitics: tuple[str, ...]
) -> bool:
    """Whether the verb's bare perfect at ``i`` (طالب، طالبا) is the noun of the same letters: written with tanween
    (أجريت الدراسة على 367 طالبًا، بدأ حياته طالبًا), or after a number, a quantifier, a subject pronoun or a kunya
    (``noun_after``: لكل طالب، وهو طالب سابق، أبو طالب، 36 ألف طالب) (evprec19, sample V: طالب a student). A verb
    with و or ف (وطالب) and a verbal noun's entry (masdar) are left alone."""
    if chosen.pos != "verb" or chosen.masdar or proclitics:
        return False
    key = _lemma_key(chosen.lemma)
    # only the perfect of form III (فاعَل: طالب، عارض) is written as the triliteral's participle (a student, one
    # presenting); a form I perfect is written as its verbal noun (دعمًا، حظرًا، رفض التهجير), itself an act
    if len(key) != FORM_III_LEN or key[1] != TANWEEN_ALIF or (form != key and form != key + TANWEEN_ALIF):
        return False
    if TANWEEN_MARKS_RE.search(words[i].text):
        # طالبًا من المراسل عدم توجيه: the participle "asking", a request (not after a number: 367 طالبًا من المدارس)
        return not (i + 1 < len(words) and words[i + 1].norm in lex.request_links) or (
            i > 0 and _cardinal(words[i - 1].text)
        )
    return i > 0 and (words[i - 1].norm in lex.noun_after_words or _cardinal(words[i - 1].text))


def _declined(chosen: LexEntry, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether a speech verb is a refusal to comment or to be named with the spokesman between the verb and its object
    (رفض متحدث باسم جولدمان ساكس التعليق على النبأ، ورفضت متحدثة باسم مكتب رئاسة الوزراء التعليق، ورفض متحدث باسم
    سلاح الجو الأميركي الإفصاح): a ``decline_speakers`` noun right after the verb and a ``decline_words`` word within
    DECLINE_WINDOW words, for an entry whose ``unless`` list holds such a word (``_choose`` reads it over the next
    NEXT_WINDOW words only); a denial's unless (نفاه إلى قبرص) is another sense and is not read so far (evprec19)."""
    return (
        chosen.speech
        and i + 1 < len(words)
        and words[i + 1].norm in lex.decline_speakers
        and not lex.decline_words.isdisjoint(chosen.unless)
        and lex.any_starts(words[i + 2 : i + 1 + DECLINE_WINDOW], lex.decline_prefixes)
    )


def _invoked(chosen: LexEntry, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` addresses God: a ``prayer_words`` name right after it (داعيا الله العلي القدير أن
    يحفظ بلادنا، ودعا الله سبحانه وتعالى أن يرحمهما، داعين المولى عز وجل، أيده الله) is a prayer, not a call, a thanks
    or a backing between parties (evprec18, sample V: 31 such phrases in the ANT and SaudiNewsNet text, all prayers).
    A call (REQUEST) is one too with the name within PRAYER_WINDOW words after it and a ``prayer_praise`` word right
    after the name, the caller between (ودعا إمام جامع المقهوي الله عز وجل، ودعا سموه في اتصال هاتفي المولى عز وجل),
    unless the name closes a phrase of its own (لوجه الله تعالى، في سبيل الله: ``prayer_not_after``); the praise tells
    God from a party's name (طالب حزب الله)."""
    if i + 1 < len(words) and words[i + 1].norm in lex.prayer_words:
        return True
    return chosen.type == "REQUEST" and any(
        words[j].norm in lex.prayer_words
        and words[j + 1].norm in lex.prayer_praise
        and words[j - 1].norm not in lex.prayer_not_after
        for j in range(i + 2, min(len(words) - 1, i + 1 + PRAYER_WINDOW))
    )


def _obliged(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is an act someone must or should do: an ``obligation_words`` word right before it
    (يجب تقديم), or a ``hope_that`` complementizer right before it with an obligation word within the two words before
    that (يجب أن تناقش، لا بد أن نقرر، يجب عليها أن تنسحب) (evprec15, sample T). Only the word right after the أن is
    read: a noun farther on names what the obligation is about (يجب أن نتأكد من تحمل مرتكبي هذا الهجوم المسؤولية: the
    attack happened)."""
    if i == 0 or not lex.obligation_words:
        return False
    before = words[i - 1].norm
    if before in lex.obligation_words:
        return True
    return (
        i > 1
        and before in lex.hope_that
        and not lex.obligation_words.isdisjoint(map(_KEY, words[max(0, i - 3) : i - 1]))
    )


def _capable(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is an act someone is able to do: a ``capability_links`` word (على) right before it
    with a ``capability_words`` word right before that (القدرة على ضرب، قادرة على استهداف العمق الإسرائيلي، عدم
    قدرتها على الرد) (evprec16, sample T), or a ``capability_verbs`` word right before it (بإمكانها ضرب أهداف أميركية،
    تستطيع تدمير). A capability is no act, whoever holds it."""
    if i == 0:
        return False
    if _right_before(words, i, lex.capability_verbs, links=lex.capability_links, heads=lex.capability_words):
        return True
    # a light verbal noun between (قادرة على تقديم الدعم المالي، القدرة على شن هجمات): the act after it (evprec17)
    return (
        i > 1
        and words[i - 1].norm in lex.capability_light
        and _right_before(
            words, i - 1, lex.capability_verbs, links=lex.capability_links, heads=lex.capability_words
        )
    )


def _right_before(
    words: Sequence[Word], i: int, direct: frozenset[str], *, links: frozenset[str], heads: frozenset[str]
) -> bool:
    """A ``direct`` word right before the trigger at ``i`` (> 0), or a ``links`` word (a preposition) right before
    it with a ``heads`` word right before that: the frame of ``_considered`` (تدرس فرض، تفكر في فرض) and
    ``_capable`` (تستطيع تدمير، القدرة على ضرب)."""
    before = words[i - 1].norm
    return before in direct or (i > 1 and before in links and words[i - 2].norm in heads)


def _unasserted(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is a threatened consequence (وإلا within ELSE_WINDOW words before it: وإلا واجهت
    فرض عقوبات), a habit (عادة ما / كثيرا ما right before it: التي عادة ما تستهدف قوات الأمن) or a law's content
    (``_provided``) (evprec11)."""
    if i > 1 and words[i - 1].norm == "ما" and words[i - 2].norm in lex.habit_words:
        return True
    if lex.law_verbs and _provided(words, i, lex):
        return True
    # as written, like any_before: the key of وإلا is that of وألا ("وألا نقبل التدخل": and that we not accept)
    return any(w.text in lex.else_words for w in words[max(0, i - ELSE_WINDOW) : i])


def _drafted(
    chosen: LexEntry, form: str, words: Sequence[Word], i: int, lex: Lexicon, *, proclitics: tuple[str, ...]
) -> bool:
    """Whether the trigger at ``i`` is what a draft resolution says: an imperfect verb (the draft's predicate: يدين،
    يطالب، يحمّل) with a ``draft_heads`` word (قرار) after a ``draft_words`` word (مشروع) within DRAFT_WINDOW words
    before it ("بعد عرقلة روسيا مشروع قرار يحمّل طهران مسؤولية"، "مشروع قرار قدمته الكويت يدعو إلى حماية المدنيين")
    (evprec17, samples T and U): a draft tabled, vetoed or announced says nothing yet. Stays: a draft adopted (a
    ``draft_adopted`` word before the draft noun: "صدق مجلس الأمن على مشروع قرار يطالب إسرائيل"), a verb with و or ف
    (a clause of its own), and the nouns after the predicate (يدين الضربات الغربية على سوريا: the strikes happened)."""
    if (
        i < 2
        or not lex.draft_heads
        or "و+" in proclitics
        or "ف+" in proclitics
        or form not in chosen.imperfect_forms
    ):
        return False
    for j in range(i - 1, max(0, i - 2 - DRAFT_WINDOW), -1):
        if words[j].norm in lex.draft_heads and words[j - 1].norm in lex.draft_words:
            return lex.draft_adopted.isdisjoint(map(_KEY, words[: j - 1]))
    return False


def _persuaded(words: Sequence[Word], i: int, lex: Lexicon, *, proclitics: tuple[str, ...]) -> bool:
    """Whether the trigger at ``i`` is the aim of a persuasion: a ``persuade_words`` noun within PERSUADE_WINDOW words
    before the trigger's ب or ل (في ظل محاولات ترامب لإقناع أردوغان بالإفراج عن برانسون، لإقناعهم بالموافقة على
    تمويل الجدار) or before a ``persuade_links`` word right before it (لتشجيع إرهابيين على شن هجمات) (evprec17; evprec15's
    "لإقناع ... بالانسحاب", sample T): what someone tries to get done has not happened."""
    if i > 0 and words[i - 1].norm in lex.persuade_links:
        k = i - 1
    elif "ب+" in proclitics or "ل+" in proclitics:
        k = i
    elif "و+" in proclitics and i > 0:
        k = i - 1  # the aim's second verbal noun (لإقناع الكونغرس بالتوقيع والمصادقة على الاتفاق)
    else:
        return False
    return not lex.persuade_words.isdisjoint(map(_KEY, words[max(0, k - PERSUADE_WINDOW) : k]))


def _provided(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is what a law provides: a law verb with a law noun right after it at the trigger
    or within LAW_WINDOW words before it (ويسمح القانون الأمريكي بالترحيل، ويحظر القانون في إيران الرقص) (evprec11)."""
    for j in range(i, max(-1, i - 1 - LAW_WINDOW), -1):
        if words[j].norm in lex.law_verbs and j + 1 < len(words) and words[j + 1].norm in lex.law_nouns:
            return True
    return False


def _hoped(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``i`` is hoped for: a complementizer (أن) within HOPE_WINDOW words before it, with a
    word of hope right before the أن or one word earlier (آمل أن، أمله في أن) (evprec10)."""
    for j in range(i - 1, max(0, i - 1 - HOPE_WINDOW), -1):
        if words[j].norm in lex.hope_that:
            return not lex.hope_words.isdisjoint(map(_KEY, words[max(0, j - 2) : j]))
    return False


def _phrase_at(words: Sequence[Word], j: int, companion: str) -> bool:
    if j >= len(words):
        return not companion  # the empty join starts with the empty companion only
    # the joined keys open with the first one, so it and the companion must start one another: most words fail
    # this, and skip the join of the window's keys (round 15)
    first = words[j].norm
    if not (companion.startswith(first) or first.startswith(companion)):
        return False
    n = companion.count(" ") + 1  # a multi-word companion (اطلاق النار) matches consecutive words
    return " ".join(map(_KEY, words[j : j + n])).startswith(companion)


@dataclass(frozen=True, slots=True)
class Conjugation:
    perfect: frozenset[str]
    imperfect: frozenset[str]


def conjugate(perfect: str, imperfect: str | None, affixes: Affixes) -> Conjugation:
    """3rd-person (and 1st plural) forms of a verb from its 3ms perfect and imperfect, normalized."""
    p = normalize_key(perfect)
    forms = {p}
    if p.endswith(("ي", "ا")):  # defective: التقى/دعا -> التق + ت/يا/وا/تا
        base = p[:-1]
        forms.update(base + s for s in affixes.perfect_defective_suffixes)
        if p.endswith("ا"):
            forms.update({base + "وا", base + "ت", base + "تا"})
    else:
        forms.update(p + s for s in affixes.perfect_suffixes)
    imp_forms: set[str] = set()
    if imperfect:
        imp = normalize_key(imperfect)
        stem = imp[1:] if imp[0] in "يتنا" else imp
        for pre in affixes.imperfect_prefixes:
            imp_forms.add(pre + stem)
            for suf in affixes.imperfect_suffixes:
                if stem.endswith(("ي", "و")) and suf in ("ون", "ن"):
                    imp_forms.add(pre + stem[:-1] + suf)  # يلتقي -> يلتقون
                else:
                    imp_forms.add(pre + stem + suf)
    return Conjugation(perfect=frozenset(forms - imp_forms), imperfect=frozenset(imp_forms))


def _entry(raw: dict[str, Any], affixes: Affixes, onto: Ontology) -> LexEntry:
    if "verb" in raw:
        pair = raw["verb"]
        conj = conjugate(pair[0], pair[1] if len(pair) > 1 else None, affixes)
        forms, imperfect = set(conj.perfect | conj.imperfect), conj.imperfect
        lemma, pos = pair[0], "verb"
    elif "noun" in raw:
        forms = {normalize_key(n) for n in raw["noun"]}
        imperfect = frozenset()
        lemma, pos = raw["noun"][0], "noun"
    else:
        raise ModelError(f"lexicon entry {raw.get('id')!r} has neither verb nor noun")
    forms.update(normalize_key(f) for f in raw.get("also", []))
    # a generated form that is mostly another word (تدمر is the city Palmyra, not "destroys")
    forms.difference_update(normalize_key(f) for f in raw.get("not", []))
    imperfect = frozenset(imperfect - {normalize_key(f) for f in raw.get("not", [])})
    etype, mode = raw["type"], raw.get("mode")
    if not onto.is_valid(etype, mode):
        raise ModelError(f"lexicon entry {raw['id']!r}: {etype}:{mode} is not a PLOVER type and mode")
    cameo = str(raw["cameo"])
    if cameo not in onto.cameo and cameo[:3] not in onto.cameo:
        raise ModelError(f"lexicon entry {raw['id']!r}: unknown CAMEO code {cameo}")
    return LexEntry(
        id=raw["id"],
        lemma=lemma,
        pos=pos,
        type=etype,
        mode=mode,
        cameo=cameo,
        target_preps=tuple(normalize_key(p) for p in raw.get("target", [])),
        object_target=bool(raw.get("object", False)),
        reciprocal=bool(raw.get("reciprocal", False)),
        companions=tuple(normalize_key(c) for c in raw.get("with", [])),
        companion_words=tuple(normalize_key(c) for c in raw.get("with", []) if " " not in c),
        companion_phrases=tuple(normalize_key(c) for c in raw.get("with", []) if " " in c),
        window=int(raw.get("window", COMPANION_WINDOW)),
        next_words=frozenset(normalize_key(c) for c in raw.get("next", [])),
        unless=tuple(normalize_key(c) for c in raw.get("unless", []) if " " not in c),
        unless_phrases=tuple(normalize_key(c) for c in raw.get("unless", []) if " " in c),
        not_after=tuple(normalize_key(c) for c in raw.get("not_after", [])),
        not_after_words=frozenset(normalize_key(c) for c in raw.get("not_after_words", [])),
        not_with=tuple(normalize_key(c) for c in raw.get("not_with", [])),
        not_before=tuple(normalize_key(c) for c in raw.get("not_before", [])),
        speech=bool(raw.get("speech", False)),
        swap=bool(raw.get("swap", False)),
        passive=bool(raw.get("passive", False)),
        needs_target=bool(raw.get("needs_target", False)),
        note=str(raw.get("note", "")),
        tanween=bool(raw.get("tanween", True)),
        enclitic=bool(raw.get("enclitic", True)),
        masdar=normalize_key(raw["verb"][0]) if raw.get("masdar") and "verb" in raw else "",
        forms=tuple(sorted(forms)),
        imperfect_forms=imperfect,
    )


@cache  # one parse per file and process: a dozen word-list loaders read cues.yaml and agents.yaml (60 and 25 ms
# a parse); callers treat the result as read-only
def read_data(name: str) -> Any:
    try:
        text = resources.files("marsad.events").joinpath("data", name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"events data file missing: {name}") from exc
    return yaml.safe_load(text)


def key_set(words: Iterable[str]) -> frozenset[str]:
    """A data file's word list as matching keys (``normalize_key``), the form every look-up of the coder uses."""
    return frozenset(normalize_key(w) for w in words)


def load_affixes(cues: dict[str, Any]) -> Affixes:
    aff = cues["affixes"]

    def norm(items: list[str]) -> tuple[str, ...]:
        # longest first, so that "وبال" is tried before "و"
        return tuple(sorted((normalize_key(x) for x in items), key=len, reverse=True))

    return Affixes(
        proclitics=norm(aff["proclitics"]),
        enclitics=norm(aff["enclitics"]),
        perfect_suffixes=tuple(aff["perfect_suffixes"]),
        perfect_defective_suffixes=tuple(aff["perfect_defective_suffixes"]),
        imperfect_prefixes=tuple(aff["imperfect_prefixes"]),
        imperfect_suffixes=tuple(aff["imperfect_suffixes"]),
    )


def load_lexicon(*, ontology: Ontology, cues: dict[str, Any]) -> Lexicon:
    affixes = load_affixes(cues)
    raw = read_data("lexicon.yaml")
    decline_words = key_set(raw.get("decline_words", []))
    entries = [_entry(r, affixes, ontology) for r in raw["entries"]]
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ModelError(f"duplicate lexicon ids: {dupes}")
    log.debug("lexicon: %d entries", len(entries))
    return Lexicon(
        entries=entries,
        affixes=affixes,
        aim_words=key_set(raw.get("aim_before", [])),
        aim_verbs=key_set(raw.get("aim_verbs", [])),
        possibility_words=key_set(raw.get("possibility_before", [])),
        never_words=key_set(raw.get("never", [])),
        prompt_entries=frozenset(raw.get("prompt_senses", [])),
        prompt_relatives=key_set(raw.get("prompt_relatives", [])),
        prompt_ma_adverbs=key_set(raw.get("prompt_ma_adverbs", [])),
        prompt_resumptives=key_set(raw.get("prompt_resumptives", [])),
        prompt_causes=key_set(raw.get("prompt_causes", [])),
        prompt_links=key_set(raw.get("prompt_links", [])),
        prompt_feelings=key_set(raw.get("prompt_feelings", [])),
        prayer_that_entries=frozenset(raw.get("prayer_that_entries", [])),
        prayer_that=key_set(raw.get("prayer_that", [])),
        noun_after_words=key_set(raw.get("noun_after", [])),
        decline_speakers=key_set(raw.get("decline_speakers", [])),
        decline_words=decline_words,
        request_links=key_set(raw.get("request_links", [])),
        doubled_entries=frozenset(raw.get("doubled_senses", [])),
        decline_prefixes=tuple(sorted(decline_words)),
        prayer_words=key_set(raw.get("prayer_after", [])),
        prayer_praise=key_set(raw.get("prayer_praise", [])),
        prayer_not_after=key_set(raw.get("prayer_not_after", [])),
        sport_words=tuple(sorted(key_set(raw.get("sport_words", [])))),
        state_words=tuple(sorted(key_set(raw.get("sport_state_words", [])))),
        charge_words=key_set(raw.get("charge_before", [])),
        possibility_after_words=key_set(raw.get("possibility_after", [])),
        count_words=key_set(raw.get("count_before", [])),
        question_words=key_set(raw.get("question_before", [])),
        # compared on the text as written: the key of أي is also that of آي in "سي آي إيه" (evprec9)
        any_words=frozenset(raw.get("any_before", [])),
        avoid_words=key_set(raw.get("avoid_before", [])),
        hope_words=key_set(raw.get("hope_before", [])),
        hope_that=key_set(raw.get("hope_that", [])),
        designation_words=key_set(raw.get("designation_before", [])),
        designation_times=key_set(raw.get("designation_times", [])),
        described_not_after=key_set(raw.get("described_not_after", [])),
        described_not_before=tuple(sorted(key_set(raw.get("described_not_before", [])))),
        consider_words=key_set(raw.get("consider_before", [])),
        idea_words=key_set(raw.get("idea_before", [])),
        obligation_words=key_set(raw.get("obligation_before", [])),
        capability_words=key_set(raw.get("capability_before", [])),
        capability_links=key_set(raw.get("capability_links", [])),
        capability_verbs=key_set(raw.get("capability_verbs", [])),
        capability_light=key_set(raw.get("capability_light", [])),
        else_words=frozenset(raw.get("else_before", [])),
        habit_words=key_set(raw.get("habit_before", [])),
        law_verbs=key_set(raw.get("law_verbs", [])),
        law_nouns=key_set(raw.get("law_nouns", [])),
        draft_words=key_set(raw.get("draft_before", [])),
        draft_heads=key_set(raw.get("draft_heads", [])),
        draft_adopted=key_set(raw.get("draft_adopted", [])),
        persuade_words=key_set(raw.get("persuade_before", [])),
        persuade_links=key_set(raw.get("persuade_links", [])),
        count_relatives=key_set(raw.get("count_relatives", [])),
        count_auxiliaries=key_set(raw.get("count_auxiliaries", [])),
    )


# Precision round 20 (evprec20): دعا "led to" and a prayer "that" (docs/events.md "Precision round 20 (evprec20)").
PRAYER_THAT_WINDOW = 2
"""Words after a call noun within which بأن makes it a prayer (دعواتنا الصادقة بأن يوفق الله: one adjective between)."""


def _prompted(chosen: LexEntry, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether a call verb (``prompt_senses``: دعا، يدعو) means "led to / gives cause for", not a call on a party: the
    relative ما right before it (مما دعا طهران إلى دعوة رعاياها، ليس هناك ما يدعو روسيا للتدخل، وهو ما يدعو للحذر),
    unless an adverb owns the ما (دائما ما دعا مون مجلس الأمن) or a resumptive pronoun after the verb makes ما its
    object (ما دعت إليه الوزيرة: what she called for); a cause noun as its subject right after it (دعت الحاجة، من تدعو
    حالته إلى العلاج); or a cause noun before a relative pronoun right before it (الأسباب التي دعت إسرائيل إلى، السبب
    الذي يدعو الناس إلى); or a feeling after إلى right after it (بشكل يدعو إلى القلق) (evprec20: the sense V and the fresh SaudiNewsNet records left)."""
    if chosen.id not in lex.prompt_entries:
        return False
    before = words[i - 1].norm if i > 0 else ""
    after = words[i + 1].norm if i + 1 < len(words) else ""
    if before in lex.prompt_relatives:
        return (
            not (i > 1 and words[i - 2].norm in lex.prompt_ma_adverbs) and after not in lex.prompt_resumptives
        )
    if after in lex.prompt_causes:
        return True
    if after in lex.prompt_links and i + 2 < len(words) and words[i + 2].norm in lex.prompt_feelings:
        return True
    return i > 1 and before in lex.count_relatives and words[i - 2].norm in lex.prompt_causes


def _prayed_that(chosen: LexEntry, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether a call noun (``prayer_that_entries``: دعوة، دعوات) is a prayer: بأن within PRAYER_THAT_WINDOW words
    after it (الدعوات بأن يقتص الله من فاعليه، ودعواته بأن يتغمدهم بواسع رحمته، دعواتنا الصادقة بأن يوفق الله); a
    call takes إلى or ل (دعوات إلى التظاهر) (evprec20, sample W: the three such nouns in the ANT and SaudiNewsNet text,
    all prayers)."""
    return chosen.id in lex.prayer_that_entries and not lex.prayer_that.isdisjoint(
        map(_KEY, words[i + 1 : i + 1 + PRAYER_THAT_WINDOW])
    )

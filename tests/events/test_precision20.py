"""Twentieth precision round (evprec20): the senses of دعا and دعوة that are no call (sample W, SaudiNewsNet,
benchmarks/data/events_sample_w_before.tsv, and the fresh SaudiNewsNet and ANT records).

A call verb after the relative ما, with a cause noun as its subject or before a relative pronoun, or with a feeling
after إلى is "led to / gives cause for" (``lexicon._prompted``: مما دعا طهران إلى، تدعو حالته إلى العلاج، السبب الذي
يدعو الناس، يدعو إلى القلق); the noun دعوة with بأن after it is a prayer (``lexicon._prayed_that``); حزب الدعوة، الأوقاف
والدعوة and رقاع الدعوة are names and cards (``request.daawa``'s ``not_after``). SaudiNewsNet (CC BY-NC-SA) is not
copied: its sentences are read from the shared corpus at run time and the tests skip when it is absent; the ANT
sentences are quoted (the article id is in the comment)."""

from __future__ import annotations

import dataclasses
from unittest.mock import patch

import pytest
from hypothesis import given

import marsad.events.lexicon as lexicon_module
from events.lexicon_support import ARABIC_TEXT, matched_starts, reads, types_at
from events.test_precision18 import _saudi_sentence
from marsad.language.normalize import normalize_key

# SK-middleEast-3570-20180908 (ANT): the consulate's burning "led Tehran to" call its nationals out; the call stays
TEHRAN = (
    "وتطورت الاحتجاجات الشعبية إلى مستوى غير مسبوق، الجمعة، حيث أحرق متظاهرون القنصلية الإيرانية، مما دعا طهران إلى"
    ' دعوة رعاياها لمغادرة المحافظة "فورا"، بينما نزلت ميليشيات موالية لها إلى الشارع، حيث أطلقت نيرانها على'
    " المحتجين السلميين."
)
# SK-middleEast-1431-20180505 (ANT): the recording's outrage "led Jumblatt to" make calls
JUMBLATT = "وأثار التسجيل موجة غضب شديدة في مناطق الجبل وتوترا غير مسبوق، مما دعا جنبلاط إلى إجراء اتصالات لتهدئة الأوضاع."
# BB-economy-202-20180729 (ANT): the Iranians' worry "leads them to" the dollar
DOLLAR = (
    "ولكن الاتجار بالعملة استمر مع قلق الإيرانيين إزاء هبوط اقتصادي مطول، مما يدعوهم للجوء إلى الدولار كسبيل آمن"
    " للاحتفاظ بمدخراتهم، أو كفرصة للاستثمال إذا ما استمر هبوط الريال."
)
# SK-middleEast-2422-20180616 (ANT): "the reasons that called for the coalition's intervention"
REASONS = (
    "وتهدف العملية إلى ضمان وصول المساعدات الإنسانية، دون عوائق، إلى الشعب اليمني عن طريق تحرير ميناء الحديدة"
    " بالإضافة إلى تأمين الممرات المائية الدولية، بما يتماشى مع الأسباب التي دعت إلى تدخل التحالف عسكرياً في اليمن."
)
# FR-internationalNews-963-20180427 (ANT): "if need be"
NEED = 'أنا منفتح على مساعدته إذا دعت الحاجة".'
PROMPTED = [(TEHRAN, "دعا"), (JUMBLATT, "دعا"), (DOLLAR, "يدعوهم"), (REASONS, "دعت"), (NEED, "دعت")]


@pytest.mark.parametrize(
    ("sentence", "trigger"), PROMPTED, ids=["tehran", "jumblatt", "dollar", "reasons", "need"]
)
def test_precision20_led_to_is_no_call(lexicon, sentence, trigger) -> None:
    with patch.object(lexicon_module, "_prompted", lambda *a, **k: False):
        assert "REQUEST" in types_at(lexicon, sentence, trigger)  # what main read
    assert "REQUEST" not in types_at(lexicon, sentence, trigger)


def test_precision20_the_call_it_led_to_stays(lexicon) -> None:
    assert reads(lexicon, TEHRAN, "دعوة", "request.daawa")


# AL-internationalNews-409-20180309 (ANT): دائما ما is "always": Moon called the security council
ALWAYS = (
    "ودائما ما دعا مون إثر تلك التجارب مجلس الأمن القومي للانعقاد فورا في أوقات تم فيها إيقاظ مسؤولين ودبلوماسيين"
    " وصحافيين من نومهم."
)
# FR-internationalNews-2105-20180702 (ANT): "what the interior minister calls for" (ما ... إليه)
CALLED_FOR = (
    "وتتمحور المواجهة حول مسألة إبعاد جميع المهاجرين الذين سجل دخولهم في بلد أوروبي آخر عند وصولهم إلى حدود ألمانيا،"
    " وهو ما يدعو إليه وزير الداخلية هورست زيهوفر زعيم الاتحاد الاجتماعي المسيحي."
)
# BB-middleEast-268-20180330 (ANT): calls to demonstrate, with إلى
CALLS = (
    "وتتنشط الدعوات إلى المظاهرات والاحتجاجات في مثل هذا اليوم من كل عام لإحياء ذكرى مقتل ستة فلسطينيين على يد"
    " القوات الإسرائيلية خلال مظاهرات عام 1976."
)


def test_precision20_calls_stay(lexicon) -> None:
    assert reads(lexicon, ALWAYS, "دعا", "request.daa")
    assert reads(lexicon, CALLED_FOR, "يدعو", "request.daa")
    assert reads(lexicon, CALLS, "الدعوات", "request.daawa")
    # a call for caution is a call: only feelings no one calls for are read after إلى
    assert reads(lexicon, "ودعت الشرطة إلى الحذر من الشائعات.", "ودعت", "request.daa")


# (SaudiNewsNet article, phrase, trigger, the rule that removes it): read as REQUEST by main at 6b8a615
SAUDI_SENSES = [
    (
        "SNN-alweeam-0533",
        "تدعو حالته",
        "تدعو",
        "_prompted",
    ),  # fresh diff: those whose condition requires treatment
    ("SNN-aleqtisadiya-2033", "السبب الذي يدعو", "يدعو", "_prompted"),  # fresh diff: why people use Twitter
    ("SNN-alweeam-1139", "ما يدعو للحذر", "يدعو", "_prompted"),  # fresh diff: which gives cause for caution
    (
        "SNN-alriyadh-1091",
        "يدعو إلى القلق",
        "يدعو",
        "_prompted",
    ),  # fresh diff: a rise that gives cause for worry
    (
        "SNN-alwatan-2029",
        "الدعوات بأن",
        "الدعوات",
        "_prayed_that",
    ),  # sample W: prayers that God punish the bombers
    (
        "SNN-okaz-2369",
        "ودعواته بأن",
        "ودعواته",
        "_prayed_that",
    ),  # sample W: the king's prayers for the fallen
    (
        "SNN-aljazirah-1649",
        "دعواتنا الصادقة بأن",
        "دعواتنا",
        "_prayed_that",
    ),  # sample W: a column's closing prayer
]


@pytest.mark.parametrize(
    ("article", "phrase", "trigger", "rule"), SAUDI_SENSES, ids=[r[0] for r in SAUDI_SENSES]
)
def test_precision20_a_saudi_sense_is_no_call(lexicon, article, phrase, trigger, rule) -> None:
    sentence = _saudi_sentence(article, phrase)
    # types_at reads the trigger's first occurrence: it must be the phrase's
    assert sentence.index(trigger) == sentence.index(phrase) + phrase.index(trigger)
    with patch.object(lexicon_module, rule, lambda *a, **k: False):
        assert "REQUEST" in types_at(lexicon, sentence, trigger)  # what main read
    assert "REQUEST" not in types_at(lexicon, sentence, trigger)


NAMES_NOT_AFTER = tuple(normalize_key(w) for w in ["حزب", "الأوقاف", "رقاع"])
"""The words this round appended to request.daawa's not_after (its last three)."""
_choose = lexicon_module._choose


def _as_main(entry: lexicon_module.LexEntry) -> lexicon_module.LexEntry:
    if entry.id != "request.daawa":
        return entry
    assert entry.not_after[-3:] == NAMES_NOT_AFTER
    return dataclasses.replace(entry, not_after=entry.not_after[:-3])


def _choose_main(entries, words, i, lex):
    """``_choose`` with request.daawa's not_after as main had it."""
    return _choose([_as_main(e) for e in entries], words, i, lex)


# SK-middleEast-1834-20180520 (ANT): the Dawa party
DAWA_PARTY = (
    "وسبق هذا اللقاء، اجتماع بين الصدر والعبادي طرح فيه الأول على رئيس الوزراء المنتهية ولايته تشكيل الحكومة الجديدة"
    " بشرط انسحابه من حزب الدعوة الذي يترأسه نوري المالكي، أحد أبرز رجالات إيران في العراق."
)


def test_precision20_the_dawa_party_is_no_call(lexicon) -> None:
    with patch.object(lexicon_module, "_choose", _choose_main):
        assert reads(lexicon, DAWA_PARTY, "الدعوة", "request.daawa")  # what main read
    assert "REQUEST" not in types_at(lexicon, DAWA_PARTY, "الدعوة")


SAUDI_NAMES = [
    ("SNN-okaz-0141", "والأوقاف والدعوة", "والدعوة"),  # fresh diff: the ministry of Islamic affairs' name
    ("SNN-almadina-1809", "رقاع الدعوة", "الدعوة"),  # fresh diff: wedding invitation cards
]


@pytest.mark.parametrize(("article", "phrase", "trigger"), SAUDI_NAMES, ids=[r[0] for r in SAUDI_NAMES])
def test_precision20_a_saudi_name_is_no_call(lexicon, article, phrase, trigger) -> None:
    sentence = _saudi_sentence(article, phrase)
    assert sentence.index(trigger) == sentence.index(phrase) + phrase.index(trigger)
    with patch.object(lexicon_module, "_choose", _choose_main):
        assert "REQUEST" in types_at(lexicon, sentence, trigger)  # what main read
    assert "REQUEST" not in types_at(lexicon, sentence, trigger)


def test_precision20_lists_load(lexicon) -> None:
    assert lexicon.prompt_entries == frozenset({"request.daa"})
    assert normalize_key("مما") in lexicon.prompt_relatives
    assert normalize_key("إليه") in lexicon.prompt_resumptives
    assert normalize_key("الحاجة") in lexicon.prompt_causes
    assert normalize_key("بأن") in lexicon.prayer_that
    assert normalize_key("الحذر") not in lexicon.prompt_feelings  # a call's possible aim


@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_precision20_rules_never_raise(lexicon, before, after) -> None:
    matched_starts(lexicon, f"{before} مما دعا {after} الدعوات بأن {before} تدعو حالته إلى القلق دعا")

"""Recall round 9 (evlex9, docs/events.md "Recall round 9: sample H's missing predicates (evlex9)"): sample H's verb
and light misses that are general: the finite verb of an exchange of fire, beating a protester, and a conviction for
kidnapping or rape whose court stands before the verb. Every sentence is real ANT text (the article id is in the
comment); each is checked for its type and exact trigger offsets, for what the entries must not read, and H's rows
through the whole default pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import events_at

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists

EGYPT = (
    "وكانت قوات من الأمن المصري قد تبادلت منذ صباح اليوم إطلاق النار مع مسلحين، وتمكنت من حجز كميات من المواد"
    " المتفجرة والعبوات الناسفة وأسلحة، وفق ما أوردته وسائل إعلام مصرية."
)  # JA-internationalNews-626-20160203 (recall sample H)
BENALLA = (
    "أفادت وسائل إعلام فرنسية بأن السلطات تستجوب ثلاثة من رجال الشرطة الفرنسيين بتهمة تسريب شريط فيديو لحادث قام"
    " فيه أحد المساعدين للرئيس الفرنسي إيمانويل ماكرون بضرب متظاهر في مايو/ أيار الماضي."
)  # BB-internationalNews-849-20180721 (recall sample H)
MULLER = (
    "لكن محكمة أدانت ماثيو مولر، وهي محامٍ سابق، عام 2017 بالاختطاف."  # BB-internationalNews-169-20180317 (H)
)

# (sentence, trigger span, entry, type)
ENTRIES = [
    (EGYPT, "تبادلت", "assault.tabadala_nar", "ASSAULT"),
    # the companion right after the verb: the span runs to it
    (
        "و نقل مسؤولون محليون أن نحو 100 مسلحا تمكنوا من اقتحام السجن الواقع بولاية بولاية كوتاباتو جنوب الفلبين"
        " وتبادلوا إطلاق النار مع الحراس، كما أكدوا ايضا أن عملية الاقتحام هدفها تحرير جماعات تابعة لهم.",
        "وتبادلوا إطلاق",
        "assault.tabadala_nar",
        "ASSAULT",
    ),  # JA-internationalNews-1017-20170104
    (BENALLA, "بضرب متظاهر", "assault.daraba_mutazahir", "ASSAULT"),
    (
        "يتعرض الرئيس الفرنسي إيمانويل ماكرون لانتقادات إثر انتشار شريط فيديو يظهر أحد معاونيه وهو يضرب متظاهرا في"
        " يوم عيد العمال منتحلا صفة شرطي.",
        "يضرب متظاهرا",
        "assault.daraba_mutazahir",
        "ASSAULT",
    ),  # FR-internationalNews-2401-20180720
    (MULLER, "أدانت", "sanction.adana_jurm", "SANCTION"),
    (
        "ولكن المحكمة تراجعت عن قرارها الشهر الماضي وأدانت المتهم بالاغتصاب.",
        "وأدانت المتهم بالاغتصاب",
        "sanction.adana_jurm",
        "SANCTION",
    ),  # BB-internationalNews-103-20180306
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall9_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)
    assert_exact_offsets(lexicon, sentence)


def test_lexicon_recall9_every_entry_has_a_sentence(lexicon) -> None:
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "assault.tabadala_nar", len(ids))) == ids


def test_lexicon_recall9_masdar_left_to_the_noun_entry(lexicon) -> None:
    """The bare تبادل is the masdar, read by assault.tabadul_nar as before, not by the verb entry."""
    sentence = "منفذ الهجوم قتل بعد تبادل إطلاق النار مع الشرطة، وقالت تقارير إعلامية إنه كان يحمل ست قطع من الأسلحة."  # SK-internationalNews-1662-20180519 (shortened)
    found = [eid for eid, _ in lexicon_at(lexicon, sentence, "تبادل")]
    assert "assault.tabadul_nar" in found and "assault.tabadala_nar" not in found


@pytest.mark.parametrize(
    ("sentence", "word", "entry_id", "kept"),
    [
        # a condemnation: no kidnapping or rape charge follows (accuse.adana's reading stays)
        (
            'وأدانت برلين "الهجوم الكيميائي" على مدينة دوما بالغوطة الشرقية، وقالت إن الأدلة تشير إلى أن نظام الرئيس'
            " بشار الأسد هو المسؤول عن الهجوم.",
            "وأدانت",
            "sanction.adana_jurm",
            "accuse.adana",
        ),  # BB-middleEast-318-20180409
        # ضرب with missile sites and no protester is no beating
        (
            "توعد الرئيس الأمريكي دونالد ترامب بإطلاق صواريخ على سوريا ردا على تهديدات مسؤولين روس بإسقاط أي صواريخ"
            " أمريكية تطلق على روسيا وضرب مواقع إطلاقها.",
            "وضرب",
            "assault.daraba_mutazahir",
            "assault.daraba",
        ),  # BB-middleEast-330-20180411
    ],
)
def test_lexicon_recall9_other_senses_are_not_read(lexicon, sentence, word, entry_id, kept) -> None:
    """The new entry stays out and the older reading of the word is kept."""
    found = [eid for eid, _ in lexicon_at(lexicon, sentence, word)]
    assert entry_id not in found and kept in found


def test_coder_exchange_of_fire_with_its_subject_before(pipeline) -> None:
    """H's row: the Egyptian security forces and the gunmen exchange fire (reciprocal: both act)."""
    evs = events_at(EGYPT, "تبادلت", pipeline)
    assert [(ev.type, ev.mode) for ev in evs] == [("ASSAULT", "firearms")]
    assert [(p.country, p.sector) for p in evs[0].source] == [("EGY", "MIL"), ("EGY", "REB")]


def test_coder_beating_a_protester(pipeline) -> None:
    """H's row: Macron's aide (French government) beat a protester (French civilians)."""
    (ev,) = events_at(BENALLA, "بضرب", pipeline)
    assert (ev.type, ev.mode) == ("ASSAULT", "beat")
    assert [(p.country, p.sector) for p in ev.source] == [("FRA", "GOV")]
    assert [(p.text, p.country, p.sector, p.start) for p in ev.target] == [
        ("متظاهر", "FRA", "CVL", BENALLA.index("متظاهر"))
    ]


def test_coder_conviction_with_the_court_before(pipeline) -> None:
    """H's row: a US court convicted Muller of kidnapping."""
    (ev,) = events_at(MULLER, "أدانت", pipeline)
    assert (ev.type, ev.mode) == ("SANCTION", "convict")
    assert [(p.text, p.country, p.sector, p.start) for p in ev.source] == [
        ("محكمة", "USA", "JUD", MULLER.index("محكمة"))
    ]
    assert [p.start for p in ev.target] == [MULLER.index("مولر")]


@settings(max_examples=60, deadline=None)
@given(
    word_lists(["تبادلت", "إطلاق", "النار", "مع", "بضرب", "متظاهر", "محكمة", "أدانت", "بالاختطاف", "،", "و"])
)
def test_lexicon_recall9_offsets(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))

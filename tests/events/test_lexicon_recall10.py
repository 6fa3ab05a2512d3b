"""Recall round 10 (evlex10, docs/events.md "Recall round 10: the long tail on fresh outlets (evlex10)"): verbs
whose entry wants its complement in the next 2 words, written with the subject between: سيطر / استولى ... على (took
control, seized: "سيطرت قوات النظام السوري السبت على قرى"), which coerce.saytara and coerce.istawla miss, and ضيّق ...
الخناق (tightened the noose), which coerce.dayyaqa_khinaq misses; and the ``enclitic: false`` field that keeps such a
verb from reading its masdar with a pronoun (سيطرتها). Every sentence is real ANT text (the article id is in the
comment); each is checked for its type and exact trigger offsets, for what the entries must not read, and two rows
through the whole default pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from tests.support import events_at

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists

SHAYFUNIYA = (
    "سيطرت قوات النظام السوري السبت على قرى ومواقع تابعة لبلدة الشيفونية التي تعدها مكسبا في معركة التوغل داخل"
    " الغوطة الشرقية المحاصرة قرب دمشق منذ ثلاثة أسابيع، والتي أودت بحياة أكثر من 630 مدني بينهم أطفال."
)  # FR-middleEast-95-20180303
SDF = (
    "وسيطرت قوات سوريا الديمقراطية، التي تغلب عليها وحدات حماية الشعب الكردية، على معظم أنحاء المنطقة الواقعة"
    " شرقي نهر الفرات في محافظة دير الزور منذ العام الماضي، ضمن حملة كبيرة ضد داعش."
)  # SK-middleEast-1317-20180429

# (sentence, trigger span, entry, type): the forces right after the verb, so the span runs to them
ENTRIES = [
    (SHAYFUNIYA, "سيطرت قوات", "coerce.saytara_quwwat", "COERCE"),
    (SDF, "وسيطرت قوات", "coerce.saytara_quwwat", "COERCE"),
    (
        "سيطرت القوات الشرعية اليمنية على سوق الملاحيظ بمديرية الظاهر بصعدة والذي يبعد قرابة  10 كيلومترات عن مسقط"
        " رأس زعيم المتمردين عبد الملك الحوثي.",
        "سيطرت القوات",
        "coerce.saytara_quwwat",
        "COERCE",
    ),  # SK-middleEast-1068-20180415
    (
        'سيطر الجيش العراقي على منطقة " تل النبي يونس" التي تضم مواقع أثرية عديدة، بحسب تقرير مصور نشرته "بي بي'
        ' سي" مؤخرا وكان الأكثر قراءة.',
        "سيطر الجيش",
        "coerce.saytara_quwwat",
        "COERCE",
    ),  # JA-internationalNews-62-20170128
    (
        "وانتهى الهجوم التركي على عفرين، الذي استمر 59 يوما، في 18 مارس الماضي، إذ استولت القوات التركية والجيش"
        " السوري الحر على المدينة، وطردت مقاتلي قوات حماية الشعب الكردية منها.",
        "استولت القوات",
        "coerce.istawla_quwwat",
        "COERCE",
    ),  # SK-middleEast-1433-20180505
    (
        "واستولت قوات الشرعية أيضا على كميات من الأسلحة الخفيفة والمتوسطة التي خلفتها الميليشيات.",
        "واستولت قوات",
        "coerce.istawla_quwwat",
        "COERCE",
    ),  # SK-middleEast-1814-20180519
    (
        "ضيقت قوات المقاومة اليمنية المشتركة، الأحد، الخناق على ميليشيات الحوثي الإيرانية في جبهات الساحل الغربي"
        " وكبدتها خسائر فادحة، بينما تتقدم في مدينة الحديدة الاستراتيجية.",
        "ضيقت",
        "coerce.dayyaqa_khinaq_far",
        "COERCE",
    ),  # SK-middleEast-2296-20180610
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall10_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)
    assert_exact_offsets(lexicon, sentence)


def test_lexicon_recall10_every_entry_has_a_sentence(lexicon) -> None:
    """The round's block at the end of lexicon.yaml is exactly the entries tested here."""
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "coerce.saytara_quwwat", len(ids))) == ids


def test_lexicon_recall10_masdar_with_a_pronoun_is_not_the_verb(lexicon) -> None:
    """سيطرتها is the masdar with "its" (a pronoun سيطر على cannot take as an object): the new entry, marked
    ``enclitic: false``, does not read it, although its forces companion (القوات) follows."""
    sentence = (
        "أكدت الحكومة التركية قرب سيطرتها على مدينة عفرين السورية من القوات الكردية، مؤكدة سيطرة جيشها على أكثر من"
        " نصف المنطقة."
    )  # SK-middleEast-259-20180313
    assert "coerce.saytara_quwwat" not in [eid for eid, _ in lexicon_at(lexicon, sentence, "سيطرتها")]


def test_lexicon_recall10_enclitic_field(lexicon) -> None:
    """Only the two new على verbs refuse enclitics (and, since recall round 13, the noun بنيران, whose pronoun form is
    a poem's "with its fires"): every other entry keeps the default."""
    refused = {e.id for e in lexicon.entries if not e.enclitic}
    assert refused == {"coerce.saytara_quwwat", "coerce.istawla_quwwat", "assault.biniran"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause: the verb takes على with the antecedent's pronoun (Afrin, which the FSA took)
        "وحسب المرصد السوري، فإن فيلق الرحمن وهيئة تحرير الشام ومن خرج معهم ينوون التوجه إلى مدينة عفرين الكردية"
        " المتاخمة لإدلب، والتي سيطر عليها الجيش الحر مع قوات الجيش التركي في الثامن عشر من مارس/آذار 2018، بعد"
        " معارك عنيفة جرت بينهم وبين وحدات حماية الشعب الكردية.",  # BB-middleEast-252-20180326
        # a campaign during which the army took control: a relative clause again (خلالها)
        "وتقول مصادر بالمعارضة إن مطار الضمير قاعدة جوية رئيسية استخدمت في حملة عسكرية كبيرة سيطر خلالها الجيش"
        " السوري بدعم روسي على منطقة الغوطة الشرقية قرب دمشق.",  # FR-middleEast-301-20180417
    ],
)
def test_lexicon_recall10_relative_clauses_are_not_read(lexicon, sentence) -> None:
    word = "سيطر"
    assert "coerce.saytara_quwwat" not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_lexicon_recall10_ala_next_is_left_to_coerce_saytara(lexicon) -> None:
    """على in the next 2 words: coerce.saytara reads the verb alone, as on main (its span is not widened)."""
    sentence = (
        "كما سيطرت القوات على مزارع الطائف ومركز مديرية الدريهمي، وطهّرت المناطق الواقعة في الجهة الشرقية والغربية"
        " من الخط الساحلي."
    )  # SK-middleEast-2382-20180614
    assert reads(lexicon, sentence, "سيطرت", "coerce.saytara")
    assert "coerce.saytara_quwwat" not in [eid for eid, _ in lexicon_at(lexicon, sentence, "سيطرت")]


def test_lexicon_recall10_khinaq_next_is_left_to_the_older_entry(lexicon) -> None:
    """الخناق right after the verb: coerce.dayyaqa_khinaq reads it as on main, the new entry stays out."""
    sentence = (
        "ذكرت وسائل إعلام حكومية وشهود وسكان أن قوات النظام السوري ضيقت الخناق على مخيم اليرموك للاجئين الفلسطينيين"
        " الذي يسيطر عليه مسلحو تنظيم داعش جنوبي دمشق."
    )  # SK-middleEast-1351-20180430
    found = [eid for eid, _ in lexicon_at(lexicon, sentence, "ضيقت")]
    assert "coerce.dayyaqa_khinaq" in found and "coerce.dayyaqa_khinaq_far" not in found


def test_coder_seizure_by_a_navy(pipeline) -> None:
    """استولت with the navy before على: Iran's navy seized two US boats (the target after على)."""
    sentence = (
        "وكان الحادث الأخطر في يناير 2016، عندما استولت البحرية الإيرانية على قاربين نهريين تابعين للبحرية الأميركية"
        " كان على متنهما 10 بحارة، وبث التلفزيون الإيراني لقطات للعملية."
    )  # SK-internationalNews-572-20180324
    (ev,) = events_at(sentence, "استولت", pipeline)
    assert (ev.type, ev.mode) == ("COERCE", "seize")
    assert [p.country for p in ev.source] == ["IRN"] and [p.country for p in ev.target] == ["USA"]


def test_coder_seizure_with_the_forces_before_ala(pipeline) -> None:
    """The Syrian regime's forces take villages of al-Shayfuniya (a seizure, SYR/MIL), one event at the verb."""
    evs = events_at(SHAYFUNIYA, "سيطرت", pipeline)
    assert [(ev.type, ev.mode) for ev in evs] == [("COERCE", "seize")]
    assert [(p.text, p.country, p.sector, p.start) for p in evs[0].source] == [
        ("قوات النظام السوري", "SYR", "MIL", SHAYFUNIYA.index("قوات"))
    ]


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "سيطرت",
            "وسيطرت",
            "سيطرتها",
            "استولت",
            "قوات",
            "الجيش",
            "على",
            "عليها",
            "خلالها",
            "المدينة",
            "،",
            "و",
        ]
    )
)
def test_lexicon_recall10_offsets(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))


def test_recall_sample_draws_from_the_saudi_pool(monkeypatch) -> None:
    """benchmarks/events_recall_sample.py reads MARSAD_POOL=saudi as the diff scripts do (this round's ``--hits`` on
    SaudiNewsNet): the pool's records, shuffled, the excluded ones dropped; ANT is not read."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_recall_sample as ers

    fake = [{"id": f"SNN-test-{n:04d}", "text": "نص"} for n in range(5)]
    monkeypatch.setenv("MARSAD_POOL", "saudi")
    monkeypatch.setattr(ers, "saudi_records", lambda: list(fake))
    monkeypatch.setattr(ers, "gold_ids", set)
    monkeypatch.setattr(ers, "_politics", lambda path: pytest.fail("ANT read"))
    got = ers.shuffled(seed=1, exclude={"SNN-test-0002"})
    assert sorted(r["id"] for r in got) == [
        "SNN-test-0000",
        "SNN-test-0001",
        "SNN-test-0003",
        "SNN-test-0004",
    ]

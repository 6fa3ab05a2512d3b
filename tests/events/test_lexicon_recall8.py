"""Recall round 8 (evlex8): a per-entry companion window (``window`` in lexicon.yaml) for the entries whose companion
follows a long subject or an apposed name, and the round's new entries. Every sentence is real ANT text (the article
id is in the comment); each is checked for its type and exact trigger offsets, and for what the entries must not
read."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists
from marsad.events.lexicon import COMPANION_WINDOW, Lexicon

# (sentence, trigger span, entry, type): companions 9 to 16 words after the head
WIDE = [
    # an apposed name between the masdar and its companion (منصبه is the ninth word after بإعفاء)
    (
        "أصدر رئيس مجلس الوزراء المصري، شريف إسماعيل، قرارا بإعفاء رئيس هيئة الأوقاف المصرية، أحمد عبد الحافظ، من"
        " منصبه، وفق ما ذكرت تقارير إعلامية.",
        "بإعفاء",
        "sanction.ifa",
        "SANCTION",
    ),  # SK-middleEast-1336-20180429 (recall sample G)
    # a designation with a long object (إرهابية is the tenth word after وصنفت)
    (
        "وتعاني فصائل مسلحة في إدلب من انشقاقات، فيما يسيطر تحالف جهادي يشمل الجناح السابق لتنظيم القاعدة في سوريا على"
        ' معظم الأراضي، وصنفت الأمم المتحدة التحالف المعروف باسم "هيئة تحرير الشام" منظمة إرهابية.',
        "وصنفت",
        "sanction.sannafa",
        "SANCTION",
    ),  # BB-middleEast-965-20180905 (recall sample E)
    # a pejorative after a long object
    (
        'ووصف نائب وزير الخارجية الكوري الشمالي كيم كي غوان قرار ترامب بـ"غير المتوقع" و"المؤسف بشدة".',
        "ووصف",
        "accuse.wasafa_more",
        "ACCUSE",
    ),  # SK-internationalNews-1775-20180525 (shortened)
    (
        'وصفت النائبة عن حزب نداء تونس، هالة عمران ما يقوم به رئيس حزب الزيتونة، عادل العلمي "بالمهزلة".',
        "وصفت",
        "accuse.wasafa_more",
        "ACCUSE",
    ),  # JA-politic-473-20170601 (recall sample G; the pejorative is the sixteenth word after وصفت)
    # a court's verdict, an arrest, a listing, a capture: companions past a long subject or object
    (
        "حكمت محكمة محلية في مقاطعة جيانغسو شرقي الصين اليوم الثلاثاء بالسجن المؤبد مدى الحياة على نائب الرئيس"
        " التنفيذي السابق للجمعية الصينية للعلوم والتكنولوجيا لقبوله الرشاوى.",
        "حكمت",
        "sanction.hakama",
        "SANCTION",
    ),  # JA-internationalNews-563-20161011
    (
        'وأوقفت السلطات على خلفية تلك الاحتجاجات أكثر من 450 شخصا في سياق "مقاربة أمنية" لقيت انتقادات شديدة من'
        " جمعيات حقوق الإنسان.",
        "وأوقفت",
        "coerce.awqafa_person",
        "COERCE",
    ),  # FR-internationalNews-421-20180314
    (
        "أصدرت محكمة جنايات شمال القاهرة حكما بإدراج 169 متهما من المنتمين إلى جماعة الإخوان الإرهابية على قوائم"
        " الكيانات الإرهابية.",
        "بإدراج",
        "sanction.idraj",
        "SANCTION",
    ),  # SK-middleEast-1575-20180510 (shortened)
    (
        "بعدما استعادت قوات النظام خلال عمليات عسكرية وبموجب اتفاقات إجلاء العدد الأكبر من المناطق التي كانت"
        " تحاصرها في البلاد.",
        "استعادت",
        "coerce.istaada",
        "COERCE",
    ),  # FR-internationalNews-2381-20180719
]


def _narrow(lexicon: Lexicon) -> Lexicon:
    """The same lexicon with every entry's window at COMPANION_WINDOW (fresh caches)."""
    return lexicon.with_entries([replace(e, window=COMPANION_WINDOW) for e in lexicon.entries])


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), WIDE)
def test_wide_window_reads_a_far_companion(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)
    assert_exact_offsets(lexicon, sentence)
    # the companion is past the default window: without the entry's own window the entry is not read
    assert entry_id not in [eid for eid, _ in lexicon_at(_narrow(lexicon), sentence, trigger)]


def test_window_defaults_to_the_companion_window(lexicon) -> None:
    windows = {e.id: e.window for e in lexicon.entries}
    assert (
        windows["sanction.ifa"] == 12
        and windows["accuse.wasafa_more"] == 16
        and windows["sanction.hakama"] == 16
    )
    # the entries whose far companions were mostly another clause's keep the default
    for eid in (
        "sanction.farada",
        "support.waqqaa",
        "assault.shanna",
        "sanction.uqubat",
        "accuse.wasafa",
        "coerce.tahrir",
        "sanction.tarada_safir",
        "consult.ajra_muhadatha",
        "consult.aqada",
    ):
        assert windows[eid] == COMPANION_WINDOW


# (sentence, trigger span, entry, type)
ENTRIES = [
    # police and forces stationed: the perfect of تمركز
    (
        "وفي مدينة كيبيك تمركزت عربات الشرطة أمام العديد من المساجد وقام ضباط الشرطة بفحص بطاقات هوية الصحفيين"
        " الذين ينتظرون في الخارج.",
        "تمركزت عربات الشرطة",
        "mobilize.tamarkaza_police",
        "MOBILIZE",
    ),  # JA-internationalNews-119-20170131 (recall sample B)
    (
        'ونقلت "رويترز" عن يلدريم قوله: "تمركزت قواتنا الآن داخل شمال العراق على بعد 30 كيلومترا تقريبا (من'
        ' الحدود) وتعمل على منع أنشطة التسلل والأنشطة الإرهابية هناك".',
        "تمركزت قواتنا",
        "mobilize.tamarkaza",
        "MOBILIZE",
    ),  # SK-middleEast-2246-20180608
    (
        "وعلى الجانب الآخر من الحدود، وضعت القوات الإسرائيلية دباباتها وتمركز القناصة على سواتر ترابية، وأطلقوا النار"
        " باتجاه المتظاهرين الفلسطينيين، قرب حي الشجاعية شرقي القطاع المحاصر.",
        "وتمركز القناصة",
        "mobilize.tamarkaza",
        "MOBILIZE",
    ),  # SK-middleEast-671-20180330
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall8_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)
    assert_exact_offsets(lexicon, sentence)


def test_lexicon_recall8_every_entry_has_a_sentence(lexicon) -> None:
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "mobilize.tamarkaza_police", len(ids))) == ids


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the masdar after a place noun: where the militias are (a target), not a deployment
        (
            "وقصفت القوات الشرعية اليمنية بالمدفعية الثقيلة مواقع تمركز المتمردين الحوثيين في منطقة العطفين بمديرية"
            " كتاف شرقي محافظة صعدة.",
            "تمركز",
        ),  # SK-middleEast-1349-20180430 (shortened)
        # a standing posture in a relative clause
        (
            "وجاء تجدد المواجهات إثر هجمات لقوات الشرعية، تسعى من خلالها لاستعادة تلال جبلية تتمركز فيها الميليشيات"
            " وتستخدمها في قصف المدينة.",
            "تتمركز",
        ),  # SK-middleEast-58-20180225
        # the imperfect: where troops are
        (
            "وتتمركز قوات أميركية في منبج الواقعة شمال شرقي محافظة حلب في شمال سوريا، وفي التنف جنوب شرقي سوريا.",
            "وتتمركز",
        ),  # SK-middleEast-653-20180329
        # a concentration of power after إلى
        (
            "وجدوا أن أي نوع من أنواع الهيمنة السعودية على قطر سوف يؤدي إلى تمركز جزء كبير من القوة والثروة بيد"
            " المعسكر الخصم.",
            "تمركز",
        ),  # BB-middleEast-587-20180605 (shortened)
    ],
)
def test_lexicon_recall8_other_senses_are_not_read(lexicon, sentence, word) -> None:
    found = [eid for eid, _ in lexicon_at(lexicon, sentence, word)]
    assert not {"mobilize.tamarkaza", "mobilize.tamarkaza_police"} & set(found)


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "تمركزت",
            "قواتنا",
            "الشرطة",
            "مواقع",
            "تمركز",
            "ووصف",
            "بالمهزلة",
            "،",
            "و",
        ]
    )
)
def test_lexicon_recall8_offsets(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))

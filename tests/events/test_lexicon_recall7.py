"""Recall round 7 (evlex7): predicates of recall sample G's noun / verb misses (and one of evlex6's "read and left
out") that are general, each read in its matches on fresh ANT articles (benchmarks/data/events_recall7_hits.tsv)
before it was kept. Every sentence is real ANT text from an article in no gold file (the article id is in the
comment); each entry is checked for its type and exact trigger offsets, and for
the senses it must not read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists

# (sentence, trigger span, entry, type)
ENTRIES = [
    # called an act a farce, illegal, irresponsible: a disapproval
    (
        'ووصفت واشنطن، الثلاثاء، ترؤس سوريا للمؤتمر بالمهزلة، فيما قال وود "سننسحب في مرحلة ما صباح اليوم وسنتخذ'
        ' تحركات أخرى ستشهدونها خلال فترة رئاسة سوريا".',
        "ووصفت",
        "accuse.wasafa_more",
        "ACCUSE",
    ),  # SK-middleEast-2021-20180529
    (
        'وفي غضون ذلك، وصفت كندا تعريفات ترامب التجارية الأخيرة بـ "غير قانونية".',
        "وصفت",
        "accuse.wasafa_more",
        "ACCUSE",
    ),  # BB-internationalNews-625-20180609
    (
        "ووصفت روسيا موقف المملكة المتحدة بأنه غير مسؤول، ولا تدعمه أي أدلة.",
        "ووصفت",
        "accuse.wasafa_more",
        "ACCUSE",
    ),  # BB-internationalNews-157-20180315
    # the Maghreb masdar غلق: closing a consulate (a reduction of relations) and border crossings, an office
    (
        "ويبدو أن الأزمة الجديدة القديمة بين الجارين مرشحة إلى مزيد من التصعيد والتوتر بعد حديث مصادر دبلوماسية في"
        ' الجزائر عن عزم البلاد تخفيض التمثيل الدبلوماسي مع المغرب وغلق فروع القنصلية ردا على ما تعتبره "حملة"'
        ' مغربية تستهدفها منذ عدة أسابيع".',
        "وغلق فروع القنصلية",
        "sanction.ghalq_safara_n",
        "SANCTION",
    ),  # FR-internationalNews-1073-20180504
    (
        "وقررت بغداد كذلك غلق المنافذ الحدودية البرية في الإقليم، وأرسلت قواتها لاستعادة السيطرة على المناطق التي"
        " سيطرت عليها قوات البشمركة الكردية على مدى أعوام.",
        "غلق المنافذ",
        "coerce.ghalq_n",
        "COERCE",
    ),  # FR-internationalNews-536-20180320 (shortened)
    (
        "قرّرت السلطات السعودية، أمس الاثنين غلق مكتب قناة الجزيرة لديها وذلك إثر القرار الذي اتخدته المملكة بقطع"
        " علاقاتها الدبلوماسية مع قطر.",
        "غلق مكتب",
        "coerce.ghalq_n",
        "COERCE",
    ),  # JA-internationalNews-1079-20170606
    # designated as terrorist
    (
        'ولاحقت السلطات أعضاء الحزب وصنفته حزباً " إرهابياً"، وبالتالي كل من يثبت انتماؤه للحزب، يقتاد إلى السجن.',
        'وصنفته حزباً " إرهابياً',
        "sanction.sannafa",
        "SANCTION",
    ),  # BB-middleEast-932-20180827
    (
        'أما "كتيبة الإمام البخاري" التي غالباً ما تسلط أشرطتها الدعائية الضوء على الجنود أطفال في صفوفها، فقد'
        " صنفتها الولايات المتحدة عام 2017 في قائمة المنظمات «الإرهابية».",
        "صنفتها",
        "sanction.sannafa",
        "SANCTION",
    ),  # BB-middleEast-995-20180912
    # the masdar: a designation told as a noun
    (
        'وتم تصنيف جماعة الأخوان المسلمين "منظمة إرهابية" من قبل السلطات المصرية في نهاية العام نفسه.',
        "تصنيف",
        "sanction.tasnif",
        "SANCTION",
    ),  # FR-internationalNews-988-20180429
    (
        'رحبت مملكة البحرين، الثلاثاء، بقيام الولايات المتحدة الأمريكية بتصنيف أحد قادة "سرايا الأشتر"'
        ' كـ"إرهابي عالمي".',
        "بتصنيف",
        "sanction.tasnif",
        "SANCTION",
    ),  # CN-middleEast-1208-20180814
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall7_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    # the exact span (head word to the last word read) and the entry's type
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)


def test_lexicon_recall7_every_entry_has_a_sentence(lexicon) -> None:
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "accuse.wasafa_more", 5)) == ids


@pytest.mark.parametrize(
    ("sentence", "word", "entry_id"),
    [
        # a label inside another act (the presidency holds Hamas responsible; the subject of وصفته is the frame's)
        (
            'وحملت الرئاسة الفلسطينية حركة حماس، التي تسيطر على قطاع غزة منذ 2007، المسؤولية عما وصفته "الاستهداف'
            ' الجبان" لموكب رئيس الوزراء في غزة، وفق ما ذكرت وكالة الأنباء الفلسطينية "وفا".',
            "وصفته",
            "accuse.wasafa_more",
        ),  # SK-middleEast-261-20180313
        # the masdar after a preposition: the viewers were moved to describe it (no act told)
        (
            "تعرض طفل سوري لاجئ للضرب والإهانة والشتم من مواطن لبناني تعمد تصوير لمشاهد ضربه واهانته بدم بارد حيث"
            ' كان يصفعه ويضحك ما دفع متابعو مقطع الفيديو إلى وصف مافعله ب"السادية" و"الوحشية" في حادثة ليست الأولى'
            " من نوعها.",
            "وصف",
            "accuse.wasafa_more",
        ),  # JA-internationalNews-814-20170502
        # the playwright (المسرحي), not a play
        (
            'وكشفت كيم سو هي، رئيسة فرقة مسرحية مقرها سول، عما وصفته "الجانب المروع" للكاتب المسرحي البارز لي يون'
            " تايك (66 عاما).",
            "وصفته",
            "accuse.wasafa_more",
        ),  # SK-internationalNews-172-20180228
        # one's own words described
        (
            'وكشفت جريدة "واشنطن بوست" عن تسجيل فيديو يعود لعام 2005 يظهر فيه ترامب  خلال مشاركته في أحد برامج'
            " الترفيه قبل أحد عشر عاما، وهو يصف تعامله مع النساء بأوصاف جنسية فاضحة.",
            "يصف",
            "accuse.wasafa_more",
        ),  # JA-internationalNews-1159-20161008
        # polling stations closing
        (
            "وتوافق فترة الصمت الانتخابي يوم السبت 16 ديسمبر 2017 ابتداء من الساعة صفر لتمتد الى حد غلق اخر مكتب"
            " اقتراع بالدائرة الانتخابية.",
            "غلق",
            "coerce.ghalq_n",
        ),  # JA-politic-405-20170506
        (
            "المحلل السياسي جاسم الأسدي قال للعربية.نت: إن المفوضية العليا للانتخابات ألزمت نفسها بأن تعلن النتائج"
            " النهائية خلال ساعات بعد غلق صناديق الاقتراع، إلا أن هذا التأخير ودور السفارة الإيرانية الذي برز منذ"
            " أيام.",
            "غلق",
            "sanction.ghalq_safara_n",
        ),  # AL-internationalNews-1174-20180515 (shortened)
        # a standing designation in a relative clause, and an attack classified as terrorism
        (
            "وتنفي جماعة الاخوان المسلمين، التي صنفتها الحكومة في مصر تنظيما إرهابيا، صلتها بأي أعمال عنف تقع في"
            " البلاد.",
            "صنفتها",
            "sanction.sannafa",
        ),  # BB-middleEast-248-20180325
        (
            'وأكد نائب مدير سكوتلاند يارد، مارك رولي، في مؤتمر صحفي خاص عقده اليوم الأحد، "أن 7 أشخاص قتلوا على يد'
            ' 3 مهاجمين" جراء هذه العملية التي صنفتها السلطات إرهابية.',
            "صنفتها",
            "sanction.sannafa",
        ),  # JA-internationalNews-1085-20170604 (shortened)
        # a designation called for, and a classification of acts
        (
            "وفي أكتوبر عام 2017، أي قبل ستة أشهر، أقر مجلس النواب الأميركي، 3 مشاريع قوانين تفرض عقوبات على ميليشيا"
            " حزب الله اللبنانية، وتتضمن العمل على تجفيف منابع تمويله، ودعا إحداها الاتحاد الأوروبي إلى تصنيف"
            " الميليشيا كمنظمة إرهابية.",
            "تصنيف",
            "sanction.tasnif",
        ),  # SK-internationalNews-1076-20180421
        (
            "لافتاً إلى أن الجرائم والانتهاكات التي ترتكبها تندرج ضمن التصنيف الدولي للأعمال الإرهابية.",
            "التصنيف",
            "sanction.tasnif",
        ),  # AL-internationalNews-1709-20180620 (shortened)
    ],
)
def test_lexicon_recall7_other_senses_are_not_read(lexicon, sentence, word, entry_id) -> None:
    assert entry_id not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall7_offsets(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert_exact_offsets(lexicon, sentence)


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "ووصفت",
            "واشنطن",
            "بالمهزلة",
            "غير",
            "قانونية",
            "عما",
            "وغلق",
            "القنصلية",
            "غلق",
            "المنافذ",
            "اقتراع",
            "إلى",
            "وصف",
            "وصنفته",
            "إرهابياً",
            "بتصنيف",
            "تصنيف",
            "التي",
            '"',
            "،",
            ".",
        ]
    )
)
def test_lexicon_recall7_offsets_on_word_lists(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))

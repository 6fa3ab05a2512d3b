"""Recall round 6 (evlex6): predicates of recall sample F's noun / verb / light misses (with A's and E's) that are
general, each read in its matches on fresh ANT articles (benchmarks/data/events_recall6_hits.tsv) before it was kept.
Every sentence is real ANT text from an article in no gold file (the article id is in the comment; the F rows are
sample F's own sentences); each entry is checked for its type and exact trigger offsets, and for the senses it must
not read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists

# (sentence, trigger span, entry, type)
ENTRIES = [
    # seized rifles and cartridges (coerce.dabata reads arms, shipments and drugs)
    (
        "في إطار محاربة الجريمة المنظمة، ضبط الجيش الجزائري اليوم الأحد 5 بنادق صيد و(3500) خرطوشة و(40) كيلوغرام"
        " من مادة البارود في منطقة تبسة.",
        "ضبط",
        "coerce.dabata_silah",
        "COERCE",
    ),  # JA-internationalNews-140-17072016 (sample F)
    (
        "وتمكن أفراد حرس الحدود من ضبط 120 بندقية خرطوش وذخائر ونظارات ميدانية.",
        "ضبط 120 بندقية",
        "coerce.dabata_silah",
        "COERCE",
    ),  # SK-middleEast-2724-20180703 (shortened)
    # caught wanted men: an arrest
    (
        "ولفت إلى تواصل تنظيم مجموعات قتالية مشتركة من القوات المسلحة والشرطة تنظيم الدوريات الأمنية المتحركة"
        " والكمائن بكافة المدن والمحافظات وضبط العديد من المطلوبين جنائيا والمشتبه بهم بمناطق (الظهير الصحراوي).",
        "وضبط",
        "coerce.dabata_matlub",
        "COERCE",
    ),  # SK-middleEast-88-20180227 (sample F)
    # proposed an act: an offer
    (
        'اقترح الرئيس الفرنسي إيمانويل ماكرون الثلاثاء "إنشاء برنامج أوروبي" لتمويل المجتمعات المحلية التي تستقبل'
        ' لاجئين من أجل تجاوز "النقاش المسموم" حول حصص توزيع المهاجرين في الاتحاد الأوروبي.',
        "اقترح",
        "agree.iqtaraha",
        "AGREE",
    ),  # FR-internationalNews-755-20180417 (sample F)
    (
        'وقال لافروف: "لكي يكون هذا القرار فعالا، نقترح صيغة تجعل الهدنة حقيقية وتستند إلى ضمانات من جميع من هم'
        ' داخل الغوطة الشرقية".',
        "نقترح",
        "agree.iqtaraha",
        "AGREE",
    ),  # CN-middleEast-76-20180223 (shortened)
    # the circumstantial participle of استغرب
    (
        "وأكد القيادي في حزب حراك تونس الإرادة على ضرورة احترام الدستور، مستغربا صمت القوى السياسية الممثلة داخل"
        " البرلمان وخارجه إزاء هذا الموضوع.",
        "مستغربا",
        "accuse.mustaghriban",
        "ACCUSE",
    ),  # JA-politic-306-20160408 (sample F)
    # a security cordon: a police deployment
    (
        "وتوجهت قوات الشرطة والإطفاء فور سماع دوي الانفجارات إلى موقع الحادث، وقد تم إخلاء الموقع وفرض طوق أمني،"
        " ولم ترد تفاصيل عن الحادث كما لم تعرف أسباب الانفجارات.",
        "طوق",
        "mobilize.tawq",
        "MOBILIZE",
    ),  # JA-internationalNews-75-03042016
    (
        'وأضاف المصدر لرويترز "تجري عملية حاليا بعد احتجاز رهائن. وأطلقت أعيرة نارية وضرب طوق حول المنطقة.."',
        "طوق",
        "mobilize.tawq",
        "MOBILIZE",
    ),  # JA-internationalNews-531-20151124 (sample F, shortened)
    (
        "وطوقت قوات الأمن مكان الهجوم، وباشرت التحقيق في ملابساته، كما رفعت السلطات الباكستانية حالة التأهب حول"
        " مختلف المؤسسات الحساسة والتعليمية والدينية تحسبا لهجمات أخرى.",
        "وطوقت",
        "mobilize.tawwaqa",
        "MOBILIZE",
    ),  # AL-internationalNews-950-20180503
    # found guilty: a conviction
    (
        'ووجدت المحكمة أن مرزوق تواتي البالغ 30 عاما مذنب بتقديم "معلومات استخباراتية إلى عملاء قوى أجنبية من'
        ' المرجح أن تضر بموقف الجزائر العسكري أو الدبلوماسي أو مصالحها الاقتصادية الضرورية".',
        "ووجدت",
        "sanction.wajada_mudhnib",
        "SANCTION",
    ),  # FR-internationalNews-1425-20180524 (sample F, shortened)
    # voiced displeasure
    (
        "ونظم حوالي 100 شخص من الروهينجا احتجاجًا قبيل زيارة غوتيريش، وأعربوا عن عدم رضاهم عن اتفاق الأمم المتحدة"
        " الأولي مع ميانمار لتقييم الأوضاع على الأرض لمعرفة إمكانية عودتهم إلى ديارهم.",
        "وأعربوا عن عدم",
        "accuse.araba_adam_rida",
        "ACCUSE",
    ),  # BB-internationalNews-728-20180702 (sample F)
    # ordered jailed
    (
        "أمر القضاء المصري بسجن مواطنة لبنانية هاجمت في فيديو نشر على مواقع التواصل الاجتماعي المصريين يحتوي على"
        " عبارات نابية، اتهمت فيه المصريين بالتحرش الجنسي والنصب والسرقة.",
        "أمر",
        "coerce.amara_bisijn",
        "COERCE",
    ),  # FR-internationalNews-1609-20180603
    # ready to cooperate, meet or talk: an expressed intent
    (
        "إلى ذلك، أكد بوتين أنه مستعد للتعاون مع السلطات البريطانية في التحقيق في الهجوم.",
        "مستعد",
        "agree.mustaidd",
        "AGREE",
    ),  # AL-internationalNews-531-20180319
    (
        "أعرب الرئيس الروسي فلاديمير بوتن، الأحد، عن استعداده للقاء الرئيس دونالد ترامب، حالما بأن تكون واشنطن"
        " مستعدة للقمة.",
        "استعداده",
        "agree.mustaidd",
        "AGREE",
    ),  # SK-internationalNews-2063-20180610
    # offered to host
    (
        "وأضاف أنه يجب إجراء مناقشة شاملة لمعالجة هذه القضية، مشيرا إلى أن بعض الدول، وبينها النمسا عرضت استضافة"
        " قمة تجمعه بترامب.",
        "عرضت استضافة",
        "agree.arada_more",
        "AGREE",
    ),  # SK-internationalNews-2063-20180610
    (
        "قال عادل الجبير، وزير الخارجية السعودي، إن بلاده عرضت على الرئيس الأمريكي السابق، باراك أوباما إرسال قوات"
        " سعودية إلى سوريا إذا ما أرسلت أمريكا قوات إلى هناك.",
        "عرضت",
        "agree.arada_more",
        "AGREE",
    ),  # CN-middleEast-653-20180417 (sample A, shortened)
    # found weapons in a raid: a seizure
    (
        "كما عثرت قوات الأمن على أسلحة أوتوماتيكية في المبنى الذي فجر المسلحون جزءا منه.",
        "عثرت",
        "coerce.athara_silah",
        "COERCE",
    ),  # BB-middleEast-878-20180812
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall6_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    # the exact span (head word to the last word read) and the entry's type
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)


def test_lexicon_recall6_every_entry_has_a_sentence(lexicon) -> None:
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "coerce.dabata_silah", 12)) == ids


@pytest.mark.parametrize(
    ("sentence", "word", "entry_id"),
    [
        # طوق in a construct: a monopoly's grip broken, a life ring (the bare طوق is no verb form of the entry)
        (
            "الاردنيون اليوم يرسمون مشهداً جديداً و يغلقون حقبة طويلة من الاستغفال السياسي ويضعون حجر الأساس لمرحلة"
            " جديدة يكون عنوانها التشاركية السياسية وانهاء عمليات الاقصاء وكسر طوق الاحتكار السياسي الذي مورس عليهم.",
            "طوق",
            "mobilize.tawwaqa",
        ),  # CN-middleEast-1102-20180604
        (
            "وقال دانيال كالفيلو (26 عاما) الذي نقل الرضيع من داخل طوق نجاة إلى سفينة الإنقاذ لرويترز.",
            "طوق",
            "mobilize.tawwaqa",
        ),  # JA-internationalNews-665-20170402 (shortened)
        # the imperfect describes a scene, as with سيطر
        (
            "وأظهر الفيديو سيارات إسعاف في مكان الحادث، فيما كان عدد من رجال الأمن يطوقون المكان.",
            "يطوقون",
            "mobilize.tawwaqa",
        ),  # SK-internationalNews-849-20180407
        # a town or a district's fronts encircled in an offensive: no police cordon
        (
            'أعلن الجيش التركي أنه "طوّق" مدينة عفرين، في شمال سوريا، التي تعد مركزا للعملية التي تشنها تركيا ضد'
            " المسلحين الأكراد، معتبرا ذلك تقدما ملموسا.",
            "طوّق",
            "mobilize.tawwaqa",
        ),  # BB-middleEast-186-20180313
        (
            "وفي السياق أعلنت ألوية العمالقة، قطع  خط الإمداد الوحيد لميليشيات الحوثي، الذي يمر بالمحور الجنوبي لمديرية"
            " الدريهمي، بعد أن طوقت المحاور الشمالية والشرقية والغربية للمديرية.",
            "طوقت",
            "mobilize.tawwaqa",
        ),  # SK-middleEast-3497-20180902
        # in preparation for (the accusative استعدادا), not readiness
        (
            'وصرح ترامب أيضا أن الولايات المتحدة وكوريا الشمالية تجريان محادثات مباشرة على "مستويات مرتفعة للغاية"'
            " استعدادا لعقد القمة المحتملة في يونيو المقبل.",
            "استعدادا",
            "agree.mustaidd",
        ),  # SK-internationalNews-1006-20180419
        # not ready
        (
            'وكتب ترامب في تغريدة "إذا كانت كوبا غير مستعدة لعقد اتفاق أفضل لأجل الشعب الكوبي، سوف ألغي الاتفاق".',
            "مستعدة",
            "agree.mustaidd",
        ),  # JA-internationalNews-834-20161128 (shortened)
        # تعرض: exposed to
        (
            "وجاء تأكيد تعرض الزوجين من أميسبري في ولتشير لنوفيتشوك بعد إرسال عينة للفحص في المعامل البحثية للوزارة"
            " الدفاع في بورتون داون.",
            "تعرض",
            "agree.arada_more",
        ),  # BB-internationalNews-746-20180704
        # evidence, and a cache found by citizens, are no seizure
        (
            "وأضاف الادعاء أن بصمات أصابعه تضاهي بصمات عُثر عليها على مكونات لصنع القنابل تم الحصول عليها من"
            " أفغانستان في 2012.",
            "عُثر",
            "coerce.athara_silah",
        ),  # SK-internationalNews-2338-20180627 (shortened)
        (
            "عثر مواطنون بدو في سيناء على مخازن للمواد المتفجرة وقاموا بتسليمها إلى الأجهزة الأمنية المختصة.",
            "عثر",
            "coerce.athara_silah",
        ),  # JA-internationalNews-997-20170531
    ],
)
def test_lexicon_recall6_other_senses_are_not_read(lexicon, sentence, word, entry_id) -> None:
    assert entry_id not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall6_offsets(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert_exact_offsets(lexicon, sentence)


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "ضبط",
            "بنادق",
            "المطلوبين",
            "اقترح",
            "إنشاء",
            "مستغربا",
            "طوق",
            "أمني",
            "وطوقت",
            "ووجدت",
            "مذنب",
            "وأعربوا",
            "عن",
            "عدم",
            "رضاهم",
            "أمر",
            "بسجن",
            "مستعدة",
            "للتعاون",
            "عرضت",
            "استضافة",
            "،",
            ".",
        ]
    )
)
def test_lexicon_recall6_offsets_on_word_lists(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))

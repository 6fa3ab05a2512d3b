"""Recall round 2 (evrecall2): predicates chosen by their frequency in ~11,000 ANT and SaudiNewsNet articles
(benchmarks/events_lexicon_gaps.py), not by a judged sample. Every sentence is real ANT text from an article in no
gold file; each new entry is checked for its type and trigger offsets, and for the senses it must not read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import assert_offsets

import marsad
from events.lexicon_support import assert_exact_offsets, lexicon_at, lexicon_matches, round_block, word_lists

ENTRIES = [
    # on maximum alert (في حالة تأهب قصوى)
    (
        "ولا تزال بلجيكا في حالة تأهب قصوى بعد الهجمات التي وقعت في عام 2016 التي أدت لمقتل 32 شخصا، وأعلن تنظيم الدولة الإسلامية مسؤوليته عنها.",
        "تأهب",
        "mobilize.taahhub",
        "MOBILIZE",
    ),
    # dismantling a cell (arrests)
    (
        "أعلن وزير داخلية تتارستان، أرتيوم خوخورين، اليوم الأربعاء، أن قوات الأمن بهذه الجمهورية الروسية تمكنت من تفكيك خلية إرهابية خططت لشن هجمات إرهابية على مصنع للطائرات وغيره من المنشآت.",
        "تفكيك خلية",
        "coerce.tafkik",
        "COERCE",
    ),
    # tightening the noose (تضييق الخناق على)
    (
        "وتتعرض الغوطة الشرقية منذ 18 فبراير لحملة عسكرية عنيفة لقوات النظام، تمكن الجيش السوري خلالها من تضييق الخناق بشدة تدريجيا على الفصائل المعارضة بعد تقسيم المنطقة إلى ثلاثة جيوب منفصلة، مما دفع بمقاتلي المعارضة للقبول بالتفاوض.",
        "تضييق",
        "coerce.tadyiq_khinaq",
        "COERCE",
    ),
    # the verb (ضيقت الخناق على)
    (
        "ذكرت وسائل إعلام حكومية وشهود وسكان أن قوات النظام السوري ضيقت الخناق على مخيم اليرموك للاجئين الفلسطينيين الذي يسيطر عليه مسلحو تنظيم داعش جنوبي دمشق.",
        "ضيقت",
        "coerce.dayyaqa_khinaq",
        "COERCE",
    ),
    # fighting battles (تخوض ... معارك)
    (
        "فيما تخوض قوات الشرعية معارك ضارية على بعد كيلو متر من مركز مديرية الظاهر.",
        "تخوض",
        "assault.khada",
        "ASSAULT",
    ),
    # a ceasefire violation (خرقا لاتفاق وقف إطلاق النار)
    (
        "ويعد تبادل إطلاق القذائف والصواريخ بين الجانبين خرقا لاتفاق وقف إطلاق النار، الذي وافقت عليه كل من حماس وحركة الجهاد الإسلامي الأسبوع الماضي.",
        "خرقا لاتفاق وقف",
        "assault.kharaqa",
        "ASSAULT",
    ),
    # violations of a ceasefire (انتهاكات وقف إطلاق النار)
    (
        'وحذرت واشنطن من أنها ستتخذ "إجراءات حازمة ومناسبة" ردا على انتهاكات وقف إطلاق النار في منطقة "خفض التصعيد".',
        "انتهاكات وقف",
        "assault.intihak",
        "ASSAULT",
    ),
    # brandishing (تلويح ... بالانسحاب)
    (
        "أشار تلويح كوريا الشمالية بالانسحاب من القمة المرتقبة بوضوح إلى مستشار الأمن القومي الأمريكي جون بولتون.",
        "تلويح",
        "threaten.talwih",
        "THREATEN",
    ),
    # denied (أنكر), as نفى
    ('لكن فيتسيك أنكر هذه الاتهامات وقال إنه تصرف من دافع "خدمة الجميع".', "أنكر", "reject.ankara", "REJECT"),
    # appealing against a decision (ستطعن على قرار)
    (
        "وأعلنت شركة غوغل أنها ستطعن على قرار المفوضية الأوروبية.",
        "ستطعن على قرار",
        "reject.taana_hukm",
        "REJECT",
    ),
    # prosecuting (تلاحق السلطات ... بتهم)
    (
        'وإلى جانب هؤلاء، تلاحق السلطات العديد من الحقوقيين بتهم مختلفة بينها "بث أخبار كاذبة".',
        "تلاحق",
        "accuse.lahaqa",
        "ACCUSE",
    ),
    # a leader's letter received (تسلم رسالة)
    (
        "أعلن البيت الأبيض، الخميس، إن الرئيس دونالد ترامب، تسلم رسالة جديدة من الزعيم الكوري الشمالي كيم جونغ أون، الأربعاء، تأتي في إطار متابعتهما للمناقشات التي جرت في الآونة الأخيرة بشأن إخلاء شبه الجزيرة الكورية من السلاح النووي.",
        "تسلم رسالة",
        "consult.sallama_risala",
        "CONSULT",
    ),
    # chanting against (وهتف المتظاهرون ضد)
    (
        "كما طالب المحتجون برحيل مجلس النواب، وهتف المتظاهرون ضد السياسات الاقتصادية للحكومات المتعاقبة.",
        "وهتف المتظاهرون ضد",
        "protest.hatafa",
        "PROTEST",
    ),
    # chants against (هتافات ضد)
    (
        "وبعد صلاة الجمعة خرج المتظاهرون إلى الشوارع العامة مرددين هتافات ضد جماعة الحوثي وإيران.",
        "هتافات ضد",
        "protest.hutafat",
        "PROTEST",
    ),
    # chanting slogans (وردد المتظاهرون هتافات)
    (
        'وردد المتظاهرون هتافات من بينها "لا ديكتاتورية بعد الآن".',
        "وردد المتظاهرون هتافات",
        "protest.raddada_shiarat",
        "PROTEST",
    ),
    # raising banners (رفع المتظاهرون لافتات)
    (
        "كما رفع المتظاهرون لافتات تطالب الأمم المتحدة بوقف العملية التركية ضد الأكراد في عفرين شمال سوريا.",
        "رفع المتظاهرون لافتات",
        "protest.rafaa_lafitat",
        "PROTEST",
    ),
    # intercepting a missile (اعترضت ... صاروخاً)
    (
        "اعترضت الدفاعات الجوية السعودية، مساء الأحد، صاروخاً باليستياً فوق العاصمة الرياض.",
        "اعترضت",
        "assault.itarada_sarukh",
        "ASSAULT",
    ),
    # reinforced its military presence (عززت ... وجودها العسكري)
    (
        "وأضاف المسؤول أن روسيا، عززت بشدة وجودها العسكري في شرق البحر المتوسط ومن الممكن أن تستخدم نظم رادار محمولة بحرا في تحديد الصواريخ الموجهة إلى سوريا،  وتتبعها وتنقل تلك المعلومات نظم دفاع جوي مثل نظام إس-400.",
        "عززت",
        "mobilize.azzaza_wujud",
        "MOBILIZE",
    ),
    # the verbal noun (تعزيز قواته)
    (
        "بينما أعلن الجيش الإسرائيلي تعزيز قواته بوحدات عسكرية إضافية في القدس والضفة الغربية وحدود قطاع غزة.",
        "تعزيز قواته",
        "mobilize.taziz_wujud",
        "MOBILIZE",
    ),
    # condemned, Form I (ودان)
    (
        'ودان رئيس النيجر محمدو يوسفو هجوما نسب إلى جماعة "بوكو حرام" وأدى إلى مقتل عشرة جنود نيجريين وفقدان أربعة آخرين.',
        "ودان",
        "accuse.dana",
        "ACCUSE",
    ),
    # arms sales (مبيعات الأسلحة)
    (
        'وأوضح أن مبيعات الأسلحة التي تشمل معدات دفاعية وخدمات صيانة "تدعم أمن السعودية ومنطقة الخليج على المدى الطويل في مواجهة التهديدات الإيرانية".',
        "مبيعات الأسلحة",
        "aid.bay_aslih",
        "AID",
    ),
    # an international conference (مؤتمر دولي)
    (
        "وأوضح وزير التخطيط سلمان الجميلي خلال مؤتمر دولي في الكويت أن هذه التكلفة تستند إلى دارسة إجراها خبراء عراقيون ودوليون.",
        "مؤتمر",
        "consult.mutamar",
        "CONSULT",
    ),
    # forced displacement (التهجير القسري)
    (
        "وأظهرت البيانات الموثقة من تحالف رصد، أن ميليشيات الحوثي تسـببت فـي التهجير القسري لـ184 أسـرة مـن 8 قـرى ريفية تتبـع عزلة الأشـروح في ثاني عملية تهجير تشهدها مديريـة جبل حبشي، في محافظة تعز جنوب غرب اليمن عام 2017.",
        "التهجير",
        "coerce.tahjir",
        "COERCE",
    ),
    # a case opened against (فتح قضية جنائية بحق)
    (
        'وذكر المسؤول الأمني، أنه تم فتح قضية جنائية بحق اثنين من سكان مقاطعة روستوف، توجها حسب معطيات التحقيق، إلى سوريا، حيث انضما إلى تنظيم "داعش" الارهابي.',
        "قضية",
        "accuse.qadiyya_didd",
        "ACCUSE",
    ),
    # obstructing (تعرقل)
    (
        "أكد التحالف العربي لدعم الشرعية في اليمن إن مليشيا الحوثي الإيرانية تعرقل حركة الملاحة البحرية بميناء الحديدة.",
        "تعرقل",
        "reject.arqala",
        "REJECT",
    ),
    # consulted with (بالتشاور مع)
    (
        "وكانت بريطانيا أعدت مسودة قرار بالتشاور مع الولايات المتحدة وفرنسا سعت في بادئ الأمر إلى التنديد بإيران لانتهاكها حظر السلاح المفروض على زعماء جماعة الحوثي وشملت التزاما من المجلس باتخاذ تحرك بهذا الشأن.",
        "بالتشاور",
        "consult.tashawur_n",
        "CONSULT",
    ),
    # neutralised fighters (تحييد 1931 إرهابيا)
    (
        'دبي، الإمارات العربية المتحدة (CNN)— أعلن الجيش التركي، السبت، تحييد 1931 إرهابيا على حد تعبيره، وذلك منذ انطلاق العمليات التي أعلن عنها في منطقة عفرين بشمال سوريا وأطلق عليها اسم عمليات "غصن الزيتون.',
        "تحييد",
        "assault.tahyid",
        "ASSAULT",
    ),
    # the taking of measures against (اتخاذ سلسلة إجراءات ضد كندا)
    (
        'وكانت الرياض أعلنت، الاثنين، اتخاذ سلسلة إجراءات ضد كندا، بعد طلب الأخيرة "الإفراج الفوري" عمن وصفتهم بنشطاء المجتمع المدني الذين تم إيقافهم في السعودية، ولقيت إجراءات الرياض مساندة خليجية وعربية.',
        "اتخاذ",
        "sanction.ittikhadh_ijraat",
        "SANCTION",
    ),
    # relieved of a post (أعفى ... من منصبه), as أقال
    (
        'وقالت الوكالة "أصدر المشير عمر حسن أحمد البشير رئيس الجمهورية مساء اليوم قرارا جمهوريا أعفى بموجبه بروفيسور إبراهيم أحمد غندور من منصبه كوزير للخارجية".',
        "أعفى",
        "sanction.afa",
        "SANCTION",
    ),
    # the verbal noun (قرارا بإعفاء وزير الخارجية من منصبه)
    (
        "أصدر الرئيس السوداني، عمر البشير، الخميس، قرارا بإعفاء وزير الخارجية إبراهيم غندور من منصبه.",
        "بإعفاء",
        "sanction.ifa",
        "SANCTION",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall2_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


def test_lexicon_recall2_every_entry_has_a_sentence(lexicon) -> None:
    # each of the round's entries is tested above
    block = round_block(lexicon, "mobilize.taahhub", len({row[2] for row in ENTRIES}))
    assert sorted(block) == sorted({row[2] for row in ENTRIES})
    assert len(block) >= 30


@pytest.mark.parametrize(
    ("sentence", "word", "entry_id"),
    [
        # a footballer's "battle" against the other team's players
        (
            "خاض نيمانيا ماتيتش نجم منتخب صربيا معركة ضد عدد كبير من لاعبي وإداريي منتخب كوستاريكا، الأحد، خلال"
            " مواجهة الفريقين بالمجموعة الخامسة بكأس العالم المقامة في روسيا.",
            "خاض",
            "assault.khada",
        ),
        # a parliamentary showdown
        (
            "تخوض رئيسة الوزراء البريطانية تيريزا ماي الأربعاء مواجهة جديدة داخل البرلمان، أمام النواب المؤيدين"
            " للاتحاد الأوروبي، قبيل التصويت على مشروع قانون يعطي البرلمان حق تعطيل الاتفاق النهائي للبريكسيت.",
            "تخوض",
            "assault.khada",
        ),
        # فدان (acre) after a number is no condemnation
        (
            'إذا نقصت المياه التي تأتي لمصر بنسبة 2 في المئة، فإننا سنفقد نحو 200 ألف فدان من الأرض الزراعية".',
            "فدان",
            "accuse.dana",
        ),
        # the name Dan
        (
            "وقبل أسبوعين، قال مدير الاستخبارات الوطنية، دان كوتس، إن المساعدين الرئاسيين الذين لديهم تصاريح أمنية"
            ' مؤقتة يجب ألا يتمتعوا إلا بـ"إمكانية محدودة" للاطلاع على المعلومات السرية.',
            "دان",
            "accuse.dana",
        ),
        # a court's conviction is a verdict, not a condemnation
        (
            "وكانت المحكمة قد دانت بديع واثنين آخرين من قيادات تنظيم الإخوان بالسجن المؤبد، و15 متهما بالسجن المشدد"
            " لخمس سنوات، وبرأت 21 آخرين بينهم أعضاء في مكتب إرشاد التنظيم.",
            "دانت",
            "accuse.dana",
        ),
        # رفع قضية is already read by accuse.rafaa_daawa: no second record on قضية
        (
            "ونفى الرئيس وجود أية علاقات مع الممثلة، ويعد محاموه لرفع قضية ضدها مطالبين بتعويض قدره 20 مليون دولار.",
            "قضية",
            "accuse.qadiyya_didd",
        ),
        # a foiled arms deal is smuggling stopped, not arms supplied
        (
            'أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال 21 فلسطينيا في الضفة الغربية، فضلا عن "إحباط صفقة أسلحة في منطقة'
            ' الخليل"، حسبماء جاء في حساب الناطق باسمه أفيخاي أدرعي، عبر موقع التواصل الاجتماعي "تويتر".',
            "صفقة",
            "aid.bay_aslih",
        ),
        # a deal concluded is read on إبرام (support.ibram): one record, not a second AID on صفقة
        (
            "أكدت قطر إبرام صفقة مع الولايات المتحدة لشراء مقاتلات إف 15 بقيمة نحو 12 مليار دولار، وذلك رغم اتهامات"
            ' ترامب ودول خليجية للدوحة بدعم "الإرهاب".',
            "صفقة",
            "aid.bay_aslih",
        ),
        # arms sales that may be halted (أوقفت ... مبيعات): the act would be a sanction, not aid
        (
            "ترك)، قال وزير الخارجية إن بلاده سترد إذا ما أوقفت الولايات المتحدة مبيعات السلاح لها.",
            "مبيعات",
            "aid.bay_aslih",
        ),
        # an exemption from tariffs is no dismissal
        (
            "أعلنت وزارة التجارة الأمريكية، الخميس، أن رئيس البلاد، دونالد ترامب، وقع وثيقة تسمح بإعفاء دول من الرسوم"
            " الجمركية التي فرضتها الولايات المتحدة سابقا، على وارداتها من الصلب والألومنيوم.",
            "بإعفاء",
            "sanction.ifa",
        ),
        # football fans chanting
        (
            "في مباراة الحسنية هتفت جماهير الرجاء ضد حسبان كما لم تهتف ضده من قبل، وفي نهائي كأس العرش استغلت الحضور"
            " الوازن والرفيع المستوى ونقلت رسالتها لمن يهمهم الأمر على أنهم في قبضة من لا يرحم، ولا أحد أصغى لهذا"
            " الأنين وفرض تغيير هذا المنكر الكبير بالفريق.",
            "هتفت",
            "protest.hatafa",
        ),
        # narrowing a trade surplus (تضييق without الخناق)
        (
            "ويضغط ترامب على بكين لتضييق فائضها التجاري مع الولايات المتحدة، الذي وصل إلى رقم قياسي بلغ 375.2 مليار"
            " دولار العام الماضي.",
            "لتضييق",
            "coerce.tadyiq_khinaq",
        ),
        # an interception whose launch is named: the launch codes the attack, the interception adds none
        (
            "ذكرت وكالة الأنباء السعودية (واس)، الأربعاء، أن قوات الدفاع الجوي اعترضت صاروخا باليستيا أطلقته"
            " ميليشيا الحوثية الإيرانية من داخل اليمن شمالي عمران باتجاه أراضي المملكة، فيما سقط صاروخ آخر في صحراء"
            " غير آهلة بالسكان.",
            "اعترضت",
            "assault.itarada_sarukh",
        ),
    ],
)
def test_lexicon_recall2_other_senses_are_no_events(lexicon, sentence, word, entry_id) -> None:
    assert entry_id not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_lexicon_recall2_court_conviction_is_no_accusation(lexicon) -> None:
    sentence = (
        "وكانت المحكمة قد دانت بديع واثنين آخرين من قيادات تنظيم الإخوان بالسجن المؤبد، و15 متهما بالسجن المشدد"
        " لخمس سنوات، وبرأت 21 آخرين بينهم أعضاء في مكتب إرشاد التنظيم."
    )
    assert "ACCUSE" not in [etype for _, etype in lexicon_at(lexicon, sentence, "دانت")]


@pytest.mark.parametrize(
    ("sentence", "etype", "mode", "trigger"),
    [
        (
            "اعترضت الدفاعات الجوية السعودية، مساء الأحد، صاروخاً باليستياً فوق العاصمة الرياض.",
            "ASSAULT",
            None,
            "اعترضت",
        ),
        (
            'ودان رئيس النيجر محمدو يوسفو هجوما نسب إلى جماعة "بوكو حرام" وأدى إلى مقتل عشرة جنود نيجريين وفقدان'
            " أربعة آخرين.",
            "ACCUSE",
            "disapprove",
            "ودان",
        ),
        (
            "ذكرت وسائل إعلام حكومية وشهود وسكان أن قوات النظام السوري ضيقت الخناق على مخيم اليرموك للاجئين"
            " الفلسطينيين الذي يسيطر عليه مسلحو تنظيم داعش جنوبي دمشق.",
            "COERCE",
            "restrict",
            "ضيقت",
        ),
    ],
)
def test_lexicon_recall2_through_the_pipeline(pipeline, sentence, etype, mode, trigger) -> None:
    article = marsad.analyze(sentence, pipeline=pipeline)  # the session's pipeline: loaded once
    events = [e for story in article.stories for e in story.events]
    start = sentence.index(trigger)
    assert (etype, mode, trigger) in [(e.type, e.mode, e.text) for e in events if e.start == start]
    for story in article.stories:
        assert_offsets(story)


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "وتجمع",
            "المتظاهرون",
            "هتافات",
            "ضد",
            "تضييق",
            "الخناق",
            "على",
            "إبرام",
            "صفقة",
            "أسلحة",
            "دان",
            "فدان",
            "اعترضت",
            "صاروخا",
            "،",
            " ",
        ]
    )
)
def test_lexicon_recall2_matches_have_exact_offsets(lexicon, parts) -> None:
    assert_exact_offsets(lexicon, " ".join(parts))

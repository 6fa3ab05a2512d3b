"""Tenth precision round (evprec9): vetoes of wrong senses drawn from the judged fresh sample Q
(benchmarks/data/events_sample_q_before.tsv), each read on every ANT match of its entry before it was made, the
possibility adjectives after a trigger (محتمل، وشيك), counts (عدد ... الذين), and hostage-taking read as an
abduction. Every sentence is real ANT text from an article in no gold file (the article id is in the comment)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import assert_offsets

import marsad
from events.lexicon_support import ARABIC_TEXT, lexicon_matches, matched_starts, reads, types_at

# (sentence, trigger, entry): the entry read this trigger before the round, in a sense that is no event of its
# type (a slope, time that did not allow, a danger faced, sites visited, an accident's inquiry, regret at another's
# failure, support for terrorism, the army's advance, interceptors, a suspicion, a conviction, lying, hostages)
VETOED = [
    (
        "وأضافت السلطات أن خدمات الطوارئ تبحث عن ناجين آخرين من مجموعة تزلج مؤلفة من تسعة أشخاص جرفها الانهيار الذي وقع في منحدر خارج مسار التزلج الرئيسي.",
        "وقع",
        "support.waqqaa",
    ),  # JA-internationalNews-257-20170213
    (
        "وشدد الرئيس المحتمل لفرنسا على أن تونس والجزائر والمغرب سيكونون الشركاء الرئيسيين لفي المبادرة نحو المتوسط وافريقيا منذ بدء ولايته مشيرا إلى أنه كان قد زار تونس والجزائر ولم يمهله الوقت لزيارة المغرب بعد.",
        "يمهله",
        "threaten.amhala",
    ),  # JA-internationalNews-874-20170426
    (
        'وتحدث خصوصا عن "الجهد الدبلوماسي الضخم لإبقاء الضغط على كوريا الشمالية" لدفعها نحو التفاوض من أجل "القضاء بنجاح على تهديد الترسانة النووية لكيم جونغ-أون" الزعيم الكوري الشمالي الذي يُفترض أن يلتقي الرئيس الأميركي دونالد ترامب قريبا في قمة تاريخية.',
        "تهديد",
        "threaten.tahdid",
    ),  # SK-internationalNews-1381-20180504
    (
        'وأوضح أن مبيعات الأسلحة التي تشمل معدات دفاعية وخدمات صيانة "تدعم أمن السعودية ومنطقة الخليج على المدى الطويل في مواجهة التهديدات الإيرانية".',
        "التهديدات",
        "threaten.tahdid",
    ),  # JA-internationalNews-959-20170520
    (
        "من جهة أخرى، أجرى وزير الأشغال العامة اليمني معين عبدالملك ومجموعة مهندسين زيارة لميناء نشطون الواقع في محافظة المهرة على البحر العربي.",
        "زيارة",
        "consult.ziyara",
    ),  # SK-middleEast-2091-20180601
    (
        'حثت إحدى أكبر الجامعات في زامبيا الطالبات على التوقف عن زيارة المكتبة وهن "شبه عاريات"، مبررة ذلك بأنه يشتت زملائهم من الطلبة الذكور.',
        "زيارة",
        "consult.ziyara",
    ),  # BB-internationalNews-478-20180508
    (
        "وزير الري المصري يزور موقع السد لمتابعة الأعمال الإنشائية، ويعرب عن قلق مصر من تأخر تنفيذ الدراسات الفنية بشأن السد.",
        "يزور",
        "consult.zara",
    ),  # BB-middleEast-290-20180404
    (
        "هذا وأمر رئيس الأركان الجزائري بتشكيل لجنة تحقيق في حادث تحطم الطائرة، التي كانت تقل أكثر من 200 شخص، بينهم عسكريين ومدنيين.",
        "تحقيق",
        "accuse.tahqiq",
    ),  # SK-middleEast-944-20180411
    (
        'وفي أول تعليق رسمي، أعرب وزير الدفاع أفيغدور ليبرمان عن أسفه لكون المنتخب الأرجنتيني "لم يقاوم ضغوط الذين يضمرون الكراهية لإسرائيل وهدفهم الوحيد انتهاك حقنا الأساسي في الدفاع، وتدمير إسرائيل".',
        "أعرب",
        "concede.asafa",
    ),  # SK-middleEast-2187-20180606
    (
        'جان (60 عاماً) إنها جاءت للتصويت "لأنه واجب" وعبرت عن أسفها لأن نتائج هذا الاقتراع "معروفة سلفاً".',
        "وعبرت",
        "concede.abbara_asaf",
    ),  # JA-internationalNews-1185-20170618
    (
        "بعد المقاطعة التي أعلنتها الدول الأربع (السعودية ومصر والإمارات والبحرين)، لقطر بسبب ممارساتها ودعمها وتمويلها للإرهاب، أنهى التحالف مشاركة القوات القطرية الرمزية في يونيو/تموز 2017، لتبدأ رحلة دعم جديدة وغير مخفية، كان الأبرز فيها حتى الآن اللقاء الذي جمع ضباط مخابرات قطريين مع الحوثيين في مسقط نهاية العام الماضي.",
        "ودعمها",
        "aid.daama_mil",
    ),  # AL-internationalNews-638-20180326
    (
        "أكد تحالف دعم الشرعية في اليمن استمرار تقدم الجيش الوطني اليمني وبدعم من التحالف في كافة الجبهات.",
        "تقدم",
        "aid.qaddama",
    ),  # SK-middleEast-2809-20180707
    (
        "أفاد مراسل العربية أن منظومات القبة الحديدية الإسرائيلية أطلقت أكثر من 20 صاروخ اعتراض، بسبب نيران رشاشات ثقيلة اطلقتها كتائب القسام من شمال غزة خلال مناورات لها, وأوضح المراسل أنه لَم تسقط صواريخ جنوب #إسرائيل.",
        "أطلقت",
        "assault.atlaqa_sawarikh",
    ),  # AL-internationalNews-623-20180326
    (
        'أعلنت السلطات الإيطالية، الخميس، عن اعتقال 11 سوريا و3 مغاربة يشتبه في دعمهم "جبهة النصرة" المرتبطة بالقاعدة في سوريا، بمقاتلين ومليوني يورو ( 2.3 مليون دولار) كتمويل.',
        "دعمهم",
        "support.daama",
    ),  # SK-internationalNews-1514-20180511
    (
        'قضت محكمة ولاية بجاية في شرق الجزائر على المدون مرزوق تواتي بالسجن عشرة أعوام بعد إدانته الخميس بتقديم معلومات استخباراتية إلى "عملاء قوى أجنبية"، وفق ما أعلن محاميه.',
        "إدانته",
        "accuse.adana",
    ),  # FR-internationalNews-1425-20180524
    (
        "ربما لم يكن مفاجئا لدى كثيرين إعلان أن إيران خادعت وكذبت بشأن برنامجها النووي، إلى أن أبرمت اتفاقا مع القوى الكبرى عام 2015.",
        "وكذبت",
        "reject.kadhdhaba",
    ),  # SK-internationalNews-1285-20180501
    (
        "يأتي هذا بعد أقل من أسبوع على هجوم بلدة #تريب (جنوب فرنسا) الذي وقع يوم الجمعة الماضي، حين احتجز مسلح رهائن في سوبرماكت، ما أدى إلى وقوع 3 قتلى.",
        "احتجز",
        "coerce.ihtajaza",
    ),  # AL-internationalNews-679-20180329
    (
        "وأثارت المباراة المقررة اعتراضات فلسطينية استهدفت خصوصا مشاركة نجم نادي برشلونة الإسباني ليونيل ميسي الذي يحظى بشعبية كبيرة بين الفلسطينيين والعرب، فيما لم يحبذ لاعبو المنتخب وجهازه الفني خوضها، نظرا لأنها ستتطلب منهم السفر إلى إسرائيل قبل أسبوع من المونديال.",
        "استهدفت",
        "assault.istahdafa",
    ),  # SK-middleEast-2187-20180606
    (
        'واضاف أردوغان في كلمة ألقاها وسط تجمع في اسطنبول، أن الانقلاب الفاشل "كان جزءً من لعبة كبرى تم فيها بث الفوضى في العراق وسوريا وأفغانستان ومصر، وبنفس الشكل في تونس وليبيا.. كل هذه الدول حاولوا بث الفوضى فيها.. اللعبة تستهدف العالم الإسلامي".',
        "تستهدف",
        "assault.istahdafa",
    ),  # JA-internationalNews-1160-20160913
]
# (sentence, trigger, entry): a right reading each vetoed entry keeps, with its exact trigger span
KEPT = [
    (
        "وتعترف إسرائيل التي وقعت معاهدة سلام مع الأردن في 1994، بإشراف المملكة الأردنية على المقدسات الإسلامية في المدينة.",
        "وقعت معاهدة",
        "support.waqqaa",
    ),  # FR-middleEast-16-20180215
    (
        'أمهلت رئيسة الحكومة البريطانية تيريزا ماي موسكو حتى منتصف ليل الثلاثاء الأربعاء لتقديم رد أمام منظمة حظر الأسلحة الكيميائية، بعدما رأت أنه "من المرجح جدا" أن تكون روسيا "مسؤولة" عن حادثة تسميم رجل الاستخبارات الروسي السابق سيرغي سكريبال.',
        "أمهلت",
        "threaten.amhala",
    ),  # FR-internationalNews-418-20180314
    (
        'ووصفت سوريا تهديدات ترامب بإطلاق صواريخ على أراضيها بأنها "تصعيد طائش"، حسب وكالة الأنباء السورية (سانا).',
        "تهديدات",
        "threaten.tahdid",
    ),  # BB-middleEast-330-20180411
    (
        "زار وزير الشؤون الخارجية العماني يوسف بن علوي الخميس كلا من المسجد الأقصى ومسجد قبة الصخرة وكنيسة القيامة بالقدس الشرقية المحتلة، في زيارة نادرة لوزير عربي.",
        "زار",
        "consult.zara",
    ),  # FR-middleEast-16-20180215
    (
        "زار وزير الشؤون الخارجية العماني يوسف بن علوي الخميس كلا من المسجد الأقصى ومسجد قبة الصخرة وكنيسة القيامة بالقدس الشرقية المحتلة، في زيارة نادرة لوزير عربي.",
        "زيارة",
        "consult.ziyara",
    ),  # FR-middleEast-16-20180215
    (
        "وأجرت مفوضية المنظمات الخيرية تحقيقا قانونيا مع منظمة أوكسفام التي تنفي وجود أي تستر من جانبها، بيد أن تفاصيل وخلاصات هذا التحقيق لم تعلن بعد.",
        "تحقيقا",
        "accuse.tahqiq",
    ),  # BB-internationalNews-29-20180213
    (
        "والموضوع الثاني الذي أعرب الرئيس الفرنسي السابق عن ندمه عليه يتعلق باقتراحه مشروع قانون يقضي بتجريد الفرنسيين ذوي الجنسية المزدوجة، والذين تورطوا في عمليات إرهابية، من جنسيتهم الفرنسية.",
        "أعرب",
        "concede.asafa",
    ),  # FR-internationalNews-681-20180411
    (
        "وعبرت المنظمة عن أسفها في بيان صدر عنها.",
        "وعبرت",
        "concede.abbara_asaf",
    ),  # BB-internationalNews-288-20180404
    (
        'وقال إن "المملكة من الدول الرائدة في محاربة الإرهاب والتطرف وسنحاربهما بكل ما نستطيع"، مشيرا إلى أن السعودية تدعم القوات المشتركة في دول الساحل من أجل القضاء على الإرهاب.',
        "تدعم القوات",
        "aid.daama_mil",
    ),  # CN-middleEast-79-20180223
    (
        'وأعلن ماتيس أنه سيقدم "دعما أكبر وأنشط" خصوصا من خلال تقاسم معلومات في محاربة حزب العمال الكردستاني في العراق.',
        'سيقدم "دعما',
        "aid.qaddama",
    ),  # FR-middleEast-14-20180216
    (
        "وذكرت مصادر عسكرية ان ميليشا الحوثي الإيرانية المتمركزة في باجل أطلقت صاروخا باليستيا نحو حيس غير أنه سقط بعد فترة وجيزة من إطلاقه في جبل الشريف في باجل.",
        "أطلقت صاروخا",
        "assault.atlaqa_sawarikh",
    ),  # SK-middleEast-254-20180312
    (
        "رغم هذا التردد الكبير دعمت بعض القوى الغربية الثوار السوريين بمساعدات غير قتالية تمثلت في بعض الملابس العسكرية وأجهزة للاتصال اللاسلكي ونحو ذلك، ولكن هذا الدعم الخجل جرى إيقافه أيضا.",
        "دعمت",
        "support.daama",
    ),  # AL-internationalNews-73-20140105
    (
        'وأدانت وزارة الخارجية التركية قرار البرلمان الهولندي، وقالت إنه "غير ملزم أو صحيح من الناحية القانونية"، مشيرة إلى أن الحكومة الهولندية قالت إن ذلك لن يصبح السياسة الرسمية لهولندا.',
        "وأدانت",
        "accuse.adana",
    ),  # SK-internationalNews-75-20180222
    (
        "لكن السلطات المصرية كذبت هذه الرواية لتظهر زبيدة في لقاء تلفزيوني مع إحدى القنوات الفضائية المصرية، نافية تعرضها للتعذيب أو الاختفاء القسري موضحة أنها تزوجت قبل عام، لكنها لم تكن على تواصل مع والدتها.",
        "كذبت",
        "reject.kadhdhaba",
    ),  # BB-middleEast-125-20180302
    (
        "وهناك قضية أخرى تتعلق بالقس الأمريكي أندرو برونسون، الذي كان مسؤولا عن كنيسة في أزمير، ويحتجز منذ تشرين الأول/أكتوبر 2016.",
        "ويحتجز",
        "coerce.ihtajaza",
    ),  # FR-middleEast-14-20180216
    (
        "نفذت ميليشيات الحوثي الإيرانية حملة خطف استهدفت صحفيين وناشطين داخل مدينة الحديدة، بسبب عدم اتخاذهم لموقف يؤيد مشروعهم الطائفي.",
        "استهدفت",
        "assault.istahdafa",
    ),  # SK-middleEast-2537-20180622
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round10_keeps_the_right_sense(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


def test_lexicon_round10_every_vetoed_entry_keeps_a_right_sense() -> None:
    assert {eid for _, _, eid in VETOED} == {eid for _, _, eid in KEPT}


def test_lexicon_round10_hostages_are_an_abduction(lexicon) -> None:
    # AL-internationalNews-679-20180329: the gunman of Trèbes took hostages (ASSAULT:abduct, the companion joins the span)
    sentence = next(s for s, _, eid in VETOED if eid == "coerce.ihtajaza")
    start = sentence.index("احتجز")
    assert ("assault.ihtajaza_rahain", "ASSAULT", start, sentence.index(" في سوبرماكت")) in lexicon_matches(
        lexicon, sentence
    )


# (sentence, trigger, type): possibility or imminence after the trigger, counts, and a verb asked after هل leave no
# event of the type
NOT_ASSERTED = [
    (
        "أعلن الجيش الإسرائيلي أنه سيضاعف عدد وحدات جيشه المقاتلة حول قطاع غزة وفي الضفة الغربية المحتلة، لمواجهة أي تظاهرات محتملة للفلسطينيين احتجاجا على نقل مقر السفارة الأميركية الاثنين من تل أبيب إلى القدس.",
        "تظاهرات",
        "PROTEST",
    ),  # SK-middleEast-1634-20180512
    (
        "ويأتي هذا الإجراء قبل ساعات من رفع محتمل لحالة الطوارئ المفروضة في البلاد منذ محاولة الانقلاب الفاشلة منتصف يوليو/تموز 2016.",
        "رفع",
        "CONCEDE",
    ),  # FR-internationalNews-2217-20180708
    (
        "استهدفت قوات النظام السوري الاثنين بالغارات والمدافع والصواريخ منطقة الغوطة الشرقية المحاصرة قرب دمشق موقعة عشرات القتلى المدنيين، ويأتي هذا التصعيد بالتزامن مع تعزيزات عسكرية مكثفة تنذر بهجوم وشيك على معقل الفصائل المعارضة الأخير قرب العاصمة.",
        "بهجوم",
        "ASSAULT",
    ),  # FR-middleEast-24-20180219
    (
        "وبلغ عدد الأميركيين الذين تنازلوا عن جنسيتهم 5411 شخصا العام الماضي، بزيادة نسبتها 26 في المئة عن العام 2015، وفقا لما ورد في القائمة التي نشرتها وزارة الخزانة الأميركية.",
        "تنازلوا",
        "CONCEDE",
    ),  # JA-internationalNews-254-20170212
    (
        "وورد في التقرير أن أعداد الفلسطينيين الذين جرى اعتقالهم من قبل السلطات الإسرائيلية منذ عام 1967 وحتى أفريل 2016، اقترب من المليون فلسطيني، مشيرا إلى أن أكثر من 15 ألف فلسطينية وعشرات الآلاف من الأطفال كانوا من بين المعتقلين.",
        "اعتقالهم",
        "COERCE",
    ),  # JA-internationalNews-695-20160417
    ("فهل ودعت السعودية روسيا منذ مباراة الافتتاح؟", "ودعت", "REQUEST"),  # FR-internationalNews-1814-20180614
    ("هل سيتحدث ترامب إلى المحققين؟", "سيتحدث", "CONSULT"),  # BB-internationalNews-451-20180502
    (
        "هل توقف كندا تصدير الأسلحة للسعودية كما فعلت ألمانيا؟",
        "توقف",
        "SANCTION",
    ),  # BB-middleEast-839-20180807
]


@pytest.mark.parametrize(("sentence", "trigger", "kind"), VETOED + NOT_ASSERTED)
def test_lexicon_round10_vetoes_the_wrong_sense(lexicon, sentence, trigger, kind) -> None:
    # neither the entry (or, for a possibility or a count, any entry) nor another entry of its type reads the trigger
    etype = kind if kind.isupper() else next(e.type for e in lexicon.entries if e.id == kind)
    assert etype not in types_at(lexicon, sentence, trigger)


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_ASSERTED[:2] + NOT_ASSERTED[3:])
def test_lexicon_round10_no_event_through_the_pipeline(sentence, trigger, etype) -> None:
    article = marsad.analyze(sentence)
    start = sentence.index(trigger)
    for story in article.stories:
        assert_offsets(story)
        assert not [e for e in story.events if e.type == etype and e.start <= start < e.end]


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id"),
    [
        (
            "وبذلك، يرتفع إلى 121 عدد الفلسطينيين الذين قتلوا بنيران الجيش الإسرائيلي منذ بدء الاحتجاجات على الحدود بين قطاع غزة وإسرائيل أواخر مارس الماضي.",
            "قتلوا",
            "assault.qatala",
        ),  # SK-middleEast-2009-20180528: a toll names its killer; attacks stay inside a count
        (
            "في أيلول/سبتمبر 2010 اعتقل لفترة قصيرة بعد استجوابه في شأن تورطه المحتمل في محاولة لتحرير إسماعيل آيت علي بلقاسم أحد منفذي اعتداءات وقعت في باريس.",
            "تورطه",
            "accuse.tawarrut",
        ),  # SK-middleEast-1901-20180524: a possible involvement is the allegation itself
        (
            "وتأتي هذه التقارير فيما تبدأ الحكومة اليابانية المركزية محادثات مع حاكم أوكيناوا بشأن خطط مثيرة للجدل لنقل قاعدة جوية تابعة لمشاة البحرية الأميركية إلى منطقة أقل ازدحاما بالسكان.",
            "محادثات",
            "consult.muhadathat",
        ),  # JA-internationalNews-1046-20150812: no possibility word, the talks stay
        (
            "هل كانت الضربات الجوية على سوريا قانونية؟",
            "الضربات الجوية",
            "assault.darba",
        ),  # BB-middleEast-376-20180420: a question presupposes the strikes it asks about
    ],
)
def test_lexicon_round10_keeps_attacks_in_counts_possible_allegations_and_questioned_nouns(
    lexicon, sentence, trigger, entry_id
) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


def test_lexicon_round10_hostage_taking_through_the_pipeline() -> None:
    sentence = next(s for s, _, eid in VETOED if eid == "coerce.ihtajaza")
    article = marsad.analyze(sentence)
    start = sentence.index("احتجز")
    events = [e for story in article.stories for e in story.events if e.start == start]
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "abduct")]


@settings(max_examples=150, deadline=None)
@given(ARABIC_TEXT, ARABIC_TEXT)
def test_lexicon_round10_counts_and_possibilities_never_raise(lexicon, before, after) -> None:
    # any text around a count and a possible demonstration: matching never raises, spans stay inside the text, and
    # neither trigger is read
    sentence = before + " عدد الذين تنازلوا عن جنسيتهم وأي تظاهرات محتملة " + after
    starts = matched_starts(lexicon, sentence)
    assert sentence.index("تنازلوا") not in starts
    assert sentence.index("تظاهرات") not in starts

"""Fifteenth precision round (evprec15): vetoes drawn from precision sample T's wrong types
(benchmarks/data/events_sample_t_before.tsv): a name read as a demand (علي بن أبي طالب), risks read as threats (يهدد
باندلاع نزاعات، يهدد بالتحول إلى حرب تجارية), bearing one's own duty read as blame (عدم تحمل رئيس الجمهورية
لمسؤوليته), a medical condition "described", a plan "supported", remains repatriated read as a deployment, advisories to
one's own citizens read as criticism (تحذيرا لرعاياها، حذرت الإمارات مواطنيها من السفر), an aim read as an attack
(تستهدف حقن الدم), convictions read as condemnations (حكم الإدانة، إدانة 205 أشخاص في محاكمات) and a verbal attack read as
an assault (وهاجم بالحاج كل من حكومة الوفاق ... واعتبر). Sentences are real ANT text (the article id is in the comment);
each NOT_READ row was read as its type with main's code at 222bb62."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from events.lexicon_support import (
    ARABIC_TEXT,
    assert_not_coded,
    lexicon_matches,
    matched_starts,
    reads,
    types_at,
)

# (sentence, trigger, type): read as the type by main at 222bb62, not now
NOT_READ = [
    (
        "وذو الفقار سيف ذو رأسين استخدم في بداية الفتوحات الإسلامية، ويقال إن الرسول أهداه إلى ابن عمه علي بن أبي"
        " طالب.",
        "طالب",
        "REQUEST",
    ),  # AL-internationalNews-580-20180322 (sample T): a name
    (
        "وتعتزم بكين وواشنطن عقد محادثات تجارية، مما أوجد آمالا بأنهما قد يحلان نزاعا متصاعدا بشأن الرسوم الجمركية"
        " يهدد بالتحول إلى حرب تجارية شاملة.",
        "يهدد",
        "THREATEN",
    ),  # SK-internationalNews-3058-20180817 (sample T): a dispute that risks becoming a trade war
    (
        'حذرت تركيا، الثلاثاء، من أن قرار الرئيس الأميركي دونالد ترامب الانسحاب من الاتفاق النووي الإيراني "يهدد'
        ' باندلاع نزاعات جديدة".',
        "يهدد",
        "THREATEN",
    ),  # SK-internationalNews-1449-20180508: a decision that risks new conflicts
    (
        "والتمس الهاني، في الدعوى الثانية التي يرفعها ضد رئيس الجمهورية، من القضاء الحكم بمدّها بنسخة من محضر"
        ' الاجتماعين الذين انعقدا يومي 1 و 3 أوت 2016 بقصر الرئاسة بقرطاج حول تشكيل "حكومة الوحدة الوطنية" للتأكد'
        " من عدم تحمل رئيس الجمهورية لمسؤوليته الدستورية في إجراء المشاورات الوجوبية مع كل الكتل والائتلافات"
        " النيابية.",
        "تحمل",
        "ACCUSE",
    ),  # JA-politic-129-20160810 (sample T): not bearing his duty
    (
        'ووصف الأطباء حالة بولسونارو بأنها "خطيرة لكن مستقرة" بسبب الطعنة التي تلقاها من الجاني الذي أعلنت الشرطة'
        " أنه أديليو أوبسيبو دي أوليفييرا، 40 سنة، مرجحة أنه مختل عقليا.",
        "ووصف",
        "ACCUSE",
    ),  # BB-internationalNews-1045-20180907 (sample T): a medical condition
    (
        'وتابع قائلا "الاستفادة بالكامل راح تكون من الإنفاق الكبير هذا للقطاع الخاص وهذا يدعم رؤية عام 2030 بأنه'
        ' المملكة راح تعزز دور القطاع الخاص".',
        "يدعم",
        "SUPPORT",
    ),  # FR-internationalNews-1065-20180504: spending that serves a plan
    (
        "ووافقت كوريا الشمالية على إرسال رفات جنود الولايات المتحدة في الحرب إلى بلادهم خلال اجتماع 12 يونيو بين"
        " الزعيم الكوري الشمالي كيم جونغ أون والرئيس دونالد ترامب.",
        "إرسال",
        "MOBILIZE",
    ),  # SK-internationalNews-2286-20180623 (sample T): remains repatriated
    (
        "دبي، الإمارات العربية المتحدة (CNN)— أصدرت سفارة الولايات المتحدة الأمريكية في تركيا، الاثنين، تحذيرا"
        ' لرعاياها مشيرة إلى إغلاق أبوابها، الثلاثاء، وذلك بسبب ما وصفته بـ"تهديد أمني."',
        "تحذيرا",
        "ACCUSE",
    ),  # CN-internationalNews-67-20180305 (sample T): a security advisory to its citizens
    (
        "حذرت الإمارات العربية المتحدة يوم الأحد مواطنيها من السفر إلى بريطانيا بعد هجوم جسر لندن وهو ثالث هجوم له"
        " صلة بمتطرفين في ثلاثة أشهر.",
        "حذرت",
        "ACCUSE",
    ),  # JA-internationalNews-1067-20170604: a travel advisory
    (
        'وأضاف  الصفدي، عبر حسابه على تويتر، أن "الاتصالات الأردنية حول الجنوب السوري تستهدف حقن الدم السوري، ودعم'
        ' حل  سياسي، ومساعدة النازحين في الداخل السوري ومنه".',
        "تستهدف",
        "ASSAULT",
    ),  # SK-middleEast-2619-20180626 (sample T): contacts aiming to stop bloodshed
    (
        "وحسب رويترز، تمثل إدانة 205 أشخاص في محاكمات جماعية ختام المرحلة الثانية من أكبر ملاحقة قضائية من جانب"
        " الدولة لبوكو حرام، التي بدأت تمردا في 2009 بهدف إقامة دولة إسلامية في شمال شرق نيجيريا.",
        "إدانة",
        "ACCUSE",
    ),  # SK-internationalNews-49-20180219 (sample T): a conviction
    (
        "لكن بعد مرور عشرة أيام فقط، ألغت أكبر محكمة في البلاد حكم الإدانة لأسباب إجرائية.",
        "الإدانة",
        "ACCUSE",
    ),  # AL-internationalNews-751-20180402: a conviction quashed
    (
        "وهاجم بالحاج كل من حكومة الوفاق المعترف بها دوليا واعتبر أنها غير متجانسة وأن المجلس الرئاسي التابع لها لم"
        " يحقق أهدافه في التواصل مع الليبيين.",
        "وهاجم",
        "ASSAULT",
    ),  # JA-internationalNews-13-20170120 (sample T): an attack in words
    (
        "وبعد الانتشار السريع لسلالة إتش5إن6 من الفيروس رفعت سول درجة التأهب  إلى أعلى مستوى ممكن.",
        "رفعت",
        "MOBILIZE",
    ),  # JA-internationalNews-859-20161226 (sample T): a bird-flu alert
    (
        "يعيش القطاع الصحي في الهند حالة تأهب قصوى بعد وفاة نحو 10 أشخاص بسبب فيروس نيباه النادر الذي يسبب تلفا في"
        " الدماغ وينتقل عن طريق خفافيش الفاكهة.",
        "تأهب",
        "MOBILIZE",
    ),  # FR-internationalNews-1433-20180525: a health alert
    (
        "وأيد 348 نائباً في مجلس النواب تجاوز الفيتو الرئاسي في مقابل 77 صوتاً بعيد تصويت مماثل في مجلس الشيوخ.",
        "وأيد",
        "SUPPORT",
    ),  # JA-internationalNews-602-20160929 (sample T): a vote tally
    (
        "ونال بري، زعيم حركة أمل الشيعية، تأييد 98 نائبا مقابل امتناع 30 ومعارضة النائبة بولا يعقوبيان.",
        "تأييد",
        "SUPPORT",
    ),  # BB-middleEast-535-20180524: a vote tally
    (
        "دعا الرئيس الفلسطيني محمود #عباس لتطبيق مبادرة السلام العربية كما هي مع إسرائيل.",
        "مبادرة",
        "AGREE",
    ),  # AL-internationalNews-126-20180220 (sample T's kind): the Arab Peace Initiative named
    (
        "كما لفت إلى أن الوضع العام المحتقن بالبلاد، وتواصل التحركات الاحتجاجية في الجنوب التونسي وعودة الإرهاب، كلها"
        " مسائل يجب أن تناقش مع نواب الشعب، حتى يكون الرأي العام على اطلاع بتوجهات الحكومة، لاسيما وأن مختلف هذه"
        " المسائل الحارقة هي في علاقة عضوية مع ملف الفساد.",
        "تناقش",
        "CONSULT",
    ),  # JA-politic-492-20170611 (sample T): issues that must be discussed
    (
        'وأضاف الجبير أن المباحثات مع بومبيو تناولت تدخلات إيران السلبية في المنطقة، قائلا: "يجب فرض عقوبات على'
        ' إيران بسبب دعمها للإرهاب وتدخلها في شؤون الدول الأخرى".',
        "فرض",
        "SANCTION",
    ),  # SK-middleEast-1325-20180429: sanctions that should be imposed
    (
        'وردا على ذلك قالت موسكو إن صواريخ ترامب يجب أن تستهدف "الإرهابيين" وليس "الحكومة الشرعية" في دمشق.',
        "تستهدف",
        "ASSAULT",
    ),  # FR-internationalNews-677-20180411: what the missiles should target
    (
        "وأضاف للصحفيين خلال حضوره اجتماعا للاتحاد الأوروبي في بروكسل أن على التكتل استخدام كل وسائل الضغط الممكنة"
        " لضمان تعاون الدول مع الجهود الأوروبية لترحيل من لم يحصلوا على حق اللجوء.",
        "تعاون",
        "COOPERATE",
    ),  # JA-internationalNews-622-20170327 (sample T): cooperation to be ensured
    (
        'وقال البيان "أضاف الرئيس بخاري أن نيجيريا تعمل بالتنسيق مع منظمات دولية ومفاوضين لضمان إفراج الخاطفين عن'
        ' الفتيات دون تعرضهن لأذى".',
        "إفراج",
        "RETREAT",
    ),  # SK-internationalNews-306-20180313: a release worked for
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round15_no_reading_and_no_event(lexicon, sentence, trigger, etype) -> None:
    assert_not_coded(lexicon, sentence, trigger, etype)


# (sentence, trigger, entry id): the readings the vetoes keep or the round adds, read exactly on the trigger
KEPT = [
    (
        'لكن ترامب هدد بالانسحاب من الاتفاق، ما لم يوافق الموقعون على "إصلاح الأخطاء الكارثية في الاتفاق".',
        "هدد",
        "threaten.haddada",
    ),  # BB-middleEast-463-20180507: a threat made
    (
        "إيران وسوريا وروسيا تحمل إسرائيل مسؤولية الغارة.",
        "تحمل إسرائيل مسؤولية",
        "accuse.hammala",
    ),  # FR-internationalNews-1172-20180510: held responsible
    (
        'وحذرت من أن بريطانيا "لن تتساهل مطلقاً مع تهديد الحكومة الروسية لحياة المواطنين البريطانيين وغيرهم على'
        ' الأراضي البريطانية".',
        "وحذرت",
        "accuse.hadhdhara",
    ),  # AL-internationalNews-512-20180317: citizens beyond the window are the warning's content
    (
        'أعرب مجلس الوزراء السعودي ضمن جلسة عقدت في مدينة جدة بحضور الملك سلمان بن عبد العزيز، عن "إدانة السعودية'
        ' الشديدة لاستهداف المدنيين الفلسطينيين من قبل قوات الجيش الإسرائيلي".',
        "إدانة",
        "accuse.idana",
    ),  # BB-middleEast-504-20180516: a condemnation
    (
        "من جانبه، دان وزير الخارجية التركي في بيان القانون الإسرائيلي، واصفا إياه بالعنصري، الذي يضرب بعرض الحائط"
        " مبادئ القانون الدولي، وينتهك حقوق المواطنين الفلسطينيين داخل إسرائيل.",
        "واصفا إياه بالعنصري",
        "accuse.wasafa",
    ),  # FR-internationalNews-2395-20180719
    (
        "هاجم مسلحون مقر الجيش في واغادوغو عاصمة بوركينا فاسو، اليوم الجمعة، كما هاجموا منطقة وسط المدينة بالقرب من"
        " السفارة الفرنسية والمعهد الثقافي الفرنسي.",
        "هاجم",
        "assault.hajama",
    ),  # AL-internationalNews-299-20180302: an armed attack stays
    (
        "وهاجم مهاتير نجيب رزاق رئيس الوزراء وحليفه السابق متهما إياه بالفساد.",
        "وهاجم",
        "accuse.hajama_qawl",
    ),  # BB-internationalNews-493-20180511: Mahathir's attack in words
    (
        'اتهم الجيش الروسي، الثلاثاء، الفصائل المعارضة السورية بشن "هجوم" على قوات النظام في الغوطة الشرقية، في وقت'
        " كانت القيادة المركزية الأميركية تهاجم روسيا، قائلة إنها تلعب دور مشعل الحريق ورجل الإطفاء في سوريا.",
        "تهاجم روسيا، قائلة",
        "accuse.hajama_qawl",
    ),  # SK-middleEast-114-20180227: CENTCOM's attack in words (the companion is adjacent, so the span reaches it)
    (
        "وماليزيا الواقعة في جنوب شرق آسيا في حالة تأهب قصوى منذ أن نفذ مسلحون على صلة بتنظيم #داعش عدة هجمات في"
        " جاكرتا عاصمة إندونيسيا المجاورة في يناير/كانون الثاني 2016.",
        "تأهب",
        "mobilize.taahhub",
    ),  # AL-internationalNews-131-20180221: an alert against attacks stays
    (
        "وأكد مصدر أمني أنه تم اغلاق جميع المنافذ المؤدية الى المنيا و رفع حالة التأهب القصوى في جميع محافظات"
        " الصعيد.",
        "رفع حالة التأهب",
        "mobilize.rafaa_ta'ahub",
    ),  # JA-internationalNews-957-20170526 (sample T)
    (
        "وكانت تونس قد اعلنت عن مبادرة لحل الأزمة الليبية بمشاركة الجزائر ومصر تهدف إلى دفع الليبيين بمختلف توجهاتهم"
        " وانتماءاتهم الفكرية والإيديولوجية إلى الحوار، ورفض أي توجه نحو حل عسكري من شأنه أن يؤجج الوضع في ليبيا،"
        ' إلى جانب دفع الفرقاء الليبيين إلى تذليل الخلافات حول تنفيذ "إتفاق الصخيرات" بالمغرب، ومواصلة دعم دور الأمم'
        " المتحدة كمظلة أساسية لأي حل سياسي في هذا البلد.",
        "مبادرة لحل",
        "agree.mubadara",
    ),  # JA-politic-187-20170303: an initiative announced
    (
        'وتابعت رئيسة الوزراء البريطانية قائلة "نحن نعمل مع حلفائنا للتحقق مما حدث، ومناقشة الخطوات اللازمة"،'
        ' وأضافت "يجب أن نتأكد من تحمل مرتكبي هذا الهجوم المسؤولية"، حسب تعبيرها.',
        "الهجوم",
        "assault.hujum",
    ),  # CN-middleEast-538-20180409: the attack an obligation is about happened (not right after the أن)
    (
        'وتابع "لا تصدقوا كل التصريحات التي تتحدث عن اتفاق بشأن الجنوب ما لم تروا أن الولايات المتحدة سحبت قواتها من'
        ' قاعدة التنف ويجب أن تسحب قواتها من قاعدة التنف"، مشيرا إلى "عندما تنسحب الولايات المتحدة من التنف، نقول إن'
        ' هناك اتفاقا".',
        "سحبت قواتها",
        "retreat.sahaba",
    ),  # FR-internationalNews-1593-20180602: the first withdrawal stays, the one after يجب أن is gone
]


def test_lexicon_round15_obligation_reads_only_right_after_it(lexicon) -> None:
    # يجب أن right before the verb makes it an obligation; the same withdrawal told earlier in the sentence is an act
    sentence = KEPT[-1][0]
    starts = {s for _, _, s, _ in lexicon_matches(lexicon, sentence)}
    assert sentence.index("سحبت قواتها") in starts
    assert sentence.index("تسحب قواتها") not in starts


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round15_the_kept_reading_stays(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


def test_lexicon_round15_verbal_attack_is_criticism(lexicon) -> None:
    # the same verb is an assault without a speech word after it, criticism with one
    sentence = "وهاجم مهاتير نجيب رزاق رئيس الوزراء وحليفه السابق متهما إياه بالفساد."
    assert types_at(lexicon, sentence, "وهاجم") == ["ACCUSE"]
    assert types_at(lexicon, "وهاجم مهاتير نجيب رزاق رئيس الوزراء وحليفه السابق.", "وهاجم") == ["ASSAULT"]


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round15_vetoes_never_raise(lexicon, before, after) -> None:
    matched_starts(
        lexicon,
        f"{before} علي بن أبي طالب {after} وهاجم الرئيس الحكومة قائلا {before} عدم تحمل المسؤولية {after} يجب أن"
        " تناقش",
    )

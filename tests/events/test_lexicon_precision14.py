"""Fourteenth precision round (evprec14): vetoes and two rules drawn from precision sample S's wrong types
(benchmarks/data/events_sample_s_before.tsv): risks read as threats (وتهدد التفسيرات المتباينة بإفساد المحادثات،
بات مهددا بفقدان، ويهدد فرص إقامة دولة، ما يهدد بتصعيد), a coach's praise of his players, tears held back read as
an arrest, an election campaign and a war of ideas read as attacks, control of fires and epidemics read as seizure,
an unmarked description of standing support (مقاتلين معارضين تدعمهم تركيا، سلطة موازية يدعمها برلمان) and acts
considered (وتفكر في فرض عقوبات نفطية، يفكر في الاستقالة، فكرة شن حرب). Sentences are real ANT text (the article id
is in the comment); each NOT_READ row was read as its type with main's code at 6538187."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from events.lexicon_support import ARABIC_TEXT, assert_not_coded, matched_starts, reads, types_at

# (sentence, trigger, type): read as the type by main at 6538187, not now
NOT_READ = [
    (
        'أمام حشد كبير الجمعة في مركز جوان غامبر الرياضي، قال إنييستا من دون أن يحبس دموعه "هذا المؤتمر الصحافي'
        ' للإعلان عن قرار خوضي الموسم الأخير" مع برشلونة.',
        "يحبس",
        "COERCE",
    ),  # FR-internationalNews-961-20180427 (sample S): tears held back
    (
        "وقال الحزب في الدعوى القضائية الاتحادية، التي رفعها في مانهاتن إن كبار المسؤولين في حملة ترامب تآمروا مع"
        " الحكومة الروسية ومخابراتها العسكرية لإلحاق الضرر بمرشحة الحزب الديمقراطي هيلاري كلينتون وترجيح كفة ترامب"
        " في السباق الانتخابي وذلك باختراق أجهزة الكمبيوتر بالحزب.",
        "حملة",
        "ASSAULT",
    ),  # SK-internationalNews-1066-20180421 (sample S): Trump's election campaign
    (
        "وشهدت الحملة الانتخابية اشتباكات عنيفة بين مؤيدي اليمن المتشدد والمتظاهرين المناهضين للفاشية.",
        "الحملة",
        "ASSAULT",
    ),  # BB-internationalNews-100-20180305: an election campaign
    (
        "وتهدد التفسيرات المتباينة بإفساد المحادثات المحتملة بين كوريا الشمالية والولايات المتحدة حتى قبل أن تبدأ.",
        "وتهدد",
        "THREATEN",
    ),  # SK-internationalNews-642-20180328 (sample S): divergent readings risk spoiling the talks
    (
        'لطالما اشتهر العراق باسم "بلاد الرافدين"، لكن البلد الذي ينعم بنهري دجلة والفرات، يحصل على 70 في المئة من'
        " مياهه المتدفقة من خارج حدوده، وقد بات مهددا بفقدان نصف تلك الكمية إثر قرارات اتخذتها السلطات الإيرانية"
        " والتركية مؤخرا.",
        "مهددا",
        "THREATEN",
    ),  # SK-middleEast-2122-20180603 (sample S): at risk of losing its water
    (
        "ويؤدي البناء الاستيطاني وتوسيع المستوطنات القائمة إلى قضم مساحات جديدة من الأراضي الفلسطينية المحتلة، ويمعن"
        " في تقطيع أوصالها ويهدد فرص إقامة دولة أراضيها متواصلة.",
        "ويهدد",
        "THREATEN",
    ),  # SK-middleEast-47-20180225 (sample S): endangers the chances of a state
    (
        "(CNN)-- بث التلفزيون الرسمي السوري مشاهد قال إنها تُظهر دخول مقاتلين موالين للنظام السوري إلى مدينة عفرين،"
        " ويزعم أنهم تعرضوا لإطلاق نار من قبل قوات تركية، ما يهدد بتصعيد عسكري بين البلدين.",
        "يهدد",
        "THREATEN",
    ),  # CN-middleEast-54-20180221: which risks an escalation
    (
        "وقال نائب وزير الخارجية الأميركي جون سوليفان الأحد، إن إدارة الرئيس دونالد ترامب لن تعترف بالانتخابات"
        " وتفكر في فرض عقوبات نفطية.",
        "فرض",
        "SANCTION",
    ),  # SK-internationalNews-1682-20180520 (sample S): sanctions considered
    (
        "وفي أكتوبر/تشرين الأول الماضي أُجبر تيلرسون على عقد مؤتمر صحفي لنفي تقارير عن أنه يفكر في الاستقالة.",
        "الاستقالة",
        "RETREAT",
    ),  # BB-internationalNews-148-20180313: thinking of resigning
    (
        "وبينما أوقف الاتفاق النووي الإيراني فكرة شن حرب غربية على طهران، فإن إعادة فرض العقوبات مجددا يضع هذه"
        " الفكرة على الطاولة من جديد.",
        "شن",
        "ASSAULT",
    ),  # SK-internationalNews-1446-20180508: the idea of a war
    (
        'وكان الآلاف من المدنيين والمقاتلين، قد غادروا "دوما" في الأيام القليلة الماضية، متجهين إلى مناطق في شمال'
        " سوريا، خاضعة لسيطرة مقاتلين معارضين تدعمهم تركيا.",
        "تدعمهم",
        "SUPPORT",
    ),  # SK-middleEast-796-20180405 (sample S): rebels described by their backer
    (
        "وتوجد في البلاد سلطتان تتمثلان من جهة بحكومة الوفاق الوطني ومقرها طرابلس وتعترف بها الأمم المتحدة، وسلطة"
        " موازية في الشرق يدعمها برلمان منتخب ويدعمها للمشير خليفة حفتر البالغ من العمر 75 عاما.",
        "يدعمها",
        "SUPPORT",
    ),  # FR-internationalNews-1945-20180621 (sample S): a parallel authority described
    (
        "وفي وقت سابق من الشهر الحالي سيطرت قوات تدعمها تركيا على مركز مدينة عفرين بعد انسحاب وحدات حماية الشعب"
        " الكردية منها.",
        "تدعمها",
        "SUPPORT",
    ),  # BB-middleEast-264-20180330: Turkish-backed forces
    (
        "واعتبر مدربه زين الدين زيدان أن الأمور لم تحسم بعد، على الرغم إشادته بأداء لاعبيه.",
        "إشادته",
        "SUPPORT",
    ),  # FR-internationalNews-927-20180426 (sample S)
    (
        "وقال حزب نشيد المعارض الأسبوع الماضي إن المشروع سيعطي لبلد أجنبي السيطرة على أرخبيل فافو.",
        "نشيد",
        "SUPPORT",
    ),  # JA-internationalNews-448-20170308: Nasheed's party, not "we praise"
    (
        "وتسعى منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة (اليونيسيف) للسيطرة على المناطق التي تشهد عدداً"
        " أكبر من الحالات لوقف انتشار المرض.",
        "للسيطرة",
        "COERCE",
    ),  # JA-internationalNews-1126-20170611 (sample S): controlling cholera
    (
        "وانضم جيش من أعوان الإطفاء الذين استقدموا من مختلف أنحاء البلاد إلى الجهود في كاليفورنيا الاثنين للسيطرة"
        " على 17 حريقا كبيرا حولت منازل فخمة إلى أكوام من الركام.",
        "للسيطرة",
        "COERCE",
    ),  # FR-internationalNews-2529-20180730: firefighters
    (
        "هذا القادم وهذا الوافد الشيطاني إلى بلدنا يطعن في الإسلام بكل صراحة ووضوح يشن حربا فكرية ضد الإسلام.",
        "يشن",
        "ASSAULT",
    ),  # CN-middleEast-350-20180324 (sample S): a war of ideas
    (
        'ويتهم مادورو الولايات المتحدة بأنها تشن "حربا اقتصادية"، بهدف إزاحته عن الحكم، والاستيلاء على ثروتة فنزويلا'
        " النفطية.",
        "تشن",
        "ASSAULT",
    ),  # BB-internationalNews-708-20180628: an economic war
    (
        "وأكد السافي أنه تم حذف قرابة 27 مترشح من الذين تبين تحمّلهم لمسؤوليات إدارية أو سياسية داخل الأحزاب"
        " السياسية.",
        "تحمّلهم",
        "ACCUSE",
    ),  # JA-politic-195-20140422 (sample S): posts held, not blame
    (
        "دعا القيادي في حزب آفاق تونس،رياض المؤخر،ضيف برنامج بوليتيكا اليوم الثلاثاء إلى ضرورة فتح تحقيق جدي في أحداث"
        " الذهيبة وبن قردان.",
        "تحقيق",
        "ACCUSE",
    ),  # JA-politic-273-20150210 (sample S): an inquiry called for, not opened
    (
        "وقد دعت بريطانيا إلى تحقيق عاجل في الهجوم، في وقت قال البابا فرانسيس أنه لا شيء يمكن أن يبرر استخدام مثل"
        " هذه الأدوات والأساليب.",
        "تحقيق",
        "ACCUSE",
    ),  # BB-middleEast-313-20180408: Britain's call (coded as its REQUEST)
    (
        "فيما أصدر رئيس الوزراء الكندي جاستن ترودو الذي يستضيف القمة، مع الرئيس الفرنسي إيمانويل ماكرون الذي وصل"
        ' الأربعاء إلى كندا، إعلانا مشتركا شديد اللهجة يدافع عن "نهج تعددي قوي ومسؤول وشفاف"، وهي صيغة من المستبعد'
        " أن توافق عليها واشنطن.",
        "توافق",
        "AGREE",
    ),  # FR-internationalNews-1685-20180607 (sample S): unlikely to agree
    (
        "نقلت وكالة الإعلام الروسية عن ممثل لمركز مراقبة وقف إطلاق النار الروسي في سوريا قوله، الأربعاء، إن أكثر من"
        " 300 شخص غادروا منطقة الغوطة الشرقية منذ فتح ممر إنساني هناك.",
        "وقف",
        "RETREAT",
    ),  # SK-middleEast-288-20180314 (sample S): a monitoring centre's name
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round14_no_reading_and_no_event(lexicon, sentence, trigger, etype) -> None:
    assert_not_coded(lexicon, sentence, trigger, etype)


# (sentence, trigger, entry id): the readings the vetoes and rules keep, read exactly on the trigger
KEPT = [
    (
        'هددت موسكو الأربعاء بالرد "قريبا" على قرار لندن طرد 23 دبلوماسيا روسيا على خلفية تفاقم أزمة الجاسوس الروسي'
        " السابق.",
        "هددت",
        "threaten.haddada",
    ),  # FR-internationalNews-431-20180314: a threat made
    (
        'والثلاثاء أكد ترامب في تغريدة أن كيم يونغ شول في طريقه إلى الولايات المتحدة، مشيدا بتشكيل "فريق رائع"'
        " للمحادثات.",
        "مشيدا",
        "support.ashada",
    ),  # SK-internationalNews-1863-20180530: "فريق" (a team for the talks) is no player
    (
        'ومن جهته، أكد إيان رايت، رئيس اتحاد الأطعمة والمشروبات، إن هذه الحملة تمثل نهجا صحيحا، مضيفا "صناعتنا'
        ' تدعمها بشدة".',
        "تدعمها",
        "support.daama",
    ),  # BB-technology-67-20180307: an adverb after the verb, support voiced
    (
        "قالت المستشارة الألمانية أنجيلا ميركل إن المبادرة التونسية المصرية الجزائرية الهادفة الى إيجاد حل للأزمة"
        ' الليبية تحت رعاية الأمم المتحدة " جيدة وألمانيا تدعمها".',
        "تدعمها",
        "support.daama",
    ),  # JA-politic-187-20170303: the verb ends its clause
    (
        "وأضافت أنها أجرت مقابلة مع شابة تدعى خديجة اختطفت بعد أن هاجمت بوكو حرام بلدتها ثم حبستها في حجرة"
        " وأجبرتها على الزواج من أحد مقاتليها.",
        "حبستها",
        "coerce.habs",
    ),  # SK-internationalNews-912-20180413: Boko Haram locked her up
    (
        "دخلت الحملة العسكرية التي يشنها النظام السوري على الغوطة الشرقية أسبوعها الرابع.",
        "الحملة العسكرية",
        "assault.hamla",
    ),  # FR-internationalNews-380-20180312
    (
        "واستفاد تنظيم داعش الإرهابي من الفوضى للانتشار في سرت في يونيو 2015، لكن حكومة الوفاق استعادت السيطرة على"
        " المدينة في ديسمبر 2016.",
        "السيطرة",
        "coerce.saytara_n",
    ),  # SK-middleEast-765-20180404: a city retaken
    (
        "أعلنت لندن، السبت، أنها تدرس طلبا من موسكو لزيارة يوليا سكريبال ابنة الجاسوس الروسي السابق.",
        "طلبا",
        "request.talaba",
    ),  # SK-internationalNews-704-20180331: a request considered was made (CONSIDER_KEEPS)
    (
        "ما دام يسمح للمحققين الروس بعمل الشيء نفسه مع الجواسيس الأمريكيين الذين يعملون في روسيا، وهي فكرة رفضها"
        " المنتقدون لترامب بوصفها سخيفة.",
        "رفضها",
        "reject.rafada",
    ),  # FR-internationalNews-2345-20180717: an idea rejected (CONSIDER_KEEPS)
    (
        'وقال بيان صادر عن وزارة الداخلية إن الانفجار وقع نتيجة انفجار مستودع للذخيرة، وتابع البيان بالقول: "فتحت'
        ' السلطات الأمنية تحقيقا في الأمر، وسيتم الإعلان لاحقا عن التفاصيل."',
        "تحقيقا",
        "accuse.tahqiq",
    ),  # CN-middleEast-1133-20180607: an inquiry opened
    (
        "ويسري في قطاع غزة وقف هش لإطلاق النار منذ انتهاء حرب العام 2014.",
        "وقف هش لإطلاق",
        "retreat.waqf_itlaq",
    ),  # FR-internationalNews-6-20180218: a truce
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round14_the_kept_reading_stays(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


def test_lexicon_round14_described_support_needs_its_subject_after(lexicon) -> None:
    # a particle before the verb (أن يدعمه الجميع) or a preposition after it (تدعمه في) leaves the verb a clause of
    # its own; the same words with the subject right after the verb describe the noun
    assert "SUPPORT" in types_at(lexicon, "نريد مشروع قانون واحد يمكن أن يدعمه الجميع اليوم.", "يدعمه")
    assert "SUPPORT" not in types_at(lexicon, "نريد مشروع قانون يدعمه الحزبان اليوم.", "يدعمه")


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round14_vetoes_never_raise(lexicon, before, after) -> None:
    matched_starts(
        lexicon, f"{before} قوات تدعمها {after} تفكر في فرض {before} ما يهدد بتصعيد {after} فكرة شن حرب"
    )

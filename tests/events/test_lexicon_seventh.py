"""Seventh lexicon round (evlex6): vetoes drawn from the judged fresh sample L
(benchmarks/data/events_sample_l*.tsv) and predicates mined from ANT sentences in which the coder found no event.
Every sentence is real ANT text from an article in no gold file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support import assert_offsets

import marsad
from events.lexicon_support import lexicon_at, lexicon_matches
from marsad.events.words import split_words


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # a verbal attack launched (شن هجوما لاذعا / حادا على): words, not force (conventions section 3)
        (
            "شن الرئيس التركي، رجب طيب أردوغان هجوما لاذعا على رئيس وزراء كوسوفو، راموش هاراديناي، على خلفية"
            " إقالة الأخير لوزير داخليته",
            "هجوما",
            "accuse.hujum_lafzi",
            "ACCUSE",
        ),
        (
            "شن رئيس الوزراء الإسرائيلي بنيامين نتنياهو هجوما حادا على إيران، واصفا إياها في كلمة ألقاها في"
            ' مؤتمر ميونخ الأمني الأحد بأنها "أكبر تهديد لعالمنا"',
            "هجوما",
            "accuse.hujum_lafzi",
            "ACCUSE",
        ),
        (
            "واستغل باسيل والتيار الوطني الحر الساعات القليلة قبل سريان الصمت الانتخابي، إذ شن هجوما على رئيس"
            ' مجلس النواب، نبيه بري، قائلا في مقابلة تلفزيونية إنه "يهوش" (يشوش)، مما أثار ردود فعل منددة.',
            "شن",
            "accuse.shanna_lafzi",
            "ACCUSE",
        ),
        # withdrawing one's country from an agreement (سحب بلاده من الاتفاق) rejects it
        (
            "وذلك في مواجهة قرار الرئيس الأمريكي دونالد ترامب سحب بلاده من الاتفاق.",
            "سحب",
            "reject.sahaba_biladahu",
            "REJECT",
        ),
        (
            "يشدد بومبيو على أن ترامب لم يحسم قراره بعد، غير أنه من المرجح أن يقرر سحب بلاده من الاتفاق النووي"
            " الشهر المقبل، تمهيدا لإعادة فرض عقوبات على برنامج طهران",
            "سحب",
            "reject.sahaba_biladahu",
            "REJECT",
        ),
        # spoke with / to a counterpart (تحدث مع نظيره، تحدث إلى رئيس المكسيك)
        (
            "7- تحدث ترامب إلى رئيس المكسيك واتفق معه على لقاء نهاية جانفي الجاري.",
            "تحدث",
            "consult.tahaddatha_ila",
            "CONSULT",
        ),
        (
            "وفي تغريدة أخرى، أكد ترامب أنه تحدث مع نظيره الصيني شي جين بينغ بشأن كوريا الشمالية",
            "تحدث",
            "consult.tahaddatha_ila",
            "CONSULT",
        ),
        # deploying the National Guard (الحرس as a companion of نشر / حشد)
        (
            'وقالت كيرستين نيلسن، وزيرة الأمن الداخلي، إن رئيس الولايات المتحدة أمر "بنشر الحرس الوطني على الحدود'
            " الجنوبية الغربية لمساعدة حرس الحدود",
            "بنشر الحرس",
            "mobilize.nashr",
            "MOBILIZE",
        ),
        (
            'لكن براون أعلن، الأربعاء، في بيان أنه "بناء على التزامها مكافحة الإجرام على المستوى الوطني" ستقوم ولاية'
            ' كاليفورنيا "بحشد عدد من أفراد الحرس الوطني يصل إلى 400 لمكافحة العصابات',
            "بحشد",
            "mobilize.hushud",
            "MOBILIZE",
        ),
        # the mine that X planted (لغم زرعته ميليشيات الحوثي)
        (
            "لقي طفل حتفه وجرح آخر، السبت، في #انفجار_لغم أرضي زرعته #ميليشيات_الحوثي في مديرية الزاهر بمحافظة"
            " #البيضاء وسط اليمن.",
            "زرعته",
            "assault.zaraathu",
            "ASSAULT",
        ),
        # cancelling an agreement, the verb and its masdar
        (
            "دونالد ترامب يلغي جزئيا اتفاق أوباما مع كوبا",
            "يلغي جزئيا اتفاق",
            "reject.alghaa_ittifaq",
            "REJECT",
        ),
        (
            "وفي خطاب سابق ضمن حملته الانتخابية، تعهد ترامب بأن أولويته ستكون إلغاء الاتفاق النووي مع إيران.",
            "إلغاء",
            "reject.ilgha_ittifaq_n",
            "REJECT",
        ),
        # blocking an application (the masdar بحجب)
        (
            "أصدرت محكمة روسية الجمعة حكما بحجب تطبيق تلغرام للرسائل المشفرة في روسيا.",
            "بحجب",
            "coerce.hajaba",
            "COERCE",
        ),
        # withdrawing diplomats (not only the ambassador)
        (
            "وهكذا، سحبت الولايات المتحدة معظم دبلوماسييها من هافانا ولم تبق الا عدد قليل",
            "سحبت",
            "sanction.istadaa_safir_home",
            "SANCTION",
        ),
        # a curfew written التجوال is a curfew, not a sanction
        (
            "لليوم الثاني على التوالي، اقتحم متظاهرون غاضبون مباني محافظات جنوبي العراق وسط أنباء عن سقوط"
            " جرحى من جراء إطلاق الشرطة للرصاص، في وقت يستمر فيه حظر التجوال بتلك المناطق مع دخول احتجاجات"
            " على ضعف الخدمات الحكومية والفساد يومها السابع.",
            "حظر التجوال",
            "coerce.hazr_tajawwul",
            "COERCE",
        ),
    ],
)
def test_lexicon_seventh_round_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # speaking to journalists or the media is no talks (real ANT sentences)
        (
            "وتحدث إلى الصحفيين على طائرته، يوم الخميس، وشدد على أن البيت الأبيض أكد لحلفاء الولايات المتحدة",
            "وتحدث",
        ),
        (
            "وعلى عكس الكثيرين في إدارة ترامب، فإن  هيكس نادرا ما تتحدث إلى وسائل الإعلام",
            "تتحدث",
        ),
        # ... nor to a news channel, policemen at an iftar, or "people" (fresh articles audited in the round)
        (
            'وقال مسؤول البيت الأبيض الذي تحدث إلى "سي إن إن"CNN إن مكالمة 20 فبراير كانت أقل حدة من أخرى جرت بين'
            " الزعيمين قبل عام حول تشييد الجدار أيضا.",
            "تحدث",
        ),
        (
            "وظهر العاهل الأردني وهو يتحدث إلى رجال الشرطة الذين كانوا متواجدين في منطقة صويلح في عمان، ويشاركهم"
            " الإفطار عند أذان المغرب.",
            "يتحدث",
        ),
        (
            "وقال أيضا إنه سافر عبر الزمن حتى العام 2006 وتحدث إلى أشخاص في ذلك الوقت عن تفاصيل الحرب العالمية"
            " الثالثة.",
            "وتحدث",
        ),
        # a spy planted inside a group is no mine
        (
            "قال أيمن دين، الجاسوس السابق الذي زرعته الاستخبارات الخارجية البريطانية داخل تنظيم القاعدة",
            "زرعته",
        ),
    ],
)
def test_lexicon_seventh_round_press_and_spies_are_no_events(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


# judged fresh sample L: each sentence was coded with the wrong event before the round (the word shown)
SAMPLE_L_VETOES = [
    # natural hazards: a tsunami warning, a weather service's warning of rain
    ("وأصدرت السلطات تحذيرا من حدوث زلزال بحري، تسونامي، لكنها عادت ورفعته بعد ساعات.", "تحذيرا"),
    (
        "وحذرت الوكالة الوطنية للأرصاد الجوية، من أن هذه الأمطار العنيفة يمكن أن تستمر حتى الأحد في قسم كبير"
        " من الجنوب الغربي وفي وسط الأرخبيل وشرقه.",
        "وحذرت",
    ),
    # a court upholding a ruling or a ban is no support
    ("أيدت محكمة التمييز في #البحرين، الاثنين، الحكم بإغلاق #جمعية_الوفاق وتصفية أموالها.", "أيدت"),
    (
        "حقق الرئيس الأميركي، دونالد ترامب، الثلاثاء، انتصارا سياسيا هاما، بعدما أيدت المحكمة العليا حظر"
        " السفر الذي فرضه على عدد من البلدان ذات الأغلبية المسلمة.",
        "أيدت",
    ),
    # a poll's shares
    (
        "وبدا رد فعل الأميركيين مرتبكا بشأن قرار ترامب الأخير بفرض تعرفة جمركية على واردات الصلب والألمونيوم،"
        " إذ أيد هذه الخطوة 38 بالمئة، بينما عارضها 29 بالمئة ممن شملهم الاستطلاع.",
        "أيد",
    ),
    (
        "وبدا رد فعل الأميركيين مرتبكا بشأن قرار ترامب الأخير بفرض تعرفة جمركية على واردات الصلب والألمونيوم،"
        " إذ أيد هذه الخطوة 38 بالمئة، بينما عارضها 29 بالمئة ممن شملهم الاستطلاع.",
        "عارضها",
    ),
    # a confession to charges is no recognition
    ("وبحسب الشرطة اعترف المتهم ويدعى علي بشار بتهمتي الاغتصاب والقتل.", "اعترف"),
    # ... and a court upholding acquittals or a death sentence
    (
        "في حين قبلت النقض فقط الطعن فيما يخص مبارك، وأيدت أحكام البراءة لوزير الداخلية السابق ومساعديه",
        "وأيدت",
    ),
    # an aid worker
    (
        "قال رئيس المحكمة الثورية في طهران، موسى غضنفر آبادي، إن موظفة الإغاثة البريطانية الإيرانية التي حكم"
        " عليها بالسجن خمس سنوات في إيران ستواجه محاكمة ثانية بتهم جديدة.",
        "الإغاثة",
    ),
    # results achieved (حقق + an object pronoun), not an investigation
    (
        'فيما أكد الرئيس السياسي لحركة "خمس نجوم" لويجي دي مايو بدوره الاثنين حقه في تشكيل حكومة بعدما'
        " أصبحت حركته الحزب الأول في إيطاليا بموجب النتائج التي حققتها في الانتخابات التشريعية.",
        "حققتها",
    ),
    # caught someone's eyes
    (
        "إلا أن كثيرين ممن حضروا الحفل، أكدوا أن  إيفانكا ترامب ابنة الرئيس الجديد الفاتنة هي من خطفت أنظار"
        " بيل، وقالوا على مواقع التواصل الاجتماعي إن نظراته كانت إلى المكان الذي تقف فيه إيفانكا.",
        "خطفت",
    ),
    # an aim: to open a dialogue
    (
        "وقد سعى مون الى الاستفادة من الالعاب الاولمبية لفتح الحوار بين الشمال وواشنطن، على امل تخفيف التوترات"
        " حول الموضوع النووي.",
        "الحوار",
    ),
]


# fresh sample M (judged after the round, so not re-measured on M): an official asking not to be named
SAMPLE_M_VETOES = [
    (
        'وقال المسؤول لـ"سكاي نيوز عربية"، طالبا عدم الكشف عن اسمه، "إن ما فعلته طهران يندرج ضمن الابتزاز السياسي'
        ' الذي تمارسه إيران على العراق".',
        "طالبا",
    ),
    (
        'وأشار المسؤول طالبا عدم كشف هويته إلى حصول "مشادات كلامية مع المنتسبين لسرايا السلام" وهو تنظيم مسلح تابع'
        " للزعيم مقتدى الصدر.",
        "طالبا",
    ),
]


# a possibility (احتمال / إمكانية + a verbal noun) asserts no act (fresh articles audited in the round; `aim_before`)
POSSIBILITIES = [
    (
        'يذكر أن موسكو كانت قد أعلنت في وقت سابق عن إمكانية تزويد النظام السوري بصواريخ "إس 300"، للتصدي لأي هجوم'
        " على المواقع العسكرية داخل الأراضي السورية.",
        "تزويد",
    ),
    (
        "لكن مسؤولين إيرانيين قالوا إن أنشطة تخصيب اليورانيوم قد تستأنف بقوة خلال أيام، إضافة إلى إمكانية انسحاب"
        " طهران من معاهدة الحد من انتشار الأسلحة النووية.",
        "انسحاب",
    ),
    (
        "وبعد أشهر من التقارب والانفراج الدبلوماسي عادت بيونغ يانغ فجأة الأربعاء إلى التصعيد مشيرة إلى احتمال إلغاء"
        " القمة المقررة منتصف حزيران/يونيو في سنغافورة",
        "إلغاء",
    ),
]


@pytest.mark.parametrize(("sentence", "word"), POSSIBILITIES)
def test_lexicon_seventh_round_possibilities_assert_no_act(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), SAMPLE_M_VETOES)
def test_lexicon_seventh_round_anonymity_is_no_demand(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), SAMPLE_L_VETOES)
def test_lexicon_seventh_round_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


def test_lexicon_seventh_round_curfew_is_not_a_sanction(lexicon) -> None:
    sentence = "في وقت يستمر فيه حظر التجوال بتلك المناطق مع دخول احتجاجات على ضعف الخدمات الحكومية"
    assert [t for _, t, _, _ in lexicon_matches(lexicon, sentence) if t == "SANCTION"] == []


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the event readings the vetoes leave (real ANT sentences)
        (
            'وحذر البيت الأبيض من أن الولايات المتحدة وحلفاءها سيردون "بسرعة وبقوة" إذا استخدمت القوات'
            " الحكومية أسلحة كيماوية في إدلب.",
            "وحذر",
            "threaten.hadhdhara",
        ),
        ("ونفت دمشق الوقوف وراء هذا الهجوم، وأيدت روسيا هذا النفي", "وأيدت", "support.ayyada"),
        # a possible involvement voiced by the police is the allegation itself (possibility_before spares ACCUSE)
        ("وأشار رئيس الشرطة إلى احتمال تورطه في تجنيد مسلحين", "تورطه", "accuse.tawarrut"),
        (
            "في 4 أكتوبر/تشرين أول من عام 1963 اعترف العراق رسمياً باستقلال الكويت وسيادة أراضيه",
            "اعترف",
            "support.itarafa",
        ),
        (
            "وشنت قوات أميركية وبريطانية وفرنسية، ضربات جوية على سوريا، في وقت مبكر من يوم السبت الماضي",
            "وشنت",
            "assault.shanna",
        ),
        (
            "بسبب مقتل أعداد كبيرة منهم في الغوطة الشرقية لدمشق التي تتعرض لهجوم عنيف منذ أيام من قبل نظام"
            " الرئيس السوري بشار الأسد",
            "لهجوم",
            "assault.hujum",
        ),
    ],
)
def test_lexicon_seventh_round_vetoes_leave_the_event_readings(lexicon, sentence, word, expected) -> None:
    assert expected in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_lexicon_seventh_round_verbal_attack_through_the_pipeline() -> None:
    sentence = (
        "شن الرئيس التركي، رجب طيب أردوغان هجوما لاذعا على رئيس وزراء كوسوفو، راموش هاراديناي، على خلفية"
        " إقالة الأخير لوزير داخليته"
    )
    article = marsad.analyze(sentence)
    events = [e for story in article.stories for e in story.events]
    assert [(e.type, e.mode, e.text) for e in events if e.text == "هجوما"] == [
        ("ACCUSE", "disapprove", "هجوما")
    ]
    assert not [e for e in events if e.type == "ASSAULT"]
    for story in article.stories:
        assert_offsets(story)


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(ARABIC, ARABIC)
def test_lexicon_verbal_attack_entries_never_raise_and_stay_in_the_text(lexicon, before, after) -> None:
    # any text around "شن الوزير هجوما لاذعا": matching never raises and every span stays inside the text
    sentence = before + " شن الوزير هجوما لاذعا على " + after
    for m in lexicon.match(split_words(sentence, 0, len(sentence))):
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start : m.end].strip() == sentence[m.start : m.end]

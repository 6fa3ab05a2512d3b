"""Eighth lexicon round (evlex7, precision): vetoes drawn from the judged fresh sample N
(benchmarks/data/events_sample_n*.tsv) and from an audit of 3,000 fresh ANT articles coded before and after.
Every sentence is real ANT text from an article in no gold file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support import assert_offsets

import marsad
from events.lexicon_support import lexicon_at, lexicon_matches
from marsad.events.words import split_words

# each sentence was coded with a wrong event at the word shown before the round
VETOES = [
    # neither confirmed nor denied: أو + نفى is the second half of a negation
    (
        "ورفض متحدث باسم السفارة الأميركية في إسلام آباد التعليق على التقارير الإعلامية، بينما لم يؤكد متحدث باسم"
        " وزارة الخارجية الأميركية في واشنطن أو ينفي تلك التقارير.",
        "ينفي",
    ),
    ("ولم تؤكد إسرائيل أو تنفي أبدا حيازتها أسلحة نووية.", "تنفي"),
    # an alert level is no threat
    ('ورفعت السلطات مستوى التهديد إلى "حرج"، وهو أعلى مستوى، مرتين خلال العام الماضي.', "التهديد"),
    # an invitation accepted is no request by the guest; an invitation to visit is no demand
    ("وأعلن لافروف في تلك المناسبة أنه قبل دعوة لزيارة بيونغ يانغ.", "دعوة"),
    (
        "التصريحات المفاجئة والتي تحمل لهجة جديدة لم تعهد من ترمب تجاه #كوريا_الشمالية تأتي بعد أيام من إعلان"
        " الرئيس الأميركي قبول دعوة الرئيس الكوري الشمالي لعقد قمة ثنائية.",
        "دعوة",
    ),
    (
        "الحريري كان قد وصل فجر الأربعاء إلى الرياض، بعد ساعات على تلقيه دعوة رسمية لزيارة المملكة نقلها له"
        " العلولا نفسه خلال زيارة قصيرة إلى بيروت",
        "دعوة",
    ),
    # a conviction is no condemnation
    (
        "وأصدرت المحكمة المكلفة بقضايا الإرهاب حكمها إثر إدانة المرأة بتقديم دعم لوجستي لمنظمة إرهابية ومساعدتها"
        " على ارتكاب جرائم، بحسب بيان المحكمة.",
        "إدانة",
    ),
    (
        "قضت محكمة كويتية بإعدام زوجين لإدانتهما بقتل خادمة فلبينية عثر على جثتها في مجمدة منزلهما.",
        "لإدانتهما",
    ),
    # aiming at a rise or a readiness is no attack
    (
        "وقالت جماعات لحقوق المهاجرين إنها ستقاوم ترامب عند كل منعطف، كما ستستهدف أيضا زيادة نسبة المشاركة في"
        " انتخابات التجديد النصفي للكونغرس في نوفمبر المقبل.",
        "ستستهدف",
    ),
    (
        'ووصف بيان لوزارة الدفاع السعودية المناورات بأنها "أضخم التمارين العسكرية، في المنطقة على الإطلاق، سواء'
        " من حيث عدد القوات والدول المشاركة، أو من ناحية تنوع خبراتها ونوعية أسلحتها، وتستهدف رفع الجاهزية"
        ' العسكرية للدول المشاركة".',
        "وتستهدف",
    ),
    # regret for another's misfortune or resignation is no concession
    ("أعرب الرئيس الروسي فلاديمير بوتين عن أسفه العميق لوقوع ضحايا جراء الهجوم بالأهواز.", "أعرب"),
    (
        "من جانب آخر عبر الغنوشي، في تصريح للجوهرة أف أم، على هامش حضوره لقاء مع رئيس الحكومة وقادة الأحزاب"
        " الممثلة في الحكومة والمنظمات الوطنية الداعمة لها، مساء اليوم بقصر الضيافة بقرطاج، عبر عن أسفه لاستقالة"
        " المدير العام للأمن، عبد الرحمان بالحاج علي، نظرا لما أثبته الأخير من جدارة وقدرة على حفظ أمن البلاد.",
        "عبر عن",
    ),
    # isolation (عزلة) is no dismissal
    (
        'وكان قرقاش قد قال في تغريدات مساء الاثنين إن "صحفيا غريبا أعلمه بأن وفودا إعلامية تتجه إلى الدوحة في إجازات'
        ' مدفوعة الثمن لاحتفالات قطر بمرور عام على عزلتها."',
        "عزلتها",
    ),
    (
        "وعملت الدوحة، إثر عزلتها، على تعزيز علاقتها التجارية مع إيران، فشهدت حركة مرور الموانئ والمطارات ارتفاعا"
        " كبيرا، وفق فوربس التي أشارت إلى استفادة إيرانية من أزمة قطر.",
        "عزلتها",
    ),
    # support for terrorism is an accuser's allegation, never praise
    (
        "وقال ولي العهد السعودي، في المؤتمر الصحفي الذي عقد العاصمة الفرنسية باريس الثلاثاء، إن إيران تدعم الإرهاب"
        " عبر تمويل ميليشيات حزب الله في لبنان والحوثيين في اليمن ورعاية قادة تنظيمات إرهابية مثل القاعدة.",
        "تدعم",
    ),
    ('وعن الأزمة مع الدوحة أعلن: "نقول لقطر إننا نرفض الإرهاب ونرفض دعمها للإرهاب".', "دعمها"),
    # a standing designation in a relative clause is no statement made
    (
        "وهذه واحدة من قضايا عدة أضرت بالعلاقات بين تركيا والولايات المتحدة، كما يختلف البلدان بسبب دعم واشنطن"
        " لوحدات حماية الشعب الكردية السورية التي تعتبرها تركيا منظمة إرهابية.",
        "تعتبرها",
    ),
    (
        "وتقول الحكومة التركية إن وحدات حماية الشعب هي امتداد لحزب العمال الكردستاني الذي تعتبره تنظيما إرهابيا.",
        "تعتبره",
    ),
    # received news, received with pessimism
    (
        "وبدا أن الأسواق التي تخشى أن يمارس أردوغان ضغوطا على المصرف المركزي استقبلت بتشاؤم تعيين البيرق وزير"
        " للمالية، إذ خسرت الليرة التركية أكثر من 2% من قيمتها أمام الدولار فور شيوع النبأ.",
        "استقبلت",
    ),
]

# the content of a charge (charge_before): what someone is charged with is not an act the text asserts
CHARGES = [
    ("ويواجه بينالا اتهامات بالاعتداء على المتظاهرين وانتحال شخصية ضابط شرطة.", "بالاعتداء"),
    (
        'أسقطت بلجيكا تهمة الإرهاب عن التونسي "محمد. ر" (39 عاما) الموقوف منذ شهر مارس الماضي بتهمة محاولة تنفيذ'
        " عملية دهس للمارة بسيارته في سوق مزدحمة في وسط مدينة انتورب شمال بلجيكا.",
        "دهس",
    ),
    (
        "ويبقى مصير ديمرتاش، المسجون منذ أكثر من 20 شهرا، غير واضح، في ظل استمرار توقيفه مع 9 نواب أكراد آخرين"
        ' بتهم تتعلق بـ"الإرهاب"، ودعم حزب العمال الكردستاني المحظور في تركيا.',
        "ودعم",
    ),
]

# the readings each veto leaves: (sentence, trigger as coded, entry id, type)
LEAVES = [
    # hacking launched: the noun is read as COERCE:cyber (conventions section 3), not the verb as ASSAULT
    (
        'وأضاف القاضي أن بداية تضرر تجارة أمارا ماليا "ليس من باب الصدفة" في أعقاب شن لياو هجمات إلكترونية.',
        "هجمات إلكترونية",
        "coerce.hujum_cyber",
        "COERCE",
    ),
    # calling an attack a violation stays an accusation
    (
        'واعتبرت باريس، الهجوم على الغوطة، "خرقا واضحا للقوانين الإنسانية الدولية"، معبرة عن قلقها من المعلومات'
        " التي تم تداولها عن استخدام أسلحة كيماوية",
        "واعتبرت",
        "accuse.itabara",
        "ACCUSE",
    ),
    # a denial, also of charges (the charge's denial is an event of its own)
    ("لكن برينس نفى ذلك في شهادته أمام الكونغرس.", "نفى", "reject.nafa", "REJECT"),
    (
        "وكان أسانج (46 عاما) لجأ في 2012 إلى سفارة الإكوادور في لندن لتجنب تسليمه إلى السويد، حيث يواجه تهم"
        " الاعتداء الجنسي التي ينفيها.",
        "ينفيها",
        "reject.nafa",
        "REJECT",
    ),
    # أوروبا before a denial is no "or" (not_after_words are whole words, not prefixes)
    (
        "وطارق رمضان هو أحد أشهر الشخصيات الإسلامية في أوروبا وينفي الاتهامات الموجهة إليه ويعتبرها حملة"
        " تشهير يقودها أعداؤه.",
        "وينفي",
        "reject.nafa",
        "REJECT",
    ),
    # a verdict after a charge
    (
        "وأدين جنديان بتهمة القتل وحكم عليهما بالسجن المؤبد.",
        "وحكم عليهما بالسجن",
        "sanction.hakama",
        "SANCTION",
    ),
    # a call answered is still the callers' request
    (
        "شل إضراب عام معظم المرافق الحيوية في القطاعين العام والخاص في الأردنK الأربعاء، وذلك تلبية لدعوة النقابات"
        " الفاعلة للاحتجاج على مشروع قانون يوسع قاعدة الخاضعين لضريبة الدخل.",
        "لدعوة",
        "request.daawa",
        "REQUEST",
    ),
    # a condemnation
    (
        'وقال الملك سلمان أمام قادة ورؤساء وممثلي الدول العربية "نجدد (...) الإدانة الشديدة للأعمال الإرهابية التي'
        ' تقوم بها إيران في المنطقة العربية، ونرفض تدخلاتها السافرة في الشؤون الداخلية للدول العربية".',
        "الإدانة",
        "accuse.idana",
        "ACCUSE",
    ),
    # an apology for one's own words
    (
        "سارع المرشح الجمهوري في انتخابات الرئاسة الأمريكية دونالد ترامب إلى منع انهيار حملته في وقت مبكر من صباح"
        " اليوم السبت بإصدار بيان مصور معد على عجل عبر فيه عن أسفه على الإدلاء بتصريحات جنسية سوقيّة عن النساء.",
        "عبر",
        "concede.abbara_asaf",
        "CONCEDE",
    ),
    # targeting positions is an attack
    (
        "وكانت القوات التركية شنت عملية في مدينة عفرين السورية ذات الغالبية الكردية، حيث تقول أنقرة إنها تستهدف"
        " مواقع تابعة لوحدات حماية الشعب الكردي التي تعتبرها أنقرة منظمة إرهابية.",
        "تستهدف",
        "assault.istahdafa",
        "ASSAULT",
    ),
    # a removal from office written عزلته stays
    (
        "وعينت الحكومة لجنة أطباء لمعاينة شريف، الذي عزلته المحكمة العليا في يوليو 2017، على خلفية قضية فساد.",
        "عزلته",
        "sanction.azala",
        "SANCTION",
    ),
    # a host receiving a visitor
    (
        'وصرح الأمين العام للرئاسة أوغو زامبيتي للصحافيين أن "رئيس الجمهورية سيرجيو ماتاريلا استقبل بعد ظهر اليوم'
        ' البروفسور جوزيبي كونتي وكلفه تشكيل الحكومة".',
        "استقبل",
        "consult.istaqbala",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("sentence", "word"), VETOES)
def test_lexicon_round8_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), CHARGES)
def test_lexicon_round8_charge_content_is_no_act(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), LEAVES)
def test_lexicon_round8_vetoes_leave_the_event_readings(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


def test_lexicon_round8_charge_through_the_pipeline() -> None:
    # the indictment stays, the assault it names is not coded as an act
    sentence = "ويواجه بينالا اتهامات بالاعتداء على المتظاهرين وانتحال شخصية ضابط شرطة."
    article = marsad.analyze(sentence)
    events = [e for story in article.stories for e in story.events]
    assert not [e for e in events if e.type == "ASSAULT"]
    for story in article.stories:
        assert_offsets(story)


def test_lexicon_round8_neither_nor_through_the_pipeline() -> None:
    sentence = "ولم تؤكد إسرائيل أو تنفي أبدا حيازتها أسلحة نووية."
    article = marsad.analyze(sentence)
    assert [e for story in article.stories for e in story.events if e.type == "REJECT"] == []


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(ARABIC, ARABIC)
def test_lexicon_round8_charges_never_raise_and_stay_in_the_text(lexicon, before, after) -> None:
    # any text around a charge and its content: matching never raises, spans stay inside the text, and no
    # attack is read within the charge's window
    sentence = before + " ويواجه اتهامات بالاعتداء " + after
    matches = lexicon.match(split_words(sentence, 0, len(sentence)))
    for m in matches:
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start : m.end].strip() == sentence[m.start : m.end]
    offset = sentence.index("بالاعتداء")
    assert not [m for m in matches if m.start == offset]


def test_lexicon_round8_hacking_is_not_an_assault(lexicon) -> None:
    sentence = (
        'وأضاف القاضي أن بداية تضرر تجارة أمارا ماليا "ليس من باب الصدفة" في أعقاب شن لياو هجمات إلكترونية.'
    )
    assert [t for _, t, _, _ in lexicon_matches(lexicon, sentence)] == ["COERCE"]


# after fresh sample O was judged (so not measured on O): passing a law at home, "gives reason to"
SAMPLE_O_VETOES = [
    (
        "صادق البرلمان التونسي الخميس على القانون الأساسي الذي ينظم عمل المجالس البلدية التي ستنتخب في السادس من أيار/مايو المقبل.",
        "صادق",
    ),
    (
        "بعد 15 عاما من الانتظار، صادق البرلمان المغربي بالأغلبية على مشروع قانون محاربة العنف ضد المرأة.",
        "صادق",
    ),
    (
        "وقال رئيس الوزراء الكندي جاستن ترودو إنه لا يوجد ما يدعو للاشتباه في وجود صلة للحادث بالأمن القومي.",
        "يدعو",
    ),
]


@pytest.mark.parametrize(("sentence", "word"), SAMPLE_O_VETOES)
def test_lexicon_round8_laws_and_idioms_are_no_events(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # ratifying an international convention stays SUPPORT
        (
            "وقد رفع براهم الدعوى من مبدأ مصادقة فرنسا على اتفاقية مناهضة التعذيب الدولية، ما يمنحها الحق في التحقيق"
            " مع أي طرف يشتبه في ارتكابه جرائم",
            "مصادقة",
            "support.musadaqa",
            "SUPPORT",
        ),
        # a call stays a call
        (
            'ودعا الرئيس الفرنسي إيمانويل ماكرون كلا من إسرائيل وإيران إلى "نزع فتيل التصعيد"',
            "ودعا",
            "request.daa",
            "REQUEST",
        ),
    ],
)
def test_lexicon_round8_ratifications_and_calls_stay(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)

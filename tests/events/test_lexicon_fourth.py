"""Fourth lexicon round (evlex3): new predicates mined from ANT news and vetoes drawn from the judged fresh
samples (benchmarks/data/events_sample_*.tsv). Every sentence is real ANT text from an article in no gold file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.lexicon_support import lexicon_at, lexicon_matches
from marsad.events.words import split_words


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # a protest stand needs its adjective; the adjacent adjective joins the trigger
        (
            'نظمت جمعية "بيت الإعلاميين العرب في تركيا"، الجمعة، وقفة احتجاجية أمام مقر القنصلية السعودية في إسطنبول',
            "وقفة احتجاجية",
            "protest.waqfa",
            "PROTEST",
        ),
        ("وأوضح أن حركة النهضة اعترضت على هذا المقترح و أوقفت التصويت", "اعترضت", "reject.itarada", "REJECT"),
        # عبّر عن, read as أعرب عن: regret, dismay, support, concern
        ("وعبرت المنظمة عن أسفها في بيان صدر عنها", "وعبرت", "concede.abbara_asaf", "CONCEDE"),
        (
            "عبرت إيران عن غضبها بسبب فرض الولايات المتحدة عقوبات ضد عشرة أشخاص",
            "عبرت",
            "accuse.abbara_istiya",
            "ACCUSE",
        ),
        ("والجمعة، عبر ماكرون عن دعمه لميركل", "عبر", "support.abbara_dam", "SUPPORT"),
        (
            "وكانت واشنطن عبرت سابقا عن قلقها بشأن قرار تركيا التدخل بشكل أكبر في الحرب في سوريا",
            "عبرت",
            "accuse.abbara_qalaq",
            "ACCUSE",
        ),
        # Form I دهم (raided), as داهم
        (
            "ودهم عناصر مكتب التحقيقات الفدرالي في أبريل الجاري مكاتب كوهين",
            "ودهم",
            "coerce.dahama_1",
            "COERCE",
        ),
        (
            "بعدما دهم متمردون يعتقد أنهم فصيل من بوكو حرام مدرستهن الاثنين",
            "دهم",
            "coerce.dahama_1",
            "COERCE",
        ),
        (
            "وعبر مسؤولون روس عن قلقهم ازاء ما يجري هناك، كما عبروا عن تأييدهم لمحاولات الحكومة السورية",
            "عبروا عن تأييدهم",
            "support.abbara_dam",
            "SUPPORT",
        ),
    ],
)
def test_lexicon_fourth_round_new_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # عبر 'via' and اعترض 'intercept' are not the new readings
        ("وتمكنت القوات من اعتراض الصاروخ عبر منظومة الدفاع عن الأجواء", "عبر"),
        ("واعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون", "واعترضت"),
        ("وعبر مسؤولون روس عن قلقهم ازاء ما يجري هناك", "وعبر"),
        ("ولجأت القوات إلى وقفة قصيرة قبل التقدم", "وقفة"),
    ],
)
def test_lexicon_fourth_round_other_senses(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a confession is no recognition (sample B)
        ("كما اعترفت إحداهما بعلاقتها بأشخاص في فرنسا اقترحوا عليها العمل في مجال المخدرات", "اعترفت"),
        # rows of tests/events/data/lexicon_sentences.tsv picked in the third round that are other senses:
        # receiving migrants, a gang's confession, lying to an agency, a possible death sentence
        ("وقبل سنة من ذلك استقبلت حوالى 200 ألف مهاجر", "استقبلت"),
        ('عصابة في المكسيك "تعترف بقتل الطلبة المفقودين"', "تعترف"),
        ("ولكن بدلاً من ذلك، كذبت على الوكالة مراراً وتكراراً", "كذبت"),
        ("وقد تواجه المرأتان، إذا أدينتا، الحكم بالإعدام", "بالإعدام"),
        ("وصدرت أحكام حينئذ بإعدام 13 من أعضاء الجماعة", "بإعدام"),
        # an obstacle to or a condition for a deal is no deal (samples F, B)
        ("بعد معارضة شكلت حجر عثرة أمام التوصل لاتفاق، حسبما أفاد الحديثي", "التوصل"),
        ('ويوم الاثنين، حدد بومبيو 12 شرطا للتوصل إلى "اتفاق جديد" مع إيران', "للتوصل"),
        # the penal code; a death sentence is not an execution (samples E, B)
        ("وتنص المادة 92 من قانون العقوبات الأردني الفقرة (أ) على أنه يعفى من العقاب", "العقوبات"),
        ("وخففت المحكمة حكم الإعدام إلى السجن المؤبد (25 عاما) بحق ثلاثة متهمين", "الإعدام"),
        # videos released by the police (sample C)
        ("أفرجت شرطة سكرامنتو في كاليفورنيا، عن 54 فيديو وتسجيلا صوتيا", "أفرجت"),
        # a missile test is no attack (fresh article)
        ("قالت روسيا إنها أطلقت بنجاح صاروخا يفوق سرعة الصوت", "أطلقت"),
        # a letter posted on a page is no deployment; football attacks on goal (sample B)
        ("ونشرتها صفحة قوات مشاة البحرية التايلاندية على صفحتها على موقع التواصل الاجتماعي السبت", "ونشرتها"),
        ("وشنت عدة هجمات خطرة على مرمى منافسها، لكن فشل في تحويلها إلى أهداف", "وشنت"),
        # lying to someone; dismantling one's own weapons; a battle with cancer; thanking God (samples E, B, C)
        ('لماذا كذبوا علينا؟".', "كذبوا"),
        ('وأضاف: "تحتاج كوريا الشمالية لتدمير أسلحتها وقدراتها النووية"', "لتدمير"),
        ("على الرغم من معركته مع سرطان الدماغ.", "معركته"),
        ("علينا أن نشكر الرب الذي أرسل إلينا ترمب", "نشكر"),
        # receiving migrants; asylum seekers and applications; a nerve agent; a budget (samples C, E, A)
        ("وتستقبل منطقة الأندلس جنوب إسبانيا آلاف المهاجرات اللاتي يعملن في حقول جني الفراولة", "وتستقبل"),
        ("وتحدث بوعنان، الذي كان في ذلك الوقت طالب لجوء يبلغ من العمر 22 عاما", "طالب"),
        ("وفرّ مواطن صيني الجمعة إلى هلسنكي وقدم طلب لجوء", "طلب"),
        ("باستخدام عنصر كيماوي يستهدف الأعصاب.", "يستهدف"),
        ("وافق الكونغرس الأميركي على موازنة قدرها 716,3 مليار دولار لوزارة الدفاع", "وافق"),
        # institution names: the FBI, KSrelief, a press fund (fresh articles)
        ("ودهم عناصر مكتب التحقيقات الفدرالي في أبريل الجاري مكاتب كوهين", "التحقيقات"),
        ("وقال مركز الملك سلمان للإغاثة والأعمال الإنسانية", "للإغاثة"),
        ("وتوجهت سفينة تابعة لمجموعة إغاثة إسبانية تدعى برو آكتيف أوبن آرمز", "إغاثة"),
        # a purpose after من أجل / بهدف is no act (sample E and fresh articles)
        (
            "تعمل مع المخابرات العسكرية الفرنسية في مالي لكشف موقع الاختباء المحدد من أجل استهداف المقاتلين.",
            "استهداف",
        ),
        ("وشنت طالبان هجمات من عدة اتجاهات، صباح الثلاثاء، بهدف السيطرة على المدينة", "السيطرة"),
    ],
)
def test_lexicon_fourth_round_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "word", "entry_id"),
    [
        # the vetoes leave the event readings: a condemnation, a court conviction, recognition, a withdrawal from talks
        ("وأدانت الخارجية الهجوم بشدة", "وأدانت", "accuse.adana"),
        # a court's or a jury's conviction is SANCTION:convict, not a condemnation (samples B, A)
        (
            "وأدانت هيئة المحلفين في مايو/ أيار الماضي عبد الرحمن بتهمة الاعتداء والتعنيف",
            "وأدانت",
            "sanction.adana_qada",
        ),
        (
            "وقال الجهاز الأمني إنه طرد من غينيا الإستوائية بسبب إدانته بتهريب المخدرات.",
            "إدانته",
            "sanction.adana_qada",
        ),
        (
            "وأضافت أنها ستنسحب من الحوار إذا أصرت الولايات المتحدة على تخلي بيونغ يانغ عن ترسانتها",
            "ستنسحب",
            "reject.qata_muhadathat",
        ),
        # a warning that states a future act is a threat (fresh article)
        (
            'وحذرت واشنطن من أنها ستتخذ "إجراءات حازمة ومناسبة" ردا على انتهاكات وقف إطلاق النار',
            "وحذرت",
            "threaten.hadhdhara",
        ),
        ("ولكن المحكمة تراجعت عن قرارها الشهر الماضي وأدانت المتهم بالاغتصاب.", "وأدانت", None),
    ],
)
def test_lexicon_fourth_round_sense_choice(lexicon, sentence, word, entry_id) -> None:
    found = [eid for eid, _ in lexicon_at(lexicon, sentence, word)]
    if entry_id is None:
        assert "accuse.adana" not in found, found
    else:
        assert found[:1] == [entry_id], found


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(ARABIC)
def test_lexicon_aim_rule_never_raises(lexicon, text) -> None:
    # any text after من أجل: matching never raises and no trigger follows an aim word directly
    sentence = "من أجل " + text
    words = split_words(sentence, 0, len(sentence))
    for m in lexicon.match(words):
        assert 0 <= m.start < m.end <= len(sentence)
        assert not (m.head == 2 and words[1].norm in lexicon.aim_words)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # judged fresh sample G (benchmarks/data/events_sample_g.tsv): "their dead" (the never list),
        # clashing interests, a law's conformity, a travel ban, killing a dream, a crackdown's bound pronoun
        ("وسط هروب عناصرها من المواجهات تاركين خلفهم عتادهم وقتلاهم وأسلحتهم", "وقتلاهم"),
        (
            "وتدهورت العلاقات بين تركيا والولايات المتحدة، الشريكتين في حلف شمال الأطلسي، بسبب احتجاز برانسون وتعارض المصالح في سوريا.",
            "وتعارض",
        ),
        (
            'وأشار إلى أنه التحالف شن الهجوم "بما يتوافق مع القانون الدولي الإنساني وقواعده العرفية".',
            "يتوافق",
        ),
        ("ويأتي ذلك بعد قرار الرئيس الأمريكي دونالد ترامب وقف استقبال مواطنين من هذه الدول.", "استقبال"),
        (
            'احتجاجا على استراتيجية ماي التي قال إنها تقتل "حلم الانفصال البريطاني" عن الاتحاد الأوروبي',
            "تقتل",
        ),
        (
            "ولا سيما بعد حملة القمع الواسعة التي شنّها الرئيس التركي رجب طيب أردوغان إثر محاولة الانقلاب الفاشل ضده",
            "شنّها",
        ),
        # استهدف: sanctions, a smear campaign, an aim (تستهدف الإطاحة، دحر) are no attacks (fresh articles)
        ("وكانت العقوبات الأمريكية استهدفت في فبراير/شباط الماضي الشبكة المالية للحزب", "استهدفت"),
        ('عن "حملة تشويه" جديدة تستهدف المهتمين بحقوق المرأة في السعودية.', "تستهدف"),
        ("ولم تكن تستهدف الإطاحة بالرئيس بشار الأسد، أو التدخل في الحرب الأهلية.", "تستهدف"),
        ("متعاقد أمني في الحملة التي تستهدف دحر تنظيم داعش في كل من سوريا والعراق", "تستهدف"),
        # a verb entry after بهدف is its masdar, a purpose (fresh article)
        (
            "وصلت قوات سعودية إلى جزيرة سقطرى اليمنية وفقا لما أعلن التحالف العسكري في اليمن، بهدف دعم القوات الحكومية",
            "دعم",
        ),
    ],
)
def test_lexicon_sample_g_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


def test_lexicon_blame_is_an_accusation(lexicon) -> None:
    # judged fresh sample G: تنحي باللائمة is blaming, not stepping down (the RETREAT reading is vetoed)
    sentence = 'التايمز: تركيا تنحي باللائمة على "اللوبي اليهودي" في أزمتها الاقتصادية'
    start = sentence.index("تنحي")
    assert lexicon_matches(lexicon, sentence) == [("accuse.nahha_lawm", "ACCUSE", start, start + len("تنحي"))]


def test_lexicon_invitation_to_attend_is_no_request(lexicon) -> None:
    # judged fresh sample G: دعا X لحضور اجتماع is an invitation (AGREE 036), not a call for change
    sentence = (
        "وكان الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، قد دعا المواطن الإماراتي"
        " علي المزروعي من رأس الخيمة، لحضور اجتماع مجلس الوزراء"
    )
    assert lexicon_at(lexicon, sentence, "دعا") == [("agree.daa_ziyara", "AGREE")]


def test_lexicon_attack_reading_kept_after_not_before(lexicon) -> None:
    # the not_before veto leaves a real targeting alone (fresh article)
    sentence = "وأوضح قرقاش في مؤتمر صحفي، أن ميليشيات الحوثي استهدفت ناقلتي النفط السعوديتين"
    assert lexicon_at(lexicon, sentence, "استهدفت") == [("assault.istahdafa", "ASSAULT")]


def test_lexicon_inspection_visit_is_no_consultation(lexicon) -> None:
    # judged fresh sample F and fresh articles: a leader's inspection of his own troops is no visit to anyone
    sentence = "أدى زعيم كوريا الشمالية كيم جونغ أون زيارة تفقد إلى وحدات جيش بلاده في جزيرتين صغيرتين في البحر الأصفر"
    assert lexicon_at(lexicon, sentence, "زيارة") == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # deporting asylum seekers (fresh article)
        (
            "رحلت السلطات الألمانية خلال السنة الماضية 404 طالب لجوء من بينهم 116 تونسيا",
            "رحلت",
            "coerce.rahhala",
            "COERCE",
        ),
    ],
)
def test_lexicon_fourth_round_more_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # fresh articles: a no-confidence motion, incriminating evidence, risks and crises that "threaten",
        # a prayer for the wounded
        ("وفي فرنسا غالبا ما تشكل مذكرات حجب الثقة فرصة لإسقاط الحكومة في حال إقرارها", "حجب"),
        ("وقام بعدها بحذف حسابه على فيسبوك فيما قد يعد دليلاً يدينه كما أنه حطم هاتفه الجوال", "يدينه"),
        ("وأكد أنه لا دليل على مخاطر صحية تهدد الناس في المنطقة.", "تهدد"),
        ('مؤكداً أن "الغرب أضعف مما كان عليه، وتهدده أزمات اللاجئين والمشردين".', "وتهدده"),
        ("واختتم عباس كلمته أمام مجلس الوزراء بالرحمة على القتلى والدعوة للجرحى بالشفاء العاجل", "والدعوة"),
    ],
)
def test_lexicon_fresh_article_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


def test_lexicon_threat_kept_with_its_content(lexicon) -> None:
    # the new threat vetoes leave a threat of sanctions alone (fresh article)
    sentence = "وهددت طهران مرارا بالانسحاب من الاتفاق النووي إذا انسحبت منه أمريكا"
    assert ("threaten.haddada", "THREATEN") in lexicon_at(lexicon, sentence, "وهددت")


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # circumstantial participles of listed verbs (real ANT sentences from articles in no gold file)
        (
            'علق نائب رئيس شرطة دبي، ضاحي خلفان، على اقتراب مقاتلات قطرية من طائرة مدنية إماراتية، الأحد، واصفا الحادثة بأنها "أسلوب إرهابي"',
            "واصفا",
            "accuse.wasafa",
            "ACCUSE",
        ),
        (
            'وقال رئيس بلدية القدس نير بركات في بيان "هذا ليس حلما، بل حقيقة "شاكرا الرئيس الأمريكي على قراره "التاريخي"',
            "شاكرا",
            "support.shakara",
            "SUPPORT",
        ),
        # the verbal noun of أوفد
        (
            "كما وافق على إيفاد ممثل للحكومة الى يريفان في 24 نيسان/إبريل في ذكرى المجازر",
            "إيفاد ممثل",
            "consult.ifad",
            "CONSULT",
        ),
    ],
)
def test_lexicon_fourth_round_participles_and_nouns(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # participles left out because they are mostly nouns: a protester, a proposal (real ANT sentences)
        (
            "استخدمت الشرطة العراقية، الثلاثاء، الهراوات وخراطيم المياه لتفريق نحو 250 محتجا تجمعوا عند المدخل",
            "محتجا",
        ),
        ("تدرس القوى الغربية مقترحا فرنسيا لإنشاء آلية جديدة بمنظمة حظر الأسلحة الكيماوية", "مقترحا"),
    ],
)
def test_lexicon_nominal_participles_unlisted(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # plurals of verbal nouns the lexicon listed only in the singular (real ANT sentences)
        (
            "وأوضحت الوكالة أن الاقتحامات الواسعة للمستوطنين حدثت من جهة باب المغاربة",
            "الاقتحامات",
            "coerce.iqtiham",
            "COERCE",
        ),
        (
            "قال وزير الخارجية الأميركي، مايك بومبيو، الثلاثاء، إن فيلق القدس الإيراني ينفذ اغتيالات في أوروبا",
            "اغتيالات",
            "assault.ightiyal",
            "ASSAULT",
        ),
        (
            "وتأتي حملة الاختطافات تزامناً مع تقدم قوات الشرعية المسنودة من تحالف دعم الشرعية في اليمن",
            "الاختطافات",
            "assault.khatf",
            "ASSAULT",
        ),
        (
            "وقدم الأساقفة استقالاتهم الجماعية في رسالة وجهوها للبابا",
            "استقالاتهم",
            "retreat.istiqala",
            "RETREAT",
        ),
        # a court's sentence (قضت المحكمة بسجن); fighters withdrawn
        (
            "قضت محكمة إيرانية، الأحد، بسجن 16 امرأة إيرانية، بتهمة الانتماء إلى تنظيم داعش الإرهابي",
            "قضت",
            "sanction.qada_hukm",
            "SANCTION",
        ),
        (
            "وقالت المليشيا الكردية، في مؤتمر صحفي الثلاثاء، إنها ستسحب مقاتليها من مناطق شرقي سوريا",
            "ستسحب مقاتليها",
            "retreat.sahaba",
            "RETREAT",
        ),
        # a donation of a stated sum
        (
            'وأضافت: "تشيد الولايات المتحدة بإعلان المملكة العربية السعودية اليوم عن تبرعها الكريم بـ100 مليون دولار لجهود إرساء الاستقرار',
            "تبرعها",
            "aid.tabarruat",
            "AID",
        ),
    ],
)
def test_lexicon_fourth_round_forms(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


def test_lexicon_death_sentence_is_no_execution(lexicon) -> None:
    # a court that sentences to death (قضت بإعدام) convicts; the execution noun is vetoed (fresh article)
    sentence = "قضت محكمة عراقية، الاثنين، بإعدام 6 نساء من الجنسية التركية، بتهمة الانتماء لتنظيم داعش"
    assert lexicon_at(lexicon, sentence, "بإعدام") == []
    assert lexicon_at(lexicon, sentence, "قضت") == [("sanction.qada_hukm", "SANCTION")]


def test_lexicon_targeting_the_ypg_is_an_attack(lexicon) -> None:
    # وحدات حماية الشعب is a name: حماية after تستهدف is no aim (fresh article)
    sentence = 'وتؤكد تركيا أن عمليتها العسكرية تستهدف وحدات حماية الشعب الكردية التي تعتبرها "إرهابية"'
    assert lexicon_at(lexicon, sentence, "تستهدف") == [("assault.istahdafa", "ASSAULT")]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # judged fresh sample H: his ministry is no visit, his grip no arrest (the never list)
        (
            "وكان وزير الداخلية الجزائري نورالدين بدوي، الذي تشرف وزارته على الجانب الإداري والتنظيمي للانتخابات",
            "وزارته",
        ),
        ("هيمن أردوغان على المشهد التركي وأحكم قبضته على البلاد التي يقطنها 81 مليون نسمة", "قبضته"),
    ],
)
def test_lexicon_never_words(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


def test_lexicon_never_words_leave_the_verb(lexicon) -> None:
    # the verb with its object pronoun and no proclitic still reads (real ANT sentence)
    sentence = "وقد زارها الرئيس العام الماضي"
    assert lexicon_at(lexicon, sentence, "زارها") == [("consult.zara", "CONSULT")]


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id"),
    [
        # executions carried out (the death-sentence nouns after حكم are vetoed); real ANT sentences
        (
            "نفذت السلطات المصرية صباح اليوم الخميس حكم الإعدام في حق عادل حبارة، أحد المدانين في قتل 25 مجندا",
            "نفذت",
            "assault.nafadha_idam",
        ),
        (
            "كما تم أيضا تنفيذ حكم الإعدام في حق 5 آخرين بتهمة اقتراف جرائم جنائية كبرى",
            "تنفيذ حكم الإعدام",
            "assault.tanfidh_idam",
        ),
        # the accusative noun طلبا is a request (the dual verb form is kept: a count of applications is rarer)
        (
            "وكان وزير الخارجية الفلسطيني رياض المالكي قدم، طلبا للمحكمة الجنائية الدولية يدعو إلى إحالة إسرائيل",
            "طلبا",
            "request.talaba",
        ),
    ],
)
def test_lexicon_fourth_round_kept_readings(lexicon, sentence, trigger, entry_id) -> None:
    start = sentence.index(trigger)
    assert entry_id in [
        eid for eid, _, s, e in lexicon_matches(lexicon, sentence) if s == start and e == start + len(trigger)
    ]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # serving a sentence is no sentencing; a court's conviction is no condemnation; an asylum seeker is no
        # grant of asylum; a call to halt executions is none (real ANT sentences)
        ("وجرى ترحيل جمال بغال من فرنسا على متن طائرة إلى الجزائر بعد أن قضى حكما بالسجن لمشاركته", "قضى"),
        ("وجرى ترحيل جمال بغال من فرنسا على متن طائرة إلى الجزائر بعد أن قضى حكما بالسجن لمشاركته", "حكما"),
        ("ولكن غرفة البداية في المحكمة الجنائية الدولية دانت بيمبا في قضية ثانية جانبية", "دانت"),
        (
            'مضيفا أن كل طالب لجوء سوري عليه أن يوضح بأنه " ملاحق سياسيا بسبب آرائه السياسية، بسبب موقفه من نظام الأسد',
            "لجوء",
        ),
        ("متجاهلة المناشدات الحقوقية التي طالبت بوقف تنفيذ أحكام الإعدام", "تنفيذ"),
    ],
)
def test_lexicon_fourth_round_sentence_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []

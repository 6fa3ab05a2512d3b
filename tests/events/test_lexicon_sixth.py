"""Sixth lexicon round (evlex5): vetoes drawn from the judged fresh sample J
(benchmarks/data/events_sample_j*.tsv) and predicates mined from ANT sentences in which the coder found no event.
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
        # spoke by phone (تحدث هاتفيا): both parties are actors, as for تحادث
        (
            "في غضون ذلك، قال البنتاغون ووزارة الدفاع الروسية إن رئيس هيئة الأركان العامة للجيش الروسي ورئيس هيئة"
            " الأركان الأمريكية المشتركة تحدثا هاتفيا اليوم وبحثا الوضع في سوريا.",
            "تحدثا هاتفيا",
            "consult.tahaddatha_hatif",
            "CONSULT",
        ),
        (
            "أفادت وكالة شينخوا الصينية للأنباء السبت أن المسؤول الاقتصادي الرئيسي في الصين ليو هي تحدث هاتفيا مع"
            " وزير الخزانة الأميركي ستيفن منوتشين",
            "تحدث هاتفيا",
            "consult.tahaddatha_hatif",
            "CONSULT",
        ),
        # threw or dropped bombs, an explosive device (ألقى قنابل / عبوة; the verbal noun إلقاء)
        (
            'و افاد بيان للمنظمة اليوم الجمعة ان"حوالي 90 شخصا قتلوا عندما ألقت طائرة تابعة للجيش النيجيري,'
            " قنبلتين في وسط مدينة ران",
            "ألقت",
            "assault.alqa_qanabil",
            "ASSAULT",
        ),
        (
            'وقالت حكومة جمهورية "الجبل الأسود" الخميس إن مجهولا ألقى عبوة ناسفة على مبنى السفارة الأميركية في'
            " العاصمة بودجوريتشا ثم فجر نفسه.",
            "ألقى عبوة",
            "assault.alqa_qanabil",
            "ASSAULT",
        ),
        (
            "وأعلنت السلطات إصابة شرطي جراء إلقاء قنبلة يدوية الصنع.",
            "إلقاء قنبلة",
            "assault.ilqa_qanabil",
            "ASSAULT",
        ),
        # sentences passed (أحكام بالسجن / بالإعدام), as حكم بالسجن
        (
            "أصدرت محكمة في باكستان أربعة أحكام بالإعدام على المتهم باغتصاب وقتل طفلة عمرها ست سنوات الشهر الماضي",
            "أحكام بالإعدام",
            "sanction.ahkam",
            "SANCTION",
        ),
        (
            "أفاد مصدر قضائي بحريني الخميس، أن المحكمة الكبرى الجنائية البحرينية أصدرت أحكاما بالسجن وإسقاط الجنسية"
            ' على 24 مواطنا شيعيا، بعد إدانتهم بتشكيل "جماعة إرهابية"',
            "أحكاما بالسجن",
            "sanction.ahkam",
            "SANCTION",
        ),
        # a single-country drill in the singular (مناورة عسكرية / جوية)
        (
            "بالفعل، أجرت روسيا مناورة عسكرية في البحر المتوسط استهدفت تعزيز التنسيق بين السفن الحربية والطائرات.",
            "مناورة عسكرية",
            "mobilize.tadribat_single",
            "MOBILIZE",
        ),
    ],
)
def test_lexicon_sixth_round_new_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


# judged fresh sample J: each sentence was coded with the wrong event before the round (the word shown)
SAMPLE_J_VETOES = [
    # fresh sample K (judged after the round): a wide field (the adjective رحب), "as a defendant", endangering navigation
    ("لذا لا نرى هذا الموضوع إلّا ميداناً رحباً للنظام للاستثمار به لدى الدروز", "رحباً"),
    # ... and the broad chest of the lexicon's own earlier test row (بكل صدر رحب), which was no welcome
    ('وقال الصفدي "تحملنا ما فيه الكفاية بكل صدر رحب', "رحب"),
    (
        "مذكرا بأن الجبهة الشعبية تطالب بالاستماع إلى علي العريض بصفته متهما، وليس شاهدا في قضية اغتيال شكري بلعيد.",
        "متهما",
    ),
    (
        "التي تشكل تهديدا مباشرا ليس فقط على القوات والشعب اليمني، لكن أيضا تهدد حرية الملاحة البحرية في البحر الأحمر",
        "تهدد",
    ),
    # found when the changed picks were judged: a storm threatening rain; Brexit as a topic
    (
        "أعلنت ولايتا فلوريدا ومسيسبي الأميركيتان حالة الطوارئ يوم السبت مع تحرك العاصفة ألبرتو شبه المدارية"
        " شمالا صوب ساحل الخليج بالولايات المتحدة مما يهدد بهطول أمطار غزيرة وحدوث فيضانات بحلول يوم الاثنين.",
        "يهدد",
    ),
    (
        'وقال مكتب ماي " سيجري بحث حل المسائل القليلة المتبقية المتعلقة بالانسحاب والتي لها صلة بمغادرة المملكة'
        ' المتحدة الاتحاد الأوروبي ومواصلة المباحثات بشأن العلاقة في المستقبل".',
        "بالانسحاب",
    ),
    # a joint statement of concern is no support
    (
        'وصرح النواب مايك تومبسون، وتيد ليو، وسيث مولتون وآخرون، في بيان مشترك "باعتبارنا محاربين قدامى،\xa0نعرب عن'
        " قلقنا العميق حيال الاستخدام المتهور للرئيس لتويتر والمنصات العامة الأخرى",
        "بيان",
    ),
    # a state of emergency declared for a storm
    (
        "أعلنت ولايتا فلوريدا ومسيسبي الأميركيتان حالة الطوارئ يوم السبت مع تحرك العاصفة ألبرتو شبه المدارية"
        " شمالا صوب ساحل الخليج بالولايات المتحدة",
        "حالة",
    ),
    # a withdrawal that is the content of an agreement or an initiative
    (
        "وفي تغريدة على تويتر، قال جيش الإسلام إن اتفاق خروج مقاتلين من هيئة تحرير الشام (جبهة النصرة سابقا) اُبرم"
        " بالتشاور مع الأمم المتحدة",
        "خروج",
    ),
    (
        'متابعا:" تحدثنا\xa0عن مبادرة إطلاق سراح جميع الإسراء والمعتقلين من كل الأطراف، ونشكره على مبادرته في هذا'
        ' الإطار".',
        "إطلاق",
    ),
    # a conviction is no condemnation
    (
        "وكان القضاء نفسه قد أصدر في شباط/فبراير، حكما بالسجن سبعة أشهر على جهادية فرنسية بعد إدانتها بدخول العراق"
        ' "بطريقة غير شرعية".',
        "إدانتها",
    ),
    # declining to comment, stealing the spotlight, two historical enemies, a football shot
    ("ورفض الإدلاء بأي تفاصيل أخرى، مؤكدا في المقابل أن القضية بيد الشرطة.", "ورفض"),
    ("لقد كان يوم الأمير هاري وميغان، لكن ذلك لم يمنع أحد الخيول من محاولة خطف الأضواء.", "خطف"),
    ("وتركيا واليونان عدوان تاريخيان، وخاضتا حروباً طويلة للسيادة على منطقة إيجه.", "عدوان"),
    (
        "ثم عاد تريزيغه مهددا الحارس السعودي بضربة قوية أراد أن يسكنها في الزاوية اليمنى إلا أن الكرة خرجت جانبية (34).",
        "مهددا",
    ),
    # a statistical fall; an aviation warning level; "they need"; a count of defendants
    (
        "ولكن الإجمالي البالغ 1905 المسجل عام 2017 شكل تراجعا بنسبة 15 بالمائة مقارنة مع العام 2016 فضلا عن تراجع"
        " كبير عن الذروة المسجلة عام 2005 بواقع 7903 حالة.",
        "تراجع كبير",
    ),
    (
        "رفعت السلطات الإندونيسية مستوى التحذير لرحلات الطيران حول منطقة بركان سينابونغ، بعد أن وصلت أعمدة الدخان"
        " التي نفثها إلى ارتفاعات قياسية.",
        "التحذير",
    ),
    (
        "يهدد حياة 1.1 مليون من النساء الحوامل المصابات بسوء التغذية واللاتي يحتجن إلى رعاية فورية وخدمات الصحة"
        " الإنجابية",
        "يحتجن",
    ),
    ('واستجوبت نيابة أمن الدولة العليا "141 متهما في القضية، حيث أدلى 52 متهما منهم خلال التحقيقات', "متهما"),
    # a suspended sentence; a bill's aim; a domestic project inaugurated
    (
        "وتراوحت عقوبة المصورين بين الغرامة المالية و عقوبة السجن مع وقف التنفيذ فيما وصف من جانب جماعات حقوق النساء",
        "وقف",
    ),
    (
        'ومشروع القانون الذي علمت "سكاي نيوز عربية" أنه سيتم طرحه خلال الساعات القادمة، يستهدف فرض عقوبات على كل'
        " الشركات التي يعود جزء من ملكيتها إلى الحرس الثوري.",
        "فرض",
    ),
    (
        "افتتح الرئيس المصري عبد الفتاح السيسي مشروع قناطر أسيوط الجديدة ومحطتها الكهرومائية بمشاركة مجموعة من"
        " الشباب",
        "افتتح",
    ),
    # a tear-gas grenade is no bombing; receiving a warning (تلقي) is not throwing; a sentence faced is not passed
    (
        "يذكر أنها المرة الثالثة في ظرف أسبوعين التي يتم فيها إلقاء قنبلة مسيلة للدموع في قلب برلمان كوسوفو احتجاجا"
        " على هاتين الاتفاقيتين.",
        "إلقاء",
    ),
    (
        'أن الحرم الجامعي في جزيرة الأمير إدوارد الواقعة على مرفأ نوفا سكوشا تم تفتيشه عقب تلقي "إنذار بوجود عبوة"'
        " من مصدر مجهول.",
        "تلقي",
    ),
    (
        "وسيواجهون أحكاما بالسجن تصل إلى عشرة أعوام في حال إدانتهم.",
        "أحكاما",
    ),
]


@pytest.mark.parametrize(("sentence", "word"), SAMPLE_J_VETOES)
def test_lexicon_sixth_round_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


def test_lexicon_sixth_round_brexit_title_and_talks_are_no_withdrawal(lexicon) -> None:
    # both "الانسحاب" of the sentence: a minister's title and the talks (sample J)
    sentence = (
        "أعلن مكتب تيريزا ماي رئيسة وزراء بريطانيا إن دومينيك راب وزير شؤون الانسحاب من الاتحاد الأوروبي سيتوجه إلى"
        " بروكسل يوم الثلاثاء في محاولة للإسراع بوتيرة محادثات الانسحاب من الاتحاد الأوروبي مع ميشيل بارنييه كبير"
        " مفاوضي الاتحاد الأوروبي."
    )
    assert [t for _, t, _, _ in lexicon_matches(lexicon, sentence) if t in ("REJECT", "RETREAT")] == []


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the event readings the vetoes leave (real ANT sentences)
        (
            "وستختتم القمة بتوقيع الرئيسين على اتفاقية ثم يقرآن بيانا مشتركا",
            "بيانا",
            "support.bayan_mushtarak",
        ),
        ("تركيا: ما سبب استمرار حالة الطوارئ ومن تأثر بها", "حالة", "coerce.tawari"),
        ("ترامب يتراجع عن تصريحاته السابقة بشأن التدخل الروسي", "يتراجع", "concede.tarajaa"),
        ("لكنهم رفضوا دعوة لحظر بيع مثل هذه الاسلحة", "رفضوا", "reject.rafada"),
        ("اختطاف 3 من موظفي الصليب الأحمر في اليمن", "اختطاف", "assault.khatf"),
        (
            'ورأى نصرالله "المنطقة تعيش حالة من القلق نتيجة العدوان الإسرائيلي السافر والفاضح على قاعدة مطار التيفور',
            "العدوان",
            "assault.udwan",
        ),
        (
            "تتزايد المخاوف في الشارع الإيراني من التبعات الاقتصادية لقرار الولايات المتحدة الأمريكية الانسحاب من"
            " الاتفاق النووي الموقع مع طهران والدول الكبرى.",
            "الانسحاب",
            "reject.insihab_ittifaq",
        ),
        ('وتابعت "المحتجز هدد بقتل الجميع وهتف الله أكبر"', "هدد", "threaten.haddada"),
    ],
)
def test_lexicon_sixth_round_vetoes_leave_the_event_readings(lexicon, sentence, word, expected) -> None:
    assert expected in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(ARABIC, ARABIC)
def test_lexicon_bomb_entries_never_raise_and_stay_in_the_text(lexicon, before, after) -> None:
    # any text around "ألقت ... قنبلة": matching never raises and every span stays inside the text
    sentence = before + " ألقت الطائرة قنبلة " + after
    for m in lexicon.match(split_words(sentence, 0, len(sentence))):
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start : m.end].strip() == sentence[m.start : m.end]


def test_lexicon_aim_verbs_take_indefinite_verbal_nouns_only(lexicon) -> None:
    # a tour "aiming at strengthening cooperation" is an aim (fresh articles audited in the round) ...
    aim = (
        "وبدأ شكري جولة أفريقية قصيرة، تشمل جنوب السودان وكينيا، تستهدف تعزيز التعاون الثنائي مع البلدين والتشاور"
        " بشأن عدد من الملفات الإقليمية ذات الاهتمام المشترك."
    )
    assert lexicon_at(lexicon, aim, "تعزيز") == []
    # ... but a crackdown "targeting the protests" names protests that happened (a definite noun)
    crackdown = "وجاء التغيير على وقع حملة قمع تستهدف التظاهرات المعارضة لارتفاع أسعار المواد الغذائية."
    assert [t for _, t in lexicon_at(lexicon, crackdown, "التظاهرات")] == ["PROTEST"]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # right events the first form of the round's vetoes removed on audited fresh articles, kept by the final
        # form: a demand to read the constitution (الدستور after طالب), a condemnation after بعد
        (
            "يذكر أن طليب كانت قد اعتقلت بعد أن قاطعت كلمة للرئيس الأمريكي، دونالد ترامب، في مدينة ديترويت، وصرخت قائلة:"
            ' "أطفالنا يستحقون أكثر"، وطالبته بقراءة الدستور.',
            "وطالبته",
            "request.taalaba",
        ),
        (
            'حيث وصف حركة "حماس" الفلسطينية بـ"الإخونجية الخائنين"، وذلك بعد إدانة الحركة للضربة التي وجهتها أمريكا'
            " وبريطانيا وفرنسا لمواقع تابعة للنظام السوري",
            "إدانة",
            "accuse.idana",
        ),
    ],
)
def test_lexicon_sixth_round_audit_keeps_right_events(lexicon, sentence, word, expected) -> None:
    assert expected in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_lexicon_light_verb_qama_gives_the_visit_its_visitor() -> None:
    # "زيارة قام بها كوشنر إلى قطر": قام is a light verb, so its subject is the visitor (real ANT sentence; before
    # the round the visit had no actor and was dropped)
    sentence = (
        "وجاء اللقاء عقب زيارة قام بها كوشنر إلى قطر، حيث التقى الأمير الشيخ تميم بن حمد آل ثاني، في إطار سلسلة"
        " اجتماعات في منطقة الشرق الأوسط بشأن خطة أمريكية مرتقبة منذ فترة طويلة للسلام بين الإسرائيليين والفلسطينيين."
    )
    [story] = marsad.analyze(sentence).stories
    assert_offsets(story)
    visits = [e for e in story.events if e.text == "زيارة"]
    assert len(visits) == 1
    visit = visits[0]
    assert (visit.type, visit.start, visit.end) == (
        "CONSULT",
        story.text.index("زيارة"),
        story.text.index("زيارة") + 5,
    )
    assert [(p.text, p.country) for p in visit.source] == [("كوشنر", "USA")]
    assert [p.country for p in visit.target] == ["QAT"]


def test_lexicon_conviction_written_danat_is_a_sanction(lexicon) -> None:
    # fresh sample K: "دانت محكمة" (a court convicted) had been read as a condemnation (ACCUSE); a state's
    # condemnation written the same way stays ACCUSE (both real ANT sentences)
    court = (
        "دانت محكمة بريطانية مراهقا عراقيا، الجمعة، بالشروع في القتل، بعد أن فجر قنبلة مصنوعة يدويا على متن قطار"
        " أنفاق في لندن"
    )
    assert lexicon_at(lexicon, court, "دانت") == [("sanction.adana_qada", "SANCTION")]
    state = "دانت السعودية، الأربعاء، الهجوم الانتحاري على مقر المفوضية الوطنية العليا للانتخابات في العاصمة الليبية طرابلس"
    assert lexicon_at(lexicon, state, "دانت") == [("accuse.adana", "ACCUSE")]

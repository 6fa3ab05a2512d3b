"""Recall round 11 (evlex11, docs/events.md "Recall round 11 (evlex11)"): forms recall sample I and round 10's
leftovers showed missing: تحدث ... مع with a titled speaker between (consult.tahaddatha_ila wants مع in the next 2
words), منع with travellers, passengers or migrants (coerce.manaa wants entry, travel or a journalist), the Maghreb
roundup idiom الإطاحة بخلية, حقق ... مع with the investigators between (round 10's leftover), طعن في / ب as
disputing an account, hints, eligibility or legitimacy, and أكد ... دعم with the supporter between. Every sentence
is real ANT text (the article id is in the comment); each is checked for its entry and exact trigger offsets, what
the entries must not read, and some rows through the whole default pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import events_at

from events.lexicon_support import assert_exact_offsets, lexicon_at, reads, round_block, word_lists

TRUMP_MBZ = (
    "هذا وقد تحدث الرئيس الأمريكي دونالد ترامب مع الشيخ محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى للقوات"
    " المسلحة الإماراتية، وفقاً لما ذكره بيان للبيت الأبيض، السبت، واتفق الطرفان على أهمية وحدة دول مجلس التعاون"
    " الخليجي، وذلك وسط الأزمة الجارية مع قطر."
)  # CN-middleEast-509-20180408
PERPIGNAN = (
    "منعت السلطات الفرنسية، أمس الأربعاء، 147 مسافرا جزائريا كانوا على متن طائرة من الهبوط، وظلوا في الطائرة"
    " لأكثر من ساعة في مطار بربينيان جنوبي البلاد."
)  # SK-middleEast-3535-20180906 (recall sample I)
ITALY = (
    "منعت الحكومة الإيطالية الجديدة سفينة لإنقاذ المهاجرين من الرسو في موانئها اليوم الجمعة في ثالث رفض من نوعه"
    " هذا الشهر بعد ساعات من انتهاء اجتماع للقادة الأوروبيين بشأن الهجرة شابه التوتر."
)  # AL-internationalNews-1812-20180630
ALGERIA = (
    "تمكنت قوات الجيش الجزائري من الإطاحة بخلية لدعم الجماعات الإرهابية بكل من البليدة وبومرداس وبرج بوعريريج"
    " تتكون من 5 عناصر، وفق ما أعلنت عنه وزارة الدفاع الجزائرية في بلاغ لها."
)  # JA-internationalNews-627-20160511
WHITE_HOUSE = (
    "طعن البيت الأبيض اليوم الاثنين في رواية نجمة الأفلام الإباحية #ستورمي_دانييلز في مقابلة تلفزيونية أقبل"
    " الجماهير على مشاهدتها قالت خلالها إنها تعرضت للتهديد بالعنف لالتزام الصمت بشأن مزاعم عن علاقة جنسية عابرة"
    " مع الرئيس الأميركي دونالد #ترمب في عام 2006."
)  # AL-internationalNews-646-20180327

# (sentence, trigger span, entry, type)
ENTRIES = [
    (TRUMP_MBZ, "تحدث", "consult.tahaddatha_far", "CONSULT"),
    (
        "وتحدث الرئيس الأميركي مع الرئيس الكوري الجنوبي مون جاي إن، ورئيس الوزراء الياباني شينزو آبي عبر الهاتف.",
        "وتحدث",
        "consult.tahaddatha_far",
        "CONSULT",
    ),  # SK-internationalNews-2096-20180612
    (PERPIGNAN, "منعت", "coerce.manaa_people", "COERCE"),
    (ITALY, "منعت", "coerce.manaa_people", "COERCE"),
    (ALGERIA, "الإطاحة", "coerce.itaha_khaliya", "COERCE"),
    (
        'وحققت السلطات الألمانية مع زمار بعد هجمات 11/9 بتهمة "دعم منظمة إرهابية"، لكنها أطلقت سراحه، ثم غادر'
        " بعدها البلاد.",
        "وحققت",
        "accuse.haqqaqa_far",
        "ACCUSE",
    ),  # BB-middleEast-372-20180419
    (
        "وقد حقق فريق مولر خلال الأسابيع الماضية مع نادر، الذي عمل مستشاراً لولي عهد أبو ظبي، الشيخ محمد بن زايد"
        " آل نهيان، بالإضافة إلى شهود آخرين حول احتمالية وجود علاقة لتدخل إماراتي وشرائها لتأثير سياسي أمريكي،"
        " وفقاً لما ذكرته الصحيفة.",
        "حقق",
        "accuse.haqqaqa_far",
        "ACCUSE",
    ),  # CN-middleEast-179-20180305
    (WHITE_HOUSE, "طعن", "reject.taana_far", "REJECT"),
    (
        "إلا أن ساندرز طعن في التلميحات بأن الولايات المتحدة ليست ضالعة في الحرب.",
        "طعن في التلميحات",
        "reject.taana_far",
        "REJECT",
    ),  # FR-internationalNews-550-20180321: the companion two words on, so the span runs to it
    (
        "فيما طعن منافسه الرئيسي هنري فالكون في النتائج ودعا لإجراء انتخابات جديدة قبيل نهاية السنة.",
        "طعن",
        "reject.taana_far",
        "REJECT",
    ),  # FR-internationalNews-1354-20180521: the results with the subject between (reject.taana_hukm misses it)
    (
        "وأكدت كوريا الشمالية دعمها الثابت لحق الفلسطينيين في إقامة دولة مستقلة عاصمتها في القدس الشرقية.",
        "وأكدت",
        "support.akkada_dam_far",
        "SUPPORT",
    ),  # SK-internationalNews-1795-20180526: دعمها three words on (support.akkada_dam wants it in two)
    (
        "وليبياً، أكد الرئيس المصري دعم القاهرة للجيش الوطني الليبي والعمل على إجراء الانتخابات في أقرب وقت، معربا"
        " عن أمله في أن تجرى قبل نهاية العام الجاري.",
        "أكد",
        "support.akkada_dam_far",
        "SUPPORT",
    ),  # SK-middleEast-3164-20180729
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall11_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)
    assert_exact_offsets(lexicon, sentence)


def test_lexicon_recall11_every_entry_has_a_sentence(lexicon) -> None:
    """The round's block at the end of lexicon.yaml is exactly the entries tested here."""
    ids = {row[2] for row in ENTRIES}
    assert set(round_block(lexicon, "consult.tahaddatha_far", len(ids))) == ids


# (sentence, word, entry): what the new entries must leave alone
NOT_READ = [
    (
        'وذكرت منظمة العفو الدولية أن "إعادة تشكيل" ميانمار للمنطقة التي عاش بها مسلمو الروهينغا تبدو مصممة أكثر'
        ' لاستيعاب قوات الأمن والقرويين من غير الروهينغا، وإن ذلك قد يمنع اللاجئين من الموافقة على العودة".',
        "يمنع",
        "coerce.manaa_people",
    ),  # SK-internationalNews-274-20180312: what a policy may do (the imperfect is not read)
    (
        'ذكرت وكالة رويترز للأنباء، نقلا عن صحيفة "فيلت ام زونتاج" الألمانية، اليوم الأحد، أن وزارة الداخلية'
        " الألمانية تريد منع المهاجرين من الوصول إلى ساحل أوروبا المطل على البحر المتوسط من خلال اعتراضهم في البحر"
        " وإعادتهم إلى دول إفريقية من بينها تونس ومصر.",
        "منع",
        "coerce.manaa_people",
    ),  # JA-internationalNews-185-20161106: a wish (تريد منع)
    (
        "وتشير التصريحات الأخيرة للمسؤولين الأردنيين إلى أن اهتمام الجانب الأردني ينصب على منع تدفق مزيد من"
        " اللاجئين السوريين إليه أولا والتوصل الى اتفاق ما بحيث يمكن اعادة فتح الطريق البري والمعبر الحدودي بين"
        " البلدين.",
        "منع",
        "coerce.manaa_people",
    ),  # BB-middleEast-680-20180629: an aim (على منع)
    (
        "وظلت ليبيا تعاني من عدم الاستقرار منذ الإطاحة بنظام العقيد معمر القذافي في عام 2011.",
        "الإطاحة",
        "coerce.itaha_khaliya",
    ),  # BB-middleEast-193-20180315: an overthrow, not a roundup
    (
        "وبهذا الفوز، وصل برشلونة إلى نقطته رقم 62 ليبتعد بفارق عشر نقاط عن أقرب ملاحقيه، أتلتيكو مدريد، مؤقتا، كما"
        " حقق الفريق الكتالوني إنجازا تاريخيا بعد وصوله للمباراة رقم 31 دون هزيمة في الدوري الإسباني، وهي السلسلة"
        " الأطول في تاريخه.",
        "حقق",
        "accuse.haqqaqa_far",
    ),  # CN-sport-8-20180217: a football team's record, not investigators
    (
        "أكدت قوات تحالف دعم الشرعية في اليمن تضرر إحدى شاحنات برنامج الغذاء العالمي، إثر تحركها بمنطقة العمليات"
        " جنوب صعدة، دون اتباع إجراءات التحالف.",
        "أكدت",
        "support.akkada_dam_far",
    ),  # SK-middleEast-6-20180223: the coalition's name, not support
    (
        "وخلال مؤتمر صحفي بعد لقائه وزير الخارجية الروسي في موسكو، أكد دي ميستورا ضرورة دعم مفاوضات جنيف ومسارات"
        " الحل السياسي.",
        "أكد",
        "support.akkada_dam_far",
    ),  # SK-middleEast-1162-20180421: the need of support, a call
    (
        "ففي الوقت الذي أكدت فيه قطر عدم دعمها للإرهاب، ورفضت قوائم الإرهاب التي وضعتها السعودية والإمارات والبحرين"
        " ومصر، عادت وأصدرت قبل أيام قائمة جديدة تضم 10 أشخاص، ممن تم إدراجهم في القوائم الثلاث للدول الداعية"
        " لمكافحة الإرهاب.",
        "أكدت",
        "support.akkada_dam_far",
    ),  # SK-middleEast-503-20180323: a denial of support
]


@pytest.mark.parametrize(("sentence", "word", "entry_id"), NOT_READ)
def test_lexicon_recall11_not_read(lexicon, sentence, word, entry_id) -> None:
    assert entry_id not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_lexicon_recall11_mea_next_is_left_to_the_older_entry(lexicon) -> None:
    """مع in the next 2 words: consult.tahaddatha_ila reads it as on main, the new entry stays out."""
    sentence = (
        "وتعهد نائب الرئيس الأمريكي، مايك بينس، بالاستمرار في الضغط على كوريا الشمالية، وتحدث ترامب مع نظيره"
        " الصيني، شي جين بينغ، الجمعة، للاتفاق على استمرار العقوبات في الوقت الحالي."
    )  # BB-internationalNews-127-20180311
    found = [eid for eid, _ in lexicon_at(lexicon, sentence, "وتحدث")]
    assert "consult.tahaddatha_ila" in found and "consult.tahaddatha_far" not in found


def test_coder_talk_with_the_speaker_between(pipeline) -> None:
    """Trump and Mohammed bin Zayed talked: one reciprocal CONSULT, both sides actors, no recipient."""
    (ev,) = events_at(TRUMP_MBZ, "تحدث", pipeline)
    assert ev.type == "CONSULT"
    assert [(p.text, p.country) for p in ev.source] == [
        ("الرئيس الأمريكي", "USA"),
        ("الشيخ محمد بن زايد", "ARE"),
    ]
    assert ev.target == []


def test_coder_passengers_stopped_from_landing(pipeline) -> None:
    """The French authorities stopped 147 Algerian passengers from landing: COERCE restrict by FRA/GOV."""
    (ev,) = events_at(PERPIGNAN, "منعت", pipeline)
    assert (ev.type, ev.mode) == ("COERCE", "restrict")
    assert [(p.text, p.country, p.sector, p.start) for p in ev.source] == [
        ("السلطات الفرنسية", "FRA", "GOV", PERPIGNAN.index("السلطات"))
    ]


def test_coder_roundup_of_a_cell(pipeline) -> None:
    """The Algerian army broke up a cell: COERCE arrest by DZA/MIL at الإطاحة."""
    (ev,) = events_at(ALGERIA, "الإطاحة", pipeline)
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    assert [(p.country, p.sector) for p in ev.source] == [("DZA", "MIL")]


def test_coder_white_house_disputes_an_account(pipeline) -> None:
    """The White House disputed Stormy Daniels' account: REJECT by USA."""
    (ev,) = events_at(WHITE_HOUSE, "طعن", pipeline)
    assert ev.type == "REJECT"
    assert [(p.text, p.country) for p in ev.source] == [("البيت الأبيض", "USA")]


def test_coder_support_with_the_supporter_between(pipeline) -> None:
    """Egypt's president affirmed Cairo's support for the Libyan National Army: SUPPORT EGY -> LBY."""
    sentence = next(row[0] for row in ENTRIES if row[0].startswith("وليبياً"))
    (ev,) = events_at(sentence, "أكد", pipeline)
    assert ev.type == "SUPPORT"
    assert [p.country for p in ev.source] == ["EGY"] and [p.country for p in ev.target] == ["LBY"]


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "تحدث",
            "وتحدث",
            "الرئيس",
            "مع",
            "منعت",
            "مسافرا",
            "الإطاحة",
            "بخلية",
            "حقق",
            "فريق",
            "طعن",
            "في",
            "رواية",
            "،",
        ]
    )
)
def test_lexicon_recall11_offsets(lexicon, words) -> None:
    assert_exact_offsets(lexicon, " ".join(words))

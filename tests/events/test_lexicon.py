from __future__ import annotations

import csv
from pathlib import Path

import pytest

from marsad.events.ontology import load_ontology
from marsad.events.words import split_words

DATA = Path(__file__).parent / "data" / "lexicon_sentences.tsv"
ROWS = list(csv.DictReader(DATA.open(encoding="utf-8"), delimiter="\t"))


def test_lexicon_has_several_hundred_entries_each_with_a_real_sentence(lexicon) -> None:
    assert len(lexicon.entries) >= 300
    tested = {r["id"] for r in ROWS}
    assert [e.id for e in lexicon.entries if e.id not in tested] == []


def test_lexicon_entries_are_valid_plover(lexicon) -> None:
    onto = load_ontology()
    for e in lexicon.entries:
        assert onto.is_valid(e.type, e.mode), e.id
        assert e.forms, e.id


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['id']}-{i}" for i, r in enumerate(ROWS)])
def test_lexicon_matches_real_sentence(lexicon, row) -> None:
    sent = row["sentence"]
    matches = lexicon.match(split_words(sent, 0, len(sent)))
    found = [(m.entry.type, m.entry.mode or "", sent[m.start : m.end]) for m in matches]
    assert (row["type"], row["mode"], row["trigger"]) in found, found


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("والتقى الرئيس الروسي نظيره الصيني", "والتقى", "CONSULT"),
        ("سيلتقي الوزير نظيره الأردني غدا", "سيلتقي", "CONSULT"),
        ("وأدانت الخارجية الهجوم", "وأدانت", "ACCUSE"),
        ("فرضت واشنطن عقوبات جديدة على موسكو", "فرضت واشنطن عقوبات", "SANCTION"),
        ("خلال زيارته إلى القاهرة", "زيارته", "CONSULT"),
        ("أطلقت روسيا أكثر من 80 صاروخا على كييف", "أطلقت", "ASSAULT"),
        ("أطلقت السلطات سراح المعتقلين", "أطلقت السلطات سراح", "RETREAT"),
    ],
)
def test_lexicon_conjugations_and_clitics(lexicon, sentence, trigger, etype) -> None:
    matches = lexicon.match(split_words(sentence, 0, len(sentence)))
    assert (sentence[matches[0].start : matches[0].end], matches[0].entry.type) == (trigger, etype)


@pytest.mark.parametrize(
    "sentence", ["لغزا محيرا", "التعاون بين البلدين", "في فجر اليوم", "بيان صادر عن الوزارة", "ثمن باهظ"]
)
def test_lexicon_rejects_wrong_word_class(lexicon, sentence) -> None:
    assert lexicon.match(split_words(sentence, 0, len(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "not_type"),
    [
        # real ANT sentences where a lexicon form is another word (`unless` / `not` in lexicon.yaml)
        ("وتؤكد منظمة العفو الدولية أن نحو 350 طفلا محتجزون في السجون الإسرائيلية", "CONCEDE"),
        ("وقع قرب منطقة سد عويرض الواقعة على بعد عشرات الكيلومترات من مدينة تدمر", "ASSAULT"),
        ("ويستهدف القرار أيضا كوانج رامبانج حاكم ولاية بيه", "ASSAULT"),
        ("يستهدف المشروع تقييم دقة وقدرة الآلات المحمولة", "ASSAULT"),
        ("ولهيئة تحرير الشام تواجد محدود في هذه المنطقة", "COERCE"),
        ("فقد أكد الملك سلمان وقوف السعودية مع المغرب تجاه كل ما يهدد أمنه واستقراره", "THREATEN"),
        ("بالتزامن مع تعزيزات عسكرية تنذر بهجوم بري وشيك", "THREATEN"),
        ("ودعا الرئيس الحركة المتمردة إلى تمديد وقف إطلاق النار الذي أعلنته من جهتها لمدة 3 أيام", "ASSAULT"),
        ("وقال المتحدث باسم تحالف دعم الشرعية في اليمن، العقيد الركن تركي المالكي", "SUPPORT"),
        ("فيما وقع 48% من تلك الحوادث عبر اعتداءات لفظية ضد الإسلام والمسلمين", "ASSAULT"),
        ("وأعلن تيار اللقاء الديمقراطي الذي يترأسه وليد جنبلاط", "CONSULT"),
        ('ليبرمان: تدمير "المفاعل النووي السوري" عام 2007 درس للمنطقة', "SUPPORT"),
        ("منظمة حظر الأسلحة الكيميائية تعقد اجتماعا في لاهاي", "SANCTION"),
        ("وقد احتلت نيوزيلاندا المركز الأول عالمياً بنتيجة قدرها 89 من 100", "COERCE"),
        ("وتتوقع منظمات الإغاثة قدوم الآلاف غيرهم في الأيام القادمة", "AID"),
        ("ويحظر القانون في إيران الرقص في العلن", "SANCTION"),
        # evtype: at gunpoint, a prison term, an exile, and a warning with no stated consequence
        (
            "أجبرت #الميليشيات_الحوثية سكان #قرية_البغيل على النزوح ومغادرة منازلهم تحت تهديد السلاح",
            "THREATEN",
        ),
        ("صدرت ضدهم أحكاما بين 3 أشهر حبس غير نافذ و4 سنوات سجنا نافذا", "COERCE"),
        ("أجبرت بريطانيا الشريف حسين على التنازل عن عرش المملكة الحجازية الهاشمية ونفته إلى قبرص", "REJECT"),
        (
            "إلا أن إسرائيل حذرت إيران بضرورة عدم تجاوز الخط الأحمر بإنشاء قاعدة عسكرية دائمة في سوريا",
            "THREATEN",
        ),
    ],
)
def test_lexicon_vetoed_readings(lexicon, sentence, not_type) -> None:
    found = [m.entry.type for m in lexicon.match(split_words(sentence, 0, len(sentence)))]
    assert not_type not in found, found


def test_lexicon_veto_keeps_the_event_reading(lexicon) -> None:
    # the same entries still fire where the word is the event (real ANT sentences)
    for sentence, etype in [
        ("أصدر الرئيس عفوا عن المعتقلين", "CONCEDE"),
        ("وقد استعادت قوات الحكومة سيطرتها على معظم مناطق الجنوب في الأشهر الأخيرة", "COERCE"),
        ("ولم تنف إسرائيل أو تؤكد شنها هذه الضربات", "ASSAULT"),
    ]:
        found = [m.entry.type for m in lexicon.match(split_words(sentence, 0, len(sentence)))]
        assert etype in found, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id"),
    [
        # real ANT sentences: a trilateral verb's bare form after ب/ال/ل is its verbal noun (masdar: true)
        ("إن 14 دولة أوروبية ستقوم بطرد دبلوماسيين روس", "بطرد دبلوماسيين", "sanction.tarada_safir"),
        ("وحث الرئيس الأميركي على الإسراع بسحب القوات الأميركية", "بسحب القوات", "retreat.sahaba"),
        (
            "القرار الذي اتخذته عدد من الدول الخليجية بقطع علاقاتها مع قطر",
            "بقطع علاقاتها",
            "sanction.qataa_alaqat",
        ),
    ],
)
def test_lexicon_masdar_reading_is_a_noun(lexicon, sentence, trigger, entry_id) -> None:
    matches = lexicon.match(split_words(sentence, 0, len(sentence)))
    found = {(sentence[m.start : m.end], m.entry.id): m.entry.pos for m in matches}
    assert found.get((trigger, entry_id)) == "noun", found


def test_lexicon_masdar_reading_needs_the_flag(lexicon) -> None:
    # دعم has no masdar flag (the noun is mostly no act): بدعم stays unmatched as SUPPORT
    sentence = "وتخوض تركيا، بدعم من معارضين مسلحين في سوريا، مواجهات مع الأكراد في عفرين منذ الشهر الماضي."
    found = [(m.entry.id, m.entry.pos) for m in lexicon.match(split_words(sentence, 0, len(sentence)))]
    assert ("support.daama", "noun") not in found, found


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # real ANT sentences: a casualty toll or a plot names an attack without reporting one (not_after)
        ("ومنذ صباح الاثنين واصلت حصيلة القصف العنيف بالغارات والصواريخ والقذائف الارتفاع تدريجيا", "القصف"),
        ("أن حصيلة الهجوم الإرهابي الذي استهدف بسيارة مفخخة يقودها انتحاري شمال عدن، بلغ 3 قتلى", "الهجوم"),
        ("وأدين حقي بعدد من التهم منها التخطيط لهجمات إرهابية", "لهجمات"),
    ],
)
def test_lexicon_vetoed_word(lexicon, sentence, word) -> None:
    start = sentence.index(word)
    matches = lexicon.match(split_words(sentence, 0, len(sentence)))
    assert all(m.start != start for m in matches), [(m.entry.id, sentence[m.start : m.end]) for m in matches]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # real ANT sentences: "achieving" stability or goals, a grip, a detonator are no investigation,
        # arrest or bombing
        (
            "وعد الرئيس المصري، عبدالفتاح السيسي، الاثنين، بتحقيق الاستقرار والتنمية وتوفير الحد اللازم",
            "بتحقيق",
        ),
        (
            "قالت مندوبة الولايات المتحدة بالأمم المتحدة أن بقاء قوات بلادها هناك رهن بتحقيق أهداف واشنطن.",
            "بتحقيق",
        ),
        ("في سياق المعركة المحتومة لتحرير مدينة وميناء الحديدة من قبضتها.", "قبضتها"),
        ('قامت إيران "بجهد منسق" بشأن "مجموعة من الأنشطة ذات الصلة بتطوير جهاز تفجير نووي.', "تفجير"),
    ],
)
def test_lexicon_vetoed_word_other_senses(lexicon, sentence, word) -> None:
    start = sentence.index(word)
    matches = lexicon.match(split_words(sentence, 0, len(sentence)))
    assert all(m.start != start for m in matches), [(m.entry.id, sentence[m.start : m.end]) for m in matches]

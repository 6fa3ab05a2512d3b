"""event2 (session 13): homographs behind events' wrong sides, on real ANT sentences (none of the events gold
articles), dated as their articles: سيول ("floods") is Seoul only in a story naming a Korea, and "صباح الأحد"
(Sunday morning) is never the emir صباح الأحمد."""

from __future__ import annotations

import pytest

# CN-middleEast-745-20180427
FLOODS_DAMASCUS = (
    "تسببت الأمطار الغزيرة في حدوث سيول مفاجئة، الخميس، في حي ركن الدين شمال دمشق، مما أدى إلى إصابة ثلاثة "
    "أشخاص وإلحاق أضرار مادية بالسيارات."
)
# SK-middleEast-3100-20180725
FLOODS_SUDAN = (
    "اجتاحت أمطار وسيول غزيرة أجزاء متفرقة من السودان، مما أدى إلى سقوط قتلى وجرحى وتضرر أكثر من ألفي منزل، "
    "إلى جانب انهيارات طالت أجزاء من المؤسسات والمدارس."
)
# AL-internationalNews-1248-20180520
SEOUL = (
    "طلبت كوريا الشمالية من سيول، مساء السبت، أن تعيد إلى بيونغ يانغ 12 نادلة كورية شمالية، تقول سيول إنهن "
    "فررن إليها بكامل إرادتهن في 2016، بينما تؤكد بيونغ يانغ أنهن خطفن، في قضية تثير جدلاً منذ فترة طويلة."
)
# AL-internationalNews-1015-20180506
YEMEN_CLASH = (
    "وإلى الشمال من منطقة مفرق المخاء، اندلعت صباح الأحد مواجهات عنيفة بين قوات الجيش الوطني والمقاومة من جهة "
    "وميليشيات الحوثي من جهة أخرى شرق مديرية حيس جنوب محافظة الحديدة."
)
# AL-internationalNews-1439-20180603
GAZA_DEATH = (
    "توفي صباح الأحد شاب فلسطيني متأثراً بجروح أصيب بها برصاص جيش الاحتلال الإسرائيلي في مواجهات قرب الحدود "
    "بين قطاع غزة وإسرائيل، كما أفاد الناطق باسم وزارة الصحة."
)


def spans(link, text: str, date: str) -> dict[tuple[int, int], tuple]:
    return {(e.start, e.end): (e.text, e.actor, e.country, e.sector) for e in link(text, date)}


@pytest.mark.parametrize(
    ("text", "date", "word"),
    [(FLOODS_DAMASCUS, "2018-04-27", "سيول"), (FLOODS_SUDAN, "2018-07-25", "وسيول")],
)
def test_floods_are_not_seoul_without_a_korea(link, text, date, word):
    start = text.index(word)
    assert not any(e.start < start + len(word) and e.end > start for e in link(text, date))
    assert all(e.actor != "city:seoul" for e in link(text, date))


def test_seoul_in_a_story_naming_korea(link):
    found = spans(link, SEOUL, "2018-05-20")
    assert found[(23, 27)] == ("سيول", "city:seoul", "KOR", None)  # "من سيول": a place word before it
    assert found[(92, 96)] == ("سيول", "city:seoul", "KOR", "GOV")  # "تقول سيول": the government speaks


def test_seoul_needs_a_korea_besides_itself(kb):
    # other places need their country too (event4: المسيلة، القرنة، السليمانية, tests/entities/test_link_event4.py)
    assert kb.need_rules().evidenced["city:seoul"] == frozenset({"KOR", "PRK"})


@pytest.mark.parametrize(
    ("text", "date", "start"),
    [(YEMEN_CLASH, "2018-05-06", 41), (GAZA_DEATH, "2018-06-03", 5)],
)
def test_sunday_morning_is_not_the_emir(link, text, date, start):
    assert text[start : start + 10] == "صباح الأحد"
    assert all(e.actor != "person:sabah-al-ahmad" for e in link(text, date))
    assert not any(e.start < start + 10 and e.end > start for e in link(text, date))


def test_the_emir_himself_still_links(link):
    # the full name (no weekday after صباح) is still his, and a letter off it is still read by the fuzzy pass
    text = "وقال أمير الكويت الشيخ صباح الأحمد الجابر الصباح إن"
    assert spans(link, text, "2018-05-06")[(23, 48)][1:] == ("person:sabah-al-ahmad", "KWT", "GOV")


def test_ner_time_span_is_dropped(linker):
    from marsad.model import make_entity

    ner = [make_entity(41, 51, YEMEN_CLASH[41:51], "PERS", None, None, None, None, 0.9)]
    entities = linker.link(YEMEN_CLASH, date="2018-05-06", ner=ner)
    assert not any(e.start == 41 for e in entities)


# AL-internationalNews-1516-20180608 (two sentences of the article)
MAAS = (
    "شن وزير الخارجية الألماني، هايكو ماس، اليوم الجمعة، هجوماً حاداً على الرئيس الأميركي دونالد ترمب، وذلك قبل "
    'ساعات من انطلاق قمة مجموعة السبع الصناعية الكبرى.\nوتحدث ماس لصحيفة "زود دويتشه تسايتونغ" الألمانية، حول '
    'العلاقات الأوروبية الأميركية، كاشفا عن "خلافات لم يعد بالإمكان إخفاؤها".'
)
# SK-internationalNews-2938-20180809 (two sentences of the article)
PENCE = (
    'ووصف مايك بنس نائب الرئيس الأميركي في خطاب بوزارة الدفاع (البنتاجون) إنشاء القوة بأنها "فكرة حان وقتها".\n'
    'وقال بنس "الجيل التالي من الأميركيين سيواجه التهديدات المستجدة في الفضاء الفسيح مرتديا زي جيش الولايات '
    'المتحدة الأمريكية"، مضيفا أن على الكونغرس أن يتحرك الآن لإنشاء الإدارة وتمويلها.'
)


@pytest.mark.parametrize(
    ("text", "date", "surname", "expected"),
    [
        (MAAS, "2018-06-08", (163, 166), ("ماس", "person:maas", "DEU", "GOV")),
        (PENCE, "2018-08-09", (110, 113), ("بنس", "person:pence", "USA", "GOV")),
    ],
)
def test_three_letter_surname_after_the_full_name(link, text, date, surname, expected):
    assert spans(link, text, date)[surname] == expected
    # alone, with no full name before it, the surname is nobody
    rest = text[text.index("\n") + 1 :]
    assert all(e.actor != expected[1] for e in link(rest, date))


def test_syrian_democratic_council_is_not_syria(link):
    # roles sample R: "يزور ... مجلس سوريا الديمقراطية" was read as Syria. FR-internationalNews-2490-20180728
    text = (
        "أعلن مجلس سوريا الديمقراطية الذي يزور دمشق منذ الخميس بدعوة من الحكومة السورية عن تشكيل لجان مشتركة "
        '"لتطوير الحوار والمفاوضات (.'
    )
    found = spans(link, text, "2018-07-28")
    assert found[(5, 27)] == ("مجلس سوريا الديمقراطية", "GRP:SDC", "SYR", "REB")


# BB-internationalNews-546-20180522
PENCE_WARNS = (
    'حذر نائب الرئيس الأمريكي مايك بنس الزعيم الكوري الشمالي كيم جونغ أون من "اللعب" مع الرئيس دونالد ترامب إذا '
    "ما التقيا الشهر المقبل."
)
# BB-internationalNews-101-20180305
RYABKOV = (
    "قال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن موسكو لديها أدلة على أن الولايات المتحدة تحاول التدخل فى "
    "الانتخابات الرئاسية الروسية، وفقا لوكالة أنباء نوفوستي الروسية."
)


def test_vice_president_does_not_take_the_presidents_role(link):
    found = spans(link, PENCE_WARNS, "2018-05-22")
    # the title is the president's (a genitive); the name after نائب ... is the deputy's own
    assert found[(9, 24)] == ("الرئيس الأمريكي", "person:trump", "USA", "GOV")
    assert found[(25, 33)] == ("مايك بنس", "person:pence", "USA", "GOV")
    assert {e.role for e in link(PENCE_WARNS, "2018-05-22") if e.actor == "person:pence"} == {None}
    # without نائب, a name after the title is its holder (apposition), role and all
    text = PENCE_WARNS.replace("نائب الرئيس الأمريكي مايك بنس", "الرئيس الأمريكي دونالد ترامب")
    assert {e.role for e in link(text, "2018-05-22") if e.actor == "person:trump"} == {"president@USA"}


def test_deputy_title_in_the_linking_gold_stays_the_holder(link):
    # BB-middleEast-518-20180519 (tests/entities/data/linking_gold.jsonl): "نائبة الرئيس الإيراني" names Rouhani
    text = "وأثار الفيديو استياء عالميا، خاصة بعد تصريحات أدلت بها ماسوميه ابتكار، نائبة الرئيس الإيراني لشؤون المرأة"
    assert spans(link, text, "2018-05-19")[(77, 92)] == ("الرئيس الإيراني", "person:rouhani", "IRN", "GOV")


# SK-internationalNews-2484-20180704
CNN = (
    "وذكرت شبكة (سي.ان.ان) إن المرأة بدا في لحظة ما أنها ترفع علما صغيرا أو لافتة لكن لم يتضح على الفور ما إذا "
    "كانت محتجة."
)


def test_one_letter_name_span_is_no_actor(linker):
    from marsad.model import make_entity

    assert CNN[12:14] == "سي"
    ner = [make_entity(12, 14, "سي", "ORG", None, None, None, None, 0.8)]
    assert not any(e.start == 12 for e in linker.link(CNN, date="2018-07-04", ner=ner))
    # several letters are a whole abbreviation (GRU), an organisation's name
    gru = "جي آر يو"
    ner = [make_entity(0, len(gru), gru, "ORG", None, None, None, None, 0.8)]
    assert [e.actor for e in linker.link(gru + " الروسية", date="2018-07-04", ner=ner)][:1] == ["GRP:GRU"]


# JA-politic-310-20170406
MOUSSI = (
    "جددت رئيسة الحزب الدستوري الحرّ عبير موسي، اتهامها لهيئة الحقيقة والكرامة بتشويه تاريخ زعماء تونس "
    "والحركة الوطنية وعلى رأسهم الزعيم الراحل الحبيب بورقيبة والحركة الدستورية."
)
# JA-politic-1-20170121 (shortened)
JAWHARA = "وأضاف في تصريح لمراسل الجوهرة اف ام خلال زيارة أداها اليوم إلى الوردانين"
# JA-internationalNews-965-20170525
ALJAZEERA_NET = (
    'حجبت مصر 21 موقعا إلكترونيا بينها الجزيرة نت بدعوى أنها تتضمن محتوى "يدعم الإرهاب والتطرف ويتعمّد نشر '
    'الأكاذيب".'
)


@pytest.mark.parametrize(
    ("text", "date", "span", "expected"),
    [
        (MOUSSI, "2017-04-06", (32, 41), ("عبير موسي", "person:abir-moussi", "TUN", "PTY")),
        (JAWHARA, "2017-01-21", (22, 35), ("الجوهرة اف ام", "MED:JAWHARA-FM", "TUN", "MED")),
        (ALJAZEERA_NET, "2017-05-25", (34, 44), ("الجزيرة نت", "MED:ALJAZEERA", "QAT", "MED")),
    ],
)
def test_sides_left_without_a_country(link, text, date, span, expected):
    assert spans(link, text, date)[span] == expected


def test_deputy_secretary_keeps_his_own_sector(link):
    # SK-internationalNews-1682-20180520: Sullivan, deputy secretary of state (GOV), is not the secretary (the
    # title is Pompeo's) and not a former official either (his weeks as acting secretary ended in April)
    text = (
        "وقال نائب وزير الخارجية الأميركي جون سوليفان الأحد، إن إدارة الرئيس دونالد ترامب لن تعترف بالانتخابات "
        "وتفكر في فرض عقوبات نفطية."
    )
    found = spans(link, text, "2018-05-20")
    assert found[(10, 32)] == ("وزير الخارجية الأميركي", "person:pompeo", "USA", "GOV")
    assert found[(33, 44)] == ("جون سوليفان", "person:sullivan", "USA", "GOV")

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
    assert kb.need_rules().evidenced == {"city:seoul": frozenset({"KOR", "PRK"})}


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


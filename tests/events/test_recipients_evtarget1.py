"""Recipients of attacks and coercion, first round (evtarget1, session 17): sample W's drawing options and the
rules that find who was struck, killed or arrested (docs/events.md, the round's section)."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.test_coder_participants import _gold_story
from support import assert_offsets, shared_file


def test_sample_categories_replace_politics_world(monkeypatch) -> None:
    """--categories draws from ANT's other categories (the politics/world pool is used up for sample W)."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_sample

    ant = shared_file("data/ant_news/ant_multisource_sample.jsonl.gz").parent
    sport = events_sample.candidates(ant=ant, seed=1919, pool="ant", categories=frozenset({"sport"}))
    assert sport
    assert {rec["category"] for rec in sport} == {"sport"}
    default = events_sample.candidates(ant=ant, seed=1919, pool="ant")
    assert {rec["category"] for rec in default} <= events_sample.CATEGORIES
    assert not any(rec["category"] == "sport" for rec in default)


_story = _gold_story  # the whole pipeline on a text dated as its record is


def _record(story, trigger: str, text: str):
    return next(e for e in story.events if e.start == text.index(trigger))


# Rule office-building: the office whose building an attack or a seizure falls on, named by an untagged word.
OFFICE_BUILDING = {
    # dev gold (SK-internationalNews-898, even line): the district governor's office burned, AFG/GOV; the sentence
    # before names Ghazni's police, so the story's country is Afghanistan
    "governor": (
        "SK-internationalNews-898-20180412",
        "2018-04-12",
        "وقال رمضان علي محسني نائب رئيس الشرطة الأفغانية في غزنة إن المسلحين قتلوا حاكم المنطقة علي دوست شمس.\n"
        "وأضاف أن مسلحي طالبان أحرقوا بعد ذلك مقر حاكم المنطقة.",
        "أحرقوا",
        ("AFG", "GOV", "مقر حاكم"),
    ),
    # dev gold (AL-internationalNews-191, even line): "government headquarters" attacked, SOM/GOV
    "government": (
        "AL-internationalNews-191-20180224",
        "2018-02-24",
        "وكانت مقديشو شهدت في وقت متأخر من مساء الخميس هجمات استخدمت فيها سيارات مفخخة.\n"
        'وتبنت حركة الشباب الصومالية مسؤولية الهجمات، إذ قالت في بيان إن "مقاتلين من عناصرها هاجموا مقرّات حكومية '
        'حسّاسة، موقعين قتلى وجرحى في صفوف قوات الأمن".',
        "هاجموا",
        ("SOM", "GOV", "مقرّات حكومية"),
    ),
    # fresh ANT (JA-internationalNews-120): gunmen storm the finance ministry's headquarters in Tripoli, LBY/GOV
    "ministry": (
        "JA-internationalNews-120-20170131",
        "2017-01-31",
        "و قالت المصادر ان مسلحين مجهولين اقتحموا امس الاثنين مقر وزارة المالية بمنطقة (الظهرة) في طرابلس.",
        "اقتحموا",
        ("LBY", "GOV", "مقر وزارة"),
    ),
}


def test_coder_struck_building_of_a_tagged_body_keeps_the_body(pipeline) -> None:
    """Guard: a tagged body after the building noun is read by the object slot, not by office-building (the span is
    the body's own)."""
    text = "استهدف انتحاري مقر وزارة الداخلية الأفغانية في كابول."
    st = _story(pipeline, "guard", text, "2018-04-12")
    e = _record(st, "استهدف", text)
    assert [(p.country, p.sector, p.text) for p in e.target] == [("AFG", "GOV", "وزارة الداخلية الأفغانية")]


# Rule titled-victim: the person named after a noun of his kind right after an attack's or an arrest's noun.
TITLED_VICTIM = {
    # roles sample W (ANT SK-economy-1134): the pastor held by Turkey, USA/CVL, was missed
    "pastor": (
        "SK-economy-1134-20180808",
        "2018-08-08",
        "وسجلت الليرة هبوطا كبيرا في الآونة الأخيرة من جرّاء اندلاع أزمة دبلوماسية بين واشنطن وأنقرة على إثر تشبث "
        "تركيا باعتقال القس الأميركي أندرو برانسون، وهو ما فاقم خسائر العملة.",
        "باعتقال",
        ("USA", "CVL", "الأميركي"),
    ),
}


def test_coder_person_noun_before_a_place_is_no_victim(pipeline) -> None:
    """Guard: a place after the person's noun is where, not who ("اعتقال مواطن في القدس"): no recipient from it."""
    text = "أعلنت الشرطة الإسرائيلية اعتقال مواطن القدس المحتلة بعد الهجوم."
    st = _story(pipeline, "guard", text, "2018-04-12")
    for e in st.events:
        assert all(p.text != "القدس المحتلة" for p in e.target)


# Rule toll-verb: the victims named before a verb of the toll (N مدنيا قتلوا ... جراء / أصيبوا برصاص).
TOLL_VERB = {
    # ANT BB-middleEast-66: "250 شخصا قتلوا ... جراء قصف القوات الحكومية السورية": the people killed, SYR/CVL
    "killed": (
        "BB-middleEast-66-20180221",
        "2018-02-21",
        "أفادت تقارير بأن 250 شخصا قتلوا خلال يومين فقط جراء قصف القوات الحكومية السورية في الغوطة الشرقية التي تعد "
        "آخر معقل كبير للمعارضة قرب دمشق.",
        "قصف",
        ("SYR", "CVL", "شخصا"),
    ),
    # ANT FR-internationalNews-714: "ثمانية مواطنين أصيبوا برصاص قوات الاحتلال": the wounded Palestinians, PSE/CVL
    "wounded": (
        "FR-internationalNews-714-20180413",
        "2018-04-13",
        "وهذه الحركة الاحتجاجية أعلنتها الهيئة الوطنية العليا التي تجمع حولها كافة الفصائل الفلسطينية الوطنية "
        'والإسلامية.\nوقالت وزارة الصحة إن "ثمانية مواطنين أصيبوا برصاص قوات الاحتلال الاسرائيلي بينهم6 شرق مدينة '
        "غزة و2 شرق مخيم البريج (وسط القطاع).",
        "برصاص",
        ("PSE", "CVL", "مواطنين"),
    ),
}


# Rule town-victims: the civilians a toll names replace the town an attack falls on (a struck place is no recipient).
TOWN_VICTIMS = {
    # fresh ANT (FR-internationalNews-2067, the town-victims diff): Daraa province was the recipient
    "daraa": (
        "FR-internationalNews-2067-20180629",
        "2018-06-29",
        "أدى القصف الكثيف الذي تشنه قوات النظام السوري على محافظة درعا إلى مقتل 25 مدنيا على الأقل الخميس، في حصيلة "
        "هي الأكثر دموية منذ بدء الهجوم ضد الفصائل المعارضة في هذه المنطقة الجنوبية.",
        "تشنه",
        ("SYR", "CVL", "مدنيا"),
    ),
}


def test_coder_struck_town_stays_without_a_civilian_toll(pipeline) -> None:
    """Guard: fighters killed are no civilians' toll ("مقتل 25 مسلحا"): the town stays as it was read."""
    text = (
        "أدى القصف الكثيف الذي تشنه قوات النظام السوري على محافظة درعا إلى مقتل 25 مسلحا على الأقل الخميس، في حصيلة "
        "هي الأكثر دموية منذ بدء الهجوم ضد الفصائل المعارضة في هذه المنطقة الجنوبية."
    )
    st = _story(pipeline, "FR-internationalNews-2067-20180629", text, "2018-06-29")
    e = _record(st, "تشنه", text)
    assert [p.text for p in e.target] == ["درعا"]


# Rule risen-toll: a toll's total risen "إلى N مدنيين" names the civilians killed by the attack inside the phrase.
RISEN_TOLL = {
    # dev gold (FR-internationalNews-31, even line): the civilians, SYR/CVL; the Ghouta (SYR, no sector) before
    "ghouta": (
        "FR-internationalNews-31-20180220",
        "2018-02-20",
        "ارتفع عدد القتلى جراء الغارات والقصف المدفعي لقوات النظام السوري على الغوطة الشرقية الاثنين إلى مئة مدني "
        "بينهم نحو عشرين طفلا، في حصيلة يومية هي الأعلى منذ ثلاث سنوات في هذه المنطقة المحاصرة قرب دمشق.",
        "والقصف",
        ("SYR", "CVL", "مدني"),
    ),
}

# every rule's cases: (record, published, text, trigger, the one recipient expected as (country, sector, span))
RECIPIENT_CASES = {
    f"{rule}/{case}": value
    for rule, table in (
        ("office-building", OFFICE_BUILDING),
        ("titled-victim", TITLED_VICTIM),
        ("toll-verb", TOLL_VERB),
        ("town-victims", TOWN_VICTIMS),
        ("risen-toll", RISEN_TOLL),
    )
    for case, value in table.items()
}


@pytest.mark.parametrize("case", sorted(RECIPIENT_CASES))
def test_coder_recipient_of_attack_or_arrest(pipeline, case: str) -> None:
    """Each case fails with its rule off (the recipient was missed, or was the town struck)."""
    source, published, text, trigger, (country, sector, span) = RECIPIENT_CASES[case]
    st = _story(pipeline, source, text, published)
    e = _record(st, trigger, text)
    assert [(p.country, p.sector, p.text, p.start) for p in e.target] == [
        (country, sector, span, text.index(span))
    ]
    assert_offsets(st)

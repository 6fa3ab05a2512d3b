"""event1 (session 12): knowledge-base facts and short aliases behind events' wrong sides (real ANT sentences)."""

from __future__ import annotations

import pytest

from marsad.entities.kb import _auto_surnames

NAUERT = (
    'وقالت المتحدثة باسم وزارة الخارجية الأميركية هيذر ناورت "سنستمر في التخطيط للقاء"، مشيرة إلى أن واشنطن "لم '
    'تتلقّ أي بلاغ" بتغيير موقف كوريا الشمالية.\nلكن ناورت نفت أن تكون هذه الخطوة مفاجئة.'
)


def ents(link, text: str, date: str | None = "2018-06-01") -> dict[str, tuple]:
    return {e.text: (e.start, e.end, e.actor, e.country, e.sector) for e in link(text, date)}


def test_second_spelling_gives_its_surname(link):
    """هيذر ناورت is the second spelling of Nauert (the first is هيذر نويرت): ناورت after it is her."""
    found = ents(link, NAUERT)
    assert found["هيذر ناورت"] == (45, 55, "person:nauert", "USA", "GOV")
    assert found["ناورت"] == (154, 159, "person:nauert", "USA", "GOV")


def test_second_spelling_surname_needs_the_full_name(link):
    assert "ناورت" not in ents(link, NAUERT[NAUERT.index("لكن") :])


def test_auto_surnames_guards():
    assert _auto_surnames(["هيذر نويرت", "هيذر ناورت", "نويرت"], no_auto=frozenset()) == ["نويرت", "ناورت"]
    # kin words and first names that close a second spelling are listed in rules.yaml
    assert _auto_surnames(["جورج بوش", "بوش الأب"], no_auto=frozenset({"الاب"})) == []
    assert _auto_surnames(["الملك سلمان", "سلمان بن عبد العزيز"], no_auto=frozenset()) == []


@pytest.mark.parametrize(
    ("text", "date", "mention", "expected", "absent"),
    [
        # a son is not his father: قائد السبسي inside حافظ قائد السبسي was Beji, the president
        (
            "قال المدير التنفيذي لحزب نداء تونس حافظ قائد السبسي إن النداء سيفوز بالانتخابات البلدية القادمة، وهو ما "
            "أظهره آخر سبر للآراء صدر اليوم.",
            "2017-01-21",
            "حافظ قائد السبسي",
            (35, 51, "person:hafedh-essebsi", "TUN", "PTY"),
            "قائد السبسي",
        ),
        # Mali's president, and his surname after the full name
        (
            "أظهرت أرقام أولية نشرتها الحكومة، أن انتخابات الرئاسة في مالي تتجه إلى جولة ثانية بعد أن أخفق الرئيس "
            "إبراهيم أبو بكر كيتا في الحصول على ما يكفي من الأصوات. ونفى كيتا ارتكاب أي مخالفات.",
            "2018-08-03",
            "كيتا",
            (161, 165, "person:keita", "MLI", "GOV"),
            "مالي تتجه",
        ),
        # a party, not the country in its name
        (
            "عبر حزب افاق تونس عن تضامنه التام مع عائل لطفي نقض على إثر الحكم القضائي الصادر في قضية مقتله.",
            "2016-11-16",
            "حزب افاق تونس",
            (4, 17, "GRP:AFEK-TOUNES", "TUN", "PTY"),
            "تونس",
        ),
        # the prince was ambassador in Washington in 2018 (GOV), defence minister only from 2022
        (
            "انتقد الأمير خالد بن سلمان سفير المملكة العربية السعودية في الولايات المتحدة الأمريكية، الجمعة، من "
            "يزايدون على مواقف المملكة تجاه القضايا العربية.",
            "2018-05-25",
            "الأمير خالد بن سلمان",
            (6, 26, "person:khalid-bin-salman", "SAU", "GOV"),
            "خالد بن سلمان",
        ),
    ],
)
def test_actors_added(link, text, date, mention, expected, absent):
    found = ents(link, text, date)
    assert found[mention] == expected
    assert absent not in found


HADI = (
    "وصل الرئيس اليمني عبد ربه منصور هادي، مساء الخميس، إلى العاصمة المؤقتة عدن، لمشاركة أبنائها الاحتفال بعيد الفطر"
    ".\nوأثنى هادي على صمود أبناء اليمن وتحملهم معاناة وتداعيات الحرب الانقلابية الحوثية."
)


def test_hadi_short_after_his_full_name(link):
    found = ents(link, HADI, "2018-06-14")
    assert found["عبد ربه منصور هادي"] == (18, 36, "person:hadi", "YEM", "GOV")
    assert found["هادي"] == (119, 123, "person:hadi", "YEM", "GOV")
    # هادي is a common first name (هادي العامري is another man): alone it is nobody
    assert "هادي" not in ents(link, HADI[HADI.index("وأثنى") :], "2018-06-14")


def test_sector_words(link):
    air = (
        "وقال عميكم نوركين، خلال مؤتمر يستضيف قادة أسلحة جو من العالم، إن المضادات الأرضية السورية أطلقت أكثر من "
        "100 صاروخ على المقاتلات الإسرائيلية."
    )
    assert ents(link, air, "2018-05-22")["المضادات الأرضية السورية"] == (65, 89, "SYR", "SYR", "MIL")
    rebels = (
        "فيما قال ميسوري أيضا إن آخر مراسلات القذافي وساركوزي كانت قبل عدة أشهر من مقتل الزعيم الليبي على يد "
        "الثوار الليبيين."
    )
    assert ents(link, rebels, "2018-04-04")["الثوار الليبيين"] == (100, 115, "LBY", "LBY", "REB")


def test_places_the_dates_samples_found_unread(link):
    text = (
        "ووصلت المقاومة إلى منطقة الجاح التابعة إلى مديرية بيت الفقيه لتبعد بذلك خمسين كيلومترا عن ميناء الحديدة "
        "الاستراتيجي."
    )
    found = ents(link, text, "2018-05-26")
    assert found["منطقة الجاح"] == (19, 30, "place:al-jah", "YEM", None)
    assert found["بيت الفقيه"] == (50, 60, "place:bayt-al-faqih", "YEM", None)

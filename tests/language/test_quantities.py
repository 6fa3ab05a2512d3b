import pytest

from marsad.language.numbers import parse_number
from marsad.language.quantities import find_quantities
from marsad.language.times import find_date_spans


def _q(text):
    found = find_quantities(text, exclude=find_date_spans(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.value, q.kind, q.unit, q.qualifier) for q in found]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("240.1", 240.1),
        ("٢٤٠٫١", 240.1),
        ("8,000", 8000.0),
        ("1,5", 1.5),
        ("1.000.000", 1e6),
        ("۱۲۳", 123.0),
        ("12,34,5", None),
    ],
)
def test_quantities_parse_written_numbers(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بضائع بقيمة 18 مليار دولار", [(18e9, "money", "USD", None)]),
        ("بلغ ٢٤٠٫١ مليار دولار", [(240.1e9, "money", "USD", None)]),
        ("نحو 240.1 مليار ريال قطري", [(240.1e9, "money", "QAR", "about")]),
        ("مئتين وخمسين مليون يورو", [(250e6, "money", "EUR", None)]),
        ("3 ملايين و500 ألف جنيه إسترليني", [(3.5e6, "money", "GBP", None)]),
        ("دفع $18 مليار", [(18e9, "money", "USD", None)]),
        ("خسر 4 آلاف دينار كويتي", [(4000.0, "money", "KWD", None)]),
        ("بقيمة 500 روبل", [(500.0, "money", "RUB", None)]),
        ("استثمار 10 مليارات يوان", [(10e9, "money", "CNY", None)]),
        ("ارتفع بنسبة 15.5%", [(15.5, "percent", "percent", None)]),
        ("ارتفع بنسبة 15.5 في المئة", [(15.5, "percent", "percent", None)]),
        ("انخفض خمسة بالمئة", [(5.0, "percent", "percent", None)]),
        ("ما بين 29 و32 بالمئة", [(29.0, "percent", "percent", "range")]),
        ("أطلقت أكثر من 8000 طائرة مسيرة من طراز", [(8000.0, "count", "طائرة مسيرة", "more_than")]),
        ("قتل ثمانية آلاف شخص", [(8000.0, "count", "شخص", None)]),
        ("أصيب ما لا يقل عن ثلاثة أشخاص", [(3.0, "count", "أشخاص", "at_least")]),
        ("نصف مليون لاجئ", [(5e5, "count", "لاجئ", None)]),
        ("18 دولة عربية", [(18.0, "count", "دولة عربية", None)]),
        ("بالذكرى الخامسة و السبعين للعلاقات", [(75.0, "ordinal", None, None)]),
        ("الحادي عشر", [(11.0, "ordinal", None, None)]),
        ("في دورتها الـ73", [(73.0, "ordinal", None, None)]),
        ("الشروط الـ12 صعبة", [(12.0, "number", None, None)]),
        ("انخفض 3% على الأقل", [(3.0, "percent", "percent", "at_least")]),
    ],
)
def test_quantities_forms(text, expected):
    assert _q(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "في 16 مايو 2024 وصل",  # a date, not two numbers
        "في عام 2022 بدأ",
        "سقط في بئر السبع",  # a place
        "في آن واحد",  # one, on its own
        "عشرات القتلى",  # vague
    ],
)
def test_quantities_not_numbers_or_dates(text):
    assert _q(text) == []

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.language.numbers import parse_number
from marsad.language.quantities import find_quantities
from marsad.language.times import find_date_spans
from marsad.language.tokens import tokenize
from marsad.model import Token


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


def _number_starts_round24(toks, starters) -> list[int]:
    # find_quantities' candidates as round 24 found them: a starter stem or a first character that is a digit
    return [k for k, tok in enumerate(toks) if tok.stem in starters or tok.text[0].isdigit()]


# the characters around both ends of the range told without a one-character string (U+0620 before hamza, U+0660 the
# first Arabic-Indic digit), other digits (superscript, Extended Arabic-Indic, Devanagari, fullwidth), tatweel, a
# diacritic, a Persian letter and Latin
EDGE_CHARACTERS = "\u0620\u0621\u0622\u064a\u065f\u0660\u0661\u0669\u066a\u06f0\u06f9\u0966\uff10²³¹٫,.%ـًپa9 "


@given(st.text(alphabet=EDGE_CHARACTERS, max_size=40) | st.text(max_size=40))
def test_quantities_number_starts_equal_round24_on_any_text(text: str) -> None:
    # round 25: a token opening with an Arabic letter (U+0621-U+065F) is told by comparing its text, the rest by
    # str.isdigit of its first character, as before
    from marsad.language.numbers import number_tables
    from marsad.language.quantities import _number_starts

    starters = number_tables().starters
    toks = tokenize(text)
    assert _number_starts(toks, starters) == _number_starts_round24(toks, starters)
    hand = [Token(start=0, end=len(ch), text=ch, norm=ch, stem=ch) for ch in text]  # every character alone
    assert _number_starts(hand, starters) == _number_starts_round24(hand, starters)


def test_quantities_number_starts_equal_round24_on_the_bundled_news() -> None:
    import json
    from importlib import resources

    from marsad.language.numbers import number_tables
    from marsad.language.quantities import _number_starts

    starters = number_tables().starters
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    found = 0
    for line in sample.splitlines()[:80]:
        toks = tokenize(json.loads(line)["text"])
        got = _number_starts(toks, starters)
        assert got == _number_starts_round24(toks, starters)
        found += len(got)
    assert found > 300

import pytest

from marsad.language.calendar import calendar_names


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("مايو", 5),
        ("أيار", 5),
        ("ايار", 5),
        ("آذار", 3),
        ("كانون الثاني", 1),
        ("جانفي", 1),
        ("أوت", 8),
        ("فبراير", 2),
    ],
)
def test_calendar_gregorian_month_names_of_every_system(name, month):
    assert calendar_names().month(name) == month


def test_calendar_hijri_and_weekdays():
    names = calendar_names()
    assert names.hijri_month("ذو القعدة") == 11
    assert names.hijri_month("رمضان") == 9
    assert names.weekday("الثلاثاء") == 2
    assert names.weekday("جمعة") == 5

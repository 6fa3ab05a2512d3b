"""Dates and locations, eighth round (docs/events.md, "Dates and locations, eighth round (session 12)"): each
rule on a real ANT sentence from an article in none of the gold files, through the whole default pipeline."""

from __future__ import annotations

import pytest

from events.test_coder_dates import _analyzed, _located


@pytest.mark.parametrize(
    ("text", "published", "trigger", "place", "country"),
    [
        # ANT SK-internationalNews-1939 (dates sample R row 66): a building named by its city, after في
        (
            "ذكرت وسائل إعلام ألمانية أن شرطيا ألمانيا أطلق النار على رجل في كاتدرائية برلين، الأحد، وذلك بعد "
            "إثارته لمشاكل داخل المكان.",
            "2018-06-03",
            "أطلق النار",
            "برلين",
            "DEU",
        ),
        # ANT JA-internationalNews-1111: the airport of the city
        (
            "يذكر أن السلطات اللبنانية اعتقلت منذ أيام خمسة سعوديين في مطار بيروت اثر العثور على طنين من نفس "
            "الحبوب المنشطة على متن طائرة خاصة كانوا سيستقلونها عائدين إلى المملكة.",
            "2015-10-30",
            "اعتقلت",
            "بيروت",
            "LBN",
        ),
        # ANT AL-internationalNews-385 (sample R row 8): the dual of a place noun heads two districts; the
        # first is the place
        (
            "ويواصل الجيش اليمني، بإسناد من التحالف، العملية العسكرية لتحرير الساحل الغربي، وتأمين المناطق "
            "المحررة مؤخراً من القصف المدفعي والصاروخي العشوائي الذي يشنه الانقلابيون على الأحياء السكنية في "
            "مديريتي حيس والخوخة بعد طردهم منها.",
            "2018-03-07",
            "يشنه",
            "حيس",
            "YEM",
        ),
    ],
)
def test_place_after_a_building_or_a_dual_place_noun(
    pipeline, text, published, trigger, place, country
) -> None:
    location = _located(_analyzed(pipeline, text, published), trigger)
    assert location is not None
    assert (location.text, location.country) == (place, country)

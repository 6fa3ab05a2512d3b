"""event3 (session 14, docs/events.md "Entity stage behind events' wrong sides, third round"): a side with no
country of its own facing only the occupier's parties, in a story naming the occupied people's country, is of that
people (``agents.yaml: occupied_peoples``). Real ANT sentences, each coded alone through the default pipeline."""

from __future__ import annotations

from tests.support import events_at

import marsad.events.place_date as place_date

# SK-middleEast-1701-20180514 (roles sample P: "the Palestinians (PSE/CVL)", read as ISR)
GAZA = (
    "وكان آلاف الفلسطينيين قد احتشدوا قرب حدود القطاع مع إسرائيل في وقت سابق، الاثنين، وسارع الجيش الإسرائيلي "
    "إلى إطلاق الرصاص والغاز المسيل للدموع على الأشخاص داخل الخيام، التي نصبت على طول الحدود."
)
# SK-internationalNews-570-20180324: the migrants Israel deports, in a story naming no Palestine
MIGRANTS = (
    "ولم تحدد السلطات الدول التي يمكن أن ترحل المهاجرين إليها مع العلم بأن إسرائيل تدرك ضمنا أن طردهم إلى "
    "السودان أو أريتريا سيعرض حياتهم للخطر."
)


def _target(text: str, trigger: str, pipeline) -> list[tuple]:
    (ev,) = events_at(text, trigger, pipeline)
    return [(p.text, p.country, p.sector, p.start) for p in ev.target]


def test_the_people_fired_on_by_the_occupier_are_palestinian(pipeline) -> None:
    assert _target(GAZA, "إطلاق الرصاص", pipeline) == [("الأشخاص", "PSE", "CVL", GAZA.index("الأشخاص"))]


def test_without_the_rule_they_take_the_soldiers_country(pipeline, monkeypatch) -> None:
    monkeypatch.setattr(place_date, "occupied_peoples", lambda: {})
    assert _target(GAZA, "إطلاق الرصاص", pipeline) == [("الأشخاص", "ISR", "CVL", GAZA.index("الأشخاص"))]


def test_a_story_naming_no_palestine_keeps_the_other_sides_country(pipeline) -> None:
    # the rule does not reach here: the migrants are African (the coder reads no country for them, left as it was)
    assert _target(MIGRANTS, "ترحل", pipeline) == [("المهاجرين", "ISR", "CVL", MIGRANTS.index("المهاجرين"))]

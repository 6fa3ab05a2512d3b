"""The military coalitions as event actors, through the whole pipeline, on real ANT sentences."""

from __future__ import annotations

from marsad.model import Article
from support import assert_offsets


def _events(pipeline, text: str):
    story = pipeline.run(Article(id="t", source="test", raw=text)).stories[0]
    assert_offsets(story)
    return story.events


def test_coder_coalition_fighters_are_the_attacker(pipeline) -> None:
    # ANT SK-middleEast-1824-20180520
    events = _events(
        pipeline,
        "شنت مقاتلات التحالف العربي، غارات جوية على مواقع لميليشيات الحوثي في مديرية باقم، "
        "شمالي محافظة صعدة، المعقل الرئيسي للمتمردين الحوثيين.",
    )
    e = next(e for e in events if e.type == "ASSAULT")
    assert [(p.country, p.sector) for p in e.source] == [("UNK", "MIL")]
    assert any(p.actor == "COAL:ARAB" for p in e.source)
    assert [p.country for p in e.target] == ["YEM"]


def test_coder_coalition_in_the_genitive_of_a_strike_is_its_agent(pipeline) -> None:
    # ANT AL-internationalNews-813-20180405: "بغارة جوية للتحالف العربي": the لـ of a strike noun names who struck
    events = _events(
        pipeline,
        "وأفادت مصادر ميدانية أن المشراقي وعددا من مرافقيه لقوا مصرعهم بغارة جوية للتحالف العربي "
        "استهدفت مواقعهم في جبهة نهم شرق صنعاء.",
    )
    e = next(e for e in events if e.type == "ASSAULT")
    assert [p.actor for p in e.source] == ["COAL:ARAB"]


def test_coder_two_heads_before_one_group_make_one_party(pipeline) -> None:
    # ANT AL-internationalNews-309-20180302: "مدفعية #الجيش_اليمني": the head مدفعية takes in الجيش and its
    # nisba; الجيش starts no second agent (it once crashed the coder by taking the same nisba twice)
    events = _events(
        pipeline,
        "كما استهدفت مدفعية #الجيش_اليمني تعزيزات ومواقع متفرقة للميليشيات، ما أسفر، بحسب البيان، عن تدمير "
        "طقم قتالي ومصرع جميع من كانوا على متنه، إضافةً إلى تدمير مخزن أسلحة تابع لهم في شعب ضبوعة.",
    )
    e = next(e for e in events if e.type == "ASSAULT")
    assert [(p.text, p.country, p.sector) for p in e.source] == [("مدفعية #الجيش_اليمني", "YEM", "MIL")]
    assert all(p.text != "الجيش" for p in e.target)

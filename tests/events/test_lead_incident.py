"""The incident a story's lead tells (lead_incident.py; docs/events.md, "Dates and locations, sixth round")."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from events.handmade import Ent, Tim, annotate, story
from marsad.events.lead_incident import habitual, lead_incident, opens_front

# ANT FR-internationalNews-1033: a casualty toll with the day of the news cycle
LEAD = (
    "أعلنت مصادر أمنية وطبية مقتل عشرات الأشخاص الثلاثاء في هجومين انتحاريين استهدفا مسجدا وسوقا في مدينة موبي "
    "بشمال شرق نيجيريا."
)


def test_lead_incident_reads_the_day_of_a_lead_that_speaks_of_force() -> None:
    st_ = story(LEAD + "\nوفجر انتحاري حزامه الناسف في مسجد.", published="2018-05-01")
    annotate(st_, entities=[Ent("نيجيريا", "GPE", "NGA")], times=[Tim("الثلاثاء", "2018-05-01")])
    lead = lead_incident(st_)
    assert lead is not None
    assert lead.day == "2018-05-01"
    assert st_.text[lead.start : lead.end].startswith("أعلنت مصادر")
    assert "NGA" in lead.countries


def test_lead_incident_none_for_a_day_of_saying_or_a_lead_without_force() -> None:
    # ANT SK-middleEast-165: the Observatory's Friday (between ذكر and أن) is the report's
    said = story(
        "ذكر المرصد السوري لحقوق الإنسان، الجمعة، أن 15 جنديا تركيا قتلوا خلال الاشتباكات في منطقة عفرين.",
        published="2018-03-02",
    )
    annotate(said, times=[Tim("الجمعة", "2018-03-02")])
    assert lead_incident(said) is None
    # ANT JA-politic-318: a visit, no force
    visit = story(
        'حل الرئيس الألماني" "جواكيم غوك" اليوم الاثنين 27 أفريل 2015 بتونس في زيارة دولة.',
        published="2015-04-27",
    )
    annotate(visit, times=[Tim("اليوم الاثنين 27 أفريل 2015", "2015-04-27")])
    assert lead_incident(visit) is None


@given(
    words=st.lists(
        st.sampled_from(
            [
                "مقتل",
                "هجوم",
                "الثلاثاء",
                "أمس",
                "ذكر",
                "،",
                "أن",
                "وفق",
                "ما",
                "في",
                "نيجيريا",
                "قصف",
                "\n",
                ".",
            ]
        ),
        max_size=20,
    )
)
def test_lead_incident_never_raises_and_names_a_news_day(words: list[str]) -> None:
    text = " ".join(words) + "."
    st_ = story(text, published="2018-05-01")
    times = [Tim("الثلاثاء", "2018-05-01", nth=-1)] if "الثلاثاء" in words else []
    if "أمس" in words:
        times.append(Tim("أمس", "2018-04-30", nth=-1))
    annotate(st_, entities=[Ent("نيجيريا", "GPE", "NGA", nth=-1)], times=times, allow_missing=True)
    lead = lead_incident(st_)
    if lead is not None:
        assert 0 <= lead.start < lead.end <= len(st_.text)
        day = datetime.date.fromisoformat(lead.day)
        assert 0 <= (datetime.date(2018, 5, 1) - day).days <= 7


def test_habitual_reads_words_before_punctuation() -> None:
    # ANT SK-middleEast-2980: "بشكل يومي،" — the comma stuck to the word hid it from the list
    assert habitual(
        "وتواصل المليشيات الحوثية جرائمها بحق المدنيين العزل بشكل يومي، وتقوم باستهدافهم بشكل متعمد."
    )
    # ANT SK-middleEast-3306: a bombing told again, nothing habitual
    assert not habitual('وقال مصدر عسكري إن مقاتلات التحالف العربي قصفت مواقع للحوثيين في قرية "علي ربيع".')


def test_opens_front() -> None:
    # ANT SK-middleEast-2159: a roundup's next front
    assert opens_front("وفي البيضاء، لقي ما لا يقل عن 13 عنصرا من ميليشيا الحوثي مصرعهم")
    assert not opens_front("وقال مصدر عسكري إن مقاتلات التحالف العربي قصفت مواقع للحوثيين")

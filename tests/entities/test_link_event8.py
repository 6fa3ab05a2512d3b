"""event8 (session 17): Syria's civil defence is the White Helmets, not the Syrian government, on real ANT sentences
dated as their articles.

event7 made "الدفاع المدني" a national body (``national_bodies.csv``, GOV) that takes the story's one country: in
the news of the Syrian war that made the opposition areas' rescue service SYR/GOV. ``rules.yaml:
national_body_actors`` names, per country, the actor a bare body is instead (NGO:WHITE-HELMETS, SYR/CVL, as the
knowledge base codes it), and "الدفاع المدني السوري" is one of the organisation's aliases (``orgs.csv``), where the
nisba composed SYR/GOV before.
"""

from __future__ import annotations

# SK-middleEast-75-20180226: the bare body, the sentence's places all Syria's
BARE = (
    "كذلك تمكنت فرق الدفاع المدني في ريف دمشق، الاثنين، من انتشال جثث 13 مدنياً، بينهم عائلة بالكامل، إضافةً "
    "لأطفال ونساء قتلوا إثر غارات جوية روسية وسورية على الأحياء السكنية في مدينة دوما بريف دمشق"
)
# CN-middleEast-242-20180311: with the nisba
NISBA = 'وغرد الدفاع المدني السوري المعروف بـ "الخوذ البيضاء" على "تويتر" أن الضحايا سقطوا من 75 غارة جوية'
# JA-internationalNews-508-20170313: Dubai's civil defence stays the Emirati state's
DUBAI = (
    "ولفت متحدث باسم الدفاع المدني في دبي انه ورد بلاغ الى غرفة العمليات حوالي الساعة 8 مساءً يفيد باندلاع "
    "حريق في إحدى البواخر"
)


def _body(link, text: str, date: str, phrase: str):
    start = text.index(phrase)
    return next(e for e in link(text, date) if (e.start, e.end) == (start, start + len(phrase)))


def test_bare_civil_defence_in_a_syrian_story_is_the_white_helmets(link):
    e = _body(link, BARE, "2018-02-26", "الدفاع المدني")
    assert (e.type, e.actor, e.country, e.sector) == ("ORG", "NGO:WHITE-HELMETS", "SYR", "CVL")


def test_syrian_civil_defence_with_its_nisba_is_the_white_helmets(link):
    e = _body(link, NISBA, "2018-03-11", "الدفاع المدني السوري")
    assert (e.actor, e.country, e.sector) == ("NGO:WHITE-HELMETS", "SYR", "CVL")


def test_another_states_civil_defence_stays_its_government(link):
    e = _body(link, DUBAI, "2017-03-13", "متحدث باسم الدفاع المدني")
    assert (e.type, e.actor, e.country, e.sector) == ("PERS", "ARE", "ARE", "GOV")

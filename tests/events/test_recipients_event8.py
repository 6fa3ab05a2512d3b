"""Titles and bodies as recipients (event8, session 17): a party in a possessed verbal noun's own recipient phrase
(ترحيبه بـ، زياراتها لـ) is the one the act is aimed at, never its actor (``roles.oblique_recipient``)."""

from __future__ import annotations

from events.test_coder_participants import _gold_story

# SNN-alwatan-1359 (SaudiNewsNet, 2015): Hollande's welcome TO the king; the pronoun of ترحيبه had been resolved to
# the king, the subject of تلقى, so the welcome was the king's, with no recipient
WELCOME = (
    "إلى ذلك، تلقى خادم الحرمين الشريفين، اتصالا هاتفيا أول من أمس من رئيس الجمهورية الفرنسية فرانسوا هولاند جدد "
    "خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا"
)
# BB-middleEast-708-20180707: a Lebanese woman's four private visits to Egypt, coded as Egypt visiting Egypt
VISITS = (
    'وقالت إن "مصر تستحق ما يفعله بها رئيس البلاد عبد الفتاح السيسي".\n'
    'غير أنها عادت ونشرت فيديو آخر تعتذر فيه عن الأول، قائلة إنها "لم تكن تقصد جميع المصريين، ولكن كانت تحكي '
    'تجربة شخصية لما مرت به خلال زياراتها الأربع لمصر".'
)
# dev gold FR-internationalNews-31-20180220 (even line): a bare verbal noun takes its agent with ل, kept
SHELLING = (
    "ارتفع عدد القتلى جراء الغارات والقصف المدفعي لقوات النظام السوري على الغوطة الشرقية الاثنين إلى مئة مدني "
    "بينهم نحو عشرين طفلا"
)


def _at(story, text: str, trigger: str):
    start = text.index(trigger)
    return [e for e in story.events if e.start == start]


def test_the_one_welcomed_is_not_the_welcomer(pipeline) -> None:
    st = _gold_story(pipeline, "SNN-alwatan-1359", WELCOME, "2015-08-03")
    assert not [e for e in _at(st, WELCOME, "ترحيبه") if any("خادم" in p.text for p in e.source)]


def test_the_place_visited_is_not_the_visitor(pipeline) -> None:
    st = _gold_story(pipeline, "BB-middleEast-708-20180707", VISITS, "2018-07-07")
    assert not [e for e in _at(st, VISITS, "زياراتها") if any(p.country == "EGY" for p in e.source)]


def test_a_bare_verbal_noun_keeps_its_agent_after_lam(pipeline) -> None:
    st = _gold_story(pipeline, "FR-internationalNews-31-20180220", SHELLING, "2018-02-20")
    (ev,) = _at(st, SHELLING, "والقصف")
    start = SHELLING.index("لقوات النظام السوري")
    assert [(p.start, p.end, p.country, p.sector) for p in ev.source] == [
        (start, start + len("لقوات النظام السوري"), "SYR", "MIL")
    ]

"""evsector1 (session 16): sectors the entity stage and the generic agents give a side (real ANT sentences,
the whole pipeline)."""

from __future__ import annotations

import pytest

from events.test_coder_participants import _gold_story
from support import assert_offsets

# AL-internationalNews-342-20180304: the tagger's PERS "ميليشياوية" had no sector (the events layer gave it the
# story's Yemen only); as a sector word opening the span it is REB, as gold codes the Houthi crews
MILITIA_ADJ = (
    "وبحسب الشهود، فإن اطقم حوثية مسلحة على متنها عناصر ميليشياوية اعتدت بالضرب العنيف على المحتجين، "
    "وأطلقت الرصاص الحي، وفضت الاحتجاج بالقوة، قبل أن تعتقل عدد من المحتجين وتقتادهم إلى أماكن مجهولة."
)
# BB-middleEast-681-20180629: "المعارضة المسلحة" was المعارضة alone (OPP); the armed opposition is REB
ARMED_OPPOSITION = (
    "وأفادت وسائل إعلام موالية للحكومة السورية بأن الجيش اشتبك الخميس في معارك مع المعارضة المسلحة في بلدة "
    "الحراك جنوب غربي البلاد، بينما تتواصل الغارات الجوية على المنطقة متسببة في مقتل العشرات."
)
# SK-middleEast-65-20180224: "فصائل المعارضة" was read as the head (REB) and المعارضة (OPP), and the coder
# took the second
FACTIONS = (
    "وهذه الاستثناءات يمكن أن تفتح المجال أمام تفسيرات متناقضة، حيث أن النظام السوري يعتبر فصائل المعارضة "
    'المسلحة المدعومة من الغرب "إرهابية" كما لفت مراقبون.'
)
# SK-middleEast-1413-20180503: "وحليفها اللبناني ميليشيا حزب الله" — the coder reads the ally at the nisba
# (Lebanon, no sector); the group in apposition is Hezbollah, LBN/REB
APPOSED_GROUP = (
    "يذكر أن المغرب قطع، الثلاثاء، علاقاته الدبلوماسية مع إيران، متهما طهران وحليفها اللبناني ميليشيا حزب الله "
    "بدعم جبهة البوليساريو التي تسعى لانفصال الصحراء الغربية."
)


# BB-middleEast-661-20180627: the areas the opposition holds are shelled; an opposition that holds ground is
# armed (REB), not OPP
HELD_GROUND = (
    "وذكر المرضد السوري لحقوق الإنسان أن 14 مدنيا على الأقل قتلوا الثلاثاء عندما شرعت القوات الحكومية في قصف "
    "المناطق التي تسيطر عليها المعارضة ليرتفع عدد الضحايا المدنيين إلى 46 قتيلا منذ 17 يونيو/ حزيران."
)
# SK-middleEast-1351-20180430: the camp the opposition took, besieged
HELD_CAMP = (
    "وتحاصر قوات النظام السوري المخيم منذ سيطرت عليه المعارضة في 2012، وكان يسكنه نحو 160 ألف فلسطيني قبل "
    "بداية الحرب في 2011."
)
# each text's ANT record and date (the knowledge base reads names by date)
RECORDS = {
    MILITIA_ADJ: ("AL-internationalNews-342-20180304", "2018-03-04"),
    ARMED_OPPOSITION: ("BB-middleEast-681-20180629", "2018-06-29"),
    FACTIONS: ("SK-middleEast-65-20180224", "2018-02-24"),
    APPOSED_GROUP: ("SK-middleEast-1413-20180503", "2018-05-03"),
    HELD_GROUND: ("BB-middleEast-661-20180627", "2018-06-27"),
    HELD_CAMP: ("SK-middleEast-1351-20180430", "2018-04-30"),
}


@pytest.mark.parametrize(
    ("text", "kind", "role", "side", "country", "sector"),
    [
        (MILITIA_ADJ, "ASSAULT", "source", "ميليشياوية", "YEM", "REB"),
        (ARMED_OPPOSITION, "ASSAULT", "source", "المعارضة المسلحة", "SYR", "REB"),
        (FACTIONS, "ACCUSE", "target", "فصائل المعارضة", "SYR", "REB"),
        (APPOSED_GROUP, "ACCUSE", "target", "اللبناني", "LBN", "REB"),
        (HELD_GROUND, "ASSAULT", "target", "المعارضة", "SYR", "REB"),
        (HELD_CAMP, "COERCE", "target", "المعارضة", "SYR", "REB"),
    ],
)
def test_side_sector(pipeline, text, kind, role, side, country, sector) -> None:
    source, published = RECORDS[text]
    st = _gold_story(pipeline, source, text, published)
    e = next(e for e in st.events if e.type == kind)
    sides = [(p.start, p.text, p.country, p.sector) for p in getattr(e, role)]
    assert (text.index(side), side, country, sector) in sides
    assert_offsets(st)


def test_nisba_before_a_capital_takes_no_sector(pipeline) -> None:
    # JA-internationalNews-486-20170311: "بالعاصمة السورية دمشق" — the capital (GOV) is a place here, not a
    # group in apposition: the nisba keeps no sector
    text = (
        "قُتل ما لا يقل عن 40 شخصا وأصيب أكثر من 100 شخص في تفجيرين استهدفا زوارا شيعة بالعاصمة السورية دمشق "
        "يوم السبت."
    )
    st = _gold_story(pipeline, "JA-internationalNews-486-20170311", text, "2017-03-11")
    sides = [(p.text, p.sector) for e in st.events for p in (*e.source, *e.target)]
    assert ("السورية", "GOV") not in sides
    assert ("السورية", None) in sides
    assert_offsets(st)


def test_indefinite_nisba_takes_no_sector_from_the_next_phrase(pipeline) -> None:
    # BB-internationalNews-701-20180627 (roles sample T): "17 ولاية أمريكية" are the states that sue and "إدارة
    # ترامب" (GOV) the one sued: the indefinite nisba is the adjective of ولاية, not the administration's
    # apposition (the suing attorneys general are JUD)
    text = (
        'وفي الوقت ذاته، تقاضي 17 ولاية أمريكية إدارة ترامب بشأن قرارها "القاسي وغير القانوني" بفصل الأطفال '
        "والآباء والأمهات الذين لا يحملون وثائق هجرة.\nورفع الدعوى القضائية مدعون من الحزب الديمقراطي في ولايات "
        "من بينها واشنطن ونيويورك وكاليفورنيا."
    )
    st = _gold_story(pipeline, "BB-internationalNews-701-20180627", text, "2018-06-27")
    sides = [(p.text, p.sector) for e in st.events for p in (*e.source, *e.target)]
    assert ("أمريكية", "GOV") not in sides
    assert ("أمريكية", None) in sides
    assert_offsets(st)

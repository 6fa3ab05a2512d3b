"""evsector1 (session 16): sectors the entity stage and the generic agents give a side (real ANT sentences,
the whole pipeline)."""

from __future__ import annotations

from events.test_coder_participants import _gold_story
from support import assert_offsets


def test_militia_adjective_the_tagger_takes_alone_is_reb(pipeline) -> None:
    # AL-internationalNews-342-20180304: the tagger's PERS "ميليشياوية" had no sector (the events layer gave it
    # the story's Yemen only); as a sector word opening the span it is REB, as gold codes the Houthi crews
    text = (
        "وبحسب الشهود، فإن اطقم حوثية مسلحة على متنها عناصر ميليشياوية اعتدت بالضرب العنيف على المحتجين، "
        "وأطلقت الرصاص الحي، وفضت الاحتجاج بالقوة، قبل أن تعتقل عدد من المحتجين وتقتادهم إلى أماكن مجهولة."
    )
    st = _gold_story(pipeline, "AL-internationalNews-342-20180304", text, "2018-03-04")
    e = next(e for e in st.events if e.type == "ASSAULT")
    start = text.index("ميليشياوية")
    assert [(p.start, p.text, p.sector) for p in e.source] == [(start, "ميليشياوية", "REB")]
    assert_offsets(st)


def test_armed_opposition_pair_is_one_reb_side(pipeline) -> None:
    # BB-middleEast-681-20180629: "المعارضة المسلحة" was المعارضة alone (OPP), the armed opposition is REB
    text = (
        "وأفادت وسائل إعلام موالية للحكومة السورية بأن الجيش اشتبك الخميس في معارك مع المعارضة المسلحة في بلدة "
        "الحراك جنوب غربي البلاد، بينما تتواصل الغارات الجوية على المنطقة متسببة في مقتل العشرات."
    )
    st = _gold_story(pipeline, "BB-middleEast-681-20180629", text, "2018-06-29")
    e = next(e for e in st.events if e.text == "اشتبك")
    start = text.index("المعارضة المسلحة")
    assert (start, "المعارضة المسلحة", "SYR", "REB") in [
        (p.start, p.text, p.country, p.sector) for p in e.source
    ]
    assert_offsets(st)


def test_opposition_factions_are_one_reb_side(pipeline) -> None:
    # SK-middleEast-65-20180224: "فصائل المعارضة" was read as the head (REB) and المعارضة (OPP), and the
    # coder took the second
    text = (
        "وهذه الاستثناءات يمكن أن تفتح المجال أمام تفسيرات متناقضة، حيث أن النظام السوري يعتبر فصائل المعارضة "
        'المسلحة المدعومة من الغرب "إرهابية" كما لفت مراقبون.'
    )
    st = _gold_story(pipeline, "SK-middleEast-65-20180224", text, "2018-02-24")
    e = next(e for e in st.events if e.type == "ACCUSE")
    start = text.index("فصائل المعارضة")
    assert [(p.start, p.text, p.country, p.sector) for p in e.target] == [
        (start, "فصائل المعارضة", "SYR", "REB")
    ]
    assert_offsets(st)

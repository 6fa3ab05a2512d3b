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

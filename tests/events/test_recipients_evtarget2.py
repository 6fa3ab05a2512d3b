"""Recipients of speech acts and sanctions, first round (evtarget2): the state whose goods a tariff or ban falls on
(``recipients.goods_origin``), and the one accused read as the accuser (``roles.sole_accused``). Real ANT sentences (economy records, roles sample X and the round's diff) and one SaudiNewsNet sentence;
docs/events.md, "Recipients of speech acts, first round (evtarget2)"."""

from __future__ import annotations

import pytest

from events.test_coder_participants import _gold_story
from support import assert_offsets

GOODS = {
    # BB-economy-227 (roles sample X): the origin after من, five words after the goods noun
    "from": (
        "BB-economy-227-20180828",
        "2018-08-28",
        "وتدهورت العلاقات بين كندا والولايات المتحدة خلال الأشهر الأخيرة، إذ فرضت واشنطن تعريفات جمركية على واردات"
        " الصلب والألومنيوم من كندا، وهو ما دفع أوتاوا إلى اتخاذ إجراءات مماثلة.",
        "فرضت واشنطن تعريفات",
        [("واشنطن", "USA")],
        [("كندا", "CAN")],
    ),
    # SK-economy-1173 (roles sample X): the nisba of the goods after "مجموعة من"
    "nisba": (
        "SK-economy-1173-20180812",
        "2018-08-12",
        "وفرضت بروكسل في 22 يونيو رسوما جمركية بنسبة 25 في المئة على مجموعة من المنتجات الأميركية الشهيرة، ردا على"
        " الضرائب التي فرضتها إدارة ترامب على الصلب والألمنيوم الأوروبيين.",
        "رسوما جمركية",
        [("بروكسل", "BEL")],
        [("الأميركية", "USA")],
    ),
    # SK-economy-694 (the round's diff): three origins coordinated after من
    "three": (
        "SK-economy-694-20180601",
        "2018-06-01",
        "وتولدت مخاوف من نشوب حرب تجارية بعد أن مضت الولايات المتحدة، الخميس، قدما في فرض رسوم جمركية على واردات"
        " الألومنيوم والصلب القادمة من كندا والمكسيك والاتحاد الأوروبي، منهية إعفاء استمر لشهرين.",
        "فرض رسوم",
        [("الولايات المتحدة", "USA")],
        [("كندا", "CAN"), ("والمكسيك", "MEX"), ("والاتحاد الأوروبي", "IGO")],
    ),
    # SNN-aawsat-1789 (the round's diff on SaudiNewsNet): the actor's own nisba on the goods noun is passed over
    # for the origin after من
    "own-nisba": (
        "SNN-aawsat-1789",
        "2015-08-06",
        "يكلف حظر الاستيراد الروسي للسلع الغذائية من الاتحاد الأوروبي والولايات المتحدة الأميركية قطاع الزراعة"
        " الألماني مئات الملايين من اليورو.",
        "حظر الاستيراد",
        [("الروسي", "RUS")],
        [("الاتحاد الأوروبي", "IGO"), ("والولايات المتحدة الأميركية", "USA")],
    ),
}


@pytest.mark.parametrize("case", sorted(GOODS))
def test_goods_origin_is_the_sanction_recipient(pipeline, case: str) -> None:
    _check_sides(pipeline, GOODS[case], "SANCTION")


def _check_sides(pipeline, case: tuple, etype: str) -> None:
    source, published, text, trigger, actors, recipients = case
    st = _gold_story(pipeline, source, text, published)
    assert_offsets(st)
    e = next(e for e in st.events if e.text == trigger)
    assert e.type == etype
    assert [(p.text, p.country) for p in e.source] == actors
    assert [(p.text, p.country) for p in e.target] == recipients
    for p in e.source + e.target:
        assert st.text[p.start : p.end] == p.text


ACCUSED = {
    # SK-internationalNews-2712 (fresh ANT): the verb's subject is dropped, named before the joined verb
    "dropped-subject": (
        "SK-internationalNews-2712-20180718",
        "2018-07-18",
        'ونفى أردوغان مرارا ارتكاب مخالفات واتهم ألمانيا بتبني "ممارسات نازية".',
        "واتهم",
        [("أردوغان", "TUR")],
        [("ألمانيا", "DEU")],
    ),
    # SNN-almadina-1802 (the round's SaudiNewsNet diff): Hamas had been read as the accuser
    "joined-verb": (
        "SNN-almadina-1802",
        "2015-08-01",
        "وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام علي اختطاف ثلاثة من المستوطنين مما تسبب في التأثير"
        " السلبي علي جهود تشكيل حكومة وحدة وطنية.",
        "واتهم",
        [("أبو مازن", "PSE")],
        [("حماس", "PSE")],
    ),
}


@pytest.mark.parametrize("case", sorted(ACCUSED))
def test_lone_party_before_the_charge_is_the_accused(pipeline, case: str) -> None:
    _check_sides(pipeline, ACCUSED[case], "ACCUSE")


def test_two_parties_before_the_charge_keep_subject_and_object(pipeline) -> None:
    # a guard on a real ANT sentence (SK-internationalNews-1520): "اتهم ماكين ترامب ... بعدم"
    # names the accuser first; the rule reads only a lone party right before the charge
    text = (
        "وفي مذكرة من المقرر صدورها في وقت لاحق هذا الشهر اتهم ماكين ترامب، الذي ينتمي مثله للحزب الجمهوري، بعدم"
        " التمسك بالقيم الأميركية."
    )
    st = _gold_story(pipeline, "SK-internationalNews-1520-20180511", text, "2018-05-11")
    e = next(e for e in st.events if e.text == "اتهم")
    assert [p.text for p in e.source] == ["ماكين"]

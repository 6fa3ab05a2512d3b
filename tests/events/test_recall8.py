"""Recall round 8 (evrecall8, docs/events.md "Recall round 8: the clause after a speech verb"): a coded speech act's
content ends before "، وذلك" when a past circumstance follows (بعد، بعدما، تزامنا، عقب، إثر): the narrator's
circumstance of the act, not what was said (``coder._speech_scope_end``). And العزل after a people noun is the adjective
"unarmed", no removal from office (``sanction.azala``'s ``not_after``). Real ANT sentences, each coded alone through
the whole default pipeline: sample G's row (SK-middleEast-1695-20180514) and two of the round's fresh articles
(SK-internationalNews-350-20180314, CN-middleEast-584-20180412)."""

from __future__ import annotations

from tests.support import events_at

import marsad
import marsad.events.coder as coder

GAZA = (
    "دعا المندوبان الفلسطيني والسعودي في الأمم المتحدة، الاثنين، إلى جلسة طارئة لمجلس الأمن لبحث التطورات في غزة،"
    " وذلك تزامنا مع مواجهات دامية أطلقت فيها القوات الإسرائيلية الرصاص الحي وقنابل الغاز على الفلسطينيين العزل على"
    " حدود غزة."
)
KREMLIN = (
    "هذا وهددت روسيا باتخاذ إجراءات مماثلة ضد لندن، وذلك بعدما نفى الكرملين أية علاقة لموسكو، بحادث تسميم الجاسوس"
    " في بريطانيا."
)
EXPECTED = (
    'حذر الأمين العام للأمم المتحدة أنطونيو غوتيريس من "خروج الوضع عن السيطرة" في سوريا، وذلك وسط توقعات بأن تشن'
    " أمريكا وحلفاؤها ضربة عسكرية ضد النظام السوري بعد تقارير عن استخدام السلاح الكيماوي في مدينة دوما."
)


def test_coder_firing_after_wadhalika_is_narrated(pipeline) -> None:
    """The envoys' call is one record, the Israeli forces' firing on the Palestinians another (sample G's row)."""
    (call,) = events_at(GAZA, "دعا", pipeline)
    assert call.type == "REQUEST"
    (fire,) = events_at(GAZA, "أطلقت", pipeline)
    assert (fire.type, fire.modality) == ("ASSAULT", "asserted")
    assert GAZA[fire.start : fire.end] == "أطلقت"
    assert [(p.text, p.country, p.start) for p in fire.source] == [
        ("القوات الإسرائيلية", "ISR", GAZA.index("القوات الإسرائيلية"))
    ]
    assert [(p.country, p.start) for p in fire.target] == [("PSE", GAZA.index("الفلسطينيين"))]


def test_coder_unarmed_is_no_removal(pipeline) -> None:
    """الفلسطينيين العزل: "the unarmed Palestinians", no SANCTION 166 (the rule's first reading coded one)."""
    assert events_at(GAZA, "العزل", pipeline) == []


def test_coder_firing_needs_the_rule(pipeline, monkeypatch) -> None:
    """Without the break the firing is the call's content and has no record."""
    monkeypatch.setattr(coder, "_comma_before", lambda *args, **kwargs: False)
    assert events_at(GAZA, "أطلقت", pipeline) == []


def test_coder_denial_after_wadhalika_badama(pipeline) -> None:
    """Russia's threat and, after "وذلك بعدما", the Kremlin's denial: a REJECT of its own."""
    (ev,) = events_at(KREMLIN, "نفى", pipeline)
    assert (ev.type, ev.modality) == ("REJECT", "asserted")
    assert [(p.text, p.country, p.start) for p in ev.source] == [
        ("الكرملين", "RUS", KREMLIN.index("الكرملين"))
    ]


def test_coder_expectation_after_wadhalika_stays_content(pipeline) -> None:
    """ "وذلك وسط توقعات بأن تشن أمريكا ... ضربة": an expected strike, no act (the first form coded it)."""
    article = marsad.analyze(EXPECTED, pipeline=pipeline)
    assert [e.type for story in article.stories for e in story.events if e.type == "ASSAULT"] == []

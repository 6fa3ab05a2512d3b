"""Session 11, evfix: a "كل من X وY" list after a verb read as its object (``participants.kull_object``) and as the
genitive agent of a noun after a verb of receiving (``participants.kull_list``). Real ANT sentences; the round's
report is in docs/events.md, "كل من as an object (evfix)"."""

from __future__ import annotations

import pytest
from tests.support import events_at

import marsad.events.participants as participants


def _one(sentence: str, trigger: str, etype: str, pipeline) -> list:
    return [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]


# BB-middleEast-355-20180416: the verb is masculine, its list's first party a feminine state; the subject is Trump,
# named in the clause before (the kull rule made France and Britain thank).
THANKS = 'وأشاد ترامب في تغريدته بالضربات الجوية، ووصفها بأنها "نفذت بشكل رائع"، وشكر كل من فرنسا وبريطانيا.'
# CN-middleEast-1406-20181003: the court, which the entities do not tag, stands between the verb and the list.
APPEAL = (
    "وناشدت العدل الدولية كل من إيران وأمريكا بالامتناع عن اتخاذ أي خطوات من شأنها أن تزيد من حدة الخلافات أو"
    " تطيل في عمرها، وهو الأمر الذي سيجعل حلها أكثر تعقيدا."
)
# JA-politic-362-20170418: the participle of a حال clause carries the main clause's subject (the party).
CALLING = (
    'وعبّر الحزب في بيان نشر على صفحته الرسمية على "الفايسبوك"، عن تضامنه مع منظمة "أنا يقظ" وكل المنظمات و'
    " الجمعيات و الجهات التي تناضل من أجل الكشف عن الفساد و فضحه، داعيا كل من نقابة الصحفيين ومختلف وسائل"
    " الاعلام للتصدي بكل قوة لمثل هذه التصرفات المهينة لمهنة الصحافة."
)
# BB-middleEast-549-20180529: a noun after a verb of receiving; the list is its agent.
BACKING = "وتدعم مصر والإمارات العربية حفتر، في الشرق، بينما يحظى السراج، في الغرب، بمساندة كل من قطر وتركيا."


def test_coder_kull_list_after_a_masculine_verb_is_its_object(pipeline) -> None:
    (ev,) = _one(THANKS, "وشكر", "SUPPORT", pipeline)
    assert [p.text for p in ev.source] == ["ترامب"]
    assert [(p.text, p.start, p.country) for p in ev.target] == [
        ("فرنسا", THANKS.index("فرنسا"), "FRA"),
        ("وبريطانيا", THANKS.index("وبريطانيا"), "GBR"),
    ]
    for p in ev.source + ev.target:
        assert THANKS[p.start : p.end] == p.text


def test_coder_kull_list_after_the_subject_is_no_source(pipeline) -> None:
    for ev in events_at(APPEAL, "وناشدت", pipeline):
        assert not {p.country for p in ev.source} & {"IRN"}, ev.source


def test_coder_kull_list_after_a_participle_is_its_object(pipeline) -> None:
    (ev,) = _one(CALLING, "داعيا", "REQUEST", pipeline)
    assert "نقابة الصحفيين" not in [p.text for p in ev.source]
    (union,) = ev.target
    assert (union.text, union.start) == ("نقابة الصحفيين", CALLING.index("نقابة الصحفيين"))


def test_coder_kull_list_is_the_agent_of_a_received_noun(pipeline) -> None:
    (ev,) = _one(BACKING, "بمساندة", "SUPPORT", pipeline)
    assert [(p.text, p.start, p.country) for p in ev.source] == [
        ("قطر", BACKING.index("قطر"), "QAT"),
        ("وتركيا", BACKING.index("وتركيا"), "TUR"),
    ]
    assert [p.text for p in ev.target] == ["السراج"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"), [(THANKS, "وشكر", "SUPPORT"), (CALLING, "داعيا", "REQUEST")]
)
def test_coder_kull_object_needs_the_guard(pipeline, monkeypatch, sentence, trigger, etype) -> None:
    monkeypatch.setattr(participants, "kull_object", lambda *a, **k: False)
    # داعيا after a comma is also read as a حال by the twenty-sixth round's participle-comma rule, which would
    # guard the list too: switched off, so that this tests kull_object alone
    monkeypatch.setattr(participants, "participle_after_comma", lambda *a, **k: False)
    sources = [[p.text for p in e.source] for e in _one(sentence, trigger, etype, pipeline)]
    listed = sentence[sentence.index("كل من") + len("كل من ") :].split()[0]
    assert any(t.startswith(listed) for s in sources for t in s), sources


def test_coder_received_noun_needs_the_kull_agent(pipeline, monkeypatch) -> None:
    monkeypatch.setattr(participants, "kull_list", lambda *a, **k: False)
    found = [[p.text for p in e.source] for e in _one(BACKING, "بمساندة", "SUPPORT", pipeline)]
    assert ["قطر", "وتركيا"] not in found


# Members of parliament named by a common noun (``agents.yaml: single: LEG``), and the genitive of a parliament's name
# that names none (``agents.yaml: adjective_after: نواب``). (ANT id, sentence, trigger, type, the source's text)
MPS = [
    (
        # the Conservative MPs of the sentence before reject an amendment (the coder took May, before)
        "FR-internationalNews-1895-20180618",
        "ورفض هؤلاء النواب تعديلا كان سيمنح البرلمان الحق في منع البلاد من الخروج من التكتل في حال عدم التوصل إلى"
        " اتفاق حول ترتيبات تجارية جديدة، لقاء وعد من ماي بأنه ستكون لهم كلمتهم رغم كل شيء.",
        "ورفض",
        "REJECT",
        "النواب",
    ),
    (
        # Tunisian MPs threaten to resign (no record before)
        "JA-politic-419-20170510",
        "هدّد عدد من نواب مجلس الشعب بالاستقالة في صورة إصرار رئيس الجمهورية، الباجي قائد السبسي على تمرير قانون"
        " المصالحة سواء عبر الدعوة إلى استفتاء شعبي أو دعوة النواب للتصويت عليه.",
        "هدّد",
        "THREATEN",
        "نواب",
    ),
]
# JA-politic-298-20170328: "مجلس نواب الشعب" is the parliament, whose name the entity stage does not tag
PARLIAMENT = (
    "صادق مجلس نواب الشعب، خلال الجلسة العامة المنعقدة اليوم الثلاثاء بباردو، على مشروع القانون الأساسي لتنقيح"
    " وإتمام القانون عدد 34 المؤرخ في 28 أفريل 2016، المتعلق بالمجلس الأعلى للقضاء."
)


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "text"), MPS)
def test_coder_members_of_parliament_are_a_party(pipeline, ant_id, sentence, trigger, etype, text) -> None:
    (ev,) = _one(sentence, trigger, etype, pipeline)
    (mps,) = ev.source
    assert (mps.text, mps.sector) == (text, "LEG"), ant_id
    assert sentence[mps.start : mps.end] == text
    assert mps.start == sentence.index(text)


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "text"), MPS)
def test_coder_members_of_parliament_need_the_words(
    pipeline, monkeypatch, ant_id, sentence, trigger, etype, text
) -> None:
    from marsad.events.coder import load_resources

    res = pipeline.ctx.resource("events.coder", load_resources)
    for word in [w for w, s in res.generic_single.items() if s == "LEG"]:
        monkeypatch.delitem(res.generic_single, word)
    res.generic_words.clear()  # the per-word cache read the LEG words
    try:
        found = [[(p.text, p.sector) for p in e.source] for e in _one(sentence, trigger, etype, pipeline)]
    finally:
        monkeypatch.undo()
        res.generic_words.clear()
    assert [(text, "LEG")] not in found, ant_id


def test_coder_a_parliaments_name_is_no_members(pipeline) -> None:
    for ev in events_at(PARLIAMENT, "صادق", pipeline):
        assert all(p.sector != "LEG" or p.text != "نواب" for p in ev.source + ev.target), ev

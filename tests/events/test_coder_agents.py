"""Bodies named by a common-noun phrase as agents (evagent, ``mentions._with_bodies``): a head noun of a body
(رابطة، منظمة، جمعية، نقابة، لجنة، مركز: ``agents.yaml: bodies``) with its genitive or adjective phrase is one party
where the entity stage tags nothing. Every sentence is real ANT text from an article in no gold file (the first two
are rows of the judged recall sample A, the rest from fresh articles read in the evagent diff); each positive case
is coded through the whole default pipeline (the sentence given alone) with its type, the source's text, country,
sector and offsets, and is checked to lose that source with the rule switched off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
import marsad.events.mentions as mentions
from support import assert_offsets, events_at

# (sentence, trigger, type, the source's text, its country, its sector)
CASES = [
    # an NGO: head + construct chain (رابطة أمهات المختطفين); the place after في is not part of the name
    (
        "نددت رابطة أمهات المختطفين في محافظة الحديدة بحملة الاختطاف الواسعة التي تشنها ميليشيات الحوثي بحق"
        " المدنيين بالمحافظة.",
        "نددت",
        "ACCUSE",
        "رابطة أمهات المختطفين",
        "NGO",
        None,
    ),
    # a hashtag's words are the phrase; the nisba inside it is taken in
    (
        'رفضت رابطة #أمهات_المختطفين_اليمنيين، السبت، ما أسمته "الابتزاز والمقايضات" التي تقوم بها ميليشيات'
        " الحوثي بحق الصحافيين المختطفين في سجونها، ما يؤخر من عملية إطلاق سراحهم، وطالبت بسرعة إطلاق سراحهم"
        " دون قيد أو شرط، لكنها لم تذكر مزيد من التفاصيل عن طبيعة هذه المقايضات.",
        "وطالبت",
        "REQUEST",
        "رابطة #أمهات_المختطفين_اليمنيين",
        "NGO",
        None,
    ),
    # an indefinite head with an indefinite nisba adjective
    (
        "زعمت منظمة مدنية للمهاجرين الكوريين الشماليين في سيول أن كوريا الشمالية أعدمت ألف شخص، وطهرت 20 ألف"
        " شخص فيما يتعلق بقضية إعدام جانغ سونغ تيك، زوج عمة الزعيم الكوري الشمالي كيم جونغ أون في ديسمبر عام"
        " 2013.",
        "زعمت",
        "ACCUSE",
        "منظمة مدنية",
        "NGO",
        None,
    ),
    # a definite head with its definite nisba: still an NGO (conventions section 2), not the country's government
    (
        "وأدانت الجمعية اليمنية للإعلام الرياضي في بيان، خطف ميليشيات الحوثي الصحفي الرياضي قاسم البعيصي في"
        " الحديدة، واقتياده إلى جهة مجهولة.",
        "وأدانت",
        "ACCUSE",
        "الجمعية اليمنية",
        "NGO",
        None,
    ),
    # a union with a generic agent as its genitive (الصحافيين) and a nisba after it: the nisba's country, CVL
    (
        'وطالبت نقابة الصحافيين الفلسطينيين بإحالة "جنود الاحتلال" الذين قتلوا أبو حسين للمحاكمة الجنائية الدولية.',
        "وطالبت",
        "REQUEST",
        "نقابة الصحافيين الفلسطينيين",
        "PSE",
        "CVL",
    ),
    # an NGO whose genitive is another body noun (مركز): one party, NGO
    (
        "وعلى الصعيد الإسرائيلي، دعت منظمة مركز المعلومات الإسرائيلي لحقوق الإنسان في الأراضي المحتلة"
        ' "بتسليم" الجنود الإسرائيليين إلى رفض إطلاق النار على الفلسطينيين العزل.',
        "دعت",
        "REQUEST",
        "منظمة مركز المعلومات الإسرائيلي",
        "NGO",
        None,
    ),
    # a committee of a named party (لـ + the party): the party's country and sector
    (
        "وانتقدت اللجنة الوطنية للحزب الديمقراطي الأميركي الخطوة ووصفتها بأنها إهانة لأفراد القوات المسلحة من"
        " المتحولين جنسيا.",
        "وانتقدت",
        "ACCUSE",
        "اللجنة الوطنية للحزب الديمقراطي الأميركي",
        "USA",
        "PTY",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "etype", "source", "country", "sector"), CASES)
def test_coder_agents_bodies_are_sources(pipeline, sentence, trigger, etype, source, country, sector) -> None:
    events = [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]
    assert events, f"no {etype} at {trigger}"
    (p,) = events[0].source
    assert (p.text, p.country, p.sector) == (source, country, sector)
    assert (p.start, p.end) == (sentence.index(source), sentence.index(source) + len(source))


@pytest.mark.parametrize(("sentence", "trigger", "etype", "source", "country", "sector"), CASES)
def test_coder_agents_are_what_codes_them(
    pipeline, monkeypatch, sentence, trigger, etype, source, country, sector
) -> None:
    monkeypatch.setattr(mentions, "_with_bodies", lambda story, words, out: out)
    events = [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]
    assert all(source not in [p.text for p in e.source] for e in events)


def test_coder_agents_union_stands_alone(pipeline) -> None:
    # a count and a bare indefinite union (15 نقابة): a union needs no phrase; "في البلاد" is not part of it
    sentence = (
        "وكانت 15 نقابة في البلاد دعت أعضاءها ومنتسبيها في القطاعين العام والخاص للإضراب رفضا لمشروع القانون، الذي"
        " استدعى إقدام البرلمان على اتخاذ قرار بعقد سلسلة حوارات موسعة لمناقشته."
    )
    (ev,) = [e for e in events_at(sentence, "دعت", pipeline) if e.type == "REQUEST"]
    (p,) = ev.source
    assert (p.text, p.sector) == ("نقابة", "CVL")
    assert p.start == sentence.index("نقابة")


def test_coder_agents_owned_body_speaks_for_its_owner(pipeline) -> None:
    # جمعية + a company entity after it: the body takes the entity's country and sector (FRA/BUS)
    sentence = (
        'وحذرت "جمعية شركات فرنسا الدولية" (ميديف إنترناسيونال) التي تمثل أكبر منظمة فرنسية لأرباب العمل في'
        ' الخارج، من أنه "ينبغي عدم توقع عقود خيالية".'
    )
    (ev,) = [e for e in events_at(sentence, "وحذرت", pipeline) if e.type == "ACCUSE"]
    (p,) = ev.source
    assert (p.text, p.country, p.sector) == ("جمعية شركات فرنسا", "FRA", "BUS")


def _bodies(sentence: str, pipeline) -> list[str]:
    """The texts of the bodies the rule reads in ``sentence``."""
    found: list[str] = []
    rule = mentions._with_bodies

    def spy(story, words, out):
        result = rule(story, words, out)
        found.extend(e.text for e in result if e not in out)
        return result

    mentions._with_bodies = spy
    try:
        marsad.analyze(sentence, pipeline=pipeline)
    finally:
        mentions._with_bodies = rule
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        # an adjective, not a body (organised theft)
        "حيث تقوم الميليشيات الحوثية بعمليات سرقة منظمة ودورية تستهدف المساعدات الإنسانية.",
        # a designation, not a body
        'وتعتبر أنقرة وحدات حماية الشعب "منظمة إرهابية" وامتدادا لحزب العمال الكردستاني.',
        # an assembly (a parliament), not an association
        "وقبيل توقف أعمال الجمعية الوطنية مساء الأربعاء مع بداية العطلة الصيفية، حذر السكرتير الأول للحزب"
        " الاشتراكي أوليفييه فور.",
        # an international organisation named by description, not an NGO
        "وفي افتتاح الجلسة، أعلن الأمين العام للأمم المتحدة دعم المنظمة الأممية لحل الدولتين.",
        # a definite head followed by the verb's object: no back-reference, no genitive
        'ودعت المنظمة المجتمع الدولي إلى "سماع القادة الليبيين يتعهدون بتحسينات مهمة".',
        # an indefinite nisba after a definite head is a predicate
        "واستنكر محاولة وسائل إعلامية عربية التسويق بأن هذه المنظمة ماليزية بينما لا يوجد أي أوراق.",
        # a verb after an indefinite head is not its genitive
        "تمول منظمة تدعى الاتحاد الإسلامي التركي للشؤون الدينية.",
        # an observatory: a reporter of others' acts, not read
        "ونقل المرصد، عن مصادر موثوقة، أن قصفا بريا وجويا لا يزال يستهدف عفرين.",
    ],
)
def test_coder_agents_not_bodies(pipeline, sentence) -> None:
    assert _bodies(sentence, pipeline) == []


@settings(max_examples=30, deadline=None)
@given(
    st.text(alphabet="رابطة منظمة جمعية نقابة لجنة مركز الوطنية اليمنية أمهات في و_#،", max_size=80),
)
def test_coder_agents_any_text_never_raises(pipeline, text) -> None:
    article = marsad.analyze("نددت " + text + " بالهجوم.", pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)
        for ev in story.events:
            for p in [*ev.source, *ev.target]:
                assert story.text[p.start : p.end] == p.text

"""Frames that name the agent of an event noun the participant rules leave without one (evctrl,
``marsad.events.frames``): control verbs, announcements, attending a meeting, a fronted possessive, a visitor after
لـ. Every sentence is real ANT text from an article in no gold file and no judged sample; each positive case is
coded through the whole default pipeline (the sentence given alone) with its type, source and trigger offsets,
and is checked to vanish with the frame switched off (so it is the frame, not another rule, that codes it)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
import marsad.events.records as records
from marsad.events.clauses import clause_of, clause_starts
from marsad.events.frames import FrameAgent, frame_agent, frame_words
from marsad.events.mentions import SentenceContext
from marsad.events.resources import load_resources
from marsad.events.words import sentence_views
from support import assert_offsets, events_at

# (sentence, trigger, type, the source's text, its sector)
CASES = [
    # control: تمكن من + verbal noun
    (
        "كما تمكّن الجيش اليمني من تدمير طقم وإحراق آخر للميليشيات الحوثية في طريق الطوير المؤدية إلى منطقة"
        " #قهبان، وسقط جميع من كانوا على متنهما بين قتلى وجرحى.",
        "تدمير",
        "ASSAULT",
        "الجيش اليمني",
        "MIL",
    ),
    (
        "أفادت مصادر سكاي نيوز عربية بأن قوات الجيش الوطني اليمني تمكنت من تحرير قرية مزهر وتحاصر مليشيات"
        " الحوثي الانقلابية في مركز مديرية باقم في صعدة من جميع المحاور.",
        "تحرير قرية",
        "COERCE",
        "قوات الجيش الوطني اليمني",
        "MIL",
    ),
    (
        "وأضاف عبد الجليل أن طائرات الجيش الليبي تصدت للهجوم، وأن القوات المسلحة تمكنت من تدمير سيارتين"
        " للمهاجمين، مما أدى إلى انسحابهم.",
        "تدمير",
        "ASSAULT",
        "القوات المسلحة",
        "MIL",
    ),
    # control with a light masdar between (من إلقاء القبض)
    (
        "واُصيب أيضاً بعض الأشخاص جراء الطلقات النارية التي أطلقها منفذ الهجوم وتمكنت قوات الشرطة من إلقاء"
        " القبض على منفذ الهجوم.",
        "القبض",
        "COERCE",
        "قوات الشرطة",
        "COP",
    ),
    # announcement of one's own act (a time between the announcer and the act)
    (
        'أعلنت الشرطة البريطانية صباح اليوم إلقاء القبض على 3 أشخاص على صلة بهجوم "مانشتسر أرينا" الذي استهدف'
        " مساء الإثنين قاعة للحفلات وسط المدينة وأسفر عن مقتل 22 شخصا.",
        "القبض",
        "COERCE",
        "الشرطة البريطانية",
        "COP",
    ),
    (
        'وكانت قد أعلنت وزارة الداخلية العراقية أوائل مارس آذار عن اعتقال عنصرين من تنظيم "داعش" الإرهابى ضمن ما'
        ' يسمى بـ"ولاية ديالى" فرا إلى بغداد.',
        "اعتقال",
        "COERCE",
        "وزارة الداخلية العراقية",
        "GOV",
    ),
    # the light verb ألقى of القبض, with قد between its subject and it
    (
        'يذكر أن قوات الامن السعودية قد ألقت القبض على النمر  (55 عاما) وذلك بعد اتهامه "بإشعال الفتنة الطائفية'
        ' في السعودية".',
        "القبض",
        "COERCE",
        "الامن السعودية",
        "COP",
    ),
    # a time in commas between the frame verb's subject and the act (recall sample C, row 42)
    (
        "وبدأ الرئيس الصيني الخميس، زيارة للإمارات تستغرق 3 أيام، على رأس وفد رفيع المستوى، في أول زيارة خارجية له"
        " بعد إعادة انتخابه رئيسا للبلاد.",
        "زيارة",
        "CONSULT",
        "الرئيس الصيني",
        "GOV",
    ),
    # attending a meeting: the clause's first party, not a place on the way
    (
        'وقالت ماي لدى وصولها إلى مقر الاتحاد الأوروبي في العاصمة البلجيكية بروكسل لحضور قمة للاتحاد:" نفذت'
        ' روسيا هجوما وقحا ومتهورا ضد المملكة المتحدة".',
        "قمة",
        "CONSULT",
        "ماي",
        None,
    ),
    # a visitor after لـ, with the destination after the name
    (
        "وأرسلت روسيا قواتها البحرية إلى المنطقة في نفس الوقت الذي أعلن به النظام السوري توقيع اتفاقية أمنية"
        " جديدة مع إيران، عقب زيارة لوزير الدفاع الإيراني أمير حاتمي إلى دمشق، الاثنين الماضي.",
        "زيارة",
        "CONSULT",
        "لوزير الدفاع الإيراني",
        "GOV",
    ),
    # a fronted possessive: the owner is the main clause's subject after the comma
    (
        "وبعد زيارته إلى غانا قبل أشهر، يبدي الرئيس الفرنسي بزيارته هذه الدولة النفطية العملاقة الناطقة"
        " بالإنكليزية التي تتصدر مع جنوب أفريقيا على الصعيد الجيوسياسي والاقتصادي القارة، نية واضحة بإقامة علاقات"
        " أقوى مع أفريقيا الناطقة الإنكليزية.",
        "زيارته",
        "CONSULT",
        "الرئيس الفرنسي",
        "GOV",
    ),
    (
        "وبعد اجتماعه مع عباس، اتجه موكب الأمير البريطاني إلى مخيم الجلزون للاجئين لزيارة مركز صحي ومدرسة"
        " تديرهما وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا).",
        "اجتماعه",
        "CONSULT",
        "الأمير البريطاني",
        "GOV",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "etype", "source", "sector"), CASES)
def test_coder_frames_name_the_agent(pipeline, sentence, trigger, etype, source, sector) -> None:
    events = [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]
    assert len(events) == 1, events
    ev = events[0]
    assert (ev.text, ev.end) == (trigger, sentence.index(trigger) + len(trigger))
    assert source in [p.text for p in ev.source]
    assert sector in [p.sector for p in ev.source if p.text == source]
    assert all(p.text != source for p in ev.target)  # the agent is not its own recipient


@pytest.mark.parametrize(("sentence", "trigger", "etype", "source", "sector"), CASES)
def test_coder_frames_are_what_codes_them(
    pipeline, monkeypatch, sentence, trigger, etype, source, sector
) -> None:
    # with the hook switched off no record has the frame's agent as its source
    monkeypatch.setattr(records, "frame_sides", lambda *args, **kwargs: None)
    events = [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]
    assert not any(source in [p.text for p in e.source] for e in events)


def test_coder_frames_visit_host_is_the_destination(pipeline) -> None:
    sentence, trigger = CASES[9][0], CASES[9][1]
    (ev,) = [e for e in events_at(sentence, trigger, pipeline) if e.type == "CONSULT"]
    assert ev.mode == "visit"
    assert [(p.text, p.country) for p in ev.source] == [("لوزير الدفاع الإيراني", "IRN")]
    assert [p.country for p in ev.target] == ["SYR"]


def test_coder_frames_summit_lists_the_body(pipeline) -> None:
    sentence, trigger = CASES[8][0], CASES[8][1]
    (ev,) = [e for e in events_at(sentence, trigger, pipeline) if e.type == "CONSULT"]
    assert ev.mode == "multilateral"
    assert [p.text for p in ev.source] == ["ماي", "الاتحاد الأوروبي"]
    assert ev.target == []


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _agent(res, pipeline, sentence: str, trigger: str) -> FrameAgent | None:
    """The frame agent of the trigger starting where ``trigger`` does (the sentence given alone)."""
    story = marsad.analyze(sentence, pipeline=pipeline).stories[0]
    start = sentence.index(trigger)
    for view in sentence_views(story):
        ctx = SentenceContext(
            view=view, entities=sorted(story.entities, key=lambda e: e.start), story=story, res=res
        )
        bounds = clause_starts(ctx, res=res)
        for m in res.lexicon.match(view.words):
            if m.start == start:
                return frame_agent(ctx, m, clause_of(bounds, m.head), res=res)
    raise AssertionError(f"no trigger at {trigger}")


@pytest.mark.parametrize(
    ("sentence", "trigger", "frame"),
    [
        (CASES[0][0], "تدمير", "control"),
        (CASES[4][0], "القبض", "announce"),
        (CASES[8][0], "قمة", "attend"),
        (CASES[9][0], "زيارة", "visit"),
        # "الذي أعلن به النظام السوري توقيع اتفاقية": the announcer signed (the rules name it already)
        (CASES[9][0], "توقيع", "announce"),
        (CASES[10][0], "زيارته", "fronted"),
    ],
)
def test_coder_frames_frame_kind(res, pipeline, sentence, trigger, frame) -> None:
    agent = _agent(res, pipeline, sentence, trigger)
    assert agent is not None and agent.frame == frame


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the act is to come (ستواصل): no agent from the frame
        (
            "نقلت وكالات أنباء روسية عن وزارة الدفاع الروسية قولها اليوم الجمعة إن الاتفاق الخاص بتحديد مناطق آمنة"
            " في سوريا سيطبق اعتبارا من منتصف ليل اليوم لكن القوات الجوية الروسية ستواصل قصف تنظيم الدولة"
            " الإسلامية الارهابي في مناطق أخرى من البلاد.",
            "قصف",
        ),
        # purpose لـ names an aim, and another event noun (هجومها) stands between the frame and it
        (
            "وذكر المرصد السوري لحقوق الإنسان، ومقره بريطانيا، أن أكثر من 120 ألف شخص أجبروا على الهروب جنوب غربي"
            " سوريا، منذ أن شرعت الحكومة في هجومها لاستعادة السيطرة على المناطق المحاذية للحدود الأردنية ولمرتفعات"
            " الجولان السورية المحتلة إسرائيليا.",
            "لاستعادة",
        ),
        # what is revealed is the details of an act, not one's own act
        ("الشرطة البريطانية تكشف تفاصيل بكيفية تسميم الجاسوس الروسي السابق", "تسميم"),
        # the party before the frame verb stands across a comma: a helper, not the subject
        (
            "وكانت القوات اليمنية المشتركة، بإسناد ومشاركة التحالف العربي، قد نجحت في هجوم مباغت من تحرير مطار"
            " الحديدة من الحوثيين، في إطار عملية الساحل الغربي.",
            "هجوم",
        ),
    ],
)
def test_coder_frames_not_named(res, pipeline, sentence, trigger) -> None:
    assert _agent(res, pipeline, sentence, trigger) is None


def test_coder_frames_words_are_conjugated() -> None:
    fw = frame_words()
    # generated forms of [تمكن, يتمكن] and the explicit hamza forms of بدأ; و is kept on واصل
    assert {"تمكنت", "تمكنوا", "يتمكن", "تتمكن", "بدات", "واصلت", "يواصل"} <= fw.control
    assert {"اعلنت", "يعلن", "كشفت"} <= fw.announce
    assert fw.verbs == fw.control | fw.announce


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ،.")), max_size=60)


@settings(max_examples=40, deadline=None)
@given(ARABIC, ARABIC)
def test_coder_frames_any_text_around_never_raises(pipeline, before, after) -> None:
    # frames inside any text: coding never raises, every span stays exact, and a frame's agent is in the text
    sentence = before + " وتمكنت قوات الشرطة من إلقاء القبض، خلال زيارته للهند، كثف الرئيس الفرنسي " + after
    article = marsad.analyze(sentence, pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)
        for ev in story.events:
            for p in ev.source + ev.target:
                assert story.text[p.start : p.end] == p.text

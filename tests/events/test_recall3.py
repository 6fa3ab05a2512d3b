"""Recall round 4 (evrecall3, docs/events.md "Recall round 4: sample E"): an event noun resumed by the object pronoun
of a verb whose subject did the act (``constructions.resumptive_verb``: "عملية عسكرية نوعية نفذتها قوة عراقية"،
"الحصار الذي يفرضه نظام الرئيس بشار الأسد"), a meeting whose one side is a dual naming two states
(``frames.country_pair``: الكوريتين), the round's generic agents (نشطاء، ناشطون، دول عربية) and its
lexicon entry (a police or security deployment). Every sentence is real ANT text from an article in no gold file and
no judged sample (most of them among the records the rules changed on fresh articles, read for the round); each is
coded through the whole default pipeline (the sentence given alone) with its participants' texts and offsets, and the
rule's sentences are checked to lose the participant with the rule switched off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support import assert_offsets, events_at

import marsad
import marsad.events.constructions as constructions
import marsad.events.frames as frames
from marsad.events.coder import load_resources
from marsad.events.words import split_words
from marsad.language.normalize import normalize_key

# (ANT id, sentence, trigger, type, the source's texts, its country and sector)
RESUMED = [
    (
        # an indefinite noun, two indefinite adjectives, a light verb with the pronoun ها
        "SK-middleEast-581-20180327",
        "من جهة أخرى، لقي سبعة من عناصر التنظيم الإرهابي مصرعهم، نتيجة عملية عسكرية نوعية نفذتها قوة عراقية مشتركة في"
        ' منطقة "الحفاير" الواقعة في محيط تلال حمرين شمال شرقي بعقوبة، مركز محافظة ديالى، شمال شرقي بغداد.',
        "عملية عسكرية",
        "ASSAULT",
        ["قوة عراقية"],
        ("IRQ", "MIL"),
    ),
    (
        # a siege resumed by فرض (``cues.yaml: resumptive_verbs``), the pronoun ه after a relative pronoun
        "CN-middleEast-78-20180223",
        # (the sentence after its dateline "واشنطن، الولايات المتحدة الأمريكية (CNN)--", which the cleaner strips)
        "اعتبر الرئيس الأمريكي دونالد ترامب، الجمعة، أن ما يفعله النظام"
        ' السوري وروسيا وإيران "عار على الإنسانية"، في ظل تواصل القصف والحصار الذي يفرضه نظام الرئيس بشار الأسد على'
        " الغوطة الشرقية.",
        "والحصار",
        "COERCE",
        ["بشار الأسد"],
        ("SYR", "GOV"),
    ),
    (
        # two definite adjectives before the relative pronoun: the drills are Seoul's and Washington's (the coder
        # gave them to North Korea, the subject of the sentence)
        "FR-internationalNews-1280-20180516",
        "وألغت كوريا الشمالية لقاء رفيع المستوى مع كوريا الجنوبية احتجاجا على المناورات العسكرية السنوية التي تجريها"
        ' سيول وواشنطن، معتبرة أنها "استفزاز".',
        "المناورات",
        "MOBILIZE",
        ["سيول", "وواشنطن"],
        ("KOR", "GOV"),
    ),
]


def _one(sentence: str, trigger: str, etype: str, pipeline) -> list:
    return [e for e in events_at(sentence, trigger, pipeline) if e.type == etype]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "sources", "code"), RESUMED)
def test_coder_resumed_noun_takes_the_verbs_subject(
    pipeline, ant_id, sentence, trigger, etype, sources, code
) -> None:
    (ev,) = _one(sentence, trigger, etype, pipeline)
    assert [p.text for p in ev.source] == sources, ant_id
    assert (ev.source[0].country, ev.source[0].sector) == code
    for p in ev.source:
        # offsets: each source is its own words, after the trigger (in the verb's clause)
        assert sentence[p.start : p.end] == p.text
        assert p.start > sentence.index(trigger)


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "sources", "code"), RESUMED)
def test_coder_resumed_noun_needs_the_rule(
    pipeline, monkeypatch, ant_id, sentence, trigger, etype, sources, code
) -> None:
    monkeypatch.setattr(constructions, "resumptive_verb", lambda *a, **k: None)
    found = [[p.text for p in e.source] for e in _one(sentence, trigger, etype, pipeline)]
    assert sources not in found, ant_id


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "not_source"),
    [
        # the pronoun of نفذتها is feminine: it resumes محاكاة (a drill), not هجوم (JA-internationalNews-562-20151201)
        (
            "قتلت امرأة وأصيب نحو 40 شخصا في جامعة خاصة في العاصمة الكينية نيروبي خلال عملية بيضاء لمحاكاة هجوم"
            " إرهابي نفذتها أمس الاثنين قوات الأمن الكينية.",
            "هجوم",
            "ASSAULT",
            "قوات الأمن الكينية",
        ),
        # للسياسة is a genitive with its preposition, not an adjective of رفضه (JA-internationalNews-228-20150812)
        (
            'وقال مصدر مطلع على شؤون كوريا الشمالية اليوم الاربعاء لوكالة الأنباء الكورية الجنوبية إن " تشوي " اعدم'
            " بمسدس في شهر ماي الماضي بعد أن عبر عن رفضه للسياسة التي ينفذها كيم جونغ أون ، منها سياسة الغابات"
            " والتشجير التي لم تحقق النتيجة المرجوة.",
            "رفضه",
            "REJECT",
            "كيم جونغ أون",
        ),
    ],
)
def test_coder_resumed_noun_not_read(pipeline, sentence, trigger, etype, not_source) -> None:
    assert not_source not in [p.text for e in _one(sentence, trigger, etype, pipeline) for p in e.source]


# (ANT id, sentence, trigger, type, side: "source" or "target", the party's text, country, sector)
AGENTS = [
    (
        "BB-internationalNews-275-20180402",
        "وجاء أعظم خلاف بشأنها عندما اتهمها ناشطون بارزون مضادون للفصل العنصري بالضلوع في قتل مسلح من أحدى ضواحي"
        " السود بعمر 14 عاما يدعى ستومبي سيبي.",
        "اتهمها",
        "ACCUSE",
        "source",
        "ناشطون",
        "CVL",
    ),
    (
        # the coder gave the demand to Paris (the police's city) before
        "AL-internationalNews-993-20180505",
        "تنتشر شرطة #باريس بأعداد كبيرة ويطالب نشطاء بالهدوء، بينما تستعد العاصمة الفرنسية لاحتجاجات حاشدة في ذكرى"
        " تنصيب الرئيس إيمانويل ماكرون.",
        "ويطالب",
        "REQUEST",
        "source",
        "نشطاء",
        "CVL",
    ),
    (
        # a group with no single country (EVENT-CONVENTIONS section 2): UNK, no sector
        "JA-internationalNews-1167-20170617",
        "وتنفي قطر اتهامات دول عربية لها بدعم جماعات إرهابية.",
        "وتنفي",
        "REJECT",
        "target",
        "دول عربية",
        None,
    ),
]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "etype", "side", "text", "sector"), AGENTS)
def test_coder_round4_generic_agents(pipeline, ant_id, sentence, trigger, etype, side, text, sector) -> None:
    (ev,) = _one(sentence, trigger, etype, pipeline)
    (party,) = [p for p in getattr(ev, side) if p.text == text]
    assert party.sector == sector, ant_id
    assert sentence[party.start : party.end] == text
    if text == "دول عربية":
        assert party.country == "UNK"


@pytest.mark.parametrize("words", ["نشطاء", "ناشطون", "دول عربيه", "الدول العربيه"])
def test_coder_round4_agents_listed(words) -> None:
    res = load_resources()
    key = normalize_key(words)
    assert res.generic_single.get(key) or res.generic_pairs.get(key)


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry"),
    [
        # SK-internationalNews-1396-20180506: a security deployment
        (
            "تظاهر، السبت، الآلاف في وسط باريس احتجاجا على إصلاحات الرئيس الفرنسي إيمانويل ماكرون مع اقتراب الذكرى"
            " السنوية الاولى لتوليه الحكم، وسط انتشار أمني كثيف.",
            "انتشار",
            "mobilize.intishar_amni",
        ),
    ],
)
def test_lexicon_round4_entries(lexicon, sentence, trigger, entry) -> None:
    start = sentence.index(trigger)
    found = [(m.entry.id, m.start, m.end) for m in lexicon.match(split_words(sentence, 0, len(sentence)))]
    assert (entry, start, start + len(trigger)) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a deployment of troops is mobilize.intishar, not the police entry
        "وسط انتشار القوات في المدينة.",
        # the spread of a disease or of news
        "وسط انتشار واسع للمرض في المدينة.",
    ],
)
def test_lexicon_round4_other_senses(lexicon, sentence) -> None:
    ids = {m.entry.id for m in lexicon.match(split_words(sentence, 0, len(sentence)))}
    assert "mobilize.intishar_amni" not in ids


# (ANT id, sentence, trigger, the actors' texts, their countries); a meeting lists every party as an actor
KOREAS = [
    (
        # a dual naming two states (``frames.country_pair``): each state, with the dual's span
        "SK-internationalNews-1222-20180428",
        "وعبر كيم جونغ أون الحدود إلى كوريا الجنوبية، للمرة الأولى اليوم الجمعة، حيث كان في استقباله الرئيس الكوري"
        " الجنوبي مون جيه إن، في قمة بين الكوريتين، كانت الأولى منذ أكثر من 10 سنوات.",
        "قمة",
        ["الكوريتين", "الكوريتين"],
        ["PRK", "KOR"],
    ),
    (
        "SK-internationalNews-1213-20180427",
        'جاء اختيار بانمونجوم المعروفة باسم "قرية السلام"، والتي تتميز بمبانيها الزرقاء الزاهية، مناسبا لأول قمة بين'
        " الكوريتين منذ ما يزيد على 10 سنوات.",
        "قمة",
        ["الكوريتين", "الكوريتين"],
        ["PRK", "KOR"],
    ),
]


def _meeting(sentence: str, trigger: str, pipeline) -> list:
    start = sentence.index(trigger)
    article = marsad.analyze(sentence, pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)
    return [
        e
        for st in article.stories
        for e in st.events
        if e.type in ("CONSULT", "AGREE") and e.start <= start < e.end
    ]


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "actors", "countries"), KOREAS)
def test_coder_meeting_of_a_country_pair(pipeline, ant_id, sentence, trigger, actors, countries) -> None:
    (ev,) = _meeting(sentence, trigger, pipeline)
    assert [p.text for p in ev.source] == actors, ant_id
    assert [p.country for p in ev.source] == countries
    assert ev.target == []
    for p in ev.source:
        assert sentence[p.start : p.end] == p.text
        assert p.start > sentence.index(trigger)


@pytest.mark.parametrize(("ant_id", "sentence", "trigger", "actors", "countries"), KOREAS)
def test_coder_meeting_of_a_country_pair_needs_the_rule(
    pipeline, monkeypatch, ant_id, sentence, trigger, actors, countries
) -> None:
    monkeypatch.setattr(frames, "country_pair", lambda *a, **k: None)
    found = [
        ([p.text for p in e.source], [p.country for p in e.source])
        for e in _meeting(sentence, trigger, pipeline)
    ]
    assert (actors, countries) not in found, ant_id


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "غارات",
                "جوية",
                "نفذها",
                "الحصار",
                "الذي",
                "تفرضه",
                "إسرائيل",
                "عملية",
                "نفذتها",
                "قوات",
                "النظام",
                "للسياسة",
                "نشطاء",
                "دول",
                "عربية",
                "اعتراض",
                "الصاروخ",
                "،",
                "التي",
                "شنتها",
            ]
        ),
        max_size=14,
    )
)
def test_coder_round4_any_words_keep_offsets(pipeline, words) -> None:
    article = marsad.analyze(" ".join(words) + ".", pipeline=pipeline)
    for story in article.stories:
        assert_offsets(story)

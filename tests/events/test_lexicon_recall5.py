"""Recall round 5 (evlex5): predicates of the recall samples' noun / verb / type misses that are general, each read
in its matches on fresh ANT articles (benchmarks/data/events_recall5_hits.tsv) before it was added. Every sentence
is real ANT text from an article in no gold file (the article id is in the comment); each entry is checked for its
type and exact trigger offsets, and for the senses it must not read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import assert_offsets

import marsad
from events.lexicon_support import assert_exact_offsets, lexicon_at, lexicon_matches, round_block, word_lists

# (sentence, trigger span, entry, type)
ENTRIES = [
    # a state recalls its OWN ambassador: a downgrade of relations (CAMEO 161), not a summons
    (
        "كما استدعت الكويت سفيرها لدى مانيلا للتشاور، وسط خلافات بين البلدين حول عاملات النظافة الفلبينيات"
        " العاملات في الكويت.",
        "استدعت الكويت سفيرها",
        "sanction.istadaa_safirahu",
        "SANCTION",
    ),  # FR-internationalNews-922-20180425
    (
        "أعلنت فنزويلا، الخميس، قطع العلاقات التجارية مع مسؤولين وشركات بنمية بما في ذلك شركة الطيران الإقليمية"
        " كوبا لتورطهم المزعوم في غسيل الأموال، مما دفع بنما إلى استدعاء سفيرها.",
        "استدعاء سفيرها",
        "sanction.istidaa_safirahu",
        "SANCTION",
    ),  # SK-internationalNews-818-20180406
    # at the request of (بطلب من)
    (
        "ويجتمع مجلس الأمن الدولي الأربعاء، لبحث الهجمات الفلسطينية بالصواريخ والقذائف على إسرائيل، بطلب من"
        " الولايات المتحدة.",
        "بطلب",
        "request.bitalab",
        "REQUEST",
    ),  # SK-middleEast-2037-20180530
    # drove back (ودحرت), a finite form: the bare دحر is left out
    (
        "ودحرت قوات حزب الاتحاد الديمقراطي مدعومة من وحدات حماية الشعب الكردية تنظيم الدولة الإسلامية في مناطق واسعة"
        " في سوريا.",
        "ودحرت",
        "assault.dahara",
        "ASSAULT",
    ),  # BB-middleEast-41-20180219
    # police inquiries (تحريات), as تحقيقات
    (
        "وكانت تحريات هيئة الرقابة الإدارية أثبتت تورط موظف وزارة الخارجية بالاشتراك مع آخرين في تهريب المهاجرين"
        " والاختلاس المرتبط بالتزوير في محررات رسمية وتقليد أختام إحدى الجهات الحكومية والتحريض على الدعارة.",
        "تحريات",
        "accuse.tahriyat",
        "ACCUSE",
    ),  # SK-middleEast-1883-20180523
    # recovered (seized) weapons
    (
        "وأكدت وزراة الدفاع الجزائرية في بلاغ لها أن\xa0هذه العملية النوعية التي لا تزال متواصلة، مكنت من استرجاع"
        " مسدسين رشاشين من نوع كلاشنكوف وبندقية قناصة وأخرى مضخية و 5 بنادق صيد وكمية من الذخيرة وأغراض مختلفة.",
        "استرجاع مسدسين",
        "coerce.istirjaa",
        "COERCE",
    ),  # JA-internationalNews-387-20170228
    (
        'وأوضح البيان أنه "في إطار مكافحة الإرهاب قضت مفرزة صباح اليوم 19 جوان 2016 على الساعة السادسة، على ثمانية'
        ' إرهابيين آخرين واسترجعت ثمانية مسدسات رشاشة من نوع كلاشنيكوف وكمية من الذخيرة".',
        "واسترجعت ثمانية مسدسات",
        "coerce.istarjaa",
        "COERCE",
    ),  # JA-internationalNews-341-20160619 (the sentence shortened between its clauses)
]


# forms added to existing entries: the persons detained after أوقف, sentences to hard labour or a fine
EXTENDED = [
    (
        "وفي نفس السياق أوقفت السلطات رجلا يبلغ 32 عاما وجه إليه الاتهام بإشعال 15 حريقا.",
        "أوقفت",
        "coerce.awqafa_person",
        "COERCE",
    ),  # FR-internationalNews-2499-20180728 (shortened)
    (
        "وكانت تركيا قد أوقفت الأسبوع الماضي جنديين يونايين في شمال شرق إيفروس على الحدود اليونانية التركية.",
        "أوقفت",
        "coerce.awqafa_person",
        "COERCE",
    ),  # FR-internationalNews-356-20180310 (shortened)
    (
        "كما حكمت على المتهم الرابع بالأشغال المؤقتة 5 أعوام، بتهمة الترويج لأفكار جماعة إرهابية، وعدم الإبلاغ عن"
        " وجود مخطط إرهابي.",
        "حكمت",
        "sanction.hakama",
        "SANCTION",
    ),  # SK-middleEast-3590-20180909
    (
        "وحكم على شرطي بغرامة قدرها 900 يورو لسرقة هاتف المجني عليها.",
        "وحكم",
        "sanction.hakama",
        "SANCTION",
    ),  # BB-internationalNews-431-20180428
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), EXTENDED)
def test_lexicon_recall5_extended_forms(lexicon, sentence, trigger, entry_id, etype) -> None:
    assert (entry_id, etype) in lexicon_at(lexicon, sentence, trigger)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a halt, not an arrest: the persons after أوقف are no companions of these
        (
            "وأغلقت الشرطة مداخل المدينة وأوقفت خدمات الترام بعد الحادث، الذي وقع في قلب منطقة بورك ستريت التجارية.",
            "وأوقفت",
        ),  # JA-internationalNews-15-20170120
        (
            "وكانت الحكومة العراقية قد أوقفت الملاحة الجوية في مطاري أربيل والسليمانية بعد استفتاء على الاستقلال.",
            "أوقفت",
        ),  # FR-internationalNews-536-20180320 (shortened)
    ],
)
def test_lexicon_recall5_a_halt_is_no_arrest(lexicon, sentence, word) -> None:
    assert "coerce.awqafa_person" not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id", "etype"), ENTRIES)
def test_lexicon_recall5_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


def test_lexicon_recall5_every_entry_has_a_sentence(lexicon) -> None:
    # the round's block at the end of lexicon.yaml, and the two recall entries listed before the summons
    ids = {row[2] for row in ENTRIES}
    block = round_block(lexicon, "coerce.istarjaa", 5)
    assert set(block) | {"sanction.istadaa_safirahu", "sanction.istidaa_safirahu"} == ids
    order = [e.id for e in lexicon.entries]
    # first in the file, so a recall is not read as the summons (consult.stadaa_safir / consult.istidaa)
    assert order.index("sanction.istadaa_safirahu") < order.index("consult.stadaa_safir")
    assert order.index("sanction.istidaa_safirahu") < order.index("consult.istidaa")


@pytest.mark.parametrize(
    ("sentence", "word", "entry_id"),
    [
        # دحر coordinated after a purpose masdar is an aim (vetoed after the first fresh draw; a bare form too)
        (
            "ولفت إلى أن جبهات الساحل الغربي لليمن تشهد عمليات عسكرية واسعة للسيطرة على مناطق جديدة ودحر ميليشيات"
            " الحوثي الموالية لإيران استكمالا لتحرير وتأمين الساحل الغربي وفك الحصار عن مدينة الحديدة و مينائها وتعز"
            " من الجهة الغربية.",
            "ودحر",
            "assault.dahara",
        ),  # SK-middleEast-1666-20180514
        # the bare masdar: its agent is seldom named and the routed side was taken as the actor
        (
            "ونجحت بإسناد من تحالف دعم الشرعية، في دحر ميليشيات الحوثي عن منطقة باب المندب الإستراتيجية، والحيلولة"
            " دون تهديد الملاحة الدولية في المضيق.",
            "دحر",
            "assault.dahara",
        ),  # SK-middleEast-2438-20180617
        # a mission, not an act
        (
            'وعن الوضع في سوريا، أكد قائد القيادة المركزية الأمريكية أن الوضع في سوريا "معقد"، وقال: "مهمتنا في شمال'
            ' سوريا هي التركيز على دحر داعش".',
            "دحر",
            "assault.dahara",
        ),  # CN-middleEast-407-20180328
        # another state's ambassador summoned: the summons, not a recall
        (
            "أعلنت وزارة الخارجية الروسية اليوم الأربعاء أنها استدعت السفير الفرنسي لدى روسيا بعد توقيف مشجعين روسيا"
            " على هامش كأس أوروبا 2016.",
            "استدعت",
            "sanction.istadaa_safirahu",
        ),  # JA-internationalNews-543-20160615 (shortened)
        # a request submitted TO someone (بطلب إلى) is no "at the request of"
        (
            "تقدمت الكتلة الديمقراطية بمجلس نواب الشعب، بطلب إلى رئاسة المجلس، من أجل تنظيم جلسة عامة مستعجلة خلال"
            " الأيام القليلة القادمة.",
            "بطلب",
            "request.bitalab",
        ),  # JA-politic-492-20170611 (shortened)
    ],
)
def test_lexicon_recall5_other_senses_are_no_events(lexicon, sentence, word, entry_id) -> None:
    assert entry_id not in [eid for eid, _ in lexicon_at(lexicon, sentence, word)]


def test_lexicon_recall5_summons_keeps_its_type(lexicon) -> None:
    sentence = "أعلنت وزارة الخارجية الروسية اليوم الأربعاء أنها استدعت السفير الفرنسي لدى روسيا."
    assert lexicon_at(lexicon, sentence, "استدعت") == [("consult.stadaa_safir", "ACCUSE")]


@pytest.mark.parametrize(
    ("sentence", "etype", "trigger", "source"),
    [
        (
            "كما استدعت الكويت سفيرها لدى مانيلا للتشاور، وسط خلافات بين البلدين حول عاملات النظافة الفلبينيات"
            " العاملات في الكويت.",
            "SANCTION",
            "استدعت الكويت سفيرها",
            "الكويت",
        ),
        # the party after من asked: the sides swap (the requester is the source)
        (
            "ويجتمع مجلس الأمن الدولي الأربعاء، لبحث الهجمات الفلسطينية بالصواريخ والقذائف على إسرائيل، بطلب من"
            " الولايات المتحدة.",
            "REQUEST",
            "بطلب",
            "الولايات المتحدة",
        ),
    ],
)
def test_lexicon_recall5_through_the_pipeline(pipeline, sentence, etype, trigger, source) -> None:
    article = marsad.analyze(sentence, pipeline=pipeline)  # the session's pipeline: loaded once
    start = sentence.index(trigger)
    events = [e for story in article.stories for e in story.events if e.start == start and e.type == etype]
    assert events, f"no {etype} at {trigger}"
    ev = events[0]
    assert (ev.start, ev.end) == (start, start + len(trigger))
    assert [p.text for p in ev.source] == [source]
    for story in article.stories:
        assert_offsets(story)


@settings(max_examples=60, deadline=None)
@given(
    word_lists(
        [
            "استدعت",
            "الكويت",
            "سفيرها",
            "سفيرة",
            "بطلب",
            "من",
            "إلى",
            "دحر",
            "تمهيدا",
            "استرجاع",
            "مسدس",
            "،",
            " ",
        ]
    )
)
def test_lexicon_recall5_matches_have_exact_offsets(lexicon, parts) -> None:
    assert_exact_offsets(lexicon, " ".join(parts))

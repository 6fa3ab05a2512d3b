"""Sixteenth precision round (evprec16): sample T's leftovers (benchmarks/data/events_sample_t.tsv): a capability
read as an act (القدرة على ضرب الأراضي الأمريكية، التي بإمكانها ضرب أهداف أميركية: an ability, no strike) and hacking
read as an armed attack (استهدفت جهات في مجال المعلوماتية وكالات حكومية: a cyber intrusion). Sentences are real ANT
text (the article id is in the comment); each NOT_READ row was read as its type with main's code at 17259e8."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from events.lexicon_support import (
    ARABIC_TEXT,
    assert_not_coded,
    matched_starts,
    reads,
)

# (sentence, trigger, type): read as the type by main at 17259e8, not now
NOT_READ = [
    (
        "إذ قال كيم جونغ أون إنه وصل إلى هدفه بالقدرة على ضرب الأراضي الأمريكية بصاروخ يحمل رأساً نووياً.",
        "ضرب",
        "ASSAULT",
    ),  # CN-internationalNews-283-20180425 (sample T): a capability
    (
        "من جانبها، قالت وزارة الدفاع الأمريكية (البنتاغون) الخميس إن الحكومة السورية لا تزال تملك القدرة على شن"
        " هجمات كيميائية محدودة في المستقبل، رغم عدم وجود مؤشرات على أنها تستعد لشن مثل هذه الهجمات.",
        "شن",
        "ASSAULT",
    ),  # FR-internationalNews-812-20180419
    (
        "إلى ذلك، قالت الحركة إنها قادرة على استهداف العمق الإسرائيلي إذا استمر التصعيد.",
        "استهداف",
        "ASSAULT",
    ),  # AL-internationalNews-1376-20180530
    (
        "وبحسب مصادر ميدانية، فقد نجح الزحف الواسع في تحرير مناطق استراتيجية واسعة على رأسها مفرقي زبيد والجبلية"
        " ومناطق المتينة والجاح والمغرس والمجيلس والسويق، ولفتت إلى أن الضربات الموجعة التي تلقتها الميليشيات الحوثية"
        " أفقدتها القدرة على سحب أسلحتها وذخائرها والتي اغتنمتها القوات المشتركة.",
        "سحب",
        "RETREAT",
    ),  # AL-internationalNews-1325-20180525: an ability lost
    (
        "ويعتقد أن الذكاء الاصطناعي العسكري الصيني سيدخل مجالات الحرب الإلكترونية والطائرات دون طيار التي بإمكانها"
        " ضرب أهداف أميركية.",
        "ضرب",
        "ASSAULT",
    ),  # SK-internationalNews-51-20180220: a capability (capability_verbs)
    (
        "والمنظومة الروسية قادرة أيضا على رصد 300 هدف في الوقت ذاته، كما أنها تستطيع تدمير أكثر من 35 هدفا مرة"
        " واحدة، ولا يستغرق زمن نشرها وتجهيزها أكثر من 5 دقائق.",
        "تدمير",
        "ASSAULT",
    ),  # SK-internationalNews-3100-20180902: what a weapon can do
    (
        'وأضاف "بقليل من العزيمة، بإمكاننا السيطرة على الهجرة والحدود".',
        "السيطرة",
        "COERCE",
    ),  # SK-internationalNews-1081-20180422: what resolve could do
    (
        "وحسب فرانس برس، أفاد تقرير فني أعده خبراء في مجال الأمن الإلكتروني في وزارة الأمن الداخلي الأميركية الخميس،"
        ' بأنه "منذ مارس 2016 على الأقل، استهدفت جهات في مجال المعلوماتية (تابعة) للحكومة الروسية (...) وكالات'
        " حكومية والعديد من قطاعات البنية التحتية الحيوية في الولايات المتحدة.",
        "استهدفت",
        "ASSAULT",
    ),  # SK-internationalNews-398-20180316 (sample T): hacking
    (
        "ويجري خبراء المعلوماتية تحقيقات لكشف القراصنة الذين استهدفوا الجمعة آلاف المؤسسات والأفراد عبر العالم في"
        " أكبر عملية قرصنة في التاريخ.",
        "استهدفوا",
        "ASSAULT",
    ),  # JA-internationalNews-904-20170515: hackers
    (
        "وقال وزير الدولة في الخارجية البريطانية اللورد طارق أحمد في بيان بعد إدانة الولايات المتحدة لتسعة أشخاص من"
        ' معهد (بانا) الذي يتخذ من إيران مقر له " ترى حكومة المملكة المتحدة أن المعهد الذي يتخذ من إيران مقراً له،'
        ' مسؤول عن عمليات قرصنة سيبرانية استهدفت جامعات في كافة أنحاء العالم".',
        "استهدفت",
        "ASSAULT",
    ),  # SK-internationalNews-552-20180324: a hacking campaign
]


# (sentence, trigger, entry id): the readings the round keeps, read exactly on the trigger
KEPT = [
    (
        "وعلى جبهة الساحل الغربي لليمن، شنت طائرات التحالف العربي ثلاث غارات استهدفت تجمعات للحوثيين في وادي زبيد"
        " وشرقي القطابة في الخوخة بمحافظة الحديدة.",
        "استهدفت",
        "assault.istahdafa",
    ),  # SK-middleEast-824-20180407: an air strike, no hacking word near it
    (
        'واستقال قادة الجيش والقوات البحرية والجوية احتجاجا على اعتقال 200 عسكري في تحقيقات قضية "المطرقة" عام 2011.',
        "اعتقال",
        "coerce.itiqal",
    ),  # BB-middleEast-637-20180619: على right before the trigger with no ability word before it
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round16_no_reading_and_no_event(lexicon, sentence, trigger, etype) -> None:
    assert_not_coded(lexicon, sentence, trigger, etype)


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round16_the_kept_reading_stays(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round16_rules_never_raise(lexicon, before, after) -> None:
    matched_starts(
        lexicon, f"{before} القدرة على {after} قادرة على ضرب {before} القراصنة الذين استهدفوا {after}"
    )

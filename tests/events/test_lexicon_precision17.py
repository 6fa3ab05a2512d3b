"""Seventeenth precision round (evprec17): sample U's and T's unasserted readings (benchmarks/data/events_sample_u_before.tsv):
a draft resolution's predicate (بعد عرقلة روسيا مشروع قرار يحمّل طهران مسؤولية: the draft was vetoed), a persuasion's aim
with the party between (لإقناع أردوغان بالإفراج عن برانسون) and an ability before a light verbal noun (القدرة على شن
هجمات كيميائية: evprec16's veto read only the word after على). Sentences are real ANT text (the article id is in the
comment); each NOT_READ row was read as its type with main's code at 72fd97b."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from events.lexicon_support import (
    ARABIC_TEXT,
    assert_not_coded,
    matched_starts,
    reads,
)

# (sentence, trigger, type): read as the type by main at 72fd97b, not now
NOT_READ = [
    (
        "نيويورك، الولايات المتحدة الأمريكية (CNN) -- أصدرت فرنسا وألمانيا وبريطانيا وأمريكا بيانا مشتركا حول الأسلحة"
        " الإيرانية في اليمن، وذلك بعد عرقلة روسيا مشروع قرار يحمّل طهران مسؤولية وصول أسلحة متطورة إلى حلفائها"
        " الحوثيين في البلاد.",
        "يحمّل",
        "ACCUSE",
    ),  # CN-middleEast-123-20180228 (sample U): a vetoed draft's content
    (
        "استخدمت روسيا حق النقض (الفيتو) ضد مشروع قرار دولي يتهم إيران بانتهاك حظر الأسلحة في اليمن.",
        "يتهم",
        "ACCUSE",
    ),  # BB-middleEast-103-20180227: an adjective between the draft and its predicate
    (
        "طرحت الكويت التي تشغل مقعدا غير دائم في مجلس الأمن الدولي، على الأعضاء الأربعة عشر، مشروع قرار يدعو إلى إرسال"
        ' "بعثة سلام دولية" إلى قطاع غزة.',
        "يدعو",
        "REQUEST",
    ),  # AL-internationalNews-1234-20180518: a draft tabled
    (
        "وتبادلت الولايات المتحدة وتركيا رفع الرسوم الجمركية في ظل محاولات ترامب لإقناع أردوغان بالإفراج عن برانسون"
        " الذي ينفي الاتهامات الموجهة له بالضلوع في محاولة الانقلاب في تركيا قبل نحو عامين.",
        "بالإفراج",
        "RETREAT",
    ),  # SK-internationalNews-3061-20180817: the aim of a persuasion, the party between
    (
        "وفشلت حتى الان محاولات ترامب للتوصل الى حل وسط مع الديمقراطيين لإقناعهم بالموافقة على تمويل الجدار الذي يريد"
        " بناءه على الحدود مع المكسيك.",
        "بالموافقة",
        "AGREE",
    ),  # SK-internationalNews-732-20180402: the party as a pronoun
    (
        "ونشر حسنين رشيد (32 عاماً) معلومات على تطبيق تلغرام لتشجيع إرهابيين على شن هجمات، كما قدم معلومات لمساعدتهم"
        " في أهداف محتملة مثل ملاعب كرة القدم.",
        "شن هجمات",
        "ASSAULT",
    ),  # AL-internationalNews-1403-20180531: the aim after على
    (
        "من جانبها، قالت وزارة الدفاع الأمريكية (البنتاغون) الخميس إن الحكومة السورية لا تزال تملك القدرة على شن هجمات"
        " كيميائية محدودة في المستقبل، رغم عدم وجود مؤشرات على أنها تستعد لشن مثل هذه الهجمات.",
        "هجمات كيميائية",
        "ASSAULT",
    ),  # FR-internationalNews-812-20180419: the noun after the light شن (evprec16 dropped شن only)
    (
        "وعبر اللامركزية، يرجح متابعون أن يصمد داعش ويتحول إلى تيار إرهابي خفي، يتمتع بانتشار أوسع، مما يبقيه، ويضمن"
        " قدرته على تنفيذ هجمات إرهابية متفرقة.",
        "هجمات",
        "ASSAULT",
    ),  # SK-middleEast-172-20180302: an ability, the light تنفيذ between
]


# (sentence, trigger, entry id): the readings the round keeps, read exactly on the trigger
KEPT = [
    (
        "وصدق مجلس الأمن الدولي في ديسمبر/كانون الأول على مشروع قرار يطالب إسرائيل بوقف كل النشاطات الاستيطانية في"
        " الأراضي الفلسطينية المحتلة بما فيها القدس الشرقية فورا وبشكل نهائئ.",
        "يطالب",
        "request.taalaba",
    ),  # BB-middleEast-27-20180212: a draft adopted (صدق) is a resolution that demands
    (
        "مجلس الأمن يصوت ضد مشروع قرار روسي يدين الضربات الغربية على سوريا",
        "الضربات الغربية على",
        "assault.darba_any",
    ),  # BB-middleEast-376-20180420: the strikes a draft condemns happened (only the predicate is vetoed)
    (
        'وأكدت مصادر متقاطعة للمرصد أن "الفصائل تمكنت في هجومها المباغت من تحقيق تقدم، وإجبار قوات النظام على الانسحاب'
        ' من مواقع كانت خاضعة لسيطرته في منطقة عطيرة".',
        "الانسحاب",
        "retreat.insihab",
    ),  # SK-middleEast-2826-20180710: forcing (إجبار) is no persuasion: the withdrawal happened
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round17_no_reading_and_no_event(lexicon, sentence, trigger, etype) -> None:
    assert_not_coded(lexicon, sentence, trigger, etype)


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round17_the_kept_reading_stays(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round17_rules_never_raise(lexicon, before, after) -> None:
    matched_starts(
        lexicon,
        f"{before} مشروع قرار {after} يدين {before} لإقناع {after} بالانسحاب {before} القدرة على شن {after}",
    )

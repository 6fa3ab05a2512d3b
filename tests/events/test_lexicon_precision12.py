"""Twelfth precision round (evprec11): sense and non-assertion vetoes drawn from the judged fresh sample R (an interview
read as a meeting, tourists counted as visits, a conviction read as a condemnation, a law's penalty, a rank "occupied",
an invitation to a visit, a ship towed, "save itself", harassment "eliminated") and a designation
rule (a SUPPORT verb in the imperfect after a relative pronoun: "الذي تدعم بلاده النظام السوري"), a habit rule (عادة ما
تستهدف), an "or else" rule (وإلا واجهت فرض عقوبات) and a law rule (ويسمح القانون الأمريكي بالترحيل). Sentences are real
ANT text from articles in no gold file (the article id is in the comment)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import assert_offsets

import marsad
from events.lexicon_support import ARABIC_TEXT, matched_starts, reads, types_at

ULTIMATUM = (
    'ووجه ترامب إنذارا للقوى الأوروبية يوم 12 يناير كانون الثاني قائلا إنه يتعين عليهم الموافقة على "إصلاح العيوب'
    ' المزعجة بالاتفاق النووي الإيراني" وإلا فإنه سيرفض مد تعليق العقوبات الأمريكية على إيران يوم 12 مايو أيار.'
)  # SK-internationalNews-35-20180219: the agreement demanded stands before وإلا; the refusal after it is threatened

# (sentence, trigger, type): each read as the type with main's code at ffed197 (sample R and the audit), not now
NOT_READ = [
    (
        'أكد وزير الخارجية الأميركي، مايك بومبيو، في لقاء خاص مع "سكاي نيوز عربية"، أن الإدارة الأميركية ملتزمة'
        " بالتصدي للسلوك الإيراني الشرير.",
        "لقاء",
        "CONSULT",
    ),  # SK-middleEast-2825-20180710 (sample R: an interview read as a meeting)
    (
        "ويتوقع المسؤولون الأتراك أن يبلغ عدد السياح الأجانب عام 2018 أرقاما قياسية، حيث يتوقعون أن يزور تركيا 40"
        " مليون سائح مقارنة بـ 32 مليونا العام الماضي وأن تصل عائدات السياحة إلى 32 مليار دولار مقابل 26 مليار دولار"
        " العام الماضي.",
        "يزور",
        "CONSULT",
    ),  # BB-middleEast-937-20180825 (sample R: tourists expected)
    (
        "ولا يمكن لسيلفيو برلسكوني، الذي تولى رئاسة الوزراء في إيطاليا ثلاث مرات، أن يعود إلى هذا المنصب بسبب إدانته"
        " سابقا في قضية فساد، إلا أنه رشح رئيس البرلمان الأوروبي أنطونيو تاجاني لهذا المنصب.",
        "إدانته",
        "ACCUSE",
    ),  # FR-internationalNews-257-20180305 (sample R: a conviction read as a condemnation)
    (
        "قضت محكمة كوبنهاغن بالسجن مدى الحياة على المخترع الدانماركي بيتر مادسن بعد إدانته باغتيال الصحافية السويدية"
        " كيم فال على متن غواصته في 10 آب/أغسطس 2017.",
        "إدانته",
        "ACCUSE",
    ),  # FR-internationalNews-916-20180425 (the audit: "after his conviction")
    (
        "وإهانة الرئيس جريمة يعاقب عليها القانون بالسجن لمدة تصل إلى أربع سنوات في تركيا، ورفع محامو أردوغان أكثر من"
        " 1800 دعوى ضد أشخاص في اتهامات مشابهة.",
        "يعاقب",
        "SANCTION",
    ),  # SK-internationalNews-2716-20180718 (sample R: a law's penalty)
    (
        "وتقف هذه النتيجة على النقيض من استجابة الشباب العرب عند سؤالهم عن أي بلد، بخلاف بلدهم، يرغبون في العيش فيه،"
        " ويريدون لبلدانهم أن تقتدي به، حيث احتلت الولايات المتحدة المرتبة الثانية بعد الإمارات العربية المتحدة.",
        "احتلت",
        "COERCE",
    ),  # CN-middleEast-853-20180509 (sample R: a rank)
    (
        "يذكر أن انجيلا ميركل قد حلت اليوم بتونس في زيارة رسمية بدعوة من رئيس الجمهورية الباجي قايد السبسي .",
        "بدعوة",
        "REQUEST",
    ),  # JA-politic-187-20170303 (the audit: the invitation to a visit)
    (
        "وأوضح أن رئيس الجمهورية السابق، المنصف المرزوقي اقترح في آخر خطابه في الجامعة العربية أن تنقذ الجامعة نفسها"
        " وتتحول إلى اتحاد للشعوب العربية.",
        "تنقذ",
        "AID",
    ),  # JA-politic-293-20170330 (sample R: the League to save itself)
    (
        "وتلقت قوات التحالف العربي بلاغا من ربان السفينة لطلب المساعدة، وقد سحبت القوات السفينة إلى ميناء جازان"
        " السعودي بعد أن أجرت معاينة للحادث وزارت السفينة، وفقا لما نقلت رويترز عن متحدث باسم التحالف.",
        "سحبت",
        "RETREAT",
    ),  # SK-middleEast-1617-20180512 (sample R: a ship towed)
    (
        "وتسعى اللجنة للحصول على تعويضات للمضيفة، وطلبت من المحكمة توجيه أمر لشركة يونايتد بالقضاء على التحرش الجنسي"
        " ومنعه في مكان العمل.",
        "بالقضاء",
        "ASSAULT",
    ),  # SK-internationalNews-2967-20180811 (sample R: harassment eliminated)
    (
        "وأفادت تقارير بأن مستشار الأمن القومي الأمريكي، جون بولتون، قال إن على الشركات الأوروبية التي تعمل في إيران"
        " أن توقف أنشطتها خلال ستة أشهر، وإلا واجهت فرض عقوبات أمريكية عليها.",
        "فرض عقوبات",
        "SANCTION",
    ),  # BB-middleEast-476-20180509 (sample R: the sanctions "or else", a threat)
    (
        "كما أن البلد موبوءة بالقنابل التي تزرع على جوانب الطرق من قبل المتمردين، التي عادة ما تستهدف قوات الأمن،"
        " لكنها غالبا ما تقتل وتصيب المدنيين.",
        "تستهدف",
        "ASSAULT",
    ),  # SK-internationalNews-3021-20180815 (sample R: a habit)
    (
        "ولم تورد الوكالة تفاصيل على الفور بشأن طبيعة الهدف، لكن دمشق عادة ما تتهم إسرائيل باستهداف مواقع عسكرية في"
        " سوريا بغارات جوية.",
        "تتهم",
        "ACCUSE",
    ),  # SK-middleEast-3246-20180802 (the audit: Damascus usually accuses Israel)
    (
        "ويسمح القانون الأمريكي بالترحيل السريع للمهاجر إذا ألقي القبض عليه في نطاق 160 كيلومترا من الحدود وخلال أقل"
        " من 14 يوما من دخوله البلاد.",
        "بالترحيل",
        "COERCE",
    ),  # FR-internationalNews-2001-20180625 (sample R: what the law allows)
    (
        "ويسمح القانون للشرطة بإطلاق النار، بعد إصدار تحذيرين، على الفارين المشتبه بهم أو المعتقلين الذين يشكلون خطرا"
        " على الحياة.",
        "بإطلاق النار",
        "ASSAULT",
    ),  # JA-internationalNews-304-20170217 (the audit)
    (
        "وتحظر القوانين في الولايات المتحدة منذ عام 1974 على الحملات السياسية الأمريكية تلقي أي أموال من دول خارجية أو"
        " أجانب، أو حتى التنسيق معها في أي حملة انتخابية.",
        "وتحظر",
        "SANCTION",
    ),  # BB-internationalNews-533-20180520 (the audit: the law's verb itself)
    (ULTIMATUM, "سيرفض", "REJECT"),
    (
        'وأردف المسؤول الروسي، الذي تدعم بلاده النظام السوري، قائلا "ندعو قادة المجموعات المسلحة في الغوطة الشرقية الى'
        ' احترام وقف اطلاق النار وعدم عرقلة خروج المدنيين نحو مناطق آمنة".',
        "تدعم",
        "SUPPORT",
    ),  # SK-middleEast-114-20180227 (sample R: a designation)
    (
        "وقدمت حكومة بودابست الثلاثاء القانون المقترح للبرلمان وهو قانون من شأنه منح وزير الداخلية سلطة حظر المنظمات"
        ' غير الحكومية التي تدعم المهاجرين وتمثل "تهديداً للأمن الوطني".',
        "تدعم",
        "SUPPORT",
    ),  # AL-internationalNews-48-20180216 (sample R: a designation in a bill)
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round12_no_reading_and_no_event(lexicon, sentence, trigger, etype) -> None:
    # the lexicon reads no such type at the trigger, and the whole pipeline codes no such event over it
    assert etype not in types_at(lexicon, sentence, trigger)
    start = sentence.index(trigger)
    for story in marsad.analyze(sentence).stories:
        assert_offsets(story)
        assert etype not in {e.type for e in story.events if e.start <= start < e.end}


BACKED = (
    "أما الظاهرتان العنيفتان الرئيسيتان باسم الإسلام في المنطقة، فهما «القاعدة» ومتفرعاتها، والتي دعمتها الولايات"
    " المتحدة والمخابرات الباكستانية، و«حزب الله» الذي تدعمه منذ نشوئه إيران."
)  # AL-internationalNews-68-20140112

# (sentence, trigger, entry id): one reading kept per vetoed entry, read exactly on the trigger
KEPT = [
    (
        "وبعد لقاء جمع بولتون مع الرئيس الروسي ،أكد مستشار الأمن القومي للبيت الأبيض خلال مؤتمر صحفي أجراه في موسكو"
        " أن ترامب سيلتقي بوتين في الأسابيع المقبلة.",
        "لقاء",
        "consult.liqaa",
    ),  # BB-internationalNews-707-20180628: a meeting, its press conference after it
    (
        "وكان ماكرون قد زار الجزائر خلال حملته الانتخابية، ما أثار جدلاً كبيراً في فرنسا بعدما وصف الاستعمار للجزائر"
        " بأنه جريمة ضد الإنسانية.",
        "زار",
        "consult.zara",
    ),  # JA-internationalNews-1141-20170609
    (
        "عاقبت محكمة في موسكو أعضاء من فرقة بوسي رايوت الروسية بالسجن 15 يوما لاقتحامهم ملعب لوجنيكي في نهائي كأس"
        " العالم لكرة القدم بين فرنسا وكرواتيا.",
        "عاقبت",
        "sanction.aaqaba",
    ),  # FR-internationalNews-2354-20180717 (sample R): the perfect stays
    (
        "وكانت إسرائيل قد احتلت مرتفعات الجولان في أعقاب حرب 1967، ثم ضمتها لاحقا في خطوة لم يعترف بها دوليا.",
        "احتلت",
        "assault.ihtalla",
    ),  # BB-middleEast-491-20180511
    (
        "تظاهر عشرات آلاف الأشخاص في برشلونة الأحد بدعوة من جمعيات تدعو للاستقلال، وذلك للمطالبة بتشكيل حكومة مصممة"
        " على المضي في انفصال الإقليم عن مدريد.",
        "بدعوة",
        "request.daawa",
    ),  # SK-internationalNews-284-20180311 (sample R): the call to a protest stays
    (
        "أنقذت الشرطة الإسبانية 39 امرأة وفتاة هربتهنّ عصابة من نيجيريا للاتجار بهن وإجبارهن على العمل في الدعارة.",
        "أنقذت",
        "aid.anqatha",
    ),  # BB-internationalNews-220-20180324
    (
        "وأفادت، أن الميليشيات سحبت غالبية مقاتليها من جبهة الساحل الغربي إلى صعدة، في محاولة للدفاع عن معقلها الرئيسي.",
        "سحبت غالبية مقاتليها",
        "retreat.sahaba",
    ),  # AL-internationalNews-1347-20180527 (the sentence's first clauses; the companion ends the span)
    (
        'دبي، الإمارات العربية المتحدة (CNN)-- أعلنت القوات المصرية عن القضاء على عشرة "عناصر تكفيرية"، وقصف ستة أهداف'
        ' جواً ضمن "عملية سيناء 2018".',
        "القضاء",
        "assault.qada_ala",
    ),  # CN-middleEast-164-20180304
    (ULTIMATUM, "الموافقة", "agree.muwafaqa"),
    (
        "أقر مجلس الشيوخ الهولندي الثلاثاء بغالبية 44 عضوا مقابل 31، مشروع قانون يحظر ارتداء النقاب في بعض الأماكن"
        " العامة كالمؤسسات التربوية والنقل العام والدوائر الرسمية والمستشفيات.",
        "يحظر",
        "sanction.hazara",
    ),  # FR-internationalNews-2029-20180627: a law noun before the verb names the bill passed; the law rule takes a
    # law verb followed by its law noun (ويحظر القانون) only
    (
        BACKED,
        "دعمتها",
        "support.daama",
    ),  # AL-internationalNews-68-20140112: the perfect after a relative pronoun stays (the imperfect تدعمه goes)
    (
        'وكان ترامب قد صرح خلال مأدبة فطور مع الأمين العام لحلف "الناتو" ينس ستولتنبرغ ببروكسيل، الأربعاء، أن ألمانيا'
        " تحصل على حماية أميركية في الوقت الذي تبرم فيه صفقات متعلقة بالطاقة مع روسيا.",
        "تبرم",
        "support.abrama",
    ),  # SK-internationalNews-2589-20180711: "في الوقت الذي" is "while", the verb after it is asserted
    (
        "وتتهم المملكة المتحدة روسيا، بالوقوف خلف هجوم مارس على سكريبال وابنته، الأمر الذي تنفيه موسكو.",
        "تنفيه",
        "reject.nafa",
    ),  # SK-internationalNews-2498-20180705: a denial after a relative pronoun stays an event
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round12_the_kept_reading_stays(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


def test_lexicon_round12_a_condemnation_stays(lexicon) -> None:
    # FR-internationalNews-2437-20180721: the verb أدان with no conviction word before it is a condemnation
    sentence = (
        "ودانت السعودية والبحرين ومجلس التعاون الخليجي إقرار البرلمان الإسرائيلي قانونا ينص على أن إسرائيل هي"
        ' "الدولة القومية للشعب اليهودي".'
    )
    assert "ACCUSE" in types_at(lexicon, sentence, "ودانت")


def test_lexicon_round12_the_imperfect_of_a_designation_goes_and_its_perfect_stays(lexicon) -> None:
    # AL-internationalNews-68-20140112: دعمتها (perfect) after والتي is read, تدعمه (imperfect) after الذي is not
    assert "SUPPORT" in types_at(lexicon, BACKED, "دعمتها")
    assert "SUPPORT" not in types_at(lexicon, BACKED, "تدعمه")


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round12_designation_habit_and_else_never_raise(lexicon, before, after) -> None:
    matched_starts(
        lexicon, f"{before} التي تدعمها {after} عادة ما {before} وإلا {after} ويسمح القانون {before}"
    )

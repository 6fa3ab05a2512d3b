"""Thirteenth precision round (evprec12): sense vetoes drawn from recall samples F and G's false events and sample R:
تظاهر بأنه ("pretended", not demonstrated), floods, storms and fires that "swept" (اجتاحت) a region, صادق "sincere"
(سلام صادق، لم يكن صادقا) read as ratified, ونصف ("and a half") and نصف آلي read as "we describe", أنقذوا in an NGO's
or a film's name, اتفق with a view or among experts (an opinion), الإغاثة naming an office, a committee or agencies,
and inspectors' or fact-finders' visits (زار مفتشو منظمة حظر الأسلحة الكيماوية مدينة دوما). Sentences are real ANT
text (the article id is in the comment); each NOT_READ row was read as its type with main's code at 56f4d59."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.support import assert_offsets

import marsad
from events.lexicon_support import ARABIC_TEXT, matched_starts, reads, types_at

# (sentence, trigger, type): read as the type by main at 56f4d59, not now
NOT_READ = [
    (
        "يشار إلى أن جونغ أون تلقى تعليمه في مدرسة دولية في برن بسويسرا، حيث تظاهر بأنه ابن سائق السفارة.",
        "تظاهر",
        "PROTEST",
    ),  # SK-internationalNews-179-20180227: pretended to be the driver's son
    (
        'وأضاف أردوغان فيما يبدو تحديا لواشنطن "تركيا لم ولن ترضخ لأولئك الذين يتظاهرون بأنهم شركاء استراتيجيون'
        ' ويحاولون جعلها هدفا"، وفق ما نقلت وكالة "الأناضول".',
        "يتظاهرون",
        "PROTEST",
    ),  # SK-internationalNews-3077-20180818: those who pretend to be partners
    (
        "ويدّعي الإرهابيون أنهم يقاتلون القوات الأجنبية والحكومة غير الإسلامية في أفغانستان، ومع أنهم يتظاهرون بقبول"
        " محادثات السلام، إلا أنهم في الحقيقة لا يلتزمون مطلقاً بهذه المحادثات.",
        "يتظاهرون",
        "PROTEST",
    ),  # CN-internationalNews-267-20180423: pretending to accept talks
    (
        "واجتاحت العواصف ليل الأربعاء - الخميس ولايتي أوتار براديش وراجستان فيما يتوقع أن ترتفع حصيلة القتلى، بحسب"
        " المصادر.",
        "واجتاحت",
        "ASSAULT",
    ),  # AL-internationalNews-957-20180503 (recall sample G): storms, the subject after the verb
    (
        "ارتفعت حصيلة ضحايا الفيضانات الجارفة التي اجتاحت غرب اليابان إلى نحو مئتي قتيل، وفق ما أعلن متحدث باسم"
        " الحكومة الخميس.",
        "اجتاحت",
        "ASSAULT",
    ),  # FR-internationalNews-2274-20180712 (recall sample G): floods, the subject before the relative pronoun
    (
        "وكانت فيضانات ناجمة عن أمطار غزيرة اجتاحت مناطق عدة في السودان خلال الأيام الماضية، الأمر الذي أسفر عن مصرع"
        " سبعة أشخاص.",
        "اجتاحت",
        "ASSAULT",
    ),  # SK-middleEast-3191-20180730 (recall sample F)
    (
        'وقالت سول إنها ستنقل تصميمها على "نزع السلاح النووي من شبه الجزيرة الكورية وإرساء سلام صادق ودائم".',
        "صادق",
        "SUPPORT",
    ),  # FR-internationalNews-263-20180305 (recall sample F): a sincere peace
    (
        "وأفاد شهود عيان أنه استخدم سلاحا نصف آلي في ارتكاب جريمته التي أوقعت 4 مصابين إضافة إلى القتلى الأربعة.",
        "نصف",
        "ACCUSE",
    ),  # BB-internationalNews-381-20180422 (recall sample F): a semi-automatic weapon
    (
        "وتطالب واشنطن السلطات التركية بالإفراج الفوري عن القس برانسون، الذي وضع قيد الإقامة الجبرية الأسبوع الماضي في"
        ' تركيا، بعد اعتقاله عاما ونصف العام لاتهامه بـ"الإرهاب" و"التجسس".',
        "ونصف",
        "ACCUSE",
    ),  # SK-internationalNews-2887-20180803: a year and a half
    (
        'وتنظم تلك البطولة بالشراكة مع المنظمة الدولية "أنقذوا الأطفال"، وتهدف إلى تغيير المفاهيم السلبية ومعالجة قضية'
        " أطفال الشوارع.",
        "أنقذوا",
        "AID",
    ),  # FR-internationalNews-1120-20180506 (recall sample F): Save the Children
    (
        'واتفق المسؤول الأميركي الثاني مع هذا الرأي، وقال إن بونجي-ري يمكن إعادة تنشيطه "خلال فترة زمنية وجيزة نسبيا"،'
        " إذا تم إغلاقه.",
        "واتفق",
        "AGREE",
    ),  # SK-internationalNews-1232-20180428: agreed with a view
    (
        "واستنكر وزير الإدارة المحلية رئيس اللجنة العليا للإغاثة، عبد الرقيب فتح، الحادثة واستمرار ميليشيات الحوثي في"
        " مضايقاتها للمنظمات الدولية العاملة في مجال الإغاثة باليمن.",
        "للإغاثة",
        "AID",
    ),  # SK-middleEast-2659-20180629 (recall sample G's committee): an office's name
    (
        'وقال سانجاي كومار، مفوض الإغاثة في ولاية أوتار براديش لـ"رويترز"، من لوكناو عاصمة الولاية، إن 34 شخصا على'
        " الأقل قتلوا، وأصيب 47 آخرون عندما ضربت عواصف رعدية أنحاء الولاية الأحد، وشردت مئات الأشخاص.",
        "الإغاثة",
        "AID",
    ),  # SK-internationalNews-1574-20180514: the relief commissioner
    (
        "وأثار احتمال شن هجوم كبير على إدلب قلق وكالات الإغاثة الإنسانية، وقالت الأمم المتحدة إن النازحين يشكلون بالفعل"
        " نصف عدد من يعيشون في المناطق الواقعة تحت سيطرة المعارضة في شمال غربي سوريا وعددهم ثلاثة ملايين شخص.",
        "الإغاثة",
        "AID",
    ),  # BB-middleEast-965-20180905: aid agencies
    (
        "دبي، الإمارات العربية المتحدة (CNN) – زار مفتشو منظمة حظر الأسلحة الكيماوية، مدينة دوما السورية، وجمعوا عينات"
        " من المدينة للتحقيق في هجوم كيماوي مشتبه به للنظام السوري عليها، قبل أسبوعين، حسب بيان نشرته المنظمة، السبت.",
        "زار",
        "CONSULT",
    ),  # CN-middleEast-683-20180421 (sample R): inspectors' visit to a site
    (
        "ويزور مفتشون من منظمة حظر الأسلحة الكيمائية العاصمة السورية دمشق حاليا.",
        "ويزور",
        "CONSULT",
    ),  # BB-middleEast-355-20180416
    (
        'وجاء في البيان "زار فريق تقصي الحقائق التابع للمنظمة أحد المواقع في دوما، اليوم، وجمع عينات بهدف التحقيق في'
        " هجوم كيماوي مشتبه به وقع في 7 إبريل/نيسان من عام 2018، وستقيم المنظمة الوضع وتدرس خطوات مستقبلية من ضمنها"
        ' زيارة محتملة أخرى لدوما".',
        "زار",
        "CONSULT",
    ),  # CN-middleEast-683-20180421 (sample R's pick): a fact-finding team at a site
]


@pytest.mark.parametrize(("sentence", "trigger", "etype"), NOT_READ)
def test_lexicon_round13_no_reading_and_no_event(lexicon, sentence, trigger, etype) -> None:
    # the lexicon reads no such type at the trigger, and the whole pipeline codes no such event over it (every
    # story's spans still exact)
    assert etype not in types_at(lexicon, sentence, trigger)
    stories = marsad.analyze(sentence).stories
    at = sentence.index(trigger)
    coded = {e.type for story in stories for e in story.events if e.start <= at < e.end}
    assert etype not in coded
    for story in stories:
        assert_offsets(story)


# (sentence, trigger, entry id): one reading kept per vetoed entry, read exactly on the trigger
KEPT = [
    (
        "وبدأت الاحتجاجات قبل تسعة أيام حيث هاجم محتجون مباني حكومية ومكاتب لأحزاب سياسية بينما اجتاح مقاتلون شيعة"
        " المطار الدولي في مدينة النجف.",
        "اجتاح",
        "assault.ijtaha",
    ),  # FR-internationalNews-2350-20180717: fighters stormed the airport ("الاحتجاجات" is 15 words before)
    (
        "وينتمي الكعود إلى عشيرة البونمر التي أعدم منها داعش العشرات عندما اجتاح محافظة الأنبار.",
        "اجتاح",
        "assault.ijtaha",
    ),  # SK-middleEast-1893-20180523: IS overran Anbar
    (
        "أتلانتا، الولايات المتحدة الأمريكية (CNN) – صادق مجلس الشيوخ الأمريكي، الخميس، على تعيين مايك بومبيو وزيرا"
        " للخارجية خلفا للمقال ريكس تيليرسون.",
        "صادق",
        "support.sadaqa",
    ),  # CN-internationalNews-284-20180426: the verb after a dash
    (
        "وكانت حكومة الولاية أعلنت يوم الأربعاء أن الجيش أنقذ الفتيات، مما أشاع حالة من البهجة دفعت البعض إلى الاحتفال"
        " في الشوارع.",
        "أنقذ",
        "aid.anqatha",
    ),  # SK-internationalNews-97-20180223: the army rescued the girls
    (
        'وفي يناير/ كانون الثاني 2017، اتفقت روسيا، وإيران، وتركيا على وقف جزئي لإطلاق النار وإقامة مناطق "عدم'
        ' التصعيد"، لكن هذا الاتفاق فشل هو الآخر ليبقى الوضع في سوريا على ما هو عليه وسط استمرار القتال.',
        "اتفقت",
        "agree.ittafaqa",
    ),  # BB-middleEast-380-20180420: an agreement on a ceasefire ("الاتفاق" later is no opinion)
    (
        "ووقعت الحكومة والمعارضة هذا الاتفاق، في #إثيوبيا يوم 21 ديسمبر/ كانون الأول الماضي، لوقف العدائيات، وفتح ممرات"
        " آمنة لإغاثة المدنيين، كجزء من مبادرة جديدة لإحياء اتفاقية السلام، الموقعة في أغسطس/آب 2015.",
        "لإغاثة",
        "aid.musaadat_ins",
    ),  # AL-internationalNews-620-20180325: relief for civilians
    (
        'وأضاف المصدر "إثر اجتماع الخبراء حول الوضع الإنساني في اليمن الذي عقد بباريس في 27 حزيران/يونيو، زار كريستيان'
        ' تيستو اليوم صنعاء في زيارة تركز على القضايا الإنسانية".',
        "زار",
        "consult.zara",
    ),  # FR-internationalNews-2378-20180718: an envoy's visit (الخبراء stands before it, not inspectors)
]


@pytest.mark.parametrize(("sentence", "trigger", "entry_id"), KEPT)
def test_lexicon_round13_the_kept_reading_stays(lexicon, sentence, trigger, entry_id) -> None:
    assert reads(lexicon, sentence, trigger, entry_id)


def test_lexicon_round13_a_demonstration_with_its_numbers_stays(lexicon) -> None:
    # the vetoes of تظاهر are its "pretend" complements (بأنه، بقبول ...), not any word opening with ب
    assert "PROTEST" in types_at(lexicon, "وتظاهر الآلاف في العاصمة ضد الحكومة.", "وتظاهر")
    assert "PROTEST" in types_at(lexicon, "تظاهر مئات الموظفين أمام مقر البرلمان.", "تظاهر")


@settings(max_examples=40, deadline=None)
@given(before=ARABIC_TEXT, after=ARABIC_TEXT)
def test_lexicon_round13_vetoes_never_raise(lexicon, before, after) -> None:
    matched_starts(lexicon, f"{before} تظاهر بأنه {after} التي اجتاحت {before} سلام صادق {after} ونصف")

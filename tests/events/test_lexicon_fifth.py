"""Fifth lexicon round (evlex4): predicates mined from ANT sentences in which the coder found no event, and
vetoes drawn from the judged fresh sample I (benchmarks/data/events_sample_i.tsv). Every sentence is real ANT
text from an article in no gold file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.lexicon_support import lexicon_at, lexicon_matches
from marsad.events.words import split_words


@pytest.mark.parametrize(
    ("sentence", "trigger", "entry_id", "etype"),
    [
        # rebuked (Form II وبّخ, written with or without the shadda)
        (
            'وبَّخت الصين الولايات المتحدة، الجمعة، منتقدة التحركات التجارية الأحادية الجانب التي "تسبب الضرر للجميع"',
            "وبَّخت",
            "accuse.wabbakha",
            "ACCUSE",
        ),
        (
            "وبخ السيناتور الأميركي، جون ماكين، الرئيس دونالد #ترمب، واتهمه في كتاب جديد بالتقاعس",
            "وبخ",
            "accuse.wabbakha",
            "ACCUSE",
        ),
        # a promised response is a threat (sample I: "ووعدت برد" had been coded AGREE)
        (
            'ورأت روسيا أن المملكة المتحدة "اختارت المواجهة" مع موسكو من خلال فرض عقوبات عليها بينها طرد 23'
            " دبلوماسيا، ووعدت برد سريع لم تكشف عنه",
            "ووعدت برد",
            "threaten.waada_radd",
            "THREATEN",
        ),
        (
            "وألقت إيران باللائمة على إسرائيل وتعهدت بالرد",
            "وتعهدت بالرد",
            "threaten.taahhada_radd",
            "THREATEN",
        ),
        (
            'وتعهدت واشنطن برد "قوي" على الهجوم في دوما',
            "وتعهدت واشنطن برد",
            "threaten.taahhada_radd",
            "THREATEN",
        ),
        # lodging a complaint (رفع / قدم شكوى)
        (
            "رفعت منظمات حقوقية شكوى جديدة إلى مجلس حقوق الإنسان التابع للأمم المتحدة بحق السلطات القطرية",
            "رفعت",
            "accuse.rafaa_shakwa",
            "ACCUSE",
        ),
        (
            "قال المنصوري إن الإمارات ستقدم شكوى جديدة للمنظمة الدولية",
            "ستقدم شكوى",
            "accuse.qaddama_shakwa",
            "ACCUSE",
        ),
        # raided (Form IV أغار: perfect forms only, يغير is "changes")
        (
            "وأكد الجيش الإسرائيلي أن مقاتلاته أغارت على هدف في موقع عسكري تابع لحركة حماس في قطاع غزة",
            "أغارت",
            "assault.aghara",
            "ASSAULT",
        ),
        # sending a delegation is a consultation, a military one included (not a deployment)
        (
            "وعلى إثر نشوب الخلاف الإماراتي اليمني، أرسلت السعودية وفدا عسكريا برئاسة اللواء أحمد الشهري للجزيرة",
            "أرسلت السعودية وفدا",
            "consult.arsala_wafd",
            "CONSULT",
        ),
        (
            "وكان رئيس إريتريا أعلن الأسبوع الماضي إرسال هذا الوفد إلى إثيوبيا لمناقشة السلام بين العدوين اللدودين",
            "إرسال هذا الوفد",
            "consult.irsal_wafd",
            "CONSULT",
        ),
        # an investigation in the accusative (تحقيقا جنائيا) or against someone (تحقيقات ضد): a headline and a sentence
        ("باكستان تفتح تحقيقا جنائيا ضد نواز شريف", "تحقيقا", "accuse.tahqiq", "ACCUSE"),
        (
            "وأوضح المراسل أن من ضمن المعتقلين، مقربون من رئيس الحكومة الإسرائيلي بنيامين نتانياهو، وذلك ضمن تحقيقات"
            " ضد رئيس الحكومة الإسرائيلية، في قضية فساد رابعة",
            "تحقيقات",
            "accuse.tahqiq",
            "ACCUSE",
        ),
        # gunfire written as أعيرة نارية
        (
            "أطلق يابانيان، فجر اليوم الجمعة، عدة أعيرة نارية على مدخل مبنى رابطة المواطنين الكوريين الشماليين",
            "أطلق",
            "assault.atlaqa_nar",
            "ASSAULT",
        ),
        (
            "حيث بادر من بداخله من عناصر إرهابية بإطلاق أعيرة نارية صوب القوات",
            "بإطلاق أعيرة",
            "assault.itlaq_nar",
            "ASSAULT",
        ),
    ],
)
def test_lexicon_fifth_round_new_entries(lexicon, sentence, trigger, entry_id, etype) -> None:
    start = sentence.index(trigger)
    assert (entry_id, etype, start, start + len(trigger)) in lexicon_matches(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # judged fresh sample I: a protest's purpose is not a second event (the march is coded)
        (
            "ونقلت صحيفة الشروق الجزائرية أن مئات المتظاهرين نظموا مسيرة للتنديد بالإجراءات الأخيرة",
            "للتنديد",
        ),
        # admitting a death, released poll results, heritage listing, bearing one's responsibilities
        ("واعترفت الميليشيات بمصرع طه الشهاري، وذكر ناشطوها أنه الرابع من إخوانه", "واعترفت"),
        ("وفقًا للمعهد الأميركي الذي أفرج عن نتائج الاستطلاع الأحد.", "أفرج"),
        (
            "أعلنت السلطات البريطانية الثلاثاء أنها أدرجت مسجدين لندنيين على قائمة التراث التاريخي والمعماري الوطني",
            "أدرجت",
        ),
        ("مضيفا أنه على الأحزاب الإصغاء لهذه الانتقادات وتحمّل مسؤولياتها وخاصة الحزب الحاكم.", "وتحمّل"),
        # a road crossing is no boycott (تقاطع), burning tyres in a protest is no assault, nor blocking the
        # snipers' view a censorship (the second pick of the same article once أحرق was vetoed)
        (
            "إذ أحرق المحتجون الفلسطينيون إطارات السيارات لمحاولة حجب الرؤية عن قناصة الجيش الإسرائيلي.",
            "حجب",
        ),
        ('فالحادثة وقعت عند تقاطع بجانبه ولم تشكل خطرا على حياة الزبائن".', "تقاطع"),
        (
            "إذ أحرق المحتجون الفلسطينيون إطارات السيارات لمحاولة حجب الرؤية عن قناصة الجيش الإسرائيلي.",
            "أحرق",
        ),
        # a foiled attack did not happen (أحبط within the four words before the attack noun)
        ("وقالت شرطة عدن في بيان على صفحتها على فيسبوك إن قوات الأمن أحبطت هجوما كبيرا على المعسكر", "هجوما"),
        ("كشف المرصد السوري لحقوق الإنسان، عن إحباط هجوم بطائرات دون طيار مفخخة", "هجوم"),
        # fresh articles audited after the first batch: a foiled plot's attacks, a speed bump (قاطع للسرعة),
        # a private complaint to the police
        ("وبدأت التحقيقات عندما قدمت فتاة قاصرة شكوى إلى الشرطة، قالت فيها إنها تعرضت لضغوط للعمل", "قدمت"),
        ("وقالت الحكومة إنها أحبطت 25 مؤامرة لتنفيذ هجمات من جانب متشددين منذ يونيو/حزيران 2013", "هجمات"),
        ("فقد أطلق مهاجم يقود مركبة نارية أعيرة من الرصاص باتجاه الحافلة عند قاطع للسرعة", "قاطع"),
    ],
)
def test_lexicon_fifth_round_vetoes(lexicon, sentence, word) -> None:
    assert lexicon_at(lexicon, sentence, word) == []


def test_lexicon_fifth_round_other_senses_of_new_words(lexicon) -> None:
    # يغير (changes) is not the imperfect of أغار (real ANT)
    assert (
        lexicon_at(
            lexicon, 'وهذا لن يغير من التزامي بالدفاع عن نفسي ضد الاتهامات الخاطئة الموجهة لي"', "يغير"
        )
        == []
    )


def test_lexicon_fifth_round_vetoes_leave_the_event_readings(lexicon) -> None:
    # the march itself is still a protest, and an attack nobody foiled is still an attack
    march = "ونقلت صحيفة الشروق الجزائرية أن مئات المتظاهرين نظموا مسيرة للتنديد بالإجراءات الأخيرة"
    assert [t for _, t in lexicon_at(lexicon, march, "نظموا")] == ["PROTEST"]
    attack = (
        'وأفاد مراسل "سكاي نيوز عربية" بتدفق التعزيزات العسكرية لقوات المقاومة التي تشن منذ فجر السبت، هجوما'
        " واسعا على ميليشيات الحوثي بمركز الدريهمي"
    )
    assert ("assault.hujum", "ASSAULT") in lexicon_at(lexicon, attack, "هجوما")
    # holding someone responsible stays an accusation: only bearing one's own responsibilities (plural) is vetoed
    blame = "وقالت السلطةالفلسطينية ومنظمة التحرير إنهما أدانتا الهجمات وحملتا مسؤوليتها لأفراد مارقين داخل المنظمات"
    assert lexicon_at(lexicon, blame, "وحملتا") == [("accuse.hammala", "ACCUSE")]
    # a plain pledge stays AGREE: only a promised response is a threat
    pledge = "ولم يطلق سراحها إلا بعد أن تعهدت بعدم تكرار ذلك"
    assert lexicon_at(lexicon, pledge, "تعهدت") == [("agree.taahhada", "AGREE")]


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـ")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(ARABIC, ARABIC)
def test_lexicon_foiled_attack_rule_never_raises(lexicon, before, after) -> None:
    # any text around أحبطت: matching never raises, spans stay inside the text, and no attack noun right
    # after the foiling verb is read as an attack
    sentence = before + " أحبطت هجوما " + after
    words = split_words(sentence, 0, len(sentence))
    head = len(before) + len(" أحبطت ")
    for m in lexicon.match(words):
        assert 0 <= m.start < m.end <= len(sentence)
        assert not (m.start == head and m.entry.type == "ASSAULT")

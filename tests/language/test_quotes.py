import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.language.quotes import _verb_stem, find_quotes, speech_words


def _quotes(text):
    found = find_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار.",
            [("reported", "موسكو مستعدة للحوار", "وزير الخارجية سيرغي لافروف")],
        ),
        ("وأكدت الخارجية أن الوفد وصل.", [("reported", "الوفد وصل", "الخارجية")]),
        (
            "وقال الوزير إن الحوار ممكن.\nوأوضح للصحفيين أن الوفد وصل.",
            [("reported", "الحوار ممكن", "الوزير"), ("reported", "الوفد وصل", "الوزير")],
        ),
        ("ساهم في كشف خيوط القضية التي قيل إنها معقدة.", []),
        (
            "وأكد الوزير في تصريح صحفي أن الوضع مستقر.",
            [("reported", "الوضع مستقر", "الوزير")],
        ),
        (
            "«نحن مستعدون للحوار مع الجميع»، قال الرئيس.",
            [("direct", "نحن مستعدون للحوار مع الجميع", "الرئيس")],
        ),
        (
            "ونقلت رويترز عن مصدر مطلع قوله إن المفاوضات متعثرة.",
            [("reported", "المفاوضات متعثرة", "مصدر مطلع")],
        ),
        (
            "ارتفعت الأسعار بشكل كبير، بحسب وكالة الأنباء الرسمية.",
            [("reported", "ارتفعت الأسعار بشكل كبير", "وكالة الأنباء الرسمية")],
        ),
        (
            'وجاء في بيان للخارجية أن "الوضع خطير جدا ويتطلب تحركا عاجلا".',
            [("direct", "الوضع خطير جدا ويتطلب تحركا عاجلا", "خارجية")],
        ),
        (
            'قال الوزير: "لن نتراجع عن قرارنا أبدا".\nوأضاف: "هذا موقفنا الثابت منذ البداية".',
            [
                ("direct", "لن نتراجع عن قرارنا أبدا", "الوزير"),
                ("direct", "هذا موقفنا الثابت منذ البداية", "الوزير"),
            ],
        ),
    ],
)
def test_quotes_speakers(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'أطلقت روسيا طائرات من طراز "شاهد" على المدينة.',
        "تعرف المدينة باسم “موسكو الصغيرة” منذ زمن.",
        "وقعت الاتفاقية في بكين.",
    ],
)
def test_quotes_names_in_quotation_marks_are_not_quotes(text):
    assert _quotes(text) == []


def _verb_stem_by_rule(stem: str) -> bool:
    """The speech-verb test as a rule (the set it is spelled out into must agree with it)."""
    verbs = speech_words().verbs
    if stem in verbs:
        return True
    if stem[:1] in ("و", "ف") and stem[1:] in verbs:
        return True
    return any(stem.endswith(s) and stem[: -len(s)] in verbs for s in ("هما", "هم", "ها", "ه"))


@given(
    verb=st.sampled_from(sorted(speech_words().verbs)),
    before=st.sampled_from(("", "و", "ف", "ب", "وو")),
    after=st.sampled_from(("", "ه", "ها", "هم", "هما", "هن", "ت", "كم")),
    cut=st.integers(0, 2),
)
def test_quotes_verb_forms_equal_the_rule(verb, before, after, cut) -> None:
    stem = (before + verb + after)[cut:]
    assert _verb_stem(stem) == _verb_stem_by_rule(stem)


def test_quotes_verb_forms_cover_conjunction_and_pronoun() -> None:
    assert _verb_stem("واضاف") and _verb_stem("وصفه") and not _verb_stem("وزير")

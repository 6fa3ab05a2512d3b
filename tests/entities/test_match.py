from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.match import _DROP, _TABLE, _TRANSLATE, AliasMatcher, Pattern, keyed
from marsad.language.normalize import normalize_key

ARABIC = st.text(
    alphabet=st.sampled_from(
        [
            *"ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ",
            "\u064e",
            "\u0651",
            "\u0640",
            "\u200f",
            " ",
            "\t",
            "\n",
            "،",
            "ﻻ",
            "٣",
            "“",
            ".",
        ],
    ),
    max_size=200,
)
MATCHER = AliasMatcher(
    [
        ("روسيا", Pattern("actor", "RUS")),
        ("الكرملين", Pattern("actor", "MET:KREMLIN")),
        ("تاس", Pattern("actor", "MED:TASS")),
        ("موسكو", Pattern("actor", "city:moscow")),
        ("القوات", Pattern("sector", "MIL")),
    ],
    proclitics=["و", "ب", "ل", "ف", "ك", "وب", "ول"],
)


@given(st.one_of(ARABIC, st.text(max_size=120).filter(lambda t: "\U0010fffe" not in t)))
def test_match_key_is_normalize_key_with_exact_origin(text):
    kt = keyed(text)
    assert kt.key.strip() == normalize_key(text.replace("_", " "))
    assert len(kt.origin) == len(kt.key)
    assert all(a <= b for a, b in zip(kt.origin, list(kt.origin)[1:], strict=False))  # a ligature gives two
    for i, o in enumerate(kt.origin):
        if kt.key[i] != " ":
            assert kt.key[i] in normalize_key(text[o])


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["روسيا", "وروسيا", "بالكرملين", "للكرملين", "تاس", "تاسعة", "موسكو", "مُوسْكُو", "القوات", "x"]
        ),
        max_size=12,
    ),
    ARABIC,
)
def test_match_offsets_exact_on_arbitrary_text(words, noise):
    text = " ".join(words) + noise
    for m in MATCHER.find(keyed(text)):
        assert 0 <= m.start < m.end <= len(text)
        assert normalize_key(text[m.start : m.end]) == m.key


def test_match_is_clitic_tolerant_and_word_bounded():
    text = "وروسيا وبالكرملين وللكرملين تاسعة مُوسْكُو روسياتنا"
    found = [(text[m.start : m.end], m.patterns[0].payload, m.prefix) for m in MATCHER.find(keyed(text))]
    assert found == [
        ("روسيا", "RUS", "و"),
        ("الكرملين", "MET:KREMLIN", "وب"),
        ("للكرملين", "MET:KREMLIN", "و"),
        ("مُوسْكُو", "city:moscow", ""),
    ]


def test_match_prefers_longest_alias(kb):
    matcher = kb.matcher()
    text = "انعقد مجلس الأمن الدولي في خليج عمان"
    spans = [text[m.start : m.end] for m in matcher.find(keyed(text))]
    assert "مجلس الأمن الدولي" in spans and "خليج عمان" in spans and "عمان" not in spans


@given(
    st.one_of(ARABIC, st.text(max_size=120), st.text(alphabet=st.sampled_from("\U0010fffe\ufffd\u064e _ا")))
)
def test_match_key_translation_equals_str_translate(text):
    # the old one-pass form is the reference, the noncharacter (the one source that is also a target) included
    new = _TRANSLATE(text.replace(_DROP, "\ufffd") if _DROP in text else text)
    assert new == text.translate(_TABLE)

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.language import normalize
from marsad.language.normalize import (
    _DIGITS_TRANSLATE,
    _KEY_TABLE,
    _KEY_TRANSLATE,
    DIGITS,
    Translator,
    light_key,
    normalize_key,
    unify_digits,
)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("إيران", "ايران"),
        ("الأمم المتحدة", "الامم المتحده"),
        ("مُوسْكُو", "موسكو"),
        ("الــصين", "الصين"),
        ("مصطفى", "مصطفي"),
        ("٢٠٢٤", "2024"),
        ("\ufefb", "لا"),
        ("بوتين\u200f", "بوتين"),
    ],
)
def test_normalize_key_unifies_spellings(raw, key):
    assert normalize_key(raw) == key


@given(st.text())
def test_normalize_key_is_idempotent(text):
    once = normalize_key(text)
    assert normalize_key(once) == once


@given(st.text())
def test_unify_digits_keeps_length(text):
    assert len(unify_digits(text)) == len(text)


def test_normalize_key_whole_text_golden():
    # Longer than the cached word length: the uncached path, with every rule at work in one text.
    raw = "أعلنَ الرئيسُ الــروسي فلاديمير بوتين\u200f أن موسكو ستوقع اتفاقية مع إيران في ٢٠٢٤ \ufefb رجعة فيها"
    assert len(raw) > 64
    assert normalize_key(raw) == (
        "اعلن الرييس الروسي فلاديمير بوتين ان موسكو ستوقع اتفاقيه مع ايران في 2024 لا رجعه فيها"
    )


@given(st.text(max_size=60))
def test_normalize_key_cached_and_whole_text_paths_agree(text):
    # Padding past the cached length sends the same text down the uncached path; spaces collapse.
    padded = text + " " * 70
    assert normalize_key(padded) == normalize_key(text)
    assert light_key(padded) == light_key(text)


# Text drawn mostly from the characters the key tables change, among Arabic letters, spaces and others.
_TABLE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹اويه0123456789 \u0640\u064e\u200f"),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(),
    )
)


@given(_TABLE_TEXT)
def test_normalize_translator_equals_str_translate(text):
    # the reference is str.translate itself, with the same tables
    assert _KEY_TRANSLATE(text) == text.translate(_KEY_TABLE)
    assert _DIGITS_TRANSLATE(text) == text.translate(DIGITS)


def test_normalize_translator_on_news_words():
    text = "أعلنت الحكومة المصرية، في ٢٠٢٤، أن مستشفى «الشفاء» يؤوي ١٥٠ لاجئاً في رئاسة إدارة آمنة"
    assert _KEY_TRANSLATE(text) == text.translate(_KEY_TABLE)
    assert "ة" not in _KEY_TRANSLATE(text) and "150" in _KEY_TRANSLATE(text)


def test_normalize_translator_refuses_chained_tables():
    # a -> b and b -> c: replacing one character after another would turn a into c
    with pytest.raises(ValueError):
        Translator(str.maketrans({"a": "b", "b": "c"}))
    assert Translator(str.maketrans({"a": "a"}))("abc") == "abc"
    assert Translator({ord("x"): None, ord("y"): ord("z")})("xyxy") == "zz"


def _key_reference(text: str) -> str:
    # _normalize_key without its fast path for a text that is its own key
    text = normalize._KEY_DELETE.sub("", normalize.fold_presentation_forms(text))
    return " ".join(normalize._KEY_TRANSLATE(text).split())


def _light_reference(text: str) -> str:
    text = normalize._KEY_DELETE.sub("", normalize.fold_presentation_forms(text))
    return " ".join(normalize._DIGITS_TRANSLATE(text).split())


# letters that stay, letters that are unified, marks, invisibles, digits, whitespace of several kinds,
# presentation forms, Latin
KEY_ALPHABET = "بتسلمنوالصينأإآٱىةؤئًٌَُِّْـ\u200c\u200f\ufeff\u00ad٠١٩۴0 \t\n\u00a0\u2028\x1cﻻﺑabc"


@given(st.text(alphabet=KEY_ALPHABET, max_size=12) | st.text(max_size=6))
def test_normalize_plain_fast_path_equals_the_full_key(text) -> None:
    assert normalize._normalize_key(text) == _key_reference(text)
    assert normalize._light_key(text) == _light_reference(text)


def test_normalize_plain_fast_path_on_real_words() -> None:
    for word in (
        "الصين",
        "بوتين",
        "روسيا",
        "2024",
        "زيارة",
        "أعلن",
        "٢٠٢٤",
        "بــوتين",
        "مُحَمَّد",
        "ﻻ",
        "a b ",
        "",
    ):
        assert normalize._normalize_key(word) == _key_reference(word), word
        assert normalize._light_key(word) == _light_reference(word), word
    # the words that are their own key take the fast path; the others do not
    assert normalize._KEY_PLAIN("الصين") and not normalize._KEY_PLAIN("زيارة")
    assert normalize._LIGHT_PLAIN("زيارة") and not normalize._LIGHT_PLAIN("بــوتين")

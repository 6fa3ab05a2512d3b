import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.language.normalize import normalize_key, unify_digits


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

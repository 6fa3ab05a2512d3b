from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.tokenize import tokenize


def test_tokenize_like_anercorp() -> None:
    text = 'فرانكفورت (د ب أ) أعلن أن 70% من "السيارات"، و3.5 مليار -- ميلِفا'
    assert [t.text for t in tokenize(text)] == [
        "فرانكفورت", "(", "د", "ب", "أ", ")", "أعلن", "أن", "70%", "من", '"', "السيارات", '"', "،",
        "و3", ".", "5", "مليار", "--", "ميلِفا",
    ]  # fmt: skip


@given(st.text(max_size=300))
def test_tokenize_offsets_exact_and_cover_non_space(text: str) -> None:
    tokens = tokenize(text)
    covered = set()
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.text and not any(ch.isspace() for ch in t.text)
        covered.update(range(t.start, t.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)

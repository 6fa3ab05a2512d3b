from hypothesis import given
from hypothesis import strategies as st

from marsad.text import TextBuilder


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_text_builder_maps_every_char_back(source, cut):
    cut = min(cut, len(source))
    b = TextBuilder(source)
    b.copy(0, cut)
    b.insert(cut, " ")
    b.copy(cut, len(source))
    aligned = b.build()
    for i, ch in enumerate(aligned.text):
        if i != cut:
            assert source[aligned.to_source(i)] == ch
    for story_off, src_off, length in aligned.segments():
        assert aligned.text[story_off : story_off + length] == source[src_off : src_off + length]

"""The folded scanning view: offsets back to the original text, and the removable-character pattern."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.normalize import scan_fold
from marsad.language.scan import REMOVABLE, ScanText

# The pattern as it was written before it opened with a class instead of a repeat (the reference).
_OLD_REMOVABLE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]+"
)
ALPHABET = "بسم الله\u064b\u064e\u0640\u200c\u200f\ufeff\u00ad\u0670\u06d6\u0610 1٢\n"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60))
def test_scan_removable_matches_as_before(text: str) -> None:
    assert [m.span() for m in REMOVABLE.finditer(text)] == [m.span() for m in _OLD_REMOVABLE.finditer(text)]
    assert (REMOVABLE.search(text) is None) == (_OLD_REMOVABLE.search(text) is None)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60))
def test_scan_view_maps_kept_characters_back(text: str) -> None:
    view = ScanText.of(text)
    assert view.folded == scan_fold(_OLD_REMOVABLE.sub("", text))
    for i in range(len(view.folded)):
        # each folded character maps back to a kept (not removable) character of the original
        start = view.start(i)
        assert _OLD_REMOVABLE.fullmatch(text[start]) is None
        assert view.end(i + 1) == start + 1

"""place_date helpers rewritten for speed give the answers of the forms they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.place_date import BARE_PREFIXES, _bare


def _bare_reference(key: str) -> str:
    # _bare before round 11: one str.startswith per prefix, in order
    for prefix in ("وبال", "فبال", "بال", "وال", "فال", "لل", "ال", "وب", "فب", "ب", "و"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            return key[len(prefix) :]
    return key


WORDS = (
    "وبالعاصمة",
    "فبالمدينة",
    "بالقاهرة",
    "والرياض",
    "فالخرطوم",
    "للعاصمة",
    "المدينة",
    "وبغداد",
    "فبيروت",
)


@settings(max_examples=600, deadline=None)
@given(
    key=st.text(alphabet=st.sampled_from("وفبلاهدنر\n ."), max_size=7)
    | st.tuples(
        st.sampled_from((*BARE_PREFIXES, "")), st.text(alphabet=st.sampled_from("والبمد\n"), max_size=3)
    ).map("".join)
    | st.sampled_from(WORDS)
)
def test_place_date_bare_equals_the_prefix_loop(key: str) -> None:
    assert _bare(key) == _bare_reference(key)


def test_place_date_bare_on_real_words() -> None:
    assert [_bare(w) for w in WORDS] == [_bare_reference(w) for w in WORDS]
    assert (
        _bare("بالقاهرة") == "قاهرة"
        and _bare("وبغداد") == "غداد"
        and _bare("وال") == "ال"
        and _bare("بل") == "بل"
    )

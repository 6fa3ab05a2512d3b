"""The clean stage on arbitrary text: never raises, and every story maps back to the page."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.clean.stage import clean
from marsad.model import Article
from marsad.pipeline import Context

_PIECES = st.sampled_from(
    [
        "بوتين و شي يعلنان عن خطط",
        "تاريخ النشر: 16th, May 2024 GMT",
        "مايو 16, 2024آخر تحديث: مايو 16, 2024",
        "المستقلة/- أعلنت روسيا و الصين أنهما ستعملان على تعميق علاقاتهما العسكرية الوثيقة.",
        "مرتبطالمصدر: وكالة الصحافة المستقلة",
        "إقرأ أيضاً:",
        "أخبار ذات صلة",
        "برلين - د ب أ - قال المتحدث إن الاجتماع سيعقد غدا في العاصمة لبحث الملفات.",
        "شارك",
        "الآراء الواردة لا تعبر عن رأي الموقع",
        "\u200b\u200f",
        "",
        "   ",
        "١٦/٥/٢٠٢٤",
    ]
)
_PAGES = st.one_of(
    st.lists(st.one_of(_PIECES, st.text(max_size=60)), max_size=14).map("\n".join),
    st.text(max_size=400),
)
_CTX = Context()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGES)
def test_clean_never_raises_and_maps_back(raw: str) -> None:
    article = clean(Article(id="x", source="t", raw=raw), ctx=_CTX)
    for i, story in enumerate(article.stories):
        assert story.id == f"x-{i}"
        assert story.text.strip()
        for here, there, length in story.source_map:
            assert length > 0
            assert story.text[here : here + length] == raw[there : there + length]
        # Only separators (spaces, newlines) may be missing from the map.
        mapped = [False] * len(story.text)
        for here, _, length in story.source_map:
            mapped[here : here + length] = [True] * length
        assert all(ch in " \n" for ch, ok in zip(story.text, mapped, strict=True) if not ok)
    assert [s.role for s in article.stories].count("main") <= 1


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGES)
def test_clean_related_never_inherit_main_date(raw: str) -> None:
    article = clean(Article(id="x", source="t", raw=raw), ctx=_CTX)
    for story in article.stories:
        if story.role == "related" and story.published is not None:
            assert story.published[:10] in ("2024-05-16",)  # only from a date line in its own run

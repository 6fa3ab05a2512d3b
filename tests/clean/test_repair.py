"""Un-gluing and invisible characters, with the map back to the page."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.clean.labels import Labels, load_labels
from marsad.clean.repair import _FOREIGN_RUN, repair


@pytest.fixture(scope="module")
def labels() -> Labels:
    return load_labels()


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("مايو 16, 2024آخر تحديث: مايو 16, 2024", "مايو 16, 2024 آخر تحديث: مايو 16, 2024"),
        ("مرتبطالمصدر: وكالة الصحافة المستقلة", "مرتبط المصدر: وكالة الصحافة المستقلة"),
        ("تبلغ 716مليار دولار", "تبلغ 716 مليار دولار"),
        ("في عام2022 تغير", "في عام 2022 تغير"),
        ("شبكة CNNأعلنت", "شبكة CNN أعلنت"),
        ("١٢٣قتيلا", "١٢٣ قتيلا"),
        ("شاركاقرأ أيضاً", "شارك اقرأ أيضاً"),
        ("إقرأ أيضاًبوتين وبزشكيان", "إقرأ أيضاً بوتين وبزشكيان"),
        ("أخبار ذات صلةتزامنا مع الزيارة", "أخبار ذات صلة تزامنا مع الزيارة"),
    ],
)
def test_repair_unglues_general_cases(raw: str, fixed: str, labels: Labels) -> None:
    assert repair(raw, labels=labels).text == fixed


@pytest.mark.parametrize(
    "raw",
    [
        "و الصين و روسيا",  # a detached conjunction is real text
        "نقلا عن المصدر: بالمصدر: والمصدر",  # a label after a proclitic is one word
        "عام 2024م و1445هـ",  # a year's single-letter abbreviation stays attached
        "قتل و3 جرحى ب10 رصاصات",  # proclitic + digit
        "المشارك: فلان",  # a label inside a longer word
        "نشرتها الصحيفة وتحديثات الموقع",  # one-word labels keep their suffixes
        "آخر تحديثاتها على الموقع",  # a suffix is the word's own
        "نشر فيديو جديد",  # a word that starts like a label's last word
    ],
)
def test_repair_keeps_real_text(raw: str, labels: Labels) -> None:
    assert repair(raw, labels=labels).text == raw


def test_repair_drops_invisibles_keeps_tatweel(labels: Labels) -> None:
    raw = "\ufeffقال\u200f الرئيــس\u200b إن"
    fixed = repair(raw, labels=labels)
    assert fixed.text == "قال الرئيــس إن"
    aligned = fixed.aligned()
    assert all(raw[o] == fixed.text[i] for i, o in enumerate(aligned.origin) if o >= 0)


_ARABICISH = st.lists(
    st.sampled_from(
        [
            *list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىـ ً٠١٢٣0123456789:.-/\n "),
            "\u200b",
            "\u200f",
            "\u202b",
            "\ufeff",
            "A",
            "b",
            "مرتبط",
            "المصدر:",
            "آخر تحديث",
            "إقرأ أيضاً",
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_ARABICISH, st.text(max_size=200)))
def test_repair_maps_every_copied_character_back(raw: str) -> None:
    labels = load_labels()
    fixed = repair(raw, labels=labels)
    for here, there, length in fixed.segments:
        assert fixed.text[here : here + length] == raw[there : there + length]
    mapped = [False] * len(fixed.text)
    for here, _, length in fixed.segments:
        mapped[here : here + length] = [True] * length
    # Only inserted spaces are unmapped; every visible character of raw is kept.
    assert all(ch == " " for ch, ok in zip(fixed.text, mapped, strict=True) if not ok)
    assert fixed.text.replace(" ", "") == "".join(
        ch
        for ch in raw
        if ch not in "\u200b\u200f\u202b\ufeff\u200c\u200d\u200e\u061c\u00ad"
        and not "\u202a" <= ch <= "\u202e"
        and not "\u2066" <= ch <= "\u2069"
    ).replace(" ", "")


@settings(max_examples=200, deadline=None)
@given(_ARABICISH)
def test_repair_is_idempotent(raw: str) -> None:
    labels = load_labels()
    once = repair(raw, labels=labels).text
    assert repair(once, labels=labels).text == once


def test_repair_arabic_letter_set_equals_the_regex_on_every_character() -> None:
    from marsad.clean.repair import _ARABIC_LETTER, _is_arabic

    # The Basic Multilingual Plane (the regex's ranges are all in it) and a sample beyond it.
    for c in [*range(0x10000), *range(0x10000, 0x110000, 997)]:
        ch = chr(c)
        assert _is_arabic(ch) == (_ARABIC_LETTER.match(ch) is not None), hex(c)
        assert _is_arabic(ch + "x") == _is_arabic(ch)  # only the first character counts, as with match()
    assert not _is_arabic("")


# The run pattern as it was written before it opened with one class (the reference).
_OLD_FOREIGN_RUN = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]+|[A-Za-z]+")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="09٠٩۰۹azAZ بم.\n_é", max_size=60))
def test_repair_foreign_runs_match_as_before(text: str) -> None:
    assert [m.span() for m in _FOREIGN_RUN.finditer(text)] == [
        m.span() for m in _OLD_FOREIGN_RUN.finditer(text)
    ]


# ---- Round 20 (perf20): the runs and the invisibles of a raw page in one scan


def _old_repair(raw: str, *, labels: Labels):
    """``repair`` before round 20 (the reference): the invisibles and the runs found by two scans."""
    from marsad.clean.repair import _spliced, _visible_glue, glue_points
    from marsad.language.normalize import INVISIBLE

    drops = [m.start() for m in INVISIBLE.finditer(raw)]
    # unchanged past the scan: glue_points finds the runs itself when given none
    inserts = _visible_glue(raw, drops, labels=labels) if drops else glue_points(raw, labels=labels)
    return _spliced(raw, drops, inserts)  # unchanged: the text and map made from the offsets


_GLUE_ALPHABET = "09٠٩۰۹azAZ بمعامليار.\n\u200b\u200f\u061c\u202b\u2066\ufeff\u00ad"


def _both_scans(text: str) -> list[tuple[int, int]]:
    from marsad.language.normalize import INVISIBLE

    return sorted(
        [m.span() for m in INVISIBLE.finditer(text)] + [m.span() for m in _FOREIGN_RUN.finditer(text)]
    )


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_GLUE_ALPHABET, max_size=60))
def test_repair_one_scan_finds_what_the_two_scans_found(text: str) -> None:
    from marsad.clean.repair import _FOREIGN_OR_INVISIBLE

    assert [m.span() for m in _FOREIGN_OR_INVISIBLE.finditer(text)] == _both_scans(text)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_GLUE_ALPHABET, max_size=60))
def test_repair_with_one_scan_equals_the_two_scans(text: str) -> None:
    labels = load_labels()
    assert repair(text, labels=labels) == _old_repair(text, labels=labels)


def test_repair_one_scan_on_news(labels: Labels) -> None:
    # Every bundled page, and each with invisibles put inside its digit runs and between its words.
    import json
    from importlib import resources

    from marsad.clean.repair import _FOREIGN_OR_INVISIBLE

    path = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl")
    texts = [str(json.loads(row).get("text") or "") for row in path.read_text(encoding="utf-8").splitlines()]
    runs = 0
    for text in texts[:120]:
        for variant in (text, text.replace("0", "0\u200b").replace(" ", " \u200f", 3)):
            spans = [m.span() for m in _FOREIGN_OR_INVISIBLE.finditer(variant)]
            assert spans == _both_scans(variant)
            assert repair(variant, labels=labels) == _old_repair(variant, labels=labels)
            runs += len(spans)
    assert runs > 1_000

"""``find_quantities`` visits only the tokens that can start a number, found in one comprehension (perf23), where
it stepped over every token in its ``while`` loop. The old loop is kept here (its steps folded, the same tests in
the same order) and must find the same quantities on the bundled news, with the stories' dates excluded and not,
and on drawn texts of number words, digits, currency and percent words and plain words."""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.language.numbers import number_tables
from marsad.language.quantities import (
    _complete,
    _ordinal_run,
    _overlaps,
    _token_index_after,
    _word_run,
    find_quantities,
)
from marsad.language.times import find_date_spans
from marsad.language.tokens import tokenize
from marsad.model import Span


def _old_find_quantities(text: str, toks, exclude) -> list:
    t = number_tables()
    out, i = [], 0
    while i < len(toks):
        tok = toks[i]
        digits = tok.text[0].isdigit()
        if (tok.stem not in t.starters and not digits) or _overlaps(tok.start, tok.end, exclude):
            i += 1
            continue
        run = None if digits else _ordinal_run(toks, i, t)
        if run is None and (digits or t.is_number_word(tok.stem) or tok.stem in t.fractions):
            run = _word_run(toks, i, t)
        q = None if run is None else _complete(text, toks, i, run, t)
        alone = (
            q is not None
            and run is not None
            and q.kind == "number"
            and run.end == i + 1
            and "ال+" in tok.clitics
            and not run.ordinal
        )
        if q is None or run is None or alone or _overlaps(q.start, q.end, exclude):
            i += 1
            continue
        out.append(q)
        i = max(run.end, _token_index_after(toks, q.end, run.end))
    return out


def _texts() -> list[str]:
    path = resources.files("marsad") / "samples" / "ant_news_sample.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:120]]


def test_find_quantities_equals_the_old_loop_on_real_news() -> None:
    found = 0
    for text in _texts():
        toks = tokenize(text)
        for exclude in (find_date_spans(text), ()):
            new = find_quantities(text, toks, exclude=exclude)
            assert new == _old_find_quantities(text, toks, exclude), text[:80]
            found += len(new)
    assert found >= 300


PIECES = [
    "ثلاثة",
    "ثلاث",
    "عشر",
    "عشرين",
    "و",
    "مئة",
    "ألف",
    "ملايين",
    "مليون",
    "الأول",
    "الثالث",
    "الـ",
    "نصف",
    "ربع",
    "2024",
    "12",
    "3.5",
    "8,000",
    "٢٤٠",
    "%",
    "$",
    "دولار",
    "بالمئة",
    "في",
    "المئة",
    "أكثر",
    "من",
    "بين",
    "إلى",
    "جنديا",
    "قتيلا",
    "طائرة",
    "مسيرة",
    "السبع",
    "والخمسين",
    "،",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data())
def test_find_quantities_equals_the_old_loop_on_drawn_texts(pieces, data) -> None:
    text = " ".join(pieces)
    toks = tokenize(text)
    cut = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    exclude = [Span(start=a, end=b, text=text[a:b]) for a, b in zip(cut[::2], cut[1::2], strict=False)]
    assert find_quantities(text, toks, exclude=exclude) == _old_find_quantities(text, toks, exclude)

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.language.quotes import _verb_stem, find_quotes, speech_words


def _quotes(text):
    found = find_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار.",
            [("reported", "موسكو مستعدة للحوار", "وزير الخارجية سيرغي لافروف")],
        ),
        ("وأكدت الخارجية أن الوفد وصل.", [("reported", "الوفد وصل", "الخارجية")]),
        (
            "وقال الوزير إن الحوار ممكن.\nوأوضح للصحفيين أن الوفد وصل.",
            [("reported", "الحوار ممكن", "الوزير"), ("reported", "الوفد وصل", "الوزير")],
        ),
        ("ساهم في كشف خيوط القضية التي قيل إنها معقدة.", []),
        (
            "وأكد الوزير في تصريح صحفي أن الوضع مستقر.",
            [("reported", "الوضع مستقر", "الوزير")],
        ),
        (
            "«نحن مستعدون للحوار مع الجميع»، قال الرئيس.",
            [("direct", "نحن مستعدون للحوار مع الجميع", "الرئيس")],
        ),
        (
            "ونقلت رويترز عن مصدر مطلع قوله إن المفاوضات متعثرة.",
            [("reported", "المفاوضات متعثرة", "مصدر مطلع")],
        ),
        (
            "ارتفعت الأسعار بشكل كبير، بحسب وكالة الأنباء الرسمية.",
            [("reported", "ارتفعت الأسعار بشكل كبير", "وكالة الأنباء الرسمية")],
        ),
        (
            'وجاء في بيان للخارجية أن "الوضع خطير جدا ويتطلب تحركا عاجلا".',
            [("direct", "الوضع خطير جدا ويتطلب تحركا عاجلا", "خارجية")],
        ),
        (
            'قال الوزير: "لن نتراجع عن قرارنا أبدا".\nوأضاف: "هذا موقفنا الثابت منذ البداية".',
            [
                ("direct", "لن نتراجع عن قرارنا أبدا", "الوزير"),
                ("direct", "هذا موقفنا الثابت منذ البداية", "الوزير"),
            ],
        ),
    ],
)
def test_quotes_speakers(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'أطلقت روسيا طائرات من طراز "شاهد" على المدينة.',
        "تعرف المدينة باسم “موسكو الصغيرة” منذ زمن.",
        "وقعت الاتفاقية في بكين.",
    ],
)
def test_quotes_names_in_quotation_marks_are_not_quotes(text):
    assert _quotes(text) == []


def _verb_stem_by_rule(stem: str) -> bool:
    """The speech-verb test as a rule (the set it is spelled out into must agree with it)."""
    verbs = speech_words().verbs
    if stem in verbs:
        return True
    if stem[:1] in ("و", "ف") and stem[1:] in verbs:
        return True
    return any(stem.endswith(s) and stem[: -len(s)] in verbs for s in ("هما", "هم", "ها", "ه"))


@given(
    verb=st.sampled_from(sorted(speech_words().verbs)),
    before=st.sampled_from(("", "و", "ف", "ب", "وو")),
    after=st.sampled_from(("", "ه", "ها", "هم", "هما", "هن", "ت", "كم")),
    cut=st.integers(0, 2),
)
def test_quotes_verb_forms_equal_the_rule(verb, before, after, cut) -> None:
    stem = (before + verb + after)[cut:]
    assert _verb_stem(stem) == _verb_stem_by_rule(stem)


def test_quotes_verb_forms_cover_conjunction_and_pronoun() -> None:
    assert _verb_stem("واضاف") and _verb_stem("وصفه") and not _verb_stem("وزير")


def _token_runs_by_steps(sents, toks) -> list[tuple[int, int]]:
    """The sentences' token runs as find_quotes walked them before round 19: a step per token."""
    out, ti, n = [], 0, len(toks)
    for sent in sents:
        while ti < n and toks[ti].start < sent.start:
            ti += 1
        tj = ti
        while tj < n and toks[tj].end <= sent.end:
            tj += 1
        out.append((ti, tj))
    return out


def _token_runs_by_lists(sents, toks) -> list[tuple[int, int]]:
    """The sentences' token runs from round 19 to round 26: bisection over lists of every token's start and end."""
    from bisect import bisect_left, bisect_right

    starts, ends = [t.start for t in toks], [t.end for t in toks]
    out, i = [], 0
    for sent in sents:
        i = bisect_left(starts, sent.start, i)
        out.append((i, bisect_right(ends, sent.end, i)))
    return out


def test_quotes_token_runs_by_bisection_equal_the_steps_on_the_bundled_news():
    import json
    from importlib import resources

    from marsad.language.quotes import _token_runs
    from marsad.language.sentences import split_sentences
    from marsad.language.tokens import tokenize

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    runs = 0
    for line in sample.splitlines()[:80]:
        text = json.loads(line)["text"]
        sents, toks = split_sentences(text), tokenize(text)
        got = _token_runs(sents, toks)
        assert got == _token_runs_by_steps(sents, toks) == _token_runs_by_lists(sents, toks)
        runs += len(got)
    assert runs > 500


@given(
    st.lists(st.integers(1, 6), min_size=1, max_size=20),
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 12)), max_size=8),
    st.booleans(),
)
def test_quotes_token_runs_equal_the_steps_with_gaps_and_overhangs(
    words: list[int], cuts, back: bool
) -> None:
    # sentences that skip tokens, overlap a token's edge, hold none, or end past the last token
    from marsad.model import Sentence, Token

    toks, at = [], 0
    for size in words:
        toks.append(Token(start=at, end=at + size, text="x" * size))
        at += size + 1
    sents, start = [], 0
    for gap, length in cuts:
        sents.append(Sentence(start=start + gap, end=start + gap + length, text=""))
        start += gap + length
    if back:  # a sentence starting before the one before it: the runs never go back
        sents.insert(len(sents) // 2, Sentence(start=0, end=3, text=""))
    from marsad.language.quotes import _token_runs

    assert _token_runs(sents, toks) == _token_runs_by_steps(sents, toks) == _token_runs_by_lists(sents, toks)


def _marks_by_pairing_again(text):
    """The quotes stage's marks before round 21: every paragraph paired anew by ``quote_spans``."""
    from marsad.language.quotes import PARAGRAPH
    from marsad.language.sentences import quote_spans

    marks = []
    for p in PARAGRAPH.finditer(text):
        marks.extend((p.start() + a, p.start() + b) for a, b in quote_spans(p.group()))
    return marks


def test_quotes_read_the_sentence_stage_pairs_on_the_bundled_news(monkeypatch):
    import json
    from importlib import resources

    import marsad.language.sentences as sentences_module
    from marsad.language.quotes import PARAGRAPH
    from marsad.language.sentences import paired_quotes, split_sentences
    from marsad.language.tokens import tokenize

    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in sample.splitlines()[:80]]
    # the old form against the memo, on every paragraph (quotations among them)
    paired = 0
    for text in texts:
        memo = [
            (p.start() + a, p.start() + b)
            for p in PARAGRAPH.finditer(text)
            for a, b in paired_quotes(p.group())
        ]
        assert memo == _marks_by_pairing_again(text)
        paired += len(memo)
    assert paired > 20
    # the quotes stage pairs nothing itself after the sentence stage, and finds the same quotes
    calls = []
    real = sentences_module.quote_spans

    def counted(paragraph):
        calls.append(paragraph)
        return real(paragraph)

    quoted = 0
    for text in texts:
        paired_quotes.cache_clear()
        monkeypatch.setattr(sentences_module, "quote_spans", counted)
        sents = split_sentences(text)
        n_paragraphs = len(calls)
        quotes = find_quotes(text, sentences=sents, tokens=tokenize(text))
        assert len(calls) == n_paragraphs == len(PARAGRAPH.findall(text))
        monkeypatch.setattr(sentences_module, "quote_spans", real)
        paired_quotes.cache_clear()
        assert quotes == find_quotes(text, sentences=sents, tokens=tokenize(text))
        quoted += sum(q.kind == "direct" for q in quotes)
        calls.clear()
    assert quoted > 5


def test_quotes_paired_quotes_memo_is_read_only():
    from marsad.language.sentences import paired_quotes

    para = 'وقال المتحدث "لن نتراجع عن موقفنا" أمام الصحفيين'
    pairs = paired_quotes(para)
    assert pairs == ((13, 34),) and isinstance(pairs, tuple)
    assert para[13:34] == '"لن نتراجع عن موقفنا"'


def _cue_candidates_by_two_tests(toks, idx, w) -> list[int]:
    """The tokens ``_cues`` went on with before round 24: each token's stem tested against both sets."""
    return [i for i in idx if toks[i].stem in w.attribution or toks[i].stem in w.verb_forms]


def test_quotes_cue_candidates_equal_the_two_tests_on_the_bundled_news():
    import json
    from importlib import resources

    from marsad.language.quotes import _cue_candidates, _token_runs
    from marsad.language.sentences import split_sentences
    from marsad.language.tokens import tokenize

    w = speech_words()
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    attributions = verbs = 0
    for line in sample.splitlines()[:80]:
        text = json.loads(line)["text"]
        sents, toks = split_sentences(text), tokenize(text)
        for ti, tj in _token_runs(sents, toks):
            idx = list(range(ti, tj))
            got = _cue_candidates(toks, idx, w)
            assert got == _cue_candidates_by_two_tests(toks, idx, w)
            attributions += sum(toks[i].stem in w.attribution for i in got)
            verbs += sum(toks[i].stem in w.verb_forms for i in got)
        # every other token and the tokens in reverse: the order of idx is kept
        odd = list(range(len(toks) - 1, -1, -2))
        assert _cue_candidates(toks, odd, w) == _cue_candidates_by_two_tests(toks, odd, w)
    # both sets are met (a union missing either would fail here)
    assert attributions >= 5 and verbs > 100


def test_quotes_cue_candidates_on_a_sentence():
    from marsad.language.quotes import _cue_candidates
    from marsad.language.tokens import tokenize

    text = "وقال المتحدث باسم الخارجية إن الوفد سيصل غدا، وفقا لوكالة الأنباء."
    toks = tokenize(text)
    got = [toks[i].text for i in _cue_candidates(toks, range(len(toks)), speech_words())]
    assert got == ["وقال", "وفقا"]

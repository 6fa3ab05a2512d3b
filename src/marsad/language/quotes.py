"""Quotations and reported speech, with their speaker.

Direct quotes are the paired quotation marks of a paragraph (“…”, «…», "…"); reported speech is the
clause after a speech verb and إن/أن ("قال شي إن ..."), or a statement closed by "وفقًا لـ X" /
"بحسب X". The speaker is the subject phrase after the verb (Arabic puts the verb first), the Y of
"نقلت X عن Y قوله", the X of "جاء في بيان لـ X"; with no subject (وأضاف: "...") the speaker of the
previous quote carries on, as in news prose. A speech verb with an object pronoun in a relative
clause ("الرجل الذي وصفه بأنه ...") has as speaker the nearest earlier speaker mention that is not
the clause's head. The entity stage turns the speaker span into an actor.

A short quotation with no speech word in its sentence, or introduced as a name ("من طراز "شاهد""),
is a name or a scare quote, not a quote, and is dropped. When a reported clause holds direct quotes,
only the quotes are kept (they carry the same speaker, and their words are the speaker's own).
Rule-based by necessity: no maintained Arabic quotation attributor exists offline.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import attrgetter

from marsad.language.clitics import analyze
from marsad.language.sentences import paired_quotes, paragraph_spans, split_sentences
from marsad.language.tokens import tokenize
from marsad.model import Article, Quote, Sentence, Span, Token
from marsad.pipeline import Context, Stage

PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029]+")
QUOTE_CHARS = frozenset('\u201c\u201d\u00ab\u00bb"\u201e')
SHORT_QUOTE_WORDS = 3
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200b-\u200f]")
# Words before which a speech verb's form is a noun (في كشف، من قول).
NOUN_BEFORE = frozenset({"في", "من", "علي", "عن", "الي", "بعد", "قبل", "خلال", "عبر", "اثر"})
OBJECT_SUFFIXES = ("+ه", "+ها", "+هم", "+هما")


@dataclass(frozen=True, slots=True)
class SpeechWords:
    verbs: frozenset[str]
    complementizers: frozenset[str]
    saying: frozenset[str]
    attribution: frozenset[str]
    documents: frozenset[str]
    name_introducers: frozenset[str]
    stops: frozenset[str]
    max_speaker_tokens: int
    verb_forms: frozenset[str] = frozenset()
    """Every stem :func:`_verb_stem` accepts, spelled out (see :func:`verb_forms`)."""


def _stem(word: str) -> str:
    return analyze(word).stem


@cache  # read-only data, loaded once per process
def speech_words() -> SpeechWords:
    raw = tomllib.loads(
        resources.files("marsad.language").joinpath("data", "speech.toml").read_text(encoding="utf-8")
    )

    def stems(key: str) -> frozenset[str]:
        return frozenset(_stem(w) for w in raw[key]) | frozenset(analyze(w).stem for w in raw[key])

    verbs = stems("verbs")
    return SpeechWords(
        verbs=verbs,
        complementizers=stems("complementizers"),
        saying=stems("saying"),
        attribution=stems("attribution"),
        documents=stems("documents"),
        name_introducers=stems("name_introducers"),
        stops=stems("stops"),
        max_speaker_tokens=int(raw["max_speaker_tokens"]),
        verb_forms=verb_forms(verbs),
    )


# Before a speech verb kept whole by the segmenter: وأضاف (commoner than أضاف in news).
VERB_CONJUNCTIONS = ("و", "ف")
# After it: وصفه، نقلته: the word kept whole still ends in an object pronoun.
VERB_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")


def verb_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The stems that are a speech verb, a speech verb after و/ف, or one before an object pronoun: a
    finite set, so the cue scan over every token of a story is one set look-up per token."""
    return (
        verbs
        | {c + v for c in VERB_CONJUNCTIONS for v in verbs}
        | {v + s for v in verbs for s in VERB_OBJECT_SUFFIXES}
    )


def _is_verb(tok: Token, w: SpeechWords) -> bool:
    return tok.stem in w.verb_forms


def _verb_stem(stem: str) -> bool:
    """Whether ``stem`` is a speech verb form of the shipped word lists (as :func:`_is_verb` reads them)."""
    return stem in speech_words().verb_forms


def _has_object(tok: Token, w: SpeechWords) -> bool:
    if any(c in OBJECT_SUFFIXES for c in tok.clitics):
        return True
    return tok.stem not in w.verbs and tok.stem.endswith(("ه", "ها", "هم"))


def _is_comp(tok: Token, w: SpeechWords) -> bool:
    return tok.stem in w.complementizers or tok.norm in w.complementizers


def _is_punct(tok: Token) -> bool:
    return not tok.text[0].isalnum()


def _trimmed(tok: Token, text: str) -> int:
    """Start of the word without its conjunction/preposition letters (ال kept). For لل (للكرملين) the
    article's alef is not written, so both letters go (كرملين)."""
    surface = text[tok.start : tok.end]
    if not tok.clitics or MARKS.search(surface):
        return tok.start  # diacritics or tatweel make letter counts unsafe: keep the whole word
    cut = sum(len(c) - 1 for c in tok.clitics if c.endswith("+") and c != "ال+")
    if "ل+" in tok.clitics and "ال+" in tok.clitics:
        cut += 1
    return tok.start + min(cut, len(surface) - 1)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


@dataclass(slots=True)
class _Cue:
    index: int
    """Token index of the speech word."""
    speaker: Span | None
    content_start: int | None
    """Token index where reported content begins (after إن/أن), or None."""
    explicit: bool


def _subject(
    toks: Sequence[Token], k: int, end: int, w: SpeechWords, times: Sequence[Span]
) -> tuple[int, int]:
    """Token range [k, j) of the subject phrase starting at k (may be empty)."""
    j = k
    while j < end and j - k < w.max_speaker_tokens:
        tok = toks[j]
        if _is_punct(tok) or _is_comp(tok, w) or tok.stem in w.stops or tok.stem in w.saying:
            break
        if len(tok.stem) == 1:
            break  # a detached preposition (بـ، لـ): the phrase after it is no longer the subject
        if j > k and tok.text.endswith(("اً", "ًا")):
            break  # an adverb in the accusative (جزئياً، مؤخراً) ends the subject
        if any(t.start < tok.end and tok.start < t.end for t in times):
            break
        if j > k and any(c in ("ب+", "ل+", "ك+", "ف+") for c in tok.clitics):
            break
        if tok.norm == "و":
            if j + 1 < end and not _is_punct(toks[j + 1]) and toks[j + 1].stem not in w.stops:
                j += 1
                continue
            break
        if j > k and "و+" in tok.clitics and _is_verb(tok, w):
            break
        if tok.text[0].isdigit():
            break
        j += 1
    while j > k and toks[j - 1].norm == "و":
        j -= 1
    return k, j


def find_quotes(
    text: str,
    *,
    sentences: Sequence[Sentence] | None = None,
    tokens: Sequence[Token] | None = None,
    times: Sequence[Span] = (),
) -> list[Quote]:
    """Quotes and reported speech in ``text`` with speakers (``times``: time-expression spans, which
    end a speaker phrase: "قالت أوكرانيا العام الماضي إن")."""
    w = speech_words()
    sents = list(sentences) if sentences is not None else split_sentences(text)
    toks = list(tokens) if tokens is not None else tokenize(text)
    marks: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        marks.extend((p_start + a, p_start + b) for a, b in paired_quotes(text[p_start:p_end]))
    out: list[Quote] = []
    known: set[str] = set()
    last_speaker: Span | None = None
    last_sentence = -10
    per_sentence: list[tuple[Sentence, list[int], list[_Cue]]] = []
    # Pass 1: cues and explicit speakers, so that relative clauses can refer back to any of them.
    for sent, (ti, tj) in zip(sents, _token_runs(sents, toks), strict=True):
        idx = list(range(ti, tj))  # the sentence's tokens: a run of the story's
        cues = _cues(text, toks, idx, w, times)
        for c in cues:
            if c.explicit and c.speaker is not None:
                for t in _tokens_in(toks, idx, c.speaker):
                    known.add(t.stem)
        per_sentence.append((sent, idx, cues))
    for si, (sent, idx, cues) in enumerate(per_sentence):
        for c in cues:
            if c.speaker is None:
                c.speaker = _implicit_speaker(text, toks, idx, c, known, w)
                if c.speaker is None and last_speaker is not None and si - last_sentence <= 2:
                    c.speaker = last_speaker
        inner = [(a, b) for a, b in marks if sent.start <= a and b <= sent.end]
        kept_direct: list[tuple[int, int, Span | None]] = []
        for a, b in inner:
            qa, qb = _strip(text, a + 1, b - 1)
            if qa >= qb:
                continue
            n_words = len(text[qa:qb].split())
            cue = _governing(toks, cues, a)
            if any(c.speaker is not None and c.speaker.start < b and a < c.speaker.end for c in cues):
                continue  # the quotation marks a speaker's name (وفقا لـ"رويترز")
            if (
                n_words <= SHORT_QUOTE_WORDS
                and cue is not None
                and cue.content_start is not None
                and toks[cue.index].end <= a < toks[cue.content_start].start
            ):
                continue  # a name inside the attribution (نقلت وكالة أنباء "تاس" عن ...)
            if n_words <= SHORT_QUOTE_WORDS and (cue is None or _named(toks, idx, a, w)):
                continue
            if cue is None and n_words <= SHORT_QUOTE_WORDS * 2:
                continue
            kept_direct.append((qa, qb, cue.speaker if cue else None))
        for qa, qb, speaker in kept_direct:
            out.append(Quote(start=qa, end=qb, text=text[qa:qb], speaker=_copy(speaker), kind="direct"))
            if speaker is not None:
                last_speaker, last_sentence = speaker, si
        for c in cues:
            if c.content_start is None:
                continue
            ca = toks[c.content_start].start
            cb = _content_end(toks, idx, c)
            ca, cb = _strip(text, ca, cb)
            if ca >= cb or any(ca <= qa and qb <= cb for qa, qb, _ in kept_direct):
                continue
            if any(q.start == ca and q.end == cb for q in out):
                continue  # two cues for one clause: the first (its own verb) wins
            out.append(Quote(start=ca, end=cb, text=text[ca:cb], speaker=_copy(c.speaker), kind="reported"))
            if c.speaker is not None:
                last_speaker, last_sentence = c.speaker, si
    out.sort(key=lambda q: q.start)
    return out


def _token_runs(sents: Sequence[Sentence], toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Per sentence (in text order), the run ``[i, j)`` of ``toks`` that starts at or after the
    sentence's start, past the tokens of the sentences before, and ends inside it. The tokens are in
    text order and do not overlap, so their starts and ends both rise: each run is found by
    bisection in C rather than by a Python step per token (12.4 M instructions per 100 articles). The bisections read
    the tokens' starts and ends through ``key`` (about 20 reads a sentence) where two lists of every token's start and
    end were built first (round 27: 5 M per 100 unseen articles)."""
    runs: list[tuple[int, int]] = []
    i = 0
    for sent in sents:
        i = bisect_left(toks, sent.start, i, key=_START)
        runs.append((i, bisect_right(toks, sent.end, i, key=_END)))
    return runs


_START = attrgetter("start")
_END = attrgetter("end")


def _tokens_in(toks: Sequence[Token], idx: Sequence[int], span: Span) -> list[Token]:
    return [toks[i] for i in idx if toks[i].start < span.end and span.start < toks[i].end]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    strip_chars = " \t\n.،,؛:!?؟\"“”«»'()-–—"
    while a < b and text[a] in strip_chars:
        a += 1
    while b > a and text[b - 1] in strip_chars:
        b -= 1
    return a, b


def _named(toks: Sequence[Token], idx: Sequence[int], at: int, w: SpeechWords) -> bool:
    """A short quotation introduced as a name: after a naming noun (طراز، وكالة) or glued to a
    detached preposition (لـ"سكاي نيوز عربية")."""
    before = [toks[i] for i in idx if toks[i].end <= at and not _is_punct(toks[i])]
    return bool(before) and (before[-1].stem in w.name_introducers or len(before[-1].stem) == 1)


def _governing(toks: Sequence[Token], cues: Sequence[_Cue], at: int) -> _Cue | None:
    before = [c for c in cues if toks[c.index].start < at]
    if before:
        return before[-1]
    return cues[0] if cues else None


def _content_end(toks: Sequence[Token], idx: Sequence[int], c: _Cue) -> int:
    """End of reported content: the sentence's end, or the attribution word when it follows."""
    if c.content_start is not None and c.index > c.content_start:  # "... ، وفقا لـ X"
        return toks[c.index].start
    return toks[idx[-1]].end


def _copy(span: Span | None) -> Span | None:
    """Each quote gets its own speaker span, so that a later stage may edit one safely."""
    return None if span is None else Span(start=span.start, end=span.end, text=span.text)


def _cue_candidates(toks: Sequence[Token], idx: Sequence[int], w: SpeechWords) -> list[int]:
    """The indices of ``idx`` whose token's stem is an attribution word or a speech verb's form (_is_verb
    inlined): ``_cues`` visits only these, in order. This test sees every token of the story and nearly all are
    no cue, so it is one comprehension with one set test (round 24: the two sets' union, made once), where the
    loop read each token and tested both sets."""
    cue = _cue_stems(w)
    return [i for i in idx if toks[i].stem in cue]


@cache  # one SpeechWords per process (speech_words' cache)
def _cue_stems(w: SpeechWords) -> frozenset[str]:
    return w.attribution | w.verb_forms


def _cues(
    text: str, toks: Sequence[Token], idx: Sequence[int], w: SpeechWords, times: Sequence[Span]
) -> list[_Cue]:
    cues: list[_Cue] = []
    end = idx[-1] + 1 if idx else 0
    first = idx[0] if idx else 0
    attribution = w.attribution
    for i in _cue_candidates(toks, idx, w):
        tok = toks[i]
        stem = tok.stem
        if stem in attribution:
            # "... ، وفقا لـ X": X said what precedes.
            j = i + 1
            while j < end and (
                (tok.stem in ("وفقا", "طبقا", "نقلا") and toks[j].stem in ("ل", "عن"))
                or toks[j].text in QUOTE_CHARS
            ):
                j += 1
            if j < end and toks[j].norm in ("ل", "عن"):
                j += 1
            while j < end and toks[j].text in QUOTE_CHARS:
                j += 1
            a, b = _subject(toks, j, end, w, times)
            if b > a and i > first:
                speaker = _span(text, _trimmed(toks[a], text), toks[b - 1].end)
                cues.append(_Cue(i, speaker, first, True))
            continue
        if "ال+" in tok.clitics or (i > first and toks[i - 1].stem in NOUN_BEFORE):
            continue  # في كشف خيوط القضية: the verb's form used as a noun
        j = i + 1
        speaker: Span | None = None
        explicit = False
        if tok.stem == "جاء":
            # جاء في بيان للكرملين أن ...
            if j + 1 < end and toks[j].stem == "في" and toks[j + 1].stem in w.documents:
                k = j + 2
                a, b = _subject(toks, k, end, w, times)
                if b > a:
                    speaker = _span(text, _trimmed(toks[a], text), toks[b - 1].end)
                    explicit = True
                j = b if b > a else k
            else:
                continue
        else:
            a, b = _subject(toks, j, end, w, times)
            if b > a and (
                any(c in ("ب+", "ل+", "ك+") for c in toks[a].clitics)
                or toks[a].norm.startswith(("لل", "بال"))
            ):
                a = b = j  # وأوضحت للرأي العام أن: an addressee, not a subject
            if b > a:
                speaker = _span(text, _trimmed(toks[a], text), toks[b - 1].end)
                explicit = True
                j = b
        # نقلت الوكالة عن السفير قوله ...: the speaker is the one after عن.
        saying_at = next((k for k in range(j, min(end, j + 14)) if toks[k].stem in w.saying), None)
        if saying_at is not None:
            src = next((k for k in range(j, saying_at) if toks[k].stem == "عن"), None)
            if src is not None and saying_at > src + 1:
                a, b = src + 1, saying_at
                while b > a and _is_punct(toks[b - 1]):
                    b -= 1
                speaker = _span(text, toks[a].start, toks[b - 1].end)
                explicit = True
            j = saying_at + 1
        while j < end and toks[j].text in ",،" and j + 1 < end:
            j += 1
        # Between the subject and إن may come a time, a comma or a short prepositional phrase
        # (وقال الكرملين، الخميس، إن / وأكد الوزير في تصريح صحفي أن): look a few tokens ahead, but not
        # past a quotation mark, a colon, a sentence mark or another speech verb.
        k = j
        while (
            k < end
            and k < j + 8
            and not _is_comp(toks[k], w)
            and toks[k].text not in ':"“«.؟!؛'
            and not _is_verb(toks[k], w)
        ):
            k += 1
        content: int | None = None
        if k < end and _is_comp(toks[k], w):
            content = k + 1 if k + 1 < end else None
        elif k + 1 < end and toks[k].stem in ("الي", "علي") and _is_comp(toks[k + 1], w):
            content = k + 2 if k + 2 < end else None
        elif k < end and toks[k].stem == "ان" and "ب+" in toks[k].clitics:
            content = k + 1 if k + 1 < end else None
        cues.append(_Cue(i, speaker, content, explicit))
    return cues


def _implicit_speaker(
    text: str, toks: Sequence[Token], idx: Sequence[int], c: _Cue, known: set[str], w: SpeechWords
) -> Span | None:
    """A speaker for a verb with no subject after it: in a relative clause with an object pronoun
    (الذي وصفه), the nearest earlier known speaker other than the clause's head."""
    verb = toks[c.index]
    before = [i for i in idx if i < c.index]
    rel = next((i for i in reversed(before[-3:]) if toks[i].stem in ("الذي", "التي", "الذين")), None)
    if rel is None or not _has_object(verb, w):
        return None
    mentions = [i for i in before if i < rel and toks[i].stem in known]
    if len(mentions) < 2:
        return None
    i = mentions[-2]
    return _span(text, _trimmed(toks[i], text), toks[i].end)


def run(article: Article, *, ctx: Context) -> Article:
    from marsad.language.times import find_date_spans

    for story in article.stories:
        times = [*story.times] if story.times else find_date_spans(story.text)
        story.quotes = find_quotes(
            story.text,
            sentences=story.sentences or None,
            tokens=story.tokens or None,
            times=times,
        )
    return article


STAGE = Stage(name="quotes", func=run, requires=("sentences",), assigns=("quotes",))

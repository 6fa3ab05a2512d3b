"""Quantities: numbers in digits or words, with their scale, currency (ISO 4217), percent sign or
words, counted noun, and qualifier.

Works on word tokens (:mod:`tokens`), so a clitic never hides a number word (والسبعين، بالمئة).
Written by hand because no maintained library reads Arabic number words and their case forms (the
``num2words`` family only writes numbers). A quantity's span covers its qualifier, number, scale and
unit ("أكثر من 8000 طائرة مسيرة"); dates and years are left to the time tagger (the stage passes their
spans as ``exclude``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.language.numbers import NumberTables, number_tables, parse_number
from marsad.language.tokens import tokenize
from marsad.model import Article, Quantity, Span, Token
from marsad.pipeline import Context, Stage

ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f\u0670]+$")
# Endings of a word that can be an adjective of the counted noun (طائرة مسيرة، دولة عربية، جنود أمريكيين).
ADJECTIVE_END = ("ه", "ي", "يه", "ين", "ون", "ات", "يا")
TEEN = frozenset({"عشر", "عشره"})
HUNDRED = frozenset({"ميه", "مايه"})


@dataclass(frozen=True, slots=True)
class NumberRun:
    value: float
    end: int
    """Index of the first token after the run."""
    ordinal: bool = False


def _is_digits(tok: Token) -> bool:
    return tok.text[0].isdigit()


STOP = frozenset(
    [
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "او",
        "ثم",
        "التي",
        "الذي",
        "الذين",
        "قد",
        "لا",
        "لم",
        "لن",
        "ما",
        "ان",
        "كان",
        "كانت",
        "هو",
        "هي",
        "هم",
        "بين",
        "بعد",
        "قبل",
        "عند",
        "حتي",
        "منذ",
        "خلال",
        "كل",
        "بعض",
        "نحو",
        "حوالي",
        "اكثر",
        "اقل",
        "فقط",
        "ايضا",
        "اذ",
        "اذا",
        "حيث",
        "لكن",
        "بل",
        "غير",
        "دون",
        "وفق",
        "ضد",
        "عبر",
        "لدي",
    ]
)


def _word_run(tokens: Sequence[Token], i: int, t: NumberTables) -> NumberRun | None:
    total = 0.0
    current = 0.0
    j = i
    n = len(tokens)
    words = 0
    single_unit_one = False
    last_digits = False
    while j < n:
        tok = tokens[j]
        stem = tok.stem
        if j > i and tok.norm == "و" and j + 1 < n:
            nxt = tokens[j + 1]
            # "3 ملايين و500 ألف" and "مئتين وخمسين" are one number; "بين 10 و20" are two.
            after_scale = total > 0 and current == 0
            if (after_scale and (_is_digits(nxt) or t.is_number_word(nxt.stem))) or (
                not last_digits and t.is_number_word(nxt.stem)
            ):
                j += 1
                continue
            break
        if j > i and "و+" in tok.clitics and not (total > 0 and current == 0) and last_digits:
            break
        if j > i and tok.clitics and any(c not in ("و+", "ال+") for c in tok.clitics):
            break
        if (
            j > i
            and "و+" not in tok.clitics
            and tokens[j - 1].norm != "و"
            and (_is_digits(tok) or stem in t.units or stem in t.tens)
        ) and not (stem in t.tens and current % 100 == 0 and current > 0):
            break  # two numbers side by side are two quantities (2024 2025)
        if _is_digits(tok):
            if tok.text[-1] in ".,":
                break
            value = parse_number(tok.text)
            if value is None:
                break
            current += value
        elif stem in t.units:
            value = t.units[stem]
            if j + 1 < n and tokens[j + 1].stem in TEEN and stem not in TEEN:
                current += value + 10
                j += 1
            elif j + 1 < n and tokens[j + 1].stem in HUNDRED and not tokens[j + 1].clitics:
                current += value * 100
                j += 1
            else:
                current += value
                single_unit_one = value == 1 and words == 0
        elif stem in t.tens:
            current += t.tens[stem]
        elif stem in t.hundreds:
            current += t.hundreds[stem]
        elif stem in t.fractions and j + 1 < n and tokens[j + 1].stem in t.scales:
            current += t.fractions[stem]
        elif stem in t.scales:
            scale, form = t.scales[stem]
            if current == 0:
                if form == "plural" or total:
                    break
                current = 2.0 if form == "dual" else 1.0
            total += current * scale
            current = 0.0
        else:
            break
        last_digits = _is_digits(tok)
        words += 1
        j += 1
    if j == i or (words == 1 and single_unit_one):
        return None
    return NumberRun(total + current, j)


def _ordinal_run(tokens: Sequence[Token], i: int, t: NumberTables) -> NumberRun | None:
    tok = tokens[i]
    n = len(tokens)
    if tok.stem in ("ال",) and i + 1 < n and _is_digits(tokens[i + 1]):
        if i == 0 or tokens[i - 1].stem not in t.ordinal_heads:
            return None  # الشروط الـ12: a cardinal with the article, read from the digits on
        value = parse_number(tokens[i + 1].text)
        return None if value is None else NumberRun(value, i + 2, ordinal=True)
    if tok.stem not in t.ordinals or any(c not in ("و+", "ال+") for c in tok.clitics):
        return None
    value = float(t.ordinals[tok.stem])
    j = i + 1
    if j < n and tokens[j].stem in TEEN:
        return NumberRun(value + 10, j + 1, ordinal=True)
    if j + 1 < n and tokens[j].norm == "و" and tokens[j + 1].stem in t.tens:
        return NumberRun(value + t.tens[tokens[j + 1].stem], j + 2, ordinal=True)
    if j < n and "و+" in tokens[j].clitics and tokens[j].stem in t.tens:
        return NumberRun(value + t.tens[tokens[j].stem], j + 1, ordinal=True)
    return NumberRun(value, j, ordinal=True)


def _match_seq(tokens: Sequence[Token], start: int, seq: tuple[str, ...], *, by_norm: bool = False) -> bool:
    if start < 0 or start + len(seq) > len(tokens):
        return False
    return all(
        (tokens[start + k].norm if by_norm else tokens[start + k].stem) == w for k, w in enumerate(seq)
    )


_FIRST_LETTER = "\u0621"
"""Hamza, the first Arabic letter: a text from it up to (not including) ``_FIRST_DIGIT`` opens with no digit."""
_FIRST_DIGIT = "\u0660"
"""ARABIC-INDIC DIGIT ZERO, the first digit of the Arabic block (U+0621-U+065F holds letters and marks only)."""


def _number_starts(toks: Sequence[Token], starters: frozenset[str]) -> list[int]:
    """The indices of the tokens whose stem is a starter or whose text opens with a digit (``str.isdigit``). A text
    opening with an Arabic letter (ء to ي and the marks after them, U+0621-U+065F: no digit among them) is told by
    two comparisons of the text with constants (round 25), without the one-character string ``text[0]`` makes for
    a character past Latin-1 and the call of its ``isdigit`` (nine tokens in ten)."""
    return [
        k
        for k, tok in enumerate(toks)
        if tok.stem in starters or (not (_FIRST_LETTER <= tok.text < _FIRST_DIGIT) and tok.text[0].isdigit())
    ]


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def find_quantities(
    text: str, tokens: Sequence[Token] | None = None, *, exclude: Sequence[Span] = ()
) -> list[Quantity]:
    """Quantities in ``text`` (``tokens`` from :func:`tokenize` when given, else made here); numbers
    inside ``exclude`` spans (dates, years) are skipped."""
    toks = list(tokens) if tokens is not None else tokenize(text)
    t = number_tables()
    out: list[Quantity] = []
    i = 0
    # the tokens that can start a number, found in one comprehension: the loop below visits only them (perf23)
    for k in _number_starts(toks, t.starters):
        if k < i:
            continue  # inside the quantity found last
        i = k
        tok = toks[i]
        if _overlaps(tok.start, tok.end, exclude):
            i += 1
            continue
        run = _ordinal_run(toks, i, t) if not _is_digits(tok) else None
        if run is None and (_is_digits(tok) or t.is_number_word(tok.stem) or tok.stem in t.fractions):
            run = _word_run(toks, i, t)
        if run is None:
            i += 1
            continue
        q = _complete(text, toks, i, run, t)
        if q.kind == "number" and run.end == i + 1 and "ال+" in tok.clitics and not run.ordinal:
            i += 1  # السبع alone (بئر السبع، السنوات الخمس): a name or an adjective, no quantity
            continue
        if _overlaps(q.start, q.end, exclude):
            i += 1
            continue
        out.append(q)
        i = max(run.end, _token_index_after(toks, q.end, run.end))
    return out


def _token_index_after(toks: Sequence[Token], end: int, frm: int) -> int:
    j = frm
    while j < len(toks) and toks[j].start < end:
        j += 1
    return j


def _complete(text: str, toks: Sequence[Token], i: int, run: NumberRun, t: NumberTables) -> Quantity:
    start = toks[i].start
    end = toks[run.end - 1].end
    j = run.end
    n = len(toks)
    value = run.value
    kind = "ordinal" if run.ordinal else "number"
    unit: str | None = None
    qualifier: str | None = None
    if run.ordinal:
        return Quantity(start=start, end=end, text=text[start:end], value=value, kind=kind)
    # Qualifier before (أكثر من، نحو، ما لا يقل عن) and ranges (بين X و Y، من X إلى Y).
    for seq, q in t.before_by_last.get(toks[i - 1].stem, ()) if i > 0 else ():
        if _match_seq(toks, i - len(seq), seq):
            qualifier = q
            start = toks[i - len(seq)].start
            break
    # Currency symbol before the number ($18).
    if i > 0 and toks[i - 1].text in t.symbols and toks[i - 1].end == toks[i].start:
        unit, kind, start = t.symbols[toks[i - 1].text], "money", toks[i - 1].start
    if j + 1 < n and toks[j].norm in ("و", "الي") and (i > 0 and toks[i - 1].stem in ("بين", "من")):
        second = _word_run(toks, j + 1, t)
        if second is not None:
            qualifier, start = "range", toks[i - 1].start
            j = second.end
            end = toks[j - 1].end
    if j < n and unit is None:
        nxt = toks[j]
        if nxt.text in t.percent_signs:
            unit, kind, end, j = "percent", "percent", nxt.end, j + 1
        elif nxt.text in t.symbols:
            unit, kind, end, j = t.symbols[nxt.text], "money", nxt.end, j + 1
        else:
            for seq in t.percent_words:
                if _match_seq(toks, j, seq, by_norm=True):
                    unit, kind = "percent", "percent"
                    end, j = toks[j + len(seq) - 1].end, j + len(seq)
                    break
        if unit is None:
            cur = t.currencies.get(nxt.stem) if not (set(nxt.clitics) - {"ال+"}) else None
            if cur is not None:
                code = cur.code
                end, j = nxt.end, j + 1
                if j < n and toks[j].stem in cur.adjectives:
                    code = cur.adjectives[toks[j].stem]
                    end, j = toks[j].end, j + 1
                if code is not None or len(nxt.stem) >= 3:
                    unit, kind = code, "money"
                else:
                    end, j = toks[j - 1].start, j - 1
        # "الشروط الـ12 صعبة": a number with the article after a definite noun describes that noun;
        # what follows is no counted noun.
        adjectival = i >= 2 and toks[i - 1].stem == "ال" and "ال+" in toks[i - 2].clitics
        if unit is None and kind == "number" and not adjectival:
            noun_end = _counted_noun(toks, j, t)
            if noun_end is not None:
                end = toks[noun_end - 1].end
                unit, kind = text[nxt.start : end], "count"
                j = noun_end
    for seq, q in t.after_by_first.get(toks[j].stem, ()) if j < n else ():
        if _match_seq(toks, j, seq):
            qualifier = qualifier or q
            end = toks[j + len(seq) - 1].end
            break
    return Quantity(
        start=start, end=end, text=text[start:end], value=value, unit=unit, kind=kind, qualifier=qualifier
    )


def _counted_noun(toks: Sequence[Token], j: int, t: NumberTables) -> int | None:
    """End index of the counted noun (and one adjective) starting at ``j``, or None."""
    if j >= len(toks):
        return None
    noun = toks[j]
    if (
        noun.clitics
        or ARABIC_WORD.match(noun.text) is None
        or noun.stem in STOP
        or t.is_number_word(noun.stem)
        or noun.stem in t.ordinals
        or len(noun.stem) < 2
    ):
        return None
    k = j + 1
    if k < len(toks):
        adj = toks[k]
        if (
            not adj.clitics
            and adj.start - noun.end <= 1
            and ARABIC_WORD.match(adj.text) is not None
            and adj.stem not in STOP
            and adj.stem.endswith(ADJECTIVE_END)
            and not adj.stem.endswith("وا")
            and not t.is_number_word(adj.stem)
        ):
            return k + 1
    return k


def run(article: Article, *, ctx: Context) -> Article:
    from marsad.language.times import find_date_spans

    for story in article.stories:
        tokens = story.tokens or tokenize(story.text)
        story.quantities = find_quantities(story.text, tokens, exclude=find_date_spans(story.text))
    return article


STAGE = Stage(name="quantities", func=run, requires=("tokens",), assigns=("quantities",))

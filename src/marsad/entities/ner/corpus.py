"""CoNLL reading and writing, and the document-wise dev split of the ANERcorp training file.

ANERcorp's CoNLL file has no document markers. Its 316 newswire and encyclopaedia articles follow one
another; only some open with a dateline (``بغداد ( اف ب )``), so datelines cannot find every boundary.
The dev split is therefore made of a few long *contiguous blocks* of sentences, whose edges are snapped
to the most likely document boundary nearby: the sentence where the vocabulary of the five sentences
before and the five after overlaps least (the TextTiling idea). A block of ~120 sentences holds several
whole articles; at worst part of one article sits on each side of an edge.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import EmptyInputError, InputError
from marsad.language.normalize import normalize_key

TAG_RE = re.compile(r"^(O|[BI]-(PERS|LOC|ORG|MISC))$")
WORD_RE = re.compile(r"\w{3,}")
# A sentence that opens with و/ف (وأضاف، وقال، فإن) continues its article; one with a dateline-like
# opening (a place then "-", ":" or "(" within four tokens) likely starts a new one.
CONTINUATION_RE = re.compile(r"^[وف]")
DATELINE_MARKS = frozenset({"-", ":", "(", "(د", "(أ"})
CONTINUATION_PENALTY = 0.25
DATELINE_BONUS = 0.25


@dataclass(slots=True)
class LabeledSentence:
    tokens: list[str]
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DevSplit:
    train: list[LabeledSentence]
    dev: list[LabeledSentence]
    blocks: list[tuple[int, int]]
    """Sentence index ranges [start, end) of the dev blocks in the original file."""


def _blocks(lines: Iterable[str]) -> Iterator[list[tuple[int, list[str]]]]:
    """Sentences as lists of (line number, whitespace-split columns)."""
    current: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        cols = line.split()
        if not cols:
            if current:
                yield current
                current = []
            continue
        current.append((number, cols))
    if current:
        yield current


def read_conll(path: str | Path, *, tagged: bool = True) -> list[LabeledSentence]:
    """Read a CoNLL file: one token a line, blank line between sentences.

    With ``tagged``, the last column is the BIO tag and must be one of O, B-/I- PERS, LOC, ORG, MISC;
    without, everything after the first column is ignored.
    """
    return parse_conll(read_lines(path), tagged=tagged, source=str(path))


def read_lines(path: str | Path) -> list[str]:
    """The lines of a CoNLL file (UTF-8, a byte-order mark dropped), or one clear `InputError`."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CoNLL file: {exc}", source=str(path)) from exc


def parse_conll(lines: Iterable[str], *, tagged: bool, source: str = "<conll>") -> list[LabeledSentence]:
    sentences: list[LabeledSentence] = []
    for block in _blocks(lines):
        tokens = [cols[0] for _, cols in block]
        tags: list[str] = []
        if tagged:
            for number, cols in block:
                if len(cols) < 2 or not TAG_RE.match(cols[-1]):
                    raise InputError(f"line {number}: expected 'token TAG' with a BIO tag", source=source)
                tags.append(cols[-1])
        sentences.append(LabeledSentence(tokens=tokens, tags=tags))
    if not sentences:
        raise EmptyInputError("no tokens in the CoNLL input", source=source)
    return sentences


def format_conll(tokens: list[list[str]], tags: list[list[str]]) -> str:
    """``token<TAB>tag`` lines, a blank line after each sentence."""
    out: list[str] = []
    for sent_tokens, sent_tags in zip(tokens, tags, strict=True):
        out.extend(f"{tok}\t{tag}" for tok, tag in zip(sent_tokens, sent_tags, strict=True))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")


def format_conll_like(lines: Iterable[str], tags: list[list[str]]) -> str:
    """``token<TAB>tag`` for each token line of ``lines``, line for line in the input's layout.

    Every input line gives one output line (a blank or whitespace-only line stays blank, however many
    there are), so the output can be pasted beside the input or its gold column; ``tags`` are the
    sentences' tags in the order `parse_conll` read them.
    """
    flat = iter([tag for sentence in tags for tag in sentence])
    out = []
    for line in lines:
        cols = line.split()
        out.append(f"{cols[0]}\t{next(flat)}" if cols else "")
    if next(flat, None) is not None:
        raise ValueError("more tags than token lines")
    return "\n".join(out) + ("\n" if out else "")


def _bag(sentences: list[LabeledSentence]) -> Counter[str]:
    return Counter(w for s in sentences for t in s.tokens for w in WORD_RE.findall(normalize_key(t)))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def likely_boundary(sentences: list[LabeledSentence], near: int, *, radius: int = 15, window: int = 5) -> int:
    """The sentence index within ``radius`` of ``near`` where a new document most likely starts."""
    best, best_score = near, math.inf
    for i in range(max(window, near - radius), min(len(sentences) - window, near + radius) + 1):
        score = _cosine(_bag(sentences[i - window : i]), _bag(sentences[i : i + window]))
        first = sentences[i].tokens
        if CONTINUATION_RE.match(first[0]):
            score += CONTINUATION_PENALTY
        if len(first[0]) >= 3 and any(t in DATELINE_MARKS for t in first[1:4]):
            score -= DATELINE_BONUS
        if score < best_score:
            best, best_score = i, score
    return best


def dev_split(sentences: list[LabeledSentence], *, blocks: int = 5, fraction: float = 0.15) -> DevSplit:
    """Hold out ``blocks`` contiguous, evenly spread blocks covering about ``fraction`` of the sentences.

    Deterministic (no randomness): the same file always gives the same split.
    """
    n = len(sentences)
    size = round(n * fraction / blocks)
    stride = n / blocks
    ranges: list[tuple[int, int]] = []
    for b in range(blocks):
        nominal = round(stride * b + (stride - size) / 2)
        start = likely_boundary(sentences, nominal)
        end = likely_boundary(sentences, start + size)
        if end > start:
            ranges.append((start, end))
    held = {i for start, end in ranges for i in range(start, end)}
    train = [s for i, s in enumerate(sentences) if i not in held]
    dev = [sentences[i] for i in sorted(held)]
    return DevSplit(train=train, dev=dev, blocks=ranges)

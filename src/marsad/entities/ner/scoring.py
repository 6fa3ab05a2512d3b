"""CoNLL-convention NER scoring: an entity counts only when its span and type are both exact.

Written here rather than taken from ``seqeval`` because seqeval is not among marsad's dependencies and
the rule is a dozen lines; it follows conlleval: an I- tag that does not continue an entity of its own
type starts a new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress

TYPES = ("PERS", "LOC", "ORG", "MISC")


@dataclass(frozen=True, slots=True)
class TagSpan:
    start: int
    end: int
    """Token index one past the last token."""
    type: str


@dataclass(slots=True)
class TypeScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Scores:
    micro: TypeScore = field(default_factory=TypeScore)
    by_type: dict[str, TypeScore] = field(default_factory=dict)

    def table(self) -> str:
        """A Markdown table of per-type and micro P/R/F1 (percent)."""
        rows = ["| type | gold | P | R | F1 |", "|---|---:|---:|---:|---:|"]
        for name, s in [*sorted(self.by_type.items()), ("micro", self.micro)]:
            rows.append(
                f"| {name} | {s.gold} | {100 * s.precision:.1f} | {100 * s.recall:.1f} | {100 * s.f1:.1f} |"
            )
        return "\n".join(rows)


def bio_spans(tags: Sequence[str]) -> list[TagSpan]:
    """Entity spans of one sentence's BIO tags (conlleval rules).

    Only the tags other than ``O`` take a loop step (they are picked in C): most tokens of news are
    ``O``, and an ``O`` only ends the span before it, which the gap before the next tag shows."""
    spans: list[TagSpan] = []
    start, kind, last = -1, "", -1
    for i in compress(range(len(tags)), map("O".__ne__, tags)):
        if start >= 0 and i != last + 1:  # an O came after the last tag: the span ended there
            spans.append(TagSpan(start, last + 1, kind))
            start, kind = -1, ""
        prefix, _, label = tags[i].partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if not continues and start >= 0:
            spans.append(TagSpan(start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
        last = i
    if start >= 0:
        spans.append(TagSpan(start, last + 1, kind))
    return spans


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> Scores:
    """Micro and per-type precision, recall and F1 over sentences of BIO tags."""
    result = Scores(by_type={t: TypeScore() for t in TYPES})
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g, p = set(bio_spans(g_tags)), set(bio_spans(p_tags))
        for span in g:
            result.by_type.setdefault(span.type, TypeScore()).gold += 1
        for span in p:
            result.by_type.setdefault(span.type, TypeScore()).predicted += 1
        for span in g & p:
            result.by_type[span.type].correct += 1
    for s in result.by_type.values():
        result.micro.gold += s.gold
        result.micro.predicted += s.predicted
        result.micro.correct += s.correct
    return result

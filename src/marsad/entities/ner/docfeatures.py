"""Document features for the second CRF pass: how the same word is tagged elsewhere in the story.

Why: a name is often easy in one sentence ("الرئيس الروسي فلاديمير بوتين") and hard in another
("وقال بوتين"); news repeats its names, and a one-sentence CRF cannot carry the easy evidence over.
The first CRF tags every sentence; the second sees, for each token, its first-pass tag and which
entity type the first pass gave most often to the same stem and to the same bare form in the other
sentences within ``window`` sentences (the token's own sentence is left out, so a token never
votes for itself), with that type's share in four bins, or ``O`` when the form was only ever tagged
O; and the same (without the bins) for the tokens at ±1. This is the two-stage idea of Krishnan and
Manning (2006), "An effective two-stage model for exploiting non-local dependencies in NER".

At training time the first-pass tags of the training sentences come from cross-validated CRFs (each
fold tagged by a CRF trained on the other folds), so the second CRF learns how far to trust tags
as wrong as the ones it will see on new text.

These attributes are plain crfsuite attribute strings, one extra list per token, appended after the
token's :meth:`~marsad.entities.ner.features.FeatureExtractor.sentence_attributes`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from marsad.entities.ner.features import WordForms

WINDOW = 10
"""Sentences either side whose first-pass tags a token sees (±4 measured within noise of ±10)."""
MIN_FORM_LEN = 3
"""Shorter bare forms (في، من، ان) are too ambiguous to vote."""
SHARE_BINS = 4
NEIGHBOUR_PREFIXES = ("p1:", "ds:", "db:")


@dataclass(frozen=True, slots=True)
class DocTokens:
    """One sentence as the document features see it: each token's clitic forms and first-pass tag."""

    forms: Sequence[WordForms]
    tags: Sequence[str]


def _type_of(tag: str) -> str:
    return tag[2:] if tag != "O" else "O"


Votes = dict[str, dict[str, int]]
"""form -> entity type (or O) -> how many times the first pass tagged it so."""


def _sentence_votes(sent: DocTokens) -> tuple[Votes, Votes]:
    """The stem and bare-form votes of one sentence's first-pass tags."""
    stems: Votes = {}
    bares: Votes = {}
    for f, tag in zip(sent.forms, sent.tags, strict=True):
        if len(f.bare) < MIN_FORM_LEN:
            continue
        ty = _type_of(tag)
        for table, form in ((stems, f.stem), (bares, f.bare)):
            row = table.setdefault(form, {})
            row[ty] = row.get(ty, 0) + 1
    return stems, bares


def _add(total: Votes, votes: Votes, sign: int) -> None:
    for form, row in votes.items():
        acc = total.setdefault(form, {})
        for ty, n in row.items():
            acc[ty] = acc.get(ty, 0) + sign * n


def _others(total: Votes, own: Votes, form: str) -> dict[str, int]:
    """The window's votes for ``form`` without those of the token's own sentence."""
    row = total.get(form)
    if not row:
        return {}
    mine = own.get(form)
    if not mine:
        return {ty: n for ty, n in row.items() if n > 0}
    if row == mine:
        return {}  # the common case: a form seen in this sentence only
    return {ty: n - mine.get(ty, 0) for ty, n in row.items() if n - mine.get(ty, 0) > 0}


def _vote_attrs(prefix: str, votes: dict[str, int]) -> list[str]:
    if not votes:
        return []
    entity = {ty: n for ty, n in votes.items() if ty != "O"}
    if not entity:
        return [f"{prefix}:O"]
    best = max(sorted(entity), key=entity.__getitem__)  # sorted: ties break the same way every run
    share = entity[best] / sum(votes.values())
    return [f"{prefix}:{best}", f"{prefix}f:{best}:{min(int(share * SHARE_BINS), SHARE_BINS - 1)}"]


class _AttrCache:
    """Strings the document features repeat token after token, built once per call."""

    def __init__(self) -> None:
        self.votes: dict[tuple[str, tuple[tuple[str, int], ...]], list[str]] = {}
        self.neighbour: dict[tuple[int, tuple[str, ...]], list[str]] = {}

    def vote_attrs(self, prefix: str, votes: dict[str, int]) -> list[str]:
        if not votes:
            return []
        key = (prefix, tuple(votes.items()))
        found = self.votes.get(key)
        if found is None:
            found = self.votes[key] = _vote_attrs(prefix, votes)
        return found

    def for_neighbour(self, off: int, attrs: list[str]) -> list[str]:
        """What a token's attributes give the token at ``-off`` (``-1:p1:B-PERS`` ...)."""
        key = (off, tuple(attrs))
        found = self.neighbour.get(key)
        if found is None:
            found = self.neighbour[key] = [f"{off}:{a}" for a in attrs if a.startswith(NEIGHBOUR_PREFIXES)]
        return found


def document_attributes(sents: Sequence[DocTokens], *, window: int = WINDOW) -> list[list[list[str]]]:
    """The second-pass attributes of every token of ``sents`` (consecutive sentences of a story or
    file), per sentence and token.

    This runs for every token the tagger sees, so the strings that repeat (the vote attributes of a
    set of votes, a token's attributes as its neighbours see them) are built once per call."""
    votes = [_sentence_votes(s) for s in sents]
    cache = _AttrCache()
    # Running totals over the sentences [i - window, i + window], slid one sentence at a time.
    stem_total: Votes = {}
    bare_total: Votes = {}
    for j in range(min(len(sents), window + 1)):
        _add(stem_total, votes[j][0], 1)
        _add(bare_total, votes[j][1], 1)
    out: list[list[list[str]]] = []
    for i, sent in enumerate(sents):
        if i > 0:
            if i + window < len(sents):
                _add(stem_total, votes[i + window][0], 1)
                _add(bare_total, votes[i + window][1], 1)
            if i - window - 1 >= 0:
                _add(stem_total, votes[i - window - 1][0], -1)
                _add(bare_total, votes[i - window - 1][1], -1)
        own_stems, own_bares = votes[i]
        own: list[list[str]] = []
        for f, tag in zip(sent.forms, sent.tags, strict=True):
            attrs = [f"p1:{tag}"]
            if len(f.bare) >= MIN_FORM_LEN:
                attrs += cache.vote_attrs("ds", _others(stem_total, own_stems, f.stem))
                attrs += cache.vote_attrs("db", _others(bare_total, own_bares, f.bare))
            own.append(attrs)
        last = len(own) - 1
        rows: list[list[str]] = []
        for p, attrs in enumerate(own):
            row = list(attrs)
            if p > 0:
                row += cache.for_neighbour(-1, own[p - 1])
            if p < last:
                row += cache.for_neighbour(1, own[p + 1])
            rows.append(row)
        out.append(rows)
    return out


def two_pass(
    sents: Sequence[Sequence[str]],
    *,
    forms: Callable[[str], WordForms],
    first: Callable[[Sequence[Sequence[str]]], list[list[str]]],
    second: Callable[[Sequence[Sequence[str]], list[list[list[str]]]], list[list[str]]],
    window: int = WINDOW,
) -> list[list[str]]:
    """Tag consecutive sentences in two passes: ``first`` tags sentences of tokens with the first
    CRF; ``second`` tags them with the second CRF given each token's document attributes (appended
    to its own features); ``forms`` gives a token's clitic forms."""
    first_tags = first(sents)
    extra = document_attributes(
        [DocTokens(forms=[forms(t) for t in s], tags=t) for s, t in zip(sents, first_tags, strict=True)],
        window=window,
    )
    return second(sents, extra)

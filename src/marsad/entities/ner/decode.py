"""Tagging with the trained CRF without pycrfsuite's per-token overhead.

A linear-chain CRF's score for a label at a token is the sum of the weights of the token's
attributes (every attribute has the value 1.0). The feature extractor builds a token's attributes
from its own word form and its neighbours' (:class:`~marsad.entities.ner.features.TypeAttributes`),
so those sums are computed once per word form and kept, as rows of two arrays: what a form gives
its own position and what it gives each neighbour. A sentence's scores are then a few array
look-ups and shifted additions, plus the gazetteer labels, the sentence edges and two stem bigrams,
and Viterbi runs over all the sentences of a story at once.

pycrfsuite tags by turning every attribute string into an id, per token, per call: about 20 µs a
token. No library decodes a crfsuite model from precomputed scores, hence this module. The weights
come from pycrfsuite's own dump of the model (``Tagger.info()``, printed with six decimals), so a
sentence's tags equal pycrfsuite's except where two label paths score within about 1e-4 of each
other; tests compare the two on real text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.entities.ner.features import (
    AFTER_PREFIXES,
    AFTER_SKELETON_PREFIXES,
    BEFORE_PREFIXES,
    BIAS,
    GZ_PREFIXES,
    HEAD_PREFIXES,
    NGRAM_PREFIX,
    PAD_ATTRS,
    SKELETON_PREFIX,
    TAIL_PREFIXES,
    WINDOW,
    FeatureExtractor,
    TypeValues,
    WordForms,
)
from marsad.errors import ModelError

# Rows of per-form scores kept before the table is cleared; a day of news has far fewer forms.
FORM_CACHE_SIZE = 200_000
_INITIAL_ROWS = 4_096
# A stem's bigram weights: the right stem -> what the pair adds to the right token and to the left one.
BigramsFrom = dict[str, tuple[np.ndarray, np.ndarray]]
# Sentences decoded together: a story's fit in one batch; a whole CoNLL file is cut into batches so
# the padded score array stays small.
BATCH_SENTENCES = 256


@dataclass(frozen=True, slots=True)
class CrfWeights:
    """A crfsuite model as arrays: per-attribute label scores and label-to-label transitions."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    """attribute -> its row of ``state`` (only attributes the model kept)."""
    state: np.ndarray
    """[attribute row, label] -> score."""
    transitions: np.ndarray
    """[from, to] -> score."""

    @classmethod
    def load(cls, path: Path) -> CrfWeights:
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
            info = tagger.info()
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot open NER model: {exc}", source=str(path)) from exc
        finally:
            tagger.close()
        labels = tuple(sorted(info.labels, key=lambda name: int(info.labels[name])))
        index = {name: i for i, name in enumerate(labels)}
        attributes: dict[str, int] = {}
        for attr, _ in info.state_features:
            attributes.setdefault(attr, len(attributes))
        state = np.zeros((len(attributes), len(labels)))
        for (attr, label), weight in info.state_features.items():
            state[attributes[attr], index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (src, dst), weight in info.transitions.items():
            transitions[index[src], index[dst]] = weight
        return cls(labels=labels, attributes=attributes, state=state, transitions=transitions)

    def score(self, attributes: Iterable[str]) -> np.ndarray:
        """The summed label scores of some attributes (unknown ones weigh nothing)."""
        get = self.attributes.get
        rows = [r for r in map(get, attributes) if r is not None]
        return self.state[rows].sum(axis=0)

    def row(self, attribute: str) -> np.ndarray | None:
        """The label scores of one attribute, or None when the model has no weight for it."""
        r = self.attributes.get(attribute)
        return None if r is None else self.state[r]


@dataclass(frozen=True, slots=True)
class _PrefixTables:
    """The model's word-form attributes split by name prefix: ``tables["st:"]["الصين"]`` is the row
    of ``st:الصين``. A new word form's ~50 attributes are then looked up by their values (the stem's
    hash computed once for its nine attributes) instead of being formatted as strings and hashed one
    by one; most of them are not in the model at all. The look-ups give exactly the rows
    ``attributes.get(prefix + value)`` gives."""

    bias: int
    """Row + 1 of ``bias`` (0: the model has none), as every table below holds rows + 1."""
    head: tuple[dict[str, int], ...]
    tail: tuple[dict[str, int], ...]
    skeleton: dict[str, int]
    ngram: dict[str, int]
    neighbours: tuple[tuple[tuple[dict[str, int], ...], tuple[dict[str, int], ...], dict[str, int]], ...]
    """Per WINDOW offset, the tables of BEFORE_PREFIXES, AFTER_PREFIXES and AFTER_SKELETON_PREFIXES."""
    own: tuple[dict[str, int], ...]
    """``head`` then ``tail``: a form's own values before its skeletons are looked up in one pass."""
    windows: tuple[tuple[tuple[dict[str, int], ...], dict[str, int] | None], ...]
    """Per WINDOW offset, the tables of what a form gives that neighbour (``before`` then ``after``)
    and the after-skeleton table (None at an offset with no after-values)."""

    @classmethod
    def of(cls, attributes: dict[str, int]) -> _PrefixTables:
        prefixes = {
            *HEAD_PREFIXES, *TAIL_PREFIXES, SKELETON_PREFIX, NGRAM_PREFIX, *AFTER_SKELETON_PREFIXES,
            *(p for ps in BEFORE_PREFIXES for p in ps), *(p for ps in AFTER_PREFIXES for p in ps),
        }  # fmt: skip
        prefixes.discard("")
        tables: dict[str, dict[str, int]] = {p: {} for p in prefixes}
        for attr, row in attributes.items():
            # Every prefix of the name that ends at a colon: the attribute belongs to each such table.
            colon = attr.find(":")
            while colon >= 0:
                table = tables.get(attr[: colon + 1])
                if table is not None:
                    table[attr[colon + 1 :]] = row + 1
                colon = attr.find(":", colon + 1)

        def of(names: tuple[str, ...]) -> tuple[dict[str, int], ...]:
            return tuple(tables[p] for p in names)

        before = tuple(of(ps) for ps in BEFORE_PREFIXES)
        after = tuple(of(ps) for ps in AFTER_PREFIXES)
        after_skeleton = tuple(tables[p] if p else {} for p in AFTER_SKELETON_PREFIXES)
        return cls(
            bias=attributes[BIAS] + 1 if BIAS in attributes else 0,
            head=of(HEAD_PREFIXES),
            tail=of(TAIL_PREFIXES),
            skeleton=tables[SKELETON_PREFIX],
            ngram=tables[NGRAM_PREFIX],
            neighbours=tuple(zip(before, after, after_skeleton, strict=True)),
            own=of(HEAD_PREFIXES) + of(TAIL_PREFIXES),
            windows=tuple(
                (b + a, s if a else None) for b, a, s in zip(before, after, after_skeleton, strict=True)
            ),
        )


@dataclass(slots=True)
class _FormTable:
    """Per word form: the scores it gives its own position and each neighbour (growable arrays)."""

    n_labels: int
    rows: dict[str, int] = field(default_factory=dict)
    stems: list[str] = field(default_factory=list)
    bares: list[str] = field(default_factory=list)
    lefts: list[BigramsFrom | None] = field(default_factory=list)
    """Per form, its stem's entry of the decoder's stem bigrams (right stem -> weights), or None."""
    own: np.ndarray = field(init=False)
    neighbour: np.ndarray = field(init=False)
    """[row, window offset, label]."""

    def __post_init__(self) -> None:
        self.own = np.zeros((_INITIAL_ROWS, self.n_labels))
        self.neighbour = np.zeros((_INITIAL_ROWS, len(WINDOW), self.n_labels))

    def extend(
        self,
        tokens: Sequence[str],
        forms: Sequence[WordForms],
        sums: np.ndarray,
        lefts: Sequence[BigramsFrom | None],
    ) -> None:
        """Add new word forms; ``sums`` is [form, 1 + len(WINDOW), label]: the scores a form gives
        its own position, then each neighbour offset."""
        first = len(self.rows)
        need = first + len(tokens)
        if need > len(self.own):
            size = len(self.own)
            while size < need:
                size *= 2
            own = np.zeros((size, self.n_labels))
            own[:first] = self.own[:first]
            neighbour = np.zeros((size, len(WINDOW), self.n_labels))
            neighbour[:first] = self.neighbour[:first]
            self.own, self.neighbour = own, neighbour
        self.own[first:need] = sums[:, 0]
        self.neighbour[first:need] = sums[:, 1:]
        for k, token in enumerate(tokens):
            self.rows[token] = first + k
        self.stems += [f.stem for f in forms]
        self.bares += [f.bare for f in forms]
        self.lefts += lefts


class CrfDecoder:
    """Viterbi tags for sentences of tokens, equal to pycrfsuite's for the same model and features."""

    def __init__(
        self, *, weights: CrfWeights, extractor: FeatureExtractor, cache_size: int = FORM_CACHE_SIZE
    ) -> None:
        self.weights = weights
        self.extractor = extractor
        self.cache_size = cache_size
        n = len(weights.labels)
        self._forms = _FormTable(n)
        self._prefixes = _PrefixTables.of(weights.attributes)
        self._gaz_rows: dict[str, int] = {}
        self._extra: dict[tuple[str, ...], np.ndarray] = {}
        # [offset slot, gazetteer label row, label]: slot 0 is the token itself, 1.. follow WINDOW.
        self._gaz = np.zeros((len(WINDOW) + 1, 0, n))
        # The same columns laid out label row first: what a token's gz label gives its own position
        # ([label row, label]) and each neighbour ([label row, offset, label]), gathered by rows
        # (``take``, see ``emissions``); ``_gaz[0, gaz]`` and ``_gaz[1:, gaz]`` went through numpy's
        # general index iterator, buffered element by element.
        self._gaz_own = np.zeros((0, n))
        self._gaz_near = np.zeros((0, len(WINDOW), n))
        self._pad = np.stack([weights.score([attr]) for attr in PAD_ATTRS])
        self._offsets = np.array(WINDOW, dtype=np.intp)
        self._bos = weights.score(["BOS"])
        self._eos = weights.score(["EOS"])
        # Stem bigrams the model weighs, by left stem: most stems start none, so most tokens cost
        # one failed look-up. Values: what the pair adds to the right token (-1|0) and the left (0|+1).
        zero = np.zeros(n)
        self._bigrams: dict[str, BigramsFrom] = {}
        # A stem that is or holds "|" makes the pair ambiguous to split: those go by full name.
        self._odd_bigrams: dict[str, np.ndarray] = {}
        for attr, row in weights.attributes.items():
            kind, _, pair = attr.partition(":")
            if kind not in ("-1|0", "0|+1"):
                continue
            if pair.count("|") != 1:
                self._odd_bigrams[attr] = weights.state[row]
                continue
            left, _, right = pair.partition("|")
            to_right, to_left = self._bigrams.setdefault(left, {}).get(right, (zero, zero))
            if kind == "-1|0":
                to_right = weights.state[row]
            else:
                to_left = weights.state[row]
            self._bigrams[left][right] = (to_right, to_left)

    def _add_forms(self, tokens: Sequence[str]) -> None:
        """Score new word forms, all of a story's at once: what each gives its own position and each
        neighbour offset. One gather and one segmented sum for all of them, since a numpy call costs
        microseconds whatever its size (per form, that was a third of a new form's cost)."""
        # uncached: the form table below keeps what the decoder needs of each form
        values = self.extractor.values_of
        rows: list[int] = []
        starts: list[int] = []
        forms: list[WordForms] = []
        for token in tokens:
            v = values(token)
            forms.append(v.forms)
            self._attribute_rows(v, rows, starts)
        sums = _segment_sums(self.weights.state, _int_array(rows) - 1, starts)
        lefts = [self._bigrams.get(f.stem) for f in forms]
        self._forms.extend(tokens, forms, sums.reshape(len(tokens), len(WINDOW) + 1, -1), lefts)

    def _attribute_rows(self, v: TypeValues, rows: list[int], starts: list[int]) -> None:
        """Append to ``rows`` the model rows + 1 of a word form's attributes and to ``starts`` where each
        of its segments begins: its own attributes, then per neighbour offset the attributes before
        and after the neighbour's gz; in the order of the attribute strings
        (:class:`~marsad.entities.ner.features.TypeAttributes`), so the sums are the same to the bit."""
        t = self._prefixes
        get = dict.get
        # The tables hold rows + 1, so that filter(None, ...) drops the attributes the model lacks
        # (None) in C without a Python-level test per attribute; the caller subtracts the 1. Values
        # that run on in the same order are looked up in one pass (head and tail; before and after
        # at a neighbour offset): each pass is a map, a filter and an extend.
        starts.append(len(rows))
        if t.bias:
            rows.append(t.bias)
        rows += filter(None, map(get, t.own, v.head + v.tail))
        skeletons = v.skeletons
        if skeletons:
            rows += filter(None, map(t.skeleton.get, skeletons))
        rows += filter(None, map(t.ngram.get, v.ngrams))
        before = v.before
        near = before + v.after
        for tables, after_skeleton in t.windows:
            starts.append(len(rows))
            if after_skeleton is None:
                rows += filter(None, map(get, tables, before))
            else:
                rows += filter(None, map(get, tables, near))
                if skeletons:
                    rows += filter(None, map(after_skeleton.get, skeletons))

    def _gaz_row(self, label: str) -> int:
        row = self._gaz_rows.get(label)
        if row is None:
            score = self.weights.score
            column = [score(["gz:" + label])] + [score([prefix + label]) for prefix in GZ_PREFIXES]
            self._gaz = np.concatenate([self._gaz, np.stack(column)[:, None, :]], axis=1)
            self._gaz_own = np.ascontiguousarray(self._gaz[0])
            self._gaz_near = np.ascontiguousarray(self._gaz[1:].transpose(1, 0, 2))
            row = self._gaz_rows[label] = self._gaz.shape[1] - 1
        return row

    def emissions(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """[token, label] scores of the tokens of non-empty sentences, one after the other: the sum
        of each token's attribute weights. Computed for all sentences at once (a window never
        crosses a sentence edge)."""
        lengths = [len(s) for s in sentences]
        total = sum(lengths)
        if len(self._forms.rows) + total > self.cache_size:
            self._forms = _FormTable(len(self.weights.labels))  # a crude bound, as the extractor's
        table = self._forms
        tokens = [t for s in sentences for t in s]
        # -1 for a form not in the table yet: comparing ints with -1 is cheaper than with None.
        get = table.rows.get
        index = list(map(get, tokens, repeat(-1)))
        if -1 in index:
            self._add_forms(list(dict.fromkeys(t for t, r in zip(tokens, index, strict=True) if r < 0)))
            index = list(map(get, tokens))
        rows = _int_array(index)
        stems = list(map(table.stems.__getitem__, index))
        bares = list(map(table.bares.__getitem__, index))
        gaz_labels: list[str] = []
        tag = self.extractor.gazetteer.tag
        at = 0
        last = [False] * total
        for size in lengths:
            gaz_labels += tag(bares[at : at + size])
            at += size
            last[at - 1] = True
        gaz_get = self._gaz_rows.get
        gaz_index = list(map(gaz_get, gaz_labels, repeat(-1)))
        if -1 in gaz_index:
            gaz_index = [self._gaz_row(g) for g in gaz_labels]
        gaz = _int_array(gaz_index)
        # Rows are gathered by ``take`` along the first axis: a copy per row. Indexing a 2- or 3-D
        # array with an index array (``own[rows]``) goes through numpy's general index iterator, a
        # buffered step per index (its one-copy path is for 1-D arrays only): 3-6 times slower here.
        em = table.own.take(rows, 0) + self._gaz_own.take(gaz, 0)
        size_of = np.array(lengths, dtype=np.intp)
        ends = np.cumsum(size_of)
        begins = ends - size_of
        em[begins] += self._bos
        em[ends - 1] += self._eos
        # What each token gives its neighbours, for every offset at once: one gather from the form
        # table and one from the gazetteer columns rather than one of each per offset. Then, per
        # position and offset, the row it receives: its neighbour's at that offset, or the offset's
        # padding row past the sentence's edge (rows of the stacked array ``given``), gathered at once.
        width = len(WINDOW)
        from_neighbours = table.neighbour.take(rows, 0) + self._gaz_near.take(gaz, 0)
        given = np.concatenate([from_neighbours.reshape(total * width, -1), self._pad])
        sentence_of = np.repeat(np.arange(len(lengths)), size_of)
        # [offset, position] -> the neighbour's position (offset-major, so that each offset's rows
        # are contiguous and the additions below need no buffered copy)
        source = self._offsets[:, None] + np.arange(total)
        inside = (source >= begins[sentence_of]) & (source < ends[sentence_of])
        slot = np.arange(width)[:, None]
        # one flat index, rows taken, rather than an [offset, position] index array
        received = given.take(np.where(inside, source * width + slot, total * width + slot).ravel(), 0)
        received = received.reshape(width, total, -1)
        for w in range(width):  # one offset after another, as the sums were always made
            em += received[w]
        self._add_bigrams(em, stems, list(map(table.lefts.__getitem__, index)), last)
        return em

    def _add_bigrams(
        self, em: np.ndarray, stems: list[str], lefts: list[BigramsFrom | None], last: list[bool]
    ) -> None:
        """Add the stem-bigram weights of neighbouring tokens (``lefts``: each token's stem's entry
        of ``_bigrams``, or None) to ``em`` in place.

        A position gets what the pair on its left gives it, then what the pair on its right gives
        it, as when the pairs were added one by one from left to right; so all the first kind go in
        one fancy-indexed addition and then all the second kind in another (each position at most
        once per addition): the same sums, two numpy calls instead of two per pair."""
        to_right: list[int] = []
        right_weights: list[np.ndarray] = []
        to_left: list[int] = []
        left_weights: list[np.ndarray] = []
        # Most stems start no pair the model weighs, and only a stem holding "|" can make an odd one.
        odd = self._odd_bigrams
        pipes = [i for i, stem in enumerate(stems) if "|" in stem] if odd else []
        if not pipes:
            # No stem holds "|", so no odd pair: only the tokens whose stem starts a pair the model
            # weighs, picked in C (an entry of ``_bigrams`` is never empty, so it is true and None
            # false), each with one look-up of its right neighbour's stem.
            for i in compress(count(), lefts):
                if last[i]:
                    continue
                pair = lefts[i].get(stems[i + 1])  # type: ignore[union-attr]
                if pair is not None:
                    to_right.append(i + 1)
                    right_weights.append(pair[0])
                    to_left.append(i)
                    left_weights.append(pair[1])
            if to_right:
                em[to_right] += right_weights
                em[to_left] += left_weights
            return
        todo = sorted({i for i, d in enumerate(lefts) if d is not None} | {*pipes} | {i - 1 for i in pipes})
        for i in todo:
            if i < 0 or last[i]:
                continue
            left, right = stems[i], stems[i + 1]
            d = lefts[i]
            pair = d.get(right) if d is not None else None
            if pair is not None:
                to_right.append(i + 1)
                right_weights.append(pair[0])
                to_left.append(i)
                left_weights.append(pair[1])
            elif "|" in left or "|" in right:
                weight = odd.get(f"-1|0:{left}|{right}")
                if weight is not None:
                    to_right.append(i + 1)
                    right_weights.append(weight)
                weight = odd.get(f"0|+1:{left}|{right}")
                if weight is not None:
                    to_left.append(i)
                    left_weights.append(weight)
        if to_right:
            em[to_right] += right_weights
        if to_left:
            em[to_left] += left_weights

    def tag_sentences(
        self,
        sentences: Sequence[Sequence[str]],
        *,
        extra: Sequence[Sequence[tuple[str, ...]]] | None = None,
        add: Sequence[np.ndarray] | None = None,
    ) -> list[list[str]]:
        """Tags for several sentences (a story's, say): scores and Viterbi for a batch at once.

        ``extra`` gives, per sentence and token, more attributes of the token than its word forms
        give (document-level features of a second pass, say); their weights are added, once per
        distinct tuple of attributes. ``add`` gives, per sentence, a (tokens, labels) array of
        scores added to the CRF's state scores, labels in ``weights.labels`` order (another
        model's log-probabilities: a product of experts)."""
        out: list[list[str]] = []
        for at in range(0, len(sentences), BATCH_SENTENCES):
            more = extra[at : at + BATCH_SENTENCES] if extra is not None else None
            plus = add[at : at + BATCH_SENTENCES] if add is not None else None
            out += self._tag_batch(sentences[at : at + BATCH_SENTENCES], more, plus)
        return out

    def _extra_score(self, attributes: tuple[str, ...]) -> np.ndarray:
        row = self._extra.get(attributes)
        if row is None:
            if len(self._extra) >= self.cache_size:
                self._extra.clear()
            row = self._extra[attributes] = self.weights.score(attributes)
        return row

    def _tag_batch(
        self,
        sentences: Sequence[Sequence[str]],
        extra: Sequence[Sequence[tuple[str, ...]]] | None,
        add: Sequence[np.ndarray] | None = None,
    ) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if s]
        if not todo:
            return out
        # Longest first, so that the sentences still being decoded at a position are a prefix.
        todo.sort(key=lambda i: -len(sentences[i]))
        ordered = [sentences[i] for i in todo]
        lengths = np.array([len(s) for s in ordered])
        flat = self.emissions(ordered)
        if extra is not None:
            more = [self._extra_score(attrs) for i in todo for attrs in extra[i]]
            if len(more) != len(flat):
                raise ValueError("extra attributes must be given for every token")
            flat += np.array(more)
        if add is not None:
            flat += np.concatenate([add[i] for i in todo])
        paths = viterbi(_padded(flat, lengths), lengths, self.weights.transitions)
        labels = self.weights.labels
        label_of = labels.__getitem__
        for i, path in zip(todo, paths, strict=True):
            out[i] = list(map(label_of, path))
        return out


def _int_array(values: list[int]) -> np.ndarray:
    """``np.array(values, dtype=np.intp)``, a quarter fewer instructions per item: ``np.array`` works out
    the nesting and type of a list item by item before it copies (about 290 instructions an int
    under callgrind), ``fromiter`` with the type and count given only converts (about 210)."""
    return np.fromiter(values, dtype=np.intp, count=len(values))


def _padded(flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The [token, label] rows of sentences laid one after the other (``lengths``, longest first) as a
    [sentence, position, label] array, zero past each sentence's end.

    Each (sentence, position) takes the row of ``flat`` at its sentence's first index plus the
    position, or a zero row appended to ``flat`` past the sentence's end, all in one ``take`` along
    the first axis (a copy per row). Writing the rows into a zero array through an index array
    (``em[sentence, position] = flat``) steps numpy's buffered index iterator per row."""
    longest = int(lengths[0])
    positions = np.arange(longest)
    firsts = np.cumsum(lengths) - lengths
    source = np.where(positions < lengths[:, None], firsts[:, None] + positions, len(flat))
    rows = np.concatenate([flat, np.zeros((1, flat.shape[1]))])
    return rows.take(source.ravel(), 0).reshape(len(lengths), longest, flat.shape[1])


def _segment_sums(state: np.ndarray, rows: np.ndarray, starts: list[int]) -> np.ndarray:
    """Sums of ``state[rows]`` over the segments beginning at ``starts`` (an empty segment sums to 0)."""
    out = np.zeros((len(starts), state.shape[1]))
    if not len(rows):
        return out
    gathered = state.take(rows, 0)  # a copy per row (``state[rows]`` steps numpy's index iterator)
    ends = [*starts[1:], len(rows)]
    filled = [k for k in range(len(starts)) if starts[k] < ends[k]]
    # reduceat would repeat a row for an empty segment, hence only the filled ones
    out[filled] = np.add.reduceat(gathered, [starts[k] for k in filled], axis=0)
    return out


def viterbi(em: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """Best label paths of a batch of sentences: ``em`` is [sentence, position, label], zero past
    each sentence's length, the sentences longest first (``lengths`` not increasing; a `ValueError`
    otherwise); returns each sentence's label indexes (ties go to the lower label).

    All sentences step together until one ends: its final scores are kept then and the steps go on
    over the rows still running. Small-array numpy calls cost microseconds
    each, so a step makes as few as it can: the best predecessor is picked with one argmax and its
    score gathered through a flat index rather than by a second reduction. The candidates are laid
    out as [sentence * to, from] and made by repeating each score row and adding a tiled copy of the
    transitions: two plain same-shape array operations, where the broadcast sum of a [sentence, 1,
    from] and a [to, from] array made numpy copy through its iterator's buffers (a fifth fewer
    instructions per step; the sums, maxima and ties are those of the broadcast form)."""
    batch, longest, n = em.shape
    if batch > 1 and bool((np.diff(lengths) > 0).any()):
        raise ValueError("viterbi needs the sentences longest first")
    by_position = np.ascontiguousarray(em.transpose(1, 0, 2))  # [position, sentence, label]
    to_from = np.tile(np.ascontiguousarray(transitions.T), (batch, 1))  # [sentence * to, from]
    width = batch * n
    flat = np.arange(width) * n
    # every pointer the walk back reads is written by a step first (the padding's are never read)
    back = np.empty((longest, width), dtype=np.intp)
    # A sentence's final scores are its scores when it ends, kept as the running rows shrink: no
    # history of every position, so a step writes its sum into a new array rather than into a view.
    finals = np.empty((batch, n))
    score = by_position[0]
    # The sentences come longest first, so those still running at position t are the first
    # ``active[t]``: a step works on those rows only (a story's one long sentence no longer drags
    # its short ones through its padding). The rows it computes are the same sums and maxima as
    # over the whole batch; the rows it skips (past a sentence's end) were never read.
    active = np.searchsorted(-lengths, -np.arange(longest), side="left").tolist()
    # Per step, each numpy call costs thousands of instructions whatever its size, and so does each
    # view made: the views of the running rows are made once per change of ``active`` (when a sentence
    # ends), a step takes its position by a plain integer index (cheaper than an index tuple), and the
    # arguments go by position (numpy parses keywords more slowly): 7.7 % fewer instructions.
    k = batch
    to_from_k, flat_k, back_k, by_position_k = to_from, flat, back, by_position
    for t in range(1, longest):
        if active[t] != k:
            ended, k = k, active[t]
            finals[k:ended] = score[k:]  # the sentences of length t
            rows = k * n
            score = score[:k]
            to_from_k, flat_k = to_from[:rows], flat[:rows]
            back_k, by_position_k = back[:, :rows], by_position[:, :k]
        cand = score.repeat(n, 0)  # [sentence * to, from]: the score of coming from `from`
        cand += to_from_k
        best = cand.argmax(1, back_k[t])
        score = np.add(cand.ravel()[flat_k + best].reshape(k, n), by_position_k[t])
    finals[:k] = score
    final = finals.argmax(1).tolist()
    # The walk back is a few hundred look-ups: cheaper in Python than a numpy call per position. The
    # pointers are read as bytes (position * width + sentence * n + label): indexing bytes gives the
    # interpreter's cached small ints, where a list of all pointers made an int object for each.
    pointers = back.astype(np.uint8).tobytes() if n <= 256 else back.ravel().tolist()
    paths: list[list[int]] = []
    for k, size in enumerate(lengths.tolist()):
        path = [0] * size
        label = path[-1] = final[k]
        at = k * n
        for t in range(size - 1, 0, -1):
            label = path[t - 1] = pointers[t * width + at + label]
        paths.append(path)
    return paths

"""Round 22 (perf22): the emissions' gathers by one flat index on the first axis, against the
round-21 forms (kept here as the reference): the scores must be equal to the bit."""

from __future__ import annotations

import json
from importlib import resources
from itertools import repeat

import numpy as np

from marsad.entities.ner.decode import WINDOW, CrfDecoder, CrfWeights, _int_array, _padded, _segment_sums
from marsad.entities.ner.tagger import MODEL_FILE, default_model_dir
from marsad.entities.ner.tokenize import sentence_tokens


def _bundled_stories(limit: int) -> list[list[list[str]]]:
    """Per bundled article, its sentences of tokens (the batches ``entity_spans`` hands the decoder)."""
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    return [
        [s.texts for s in sentence_tokens(json.loads(line)["text"])] for line in sample.splitlines()[:limit]
    ]


def _round21_emissions(decoder: CrfDecoder, sentences: list[list[str]]) -> np.ndarray:
    """``CrfDecoder.emissions`` as it was before round 22 (the forms must be in the table already):
    the gazetteer columns gathered as ``_gaz[0, gaz]`` and ``_gaz[1:, gaz]``, the received rows by a
    [offset, position] index."""
    lengths = [len(s) for s in sentences]
    total = sum(lengths)
    table = decoder._forms
    tokens = [t for s in sentences for t in s]
    index = list(map(table.rows.get, tokens))
    rows = _int_array(index)
    stems = list(map(table.stems.__getitem__, index))
    bares = list(map(table.bares.__getitem__, index))
    gaz_labels: list[str] = []
    at = 0
    last = [False] * total
    for size in lengths:
        gaz_labels += decoder.extractor.gazetteer.tag(bares[at : at + size])
        at += size
        last[at - 1] = True
    gaz_index = list(map(decoder._gaz_rows.get, gaz_labels, repeat(-1)))
    if -1 in gaz_index:
        gaz_index = [decoder._gaz_row(g) for g in gaz_labels]
    gaz = _int_array(gaz_index)
    gaz_table = decoder._gaz
    em = table.own[rows] + gaz_table[0, gaz]
    size_of = np.array(lengths, dtype=np.intp)
    ends = np.cumsum(size_of)
    begins = ends - size_of
    em[begins] += decoder._bos
    em[ends - 1] += decoder._eos
    width = len(WINDOW)
    from_neighbours = table.neighbour[rows] + gaz_table[1:, gaz].transpose(1, 0, 2)
    given = np.concatenate([from_neighbours.reshape(total * width, -1), decoder._pad])
    sentence_of = np.repeat(np.arange(len(lengths)), size_of)
    source = decoder._offsets[:, None] + np.arange(total)
    inside = (source >= begins[sentence_of]) & (source < ends[sentence_of])
    slot = np.arange(width)[:, None]
    received = given[np.where(inside, source * width + slot, total * width + slot)]
    for w in range(width):
        em += received[w]
    decoder._add_bigrams(em, stems, list(map(table.lefts.__getitem__, index)), last)
    return em


def test_emissions_equal_the_round21_gathers(ner_tagger) -> None:
    # A fresh decoder, so that the gazetteer's label rows are added while the stories come: the
    # label-first copies must follow every new row. One-token stories cut the windows at both edges.
    weights = CrfWeights.load(default_model_dir() / MODEL_FILE)
    decoder = CrfDecoder(weights=weights, extractor=ner_tagger.extractor)
    stories = [*_bundled_stories(40), [["بوتين"]], [["قال"], ["روسيا", "والصين"]]]
    seen_labels = 0
    for sents in stories:
        got = decoder.emissions(sents)
        assert np.array_equal(got, _round21_emissions(decoder, sents))
        assert np.array_equal(decoder._gaz_own, decoder._gaz[0])
        assert np.array_equal(decoder._gaz_near, decoder._gaz[1:].transpose(1, 0, 2))
        seen_labels = len(decoder._gaz_rows)
    assert seen_labels >= 5  # O and several B-/I- labels of the gazetteer met on the way
    assert decoder._gaz_own.flags.c_contiguous and decoder._gaz_near.flags.c_contiguous


def _round21_padded(flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``_tag_batch``'s [sentence, position, label] array as it was made before round 22."""
    em = np.zeros((len(lengths), int(lengths[0]), flat.shape[1]))
    sentence = np.repeat(np.arange(len(lengths)), lengths)
    em[sentence, np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)] = flat
    return em


def test_padded_equals_the_round21_layout(ner_tagger) -> None:
    # Real stories' scores, longest sentence first as _tag_batch orders them (one-token sentences
    # among them), and a story of one sentence.
    decoder = ner_tagger.decoder
    stories = [*_bundled_stories(12), [["بوتين"]]]
    for sents in stories:
        ordered = sorted(sents, key=len, reverse=True)
        lengths = np.array([len(s) for s in ordered])
        flat = decoder.emissions(ordered)
        got = _padded(flat, lengths)
        assert got.shape == (len(ordered), len(ordered[0]), len(decoder.weights.labels))
        assert np.array_equal(got, _round21_padded(flat, lengths))
    assert all(len({len(s) for s in sents}) > 2 for sents in stories[:12])  # padding in every story


def _round21_add_bigrams(em: np.ndarray, stems: list[str], lefts: list, last: list[bool]) -> None:
    """``CrfDecoder._add_bigrams`` as it was before round 22, for stems without "|" (no odd pair):
    every token with a stem entry walked, the odd-pair test made for each."""
    to_right, right_weights, to_left, left_weights = [], [], [], []
    for i in [i for i, d in enumerate(lefts) if d is not None]:
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
        else:
            assert "|" not in left and "|" not in right
    if to_right:
        em[to_right] += right_weights
    if to_left:
        em[to_left] += left_weights


def test_bigrams_equal_the_round21_walk(ner_tagger) -> None:
    # Both CRFs on real stories (many stem pairs the model weighs, a sentence's last token before
    # the next sentence's first), then a stem holding "|" with an odd pair the model is given.
    for decoder in (ner_tagger.decoder, ner_tagger.doc_decoder):
        pairs = 0
        for sents in _bundled_stories(30):
            decoder.emissions(sents)
            table = decoder._forms
            index = [table.rows[t] for s in sents for t in s]
            stems = [table.stems[i] for i in index]
            lefts = [table.lefts[i] for i in index]
            last = [False] * len(index)
            at = 0
            for s in sents:
                at += len(s)
                last[at - 1] = True
            base = np.arange(len(index) * 9, dtype=float).reshape(len(index), 9) / 7
            got, expected = base.copy(), base.copy()
            decoder._add_bigrams(got, stems, lefts, last)
            _round21_add_bigrams(expected, stems, lefts, last)
            assert np.array_equal(got, expected)
            pairs += int((got != base).any(axis=1).sum())
        assert pairs > 100
    weights = CrfWeights.load(default_model_dir() / MODEL_FILE)
    decoder = CrfDecoder(weights=weights, extractor=ner_tagger.extractor)
    decoder._odd_bigrams = {"-1|0:قال|a|b": np.ones(9), "0|+1:a|b|بوتين": np.full(9, 2.0)}
    stems, last = ["قال", "a|b", "بوتين"], [False, False, True]
    got = np.zeros((3, 9))
    decoder._add_bigrams(got, stems, [decoder._bigrams.get(s) for s in stems], last)
    assert (
        got[1].tolist() == [3.0] * 9 and not got[0].any() and not got[2].any()
    )  # 1 from the left pair, 2 from the right


def _round21_segment_sums(state: np.ndarray, rows: np.ndarray, starts: list[int]) -> np.ndarray:
    """``_segment_sums`` before round 22: the rows gathered by ``state[rows]``."""
    out = np.zeros((len(starts), state.shape[1]))
    if not len(rows):
        return out
    gathered = state[rows]
    ends = [*starts[1:], len(rows)]
    filled = [k for k in range(len(starts)) if starts[k] < ends[k]]
    out[filled] = np.add.reduceat(gathered, [starts[k] for k in filled], axis=0)
    return out


def test_segment_sums_equal_the_round21_gather(ner_tagger) -> None:
    # The model's own rows for the new forms of real stories (empty segments among them: a
    # neighbour offset the model has no attribute of), then an empty list of rows.
    decoder = ner_tagger.decoder
    state = decoder.weights.state
    tokens = sorted({t for sents in _bundled_stories(10) for s in sents for t in s})
    rows: list[int] = []
    starts: list[int] = []
    for token in tokens:
        decoder._attribute_rows(ner_tagger.extractor.values_of(token), rows, starts)
    index = _int_array(rows) - 1
    ends = [*starts[1:], len(rows)]
    assert any(a == b for a, b in zip(starts, ends, strict=True))
    assert np.array_equal(_segment_sums(state, index, starts), _round21_segment_sums(state, index, starts))
    empty = _int_array([])
    assert np.array_equal(_segment_sums(state, empty, [0, 0]), _round21_segment_sums(state, empty, [0, 0]))

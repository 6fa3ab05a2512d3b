"""The numpy decoder must tag exactly as pycrfsuite does with the same model and features."""

from __future__ import annotations

import itertools
import json
from importlib import resources

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.corpus import read_conll
from marsad.entities.ner.decode import CrfDecoder, CrfWeights, _int_array, viterbi
from marsad.entities.ner.tagger import DOC_MODEL_FILE, MODEL_FILE, default_model_dir
from marsad.entities.ner.tokenize import sentence_tokens
from marsad.entities.ner.train import tag_two_pass
from support import shared_file


@pytest.fixture(scope="module")
def crfsuite_tagger():
    tagger = pycrfsuite.Tagger()
    tagger.open(str(default_model_dir() / MODEL_FILE))
    return tagger


def _bundled_sentences(limit: int) -> list[list[str]]:
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    out: list[list[str]] = []
    for line in sample.splitlines()[:limit]:
        text = json.loads(line)["text"]
        out += [s.texts for s in sentence_tokens(text)]
    return out


def _crfsuite_tags(crfsuite_tagger, extractor, sents: list[list[str]]) -> list[list[str]]:
    return [list(crfsuite_tagger.tag(extractor.sentence_attributes(s))) for s in sents]


def test_decode_equals_crfsuite_on_bundled_news(ner_tagger, crfsuite_tagger) -> None:
    sents = _bundled_sentences(60)
    assert sum(len(s) for s in sents) > 10_000
    expected = _crfsuite_tags(crfsuite_tagger, ner_tagger.extractor, sents)
    assert ner_tagger.first_pass(sents) == expected
    assert any(t != "O" for s in expected for t in s)


def test_decode_equals_crfsuite_on_anercorp(ner_tagger, crfsuite_tagger) -> None:
    sents = [s.tokens for s in read_conll(shared_file("data/anercorp_camel/train.txt"))[:800]]
    assert ner_tagger.first_pass(sents) == _crfsuite_tags(crfsuite_tagger, ner_tagger.extractor, sents)


def test_decode_small_form_cache_gives_same_tags(ner_tagger) -> None:
    sents = _bundled_sentences(5)
    small = CrfDecoder(
        weights=CrfWeights.load(default_model_dir() / MODEL_FILE),
        extractor=ner_tagger.extractor,
        cache_size=50,
    )
    # sentences one by one, so the 50-form table is refilled many times
    assert [small.tag_sentences([s])[0] for s in sents] == ner_tagger.first_pass(sents)


def test_decode_single_tokens_and_empty_sentences(ner_tagger) -> None:
    assert ner_tagger.tag_sentences([[], ["موسكو"], [], ["بوتين", "."]])[::2] == [[], []]
    assert len(ner_tagger.tag_sentences([["موسكو"]])[0]) == 1


def _brute_force(em: np.ndarray, transitions: np.ndarray) -> tuple[float, list[int]]:
    best = (-np.inf, [])
    for path in itertools.product(range(em.shape[1]), repeat=len(em)):
        score = em[0, path[0]] + sum(
            transitions[a, b] + em[t + 1, b] for t, (a, b) in enumerate(itertools.pairwise(path))
        )
        if score > best[0]:
            best = (score, list(path))
    return best


@given(
    st.lists(st.integers(1, 5), min_size=1, max_size=4),
    st.integers(0, 2**32 - 1),
)
def test_decode_viterbi_matches_brute_force(lengths: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    lengths_arr = np.array(sorted(lengths, reverse=True))
    em = rng.normal(size=(len(lengths_arr), int(lengths_arr[0]), 3))
    transitions = rng.normal(size=(3, 3))
    paths = viterbi(em, lengths_arr, transitions)
    for k, n in enumerate(lengths_arr.tolist()):
        score, _ = _brute_force(em[k, :n], transitions)
        got = paths[k]
        assert len(got) == n
        got_score = em[k, 0, got[0]] + sum(
            transitions[a, b] + em[k, t + 1, b] for t, (a, b) in enumerate(itertools.pairwise(got))
        )
        assert got_score == pytest.approx(score)


def _broadcast_viterbi(em: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """The decoder's Viterbi as it was written before the candidates were laid out as repeated rows:
    a broadcast [sentence, to, from] sum per step. The two must agree exactly, ties included."""
    batch, longest, n = em.shape
    by_position = np.ascontiguousarray(em.transpose(1, 0, 2))
    to_from = np.ascontiguousarray(transitions.T)
    flat = np.arange(batch * n).reshape(batch, n) * n
    back = np.zeros((longest, batch, n), dtype=np.intp)
    history = np.empty((longest, batch, n))
    score = history[0] = by_position[0]
    for t in range(1, longest):
        cand = score[:, None, :] + to_from
        best = back[t] = cand.argmax(axis=2)
        score = history[t] = cand.ravel()[flat + best] + by_position[t]
    final = history[lengths - 1, np.arange(batch)].argmax(axis=1).tolist()
    paths = []
    for k, size in enumerate(lengths.tolist()):
        path = [0] * size
        label = path[-1] = final[k]
        for t in range(size - 1, 0, -1):
            label = path[t - 1] = int(back[t, k, label])
        paths.append(path)
    return paths


def _random_batch(
    lengths: list[int], labels: int, seed: int, ties: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A batch for ``viterbi``: scores, lengths (longest first) and transitions; with ``ties`` small
    integers, which make many equal sums (the tie-breaking must be the same too)."""
    rng = np.random.default_rng(seed)
    lengths_arr = np.array(sorted(lengths, reverse=True))
    shape = (len(lengths_arr), int(lengths_arr[0]), labels)
    em = rng.integers(-2, 3, size=shape).astype(float) if ties else rng.normal(size=shape)
    for k, n in enumerate(lengths_arr.tolist()):
        em[k, n:] = 0.0
    transitions = (
        rng.integers(-2, 3, size=(labels, labels)).astype(float)
        if ties
        else rng.normal(size=(labels, labels))
    )
    return em, lengths_arr, transitions


def test_decode_viterbi_refuses_sentences_not_longest_first() -> None:
    # a step decodes only the first sentences still running, so a shorter sentence before a longer one
    # would be cut short silently
    em = np.zeros((2, 3, 2))
    with pytest.raises(ValueError, match="longest first"):
        viterbi(em, np.array([2, 3]), np.zeros((2, 2)))
    assert viterbi(em, np.array([3, 3]), np.zeros((2, 2))) == [[0, 0, 0], [0, 0, 0]]


@given(
    st.lists(st.integers(1, 12), min_size=1, max_size=6),
    st.integers(2, 9),
    st.integers(0, 2**32 - 1),
    st.booleans(),
)
def test_decode_viterbi_equals_the_broadcast_form(
    lengths: list[int], labels: int, seed: int, ties: bool
) -> None:
    em, lengths_arr, transitions = _random_batch(lengths, labels, seed, ties)
    assert viterbi(em, lengths_arr, transitions) == _broadcast_viterbi(em, lengths_arr, transitions)


def test_decode_equals_crfsuite_with_pipes_and_colons(ner_tagger, crfsuite_tagger) -> None:
    # "|" and ":" are the separators of crfsuite attribute names; tokens holding them must still
    # find the same weights.
    sents = [["|", "|", "بوتين", "|"], ["قال", ":", "|", ":", "موسكو"], ["a|b", "|", "c:d", "."]]
    expected = _crfsuite_tags(crfsuite_tagger, ner_tagger.extractor, sents)
    assert ner_tagger.first_pass(sents) == expected


def test_decode_two_pass_equals_crfsuite(ner_tagger, monkeypatch) -> None:
    # The second pass through the decoder (per-form scores plus the document attributes' scores)
    # must give pycrfsuite's tags for the same two models and attributes: the CRFs alone, without
    # the net the shipped tagging multiplies in (pycrfsuite cannot add its scores).
    monkeypatch.setattr(ner_tagger, "net", None)
    model_dir = default_model_dir()
    for sents in (
        [s.tokens for s in read_conll(shared_file("data/anercorp_camel/train.txt"))[300:700]],
        _bundled_sentences(20),
    ):
        first, expected = tag_two_pass(
            extractor=ner_tagger.extractor,
            first=model_dir / MODEL_FILE,
            second=model_dir / DOC_MODEL_FILE,
            sents=sents,
            window=ner_tagger.window,
        )
        assert ner_tagger.first_pass(sents) == first
        assert ner_tagger.tag_sentences(sents) == expected
        assert expected != first  # the second pass changes something on 400 sentences


def test_decode_extra_attributes_add_their_weights(ner_tagger, crfsuite_tagger) -> None:
    # Any attribute the model knows can come as an "extra" (a second pass's document features come
    # this way): the tags equal crfsuite's on the attribute lists with the extras appended.
    sents = _bundled_sentences(3)[:40]
    extra = [[("gz:B-LOC", "-1:gz:B-PERS") if i % 3 == 0 else () for i in range(len(s))] for s in sents]
    lists = [
        [
            attrs + list(more)
            for attrs, more in zip(ner_tagger.extractor.sentence_attributes(s), ex, strict=True)
        ]
        for s, ex in zip(sents, extra, strict=True)
    ]
    expected = [list(crfsuite_tagger.tag(a)) for a in lists]
    assert ner_tagger.decoder.tag_sentences(sents, extra=extra) == expected
    assert expected != [list(crfsuite_tagger.tag(ner_tagger.extractor.sentence_attributes(s))) for s in sents]


def test_decode_new_forms_scored_in_bulk_equal_one_by_one(ner_tagger) -> None:
    # A story's new word forms are scored together (one gather, one segmented sum); the sums must be
    # bit for bit those of forms scored one story of one token at a time, repeated forms included.
    sents = _bundled_sentences(3)
    weights = CrfWeights.load(default_model_dir() / MODEL_FILE)
    bulk = CrfDecoder(weights=weights, extractor=ner_tagger.extractor)
    single = CrfDecoder(weights=weights, extractor=ner_tagger.extractor)
    tokens = [t for s in sents for t in s]
    assert len(set(tokens)) < len(tokens)
    together = bulk.emissions(sents)
    for t in tokens:
        single.emissions([[t]])
    for t in set(tokens):
        a, b = bulk._forms.rows[t], single._forms.rows[t]
        assert np.array_equal(bulk._forms.own[a], single._forms.own[b])
        assert np.array_equal(bulk._forms.neighbour[a], single._forms.neighbour[b])
    assert np.array_equal(together, single.emissions(sents))
    assert len(bulk._forms.rows) == len(set(tokens)) == len(bulk._forms.stems)


def _rows_from_strings(decoder: CrfDecoder, token: str) -> tuple[list[int], list[int]]:
    """The rows and segment starts of a word form read through its attribute strings, as the decoder
    did before it looked values up by prefix."""
    get = decoder.weights.attributes.get
    ta = decoder.extractor.type_attributes(token)
    rows: list[int] = []
    starts = [0]
    rows += [r for r in map(get, (*ta.head, *ta.tail)) if r is not None]
    for before, after in ta.neighbour:
        starts.append(len(rows))
        rows += [r for r in map(get, (*before, *after)) if r is not None]
    return rows, starts


def _rows_from_values(decoder: CrfDecoder, token: str) -> tuple[list[int], list[int]]:
    rows: list[int] = []
    starts: list[int] = []
    decoder._attribute_rows(decoder.extractor.type_values(token), rows, starts)
    assert all(r > 0 for r in rows)  # rows + 1: row 0 must survive the filter
    return [r - 1 for r in rows], starts


def test_decode_prefix_tables_give_the_rows_of_the_attribute_strings(ner_tagger) -> None:
    # Both CRFs; real news forms (clitics, digits, Latin, punctuation, gazetteer skeletons).
    tokens = sorted({t for s in _bundled_sentences(40) for t in s})
    assert len(tokens) > 4_000
    for decoder in (ner_tagger.decoder, ner_tagger.doc_decoder):
        hits = 0
        for token in tokens:
            expected = _rows_from_strings(decoder, token)
            assert _rows_from_values(decoder, token) == expected, token
            hits += len(expected[0])
        assert hits > 10 * len(tokens)  # the model knows many of these forms' attributes


@given(st.text(alphabet="ابتسصينلوكف:|0-aZ ", min_size=1, max_size=12))
def test_decode_prefix_tables_equal_strings_on_odd_tokens(ner_tagger, token: str) -> None:
    # Colons and pipes inside the value: a table per prefix still gives attributes.get(prefix + value).
    for decoder in (ner_tagger.decoder, ner_tagger.doc_decoder):
        assert _rows_from_values(decoder, token) == _rows_from_strings(decoder, token)


def _reference_emissions(decoder: CrfDecoder, sentences: list[list[str]]) -> np.ndarray:
    """The emissions as computed before the neighbour rows were gathered at once (a shifted copy and
    a ``np.where`` per window offset, boolean masks for the sentence edges). The forms must be in the
    decoder's table already."""
    table = decoder._forms
    total = sum(len(s) for s in sentences)
    index = [table.rows[t] for s in sentences for t in s]
    rows = np.array(index, dtype=np.intp)
    bares = [table.bares[i] for i in index]
    gaz_labels: list[str] = []
    sentence_of = np.empty(total, dtype=np.intp)
    at = 0
    for k, s in enumerate(sentences):
        gaz_labels += decoder.extractor.gazetteer.tag(bares[at : at + len(s)])
        sentence_of[at : at + len(s)] = k
        at += len(s)
    gaz = np.array([decoder._gaz_row(g) for g in gaz_labels], dtype=np.intp)
    em = table.own[rows] + decoder._gaz[0, gaz]
    first = np.ones(total, dtype=bool)
    first[1:] = sentence_of[1:] != sentence_of[:-1]
    last = np.ones(total, dtype=bool)
    last[:-1] = first[1:]
    em[first] += decoder._bos
    em[last] += decoder._eos
    from_neighbours = table.neighbour[rows] + decoder._gaz[1:, gaz].transpose(1, 0, 2)
    for w, off in enumerate((-2, -1, 1, 2)):
        shifted = np.zeros_like(em)
        same = np.zeros(total, dtype=bool)
        if off < 0:
            shifted[-off:] = from_neighbours[: total + off, w]
            same[-off:] = sentence_of[-off:] == sentence_of[: total + off]
        else:
            shifted[: total - off] = from_neighbours[off:, w]
            same[: total - off] = sentence_of[: total - off] == sentence_of[off:]
        em += np.where(same[:, None], shifted, decoder._pad[w])
    stems = [table.stems[i] for i in index]
    decoder._add_bigrams(em, stems, [table.lefts[i] for i in index], last.tolist())
    return em


def test_decode_emissions_equal_the_shifted_form(ner_tagger) -> None:
    # Real sentences, with one- and two-token sentences between them (windows cut at both edges).
    sents = _bundled_sentences(4)
    sents = [*sents[:3], ["قال"], sents[3], ["روسيا", "والصين"], *sents[4:]]
    for decoder in (ner_tagger.decoder, ner_tagger.doc_decoder):
        got = decoder.emissions(sents)
        assert np.array_equal(got, _reference_emissions(decoder, sents))
        assert np.array_equal(decoder.emissions([["بوتين"]]), _reference_emissions(decoder, [["بوتين"]]))


def test_decode_added_scores_shift_the_viterbi_path(ner_tagger) -> None:
    # ``add`` scores (another model's log-probabilities) join the CRF's state scores before Viterbi.
    import numpy as np

    sents = _bundled_sentences(2)[:10]
    decoder = ner_tagger.decoder
    plain = decoder.tag_sentences(sents)
    assert (
        decoder.tag_sentences(sents, add=[np.zeros((len(s), len(decoder.weights.labels))) for s in sents])
        == plain
    )
    o = decoder.weights.labels.index("O")
    push = []
    for s in sents:
        a = np.zeros((len(s), len(decoder.weights.labels)))
        a[:, o] = 1e6
        push.append(a)
    assert decoder.tag_sentences(sents, add=push) == [["O"] * len(s) for s in sents]


def test_decode_new_forms_leave_the_extractor_cache_empty(ner_tagger) -> None:
    # the form table keeps each new form's scores; the extractor's per-form values are not kept
    # beside it (two objects per form the garbage collector would walk at every full collection)
    extractor = type(ner_tagger.extractor)(
        clusters=ner_tagger.extractor.clusters, gazetteer=ner_tagger.extractor.gazetteer
    )
    fresh = CrfDecoder(weights=CrfWeights.load(default_model_dir() / MODEL_FILE), extractor=extractor)
    sents = _bundled_sentences(3)
    assert fresh.tag_sentences(sents) == ner_tagger.first_pass(sents)
    assert extractor._values == {} and extractor._types == {}


@given(st.lists(st.integers(min_value=-(2**62), max_value=2**62), max_size=300))
def test_decode_int_array_equals_np_array(values: list[int]) -> None:
    # the construction it replaces (round 9) is the reference: same values, same type
    got = _int_array(values)
    want = np.array(values, dtype=np.intp)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got, want)


def _reference_arrays(em: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> tuple:
    """The arrays the older Viterbi forms below start from (the first position's scores in the history)."""
    batch, longest, n = em.shape
    by_position = np.ascontiguousarray(em.transpose(1, 0, 2))
    to_from = np.tile(np.ascontiguousarray(transitions.T), (batch, 1))
    flat = np.arange(batch * n) * n
    back = np.zeros((longest, batch * n), dtype=np.intp)
    history = np.empty((longest, batch, n))
    history[0] = by_position[0]
    active = np.searchsorted(-lengths, -np.arange(longest), side="left").tolist()
    return by_position, to_from, flat, back, history, active


def _viterbi_before_round9(em: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """The decoder's Viterbi steps as written before round 9: the running rows sliced at every step,
    keyword arguments (the walk back as the decoder's)."""
    batch, longest, n = em.shape
    by_position, to_from, flat, back, history, active = _reference_arrays(em, lengths, transitions)
    score = history[0]
    for t in range(1, longest):
        k = active[t]
        rows = k * n
        cand = score[:k].repeat(n, axis=0)
        cand += to_from[:rows]
        best = cand.argmax(axis=1, out=back[t, :rows])
        score = np.add(cand.ravel()[flat[:rows] + best].reshape(k, n), by_position[t, :k], out=history[t, :k])
    final = history[lengths - 1, np.arange(batch)].argmax(axis=1).tolist()
    paths = []
    for k, size in enumerate(lengths.tolist()):
        path = [0] * size
        label = path[-1] = final[k]
        for t in range(size - 1, 0, -1):
            label = path[t - 1] = int(back[t, k * n + label])
        paths.append(path)
    return paths


@given(
    st.lists(st.integers(1, 30), min_size=1, max_size=8),
    st.integers(2, 9),
    st.integers(0, 2**32 - 1),
    st.booleans(),
)
def test_decode_viterbi_equals_the_steps_before_round9(
    lengths: list[int], labels: int, seed: int, ties: bool
) -> None:
    em, lengths_arr, transitions = _random_batch(lengths, labels, seed, ties)
    assert viterbi(em, lengths_arr, transitions) == _viterbi_before_round9(em, lengths_arr, transitions)


def _viterbi_round18(em: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """The decoder's Viterbi as round 18 left it: every step's scores kept in a history read back at
    each sentence's last position, the pointers turned into one list of ints for the walk back."""
    batch, longest, n = em.shape
    by_position, to_from, flat, back, history, active = _reference_arrays(em, lengths, transitions)
    score = history[0]
    k = -1
    for t in range(1, longest):
        if active[t] != k:
            k = active[t]
            rows = k * n
            score = score[:k]
            to_from_k, flat_k = to_from[:rows], flat[:rows]
            back_k, by_position_k, history_k = back[:, :rows], by_position[:, :k], history[:, :k]
        cand = score.repeat(n, 0)
        cand += to_from_k
        best = cand.argmax(1, back_k[t])
        score = np.add(cand.ravel()[flat_k + best].reshape(k, n), by_position_k[t], history_k[t])
    final = history[lengths - 1, np.arange(batch)].argmax(axis=1).tolist()
    inside = np.arange(longest)[None, :] < lengths[:, None]
    pointers = back.reshape(longest, batch, n).transpose(1, 0, 2)[inside].ravel().tolist()
    paths = []
    at = 0
    for k, size in enumerate(lengths.tolist()):
        path = [0] * size
        label = path[-1] = final[k]
        for t in range(size - 1, 0, -1):
            label = path[t - 1] = pointers[(at + t) * n + label]
        paths.append(path)
        at += size
    return paths


@given(
    st.lists(st.integers(1, 30), min_size=1, max_size=8),
    st.sampled_from([2, 3, 9, 256, 257, 300]),
    st.integers(0, 2**32 - 1),
    st.booleans(),
)
def test_decode_viterbi_equals_round18(lengths: list[int], labels: int, seed: int, ties: bool) -> None:
    # the final scores kept as sentences end and the pointers read as bytes (a list past 256 labels)
    em, lengths_arr, transitions = _random_batch(lengths, labels, seed, ties)
    assert viterbi(em, lengths_arr, transitions) == _viterbi_round18(em, lengths_arr, transitions)


def test_decode_viterbi_equals_round18_on_the_bundled_news(ner_tagger, monkeypatch) -> None:
    # the decoder's own batches (up to 256 sentences of many lengths, the model's nine labels)
    seen = []

    def both(em: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
        got = viterbi(em, lengths, transitions)
        assert got == _viterbi_round18(em, lengths, transitions)
        seen.append(len(lengths))
        return got

    monkeypatch.setattr("marsad.entities.ner.decode.viterbi", both)
    ner_tagger.tag_sentences(_bundled_sentences(40))
    assert seen and max(seen) > 50

"""The lexicon's look-up of a word tries only the affixes its first or last letter allows: the same
answers as trying every proclitic and enclitic (the reference: the same lexicon with one group of all)."""

from __future__ import annotations

import copy
import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.lexicon import TA_MARBUTA_END_RE, _compatible, _split_proclitics, load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.words import split_words

SENTENCES = (
    "والتقى الرئيس الروسي نظيره الصيني وبحث معه زيارته إلى القاهرة",
    "وأدانت الخارجية الهجوم وفرضت واشنطن عقوبات جديدة على موسكو بالصواريخ",
    "سيلتقي الوزير نظيره الأردني غدا لبحث التعاون وللتوقيع على اتفاقية",
    "أطلقت روسيا أكثر من 80 صاروخا على كييف وشنت هجوما فهاجمتها وقصفتهم",
)
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"
WORDS = sorted({w for s in SENTENCES for w in s.split()})


@pytest.fixture(scope="module")
def lexicons():
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    reference = copy.copy(lexicon)
    reference._proclitics_by_first = {"": lexicon.affixes.proclitics}
    reference._enclitics_by_last = {"": lexicon.affixes.enclitics}
    reference._lookups, reference._bares = {}, {}
    return lexicon, reference


def _old_lookup(lex, word):
    # Lexicon.lookup's work before round 15: the ta marbuta regex on every word, every proclitic cluster split
    # afresh, the enclitic and tanween helpers called for every candidate (the gates now skip the calls)
    ends_ta = bool(TA_MARBUTA_END_RE.search(word.text))
    if word.norm in lex.never_words:
        return None
    # the word as written, then its stem (this part is unchanged: spelt here as one search)
    pro = tuple(c for c in word.clitics if c.endswith("+"))
    enc = tuple(c for c in word.clitics if c.startswith("+"))
    direct = (
        (c, _compatible(lex.index[c], c, pro, masdars=lex.masdars))
        for c in (word.norm, word.stem)
        if c in lex.index
    )
    hit = next(((c, entries) for c, entries in direct if c and entries), None)
    if hit is not None:
        return hit[0], hit[1], pro, enc
    key = word.norm
    for pro_str in ("", *lex.affixes.proclitics):
        if not key.startswith(pro_str):
            continue
        rest = key[len(pro_str) :]
        if len(rest) < 3:
            continue
        pro = _split_proclitics(pro_str)
        if pro_str and rest in lex.index:
            entries = _compatible(lex.index[rest], rest, pro, masdars=lex.masdars)
            if entries:
                return rest, entries, pro, ()
        found = lex._strip_enclitic(rest, ends_ta=ends_ta)
        if found:
            entries = _compatible(lex.index[found[0]], found[0], pro, masdars=lex.masdars)
            if entries:
                return found[0], entries, pro, (found[1],)
        nouns = lex._strip_tanween(rest, pro)
        if nouns:
            return rest[:-1], nouns, pro, ()
    return None


def _same(lexicons, text: str) -> None:
    lexicon, reference = lexicons
    for w in split_words(text, 0, len(text)):
        ends_ta = bool(TA_MARBUTA_END_RE.search(w.text))
        assert lexicon._lookup(w, ends_ta=ends_ta) == reference._lookup(w, ends_ta=ends_ta), w.text
        assert lexicon.bare(w) == reference.bare(w), w.text
        # round 15's gates (a cluster split once, the helpers called only for words that can end as they need)
        fresh = copy.copy(lexicon)
        fresh._lookups = {}
        assert fresh.lookup(w) == _old_lookup(lexicon, w), w.text


def test_lexicon_lookup_by_letter_on_real_words(lexicons) -> None:
    lexicon, _ = lexicons
    # grouped, in the affixes' order
    assert lexicon._proclitics_by_first["و"] == tuple(p for p in lexicon.affixes.proclitics if p[0] == "و")
    assert "ب" not in lexicon._proclitics_by_first["و"]
    for s in SENTENCES:
        _same(lexicons, s)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=9),
            st.tuples(
                st.sampled_from(["و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "لل"]), st.sampled_from(WORDS)
            ).map("".join),
            st.tuples(
                st.sampled_from(WORDS), st.sampled_from(["ه", "ها", "هما", "هم", "هن", "نا", "كم", "ا"])
            ).map("".join),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_lexicon_lookup_by_letter_equals_every_affix(lexicons, words) -> None:
    _same(lexicons, " ".join(words))


def _prefix_sets(lexicon) -> list[tuple[str, ...]]:
    # every companion and veto prefix tuple _choose asks starts_with about
    fields = ("companion_words", "unless", "not_after", "not_with", "not_before")
    return sorted({t for e in lexicon.entries for f in fields if (t := getattr(e, f))})


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_lexicon_starts_with_equals_the_generator_over_bare_forms(lexicons, data) -> None:
    lexicon, _ = lexicons
    prefix_sets = _prefix_sets(lexicon)
    assert len(prefix_sets) >= 20  # the lexicon's own tuples, not a handful made up here
    text = " ".join(data.draw(st.lists(st.sampled_from(WORDS) | st.text(LETTERS, min_size=1), min_size=1)))
    for w in split_words(text, 0, len(text)):
        # the companions' own words, with a proclitic, hit; other words mostly miss
        for prefixes in data.draw(st.lists(st.sampled_from(prefix_sets), min_size=1, max_size=4)):
            # the test as _choose wrote it before the memo; asked twice: the memo's answer is the same
            old = any(b.startswith(prefixes) for b in lexicon.bare(w))
            assert lexicon.starts_with(w, prefixes) == old == lexicon.starts_with(w, prefixes), (
                w.text,
                prefixes,
            )


def test_lexicon_starts_with_on_companions_with_clitics(lexicons) -> None:
    lexicon, _ = lexicons
    hits = 0
    for prefixes in _prefix_sets(lexicon):
        for text in (prefixes[0], "بال" + prefixes[0], "و" + prefixes[0]):
            for w in split_words(text, 0, len(text)):
                old = any(b.startswith(prefixes) for b in lexicon.bare(w))
                assert lexicon.starts_with(w, prefixes) == old, (text, prefixes)
                hits += old
    assert hits >= len(_prefix_sets(lexicon))


def test_lexicon_starts_with_memo_keys_are_untracked(lexicons) -> None:
    # the memo's (key, stem) keys hold strings only: after a collection the collector no longer walks them
    lexicon, _ = lexicons
    prefixes = _prefix_sets(lexicon)[0]
    for text in SENTENCES:
        for w in split_words(text, 0, len(text)):
            lexicon.starts_with(w, prefixes)
    gc.collect()
    memo = lexicon._starts[prefixes]
    assert len(memo) >= 10
    assert not any(gc.is_tracked(k) or gc.is_tracked(v) for k, v in memo.items())


def _match_by_lookup(lexicon, words):
    """``Lexicon.match`` as it was before the text-keyed probe (round 11): ``lookup`` per word, whose
    cache is keyed by (text, stem, clitics); the entry chosen then goes through the same vetoes (``_vetoed``), which
    read the words, not the probe (without them "بد زيارته", an obligation, differed)."""
    from marsad.events.lexicon import TriggerMatch, _choose, _vetoed

    out = []
    for i, word in enumerate(words):
        found = lexicon.lookup(word)
        if found is None:
            continue
        form, entries, pro, enc = found
        if enc and form in lexicon._bare_forms:
            entries = [e for e in entries if e.enclitic]
            if not entries:
                continue
        chosen, last = _choose(entries, words, i, lexicon)
        if chosen is not None and not _vetoed(chosen, form, words, i, lexicon, proclitics=pro, enclitics=enc):
            out.append(TriggerMatch(chosen, i, last, word.start, words[last].end, form, pro, enc))
    return out


def _respelt(words, data):
    """Some words given another stem and clitics under the same text, as ``language.tokens`` does to a new
    name after ل/ب when the rest of the story holds it (لبزشكيان: stem بزشكيان, clitic ل+)."""
    from marsad.events.words import word

    out = []
    for w in words:
        if len(w.norm) > 3 and data.draw(st.booleans()):
            out.append(word(w.start, w.end, w.text, w.norm, w.norm[1:], (w.norm[0] + "+",)))
        else:
            out.append(w)
    return out


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_lexicon_match_by_text_equals_the_tuple_keyed_probe(lexicons, data) -> None:
    lexicon, _ = lexicons
    fresh = copy.copy(lexicon)
    fresh._lookups, fresh._bares, fresh._starts, fresh._by_text = {}, {}, {}, {}
    pieces = data.draw(
        st.lists(st.sampled_from(WORDS) | st.text(LETTERS, min_size=1, max_size=8), min_size=1)
    )
    text = " ".join(pieces)
    words = split_words(text, 0, len(text))
    # asked twice, and again with some words respelt: a text cached with one stem never answers for another
    for ws in (words, words, _respelt(words, data), words):
        assert lexicon.match(ws) == _match_by_lookup(fresh, ws), text


def test_lexicon_match_by_text_on_real_sentences(lexicons) -> None:
    lexicon, _ = lexicons
    fresh = copy.copy(lexicon)
    fresh._lookups, fresh._bares, fresh._starts, fresh._by_text = {}, {}, {}, {}
    found = 0
    for text in SENTENCES:
        words = split_words(text, 0, len(text))
        new = lexicon.match(words)
        assert new == _match_by_lookup(fresh, words) == lexicon.match(words)
        found += len(new)
    assert found >= 10  # التقى، أدانت، فرضت، عقوبات، سيلتقي، ...


def _old_bare(lexicon, w) -> tuple[str, ...]:
    # Lexicon.bare before round 11 (cached by (key, stem)), computed afresh
    procs = lexicon._proclitics_by_first.get(w.norm[:1], lexicon._proclitics_by_first[""])
    return (w.stem, w.norm, *[w.norm[len(p) :] for p in procs if w.norm.startswith(p)])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_lexicon_bare_and_starts_with_by_key_equal_the_pair_keyed_memo(lexicons, data) -> None:
    # the memos are keyed by the word's key alone, the stem checked on a hit: one key seen with two stems
    # (a respelt word) must get each stem's own answer, in any order
    lexicon, _ = lexicons
    prefix_sets = _prefix_sets(lexicon)
    pieces = data.draw(
        st.lists(st.sampled_from(WORDS) | st.text(LETTERS, min_size=1, max_size=8), min_size=1)
    )
    text = " ".join(pieces)
    words = split_words(text, 0, len(text))
    for ws in (words, _respelt(words, data), words):
        for w in ws:
            assert lexicon.bare(w) == _old_bare(lexicon, w), w
            for prefixes in data.draw(st.lists(st.sampled_from(prefix_sets), min_size=1, max_size=3)):
                old = any(b.startswith(prefixes) for b in _old_bare(lexicon, w))
                assert lexicon.starts_with(w, prefixes) == old, (w, prefixes)


def test_lexicon_starts_with_one_key_two_stems(lexicons) -> None:
    # a key first seen with a stem that starts no prefix, then with one that does (and back): each answer is
    # its own stem's (the memo keyed by key alone checks the stem)
    from marsad.events.words import word

    lexicon, _ = lexicons
    for prefixes in _prefix_sets(lexicon):
        plain = word(0, 5, "ممممم", "ممممم", "ممممم")
        led = word(0, 5, "ممممم", "ممممم", prefixes[0])
        answers = [lexicon.starts_with(w, prefixes) for w in (plain, led, plain, led)]
        assert answers == [False, True, False, True], prefixes
        assert lexicon.bare(led) == _old_bare(lexicon, led) and lexicon.bare(plain) == _old_bare(
            lexicon, plain
        )


def test_lexicon_match_by_text_compares_the_token_clitics(lexicons) -> None:
    # round 15: the words are the tokens, whose clitics are a list; the probe keeps them as a tuple and compares
    # them, so one text and stem under other clitics (a hand-made word) is looked up again, and after a
    # collection the probe's values are untracked (a cached list would stay tracked)
    from marsad.events.words import word

    lexicon, _ = lexicons
    fresh = copy.copy(lexicon)
    fresh._lookups, fresh._bares, fresh._starts, fresh._by_text = {}, {}, {}, {}
    text = "وأدانت"
    with_clitic = [word(0, 6, text, "وادانت", "ادانت", ("و+",))]
    without = [word(0, 6, text, "وادانت", "ادانت")]
    for ws in (with_clitic, without, with_clitic, without):
        got = fresh.match(ws)
        assert got == _match_by_lookup(lexicon, ws)
        assert [m.proclitics for m in got] == [tuple(ws[0].clitics)]
    assert fresh._by_text[text][1] == ()
    gc.collect()
    assert not gc.is_tracked(fresh._by_text[text][1])


def test_lexicon_lookup_gates_on_ta_marbuta_words(lexicons) -> None:
    # a final ta marbuta (its key ends in ه like the pronoun) and words with and without enclitics and tanween
    # (قتلة، وقصفة: the ta marbuta is no pronoun on a verb: قتل + ه, قصف + ه)
    for text in (
        "قتلة وقصفة زيارة بزيارة وزيارته هجمة هجماتهم مصادرة لمصادرتها تحقيقا هجوما عقوباتها",
        "ةةة ةه هة",
    ):
        _same(lexicons, text)


def test_lexicon_lookup_cache_keeps_a_none_answer(lexicons) -> None:
    # round 15: the miss is a sentinel, not a KeyError; a cached None (no trigger) is an answer, read as one
    from marsad.events.words import word

    lexicon, _ = lexicons
    fresh = copy.copy(lexicon)
    fresh._lookups = {}
    w = word(0, 6, "وأدانت", "وادانت", "ادانت", ("و+",))
    assert fresh.lookup(w) is not None and (w.text, w.stem, ("و+",)) in fresh._lookups
    fresh._lookups = {(w.text, w.stem, ("و+",)): None}  # planted: the cache is the only answer read
    assert fresh.lookup(w) is None


def _built_from_forms(lexicon, form: str, pro: str, enc: str) -> str:
    """A word the proclitic loop can find: a proclitic cluster, a lexicon form (its ه written ت before an
    enclitic, as زيارته), then an enclitic or the tanween alif."""
    if enc and enc != "ا" and form.endswith("ه"):
        form = form[:-1] + "ت"
    return pro + form + enc


def _gated_same(lexicon, text: str) -> bool:
    """Round 17's ending gate against the old look-up (no gate, every helper called); True when the old
    look-up found the word through its proclitic loop (not the word or its stem as written)."""
    found = False
    for w in split_words(text, 0, len(text)):
        fresh = copy.copy(lexicon)
        fresh._lookups = {}
        old = _old_lookup(lexicon, w)
        assert fresh.lookup(w) == old, w.text
        found = found or (old is not None and old[0] not in (w.norm, w.stem))
    return found


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_lexicon_ending_gate_equals_the_old_lookup_on_the_lexicon_forms(lexicons, data) -> None:
    lexicon, _ = lexicons
    forms = sorted(lexicon.index)
    pro = data.draw(st.sampled_from(("", *lexicon.affixes.proclitics)))
    enc = data.draw(st.sampled_from(("", "ا", *lexicon.affixes.enclitics)))
    form = data.draw(st.sampled_from(forms))
    noise = data.draw(st.text(alphabet=st.sampled_from(LETTERS), max_size=2))
    # the form itself with clitics, and with a letter or two changed at its end (mostly new words)
    _gated_same(lexicon, _built_from_forms(lexicon, form, pro, enc))
    _gated_same(lexicon, _built_from_forms(lexicon, form[: len(form) - len(noise)] + noise, pro, enc))


def test_lexicon_ending_gate_keeps_every_loop_match_of_the_forms(lexicons) -> None:
    # every form of 3 letters or more under و and بال, before each enclitic (ه as ت) and the tanween alif:
    # a gate that missed the ت spelling, the alif or a 3-letter form would refuse some of these
    lexicon, _ = lexicons
    found = 0
    for form in sorted(lexicon.index):
        if len(form) < 3:
            continue
        for pro in ("و", "بال"):
            for enc in ("", "ا", *lexicon.affixes.enclitics):
                found += _gated_same(lexicon, _built_from_forms(lexicon, form, pro, enc))
    assert found >= 10_000


def test_lexicon_ending_gate_refuses_most_new_words(lexicons) -> None:
    # the words of an ANT news sentence that trigger nothing: the gate refuses most before the proclitic loop
    lexicon, _ = lexicons
    text = (
        "وتواجه المنظمة الخيرية انتقادات متزايدة بشأن تعاملها مع مزاعم إساءة السلوك التي طالت كوادرها في هايتي"
        " أثناء عملهم في أعقاب الزلزال الضخم الذي دمر البلاد في عام 2010"
    )
    words = [w for w in split_words(text, 0, len(text)) if lexicon.lookup(w) is None]
    refused = [w.text for w in words if not any(w.norm[-n:] in lexicon._ends for n in (3, 4, 5, 6, 7))]
    assert len(words) >= 20 and len(refused) >= len(words) * 3 // 4, refused


def test_lexicon_match_by_text_equals_the_probe_on_an_obligation(lexicons) -> None:
    # found by hypothesis in CI (session 15): the reference probe skipped the vetoes after _choose, so an obligation
    # (لا بد زيارته) was a match there and none in Lexicon.match
    lexicon, _ = lexicons
    fresh = copy.copy(lexicon)
    fresh._lookups, fresh._bares, fresh._starts, fresh._by_text = {}, {}, {}, {}
    for text in ("بد زيارته", "لا بد من زيارته للمنطقة", "أعلن زيارته للمنطقة"):
        words = split_words(text, 0, len(text))
        assert lexicon.match(words) == _match_by_lookup(fresh, words), text
    words = split_words("بد زيارته", 0, len("بد زيارته"))
    assert lexicon.match(words) == []

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.ner.docfeatures import DocTokens, document_attributes, two_pass
from marsad.entities.ner.features import WordForms


def _forms(*keys: str) -> list[WordForms]:
    """Forms as split_proclitics would give them for the words used here (و stripped, ال kept)."""
    out = []
    for key in keys:
        pre = "و" if key.startswith("و") and key not in {"وزير"} else ""
        stem = key[len(pre) :]
        bare = stem[2:] if stem.startswith("ال") else stem
        out.append(WordForms(key=key, stem=stem, bare=bare, proclitic=pre))
    return out


def _sent(words: str, tags: str) -> DocTokens:
    return DocTokens(forms=_forms(*words.split()), tags=tags.split())


def test_docfeatures_carry_a_name_over_from_another_sentence() -> None:
    sents = [
        _sent("قال الرئيس فلاديمير بوتين", "O O B-PERS I-PERS"),
        _sent("وأضاف بوتين ان موسكو", "O O O B-LOC"),
    ]
    attrs = document_attributes(sents, window=10)
    putin = attrs[1][1]
    assert "p1:O" in putin
    # the other sentence tagged the same stem and bare form PERS, every time it saw it
    assert {"ds:PERS", "dsf:PERS:3", "db:PERS", "dbf:PERS:3"} <= set(putin)
    # its neighbours see it (without the share bins)
    assert "1:ds:PERS" in attrs[1][0]
    assert "-1:db:PERS" in attrs[1][2]
    assert not any(a.startswith(("1:dsf", "-1:dsf")) for a in attrs[1][0] + attrs[1][2])


def test_docfeatures_never_look_at_the_tokens_own_sentence() -> None:
    sents = [_sent("بوتين في موسكو", "B-PERS O B-LOC")]
    attrs = document_attributes(sents, window=10)
    assert attrs[0][0] == ["p1:B-PERS", "1:p1:O"]


def test_docfeatures_window_and_short_forms() -> None:
    far = [_sent("بوتين", "B-PERS")] + [_sent("كلام عام", "O O")] * 3 + [_sent("بوتين في", "O O")]
    near = document_attributes(far, window=4)[4][0]
    out_of_reach = document_attributes(far, window=3)[4][0]
    assert "ds:PERS" in near
    assert not any(a.startswith("ds") for a in out_of_reach)
    # "في" (two letters) neither votes nor gets votes
    assert document_attributes([_sent("في", "B-LOC"), _sent("في", "O")], window=2)[1][0] == ["p1:O"]


def test_docfeatures_form_only_seen_outside_entities_says_o() -> None:
    sents = [_sent("الحكومة قررت", "O O"), _sent("الحكومة", "B-ORG")]
    assert "ds:O" in document_attributes(sents, window=2)[1][0]


def test_docfeatures_majority_share_bins() -> None:
    sents = [_sent("عباس", "B-PERS"), _sent("عباس", "B-PERS"), _sent("عباس", "O"), _sent("عباس", "B-LOC")]
    attrs = document_attributes(sents, window=5)[3][0]
    # the others: PERS twice, O once -> PERS with a share of 2/3 -> bin 2
    assert "ds:PERS" in attrs and "dsf:PERS:2" in attrs


def test_docfeatures_two_pass_feeds_first_tags_to_second() -> None:
    sents = [["بوتين", "قال"], [], ["بوتين"]]
    seen: list[list[list[str]]] = []

    def first(batch) -> list[list[str]]:
        # a first pass that finds بوتين only where a verb follows
        return [["B-PERS" if w == "بوتين" and len(s) == 2 else "O" for w in s] for s in batch]

    def second(batch, extra: list[list[list[str]]]) -> list[list[str]]:
        seen.extend(extra)
        return [["B-PERS" if {"ds:PERS", "p1:B-PERS"} & set(a) else "O" for a in e] for e in extra]

    forms = {w: f for w, f in zip(["بوتين", "قال"], _forms("بوتين", "قال"), strict=True)}
    tags = two_pass(sents, forms=forms.__getitem__, first=first, second=second, window=2)
    assert tags == [["B-PERS", "O"], [], ["B-PERS"]]
    assert seen[2][0][0] == "p1:O" and "ds:PERS" in seen[2][0]


WORDS = st.sampled_from(["بوتين", "موسكو", "الحكومة", "في", "قال", "والصين"])
TAGS = st.sampled_from(["O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-MISC"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(WORDS, TAGS), max_size=6), max_size=6), st.integers(0, 4))
def test_docfeatures_shape_matches_input(sents, window: int) -> None:
    docs = [DocTokens(forms=_forms(*[w for w, _ in s]), tags=[t for _, t in s]) for s in sents]
    attrs = document_attributes(docs, window=window)
    assert [len(a) for a in attrs] == [len(s) for s in sents]
    for sent_attrs, s in zip(attrs, sents, strict=True):
        for a, (_, tag) in zip(sent_attrs, s, strict=True):
            assert a[0] == f"p1:{tag}"
            assert all(":" in x for x in a)
    assert document_attributes(docs, window=window) == attrs  # deterministic

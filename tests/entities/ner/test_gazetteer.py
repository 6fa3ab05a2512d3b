from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.entities.ner.gazetteer import Gazetteer, GazetteerName, build_gazetteer, collect_names
from support import shared_file


def test_gazetteer_longest_match_first() -> None:
    gaz = build_gazetteer(
        [
            GazetteerName("الولايات المتحدة", "LOC", "t"),
            GazetteerName("الولايات", "LOC", "t"),
            GazetteerName("الأمم المتحدة", "ORG", "t"),
        ],
        bare=lambda t: t,
    )
    tags = gaz.tag(["قالت", "الولايات", "المتحدة", "و", "الأمم", "المتحدة"])
    assert tags == ["O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG"]


def test_gazetteer_save_load_round_trip(tmp_path) -> None:
    gaz = Gazetteer(entries={("مصر",): "LOC", ("الامم", "المتحده"): "ORG"}, max_len=2)
    path = tmp_path / "g.tsv"
    gaz.save(path)
    back = Gazetteer.load(path)
    assert back.entries == gaz.entries and back.max_len == 2


def test_gazetteer_collects_countries_territories_and_cities() -> None:
    names = collect_names(gazetteers_dir=shared_file("data/gazetteers"), kb_dir=None)
    by_name = {n.name: n.type for n in names}
    assert by_name["مصر"] == "LOC"
    assert by_name["الأمم المتحدة"] == "ORG"
    assert any(n.source.startswith("CLDR via babel") for n in names)


def _walk(gaz: Gazetteer, bare: list[str]) -> list[str]:
    """The plain left-to-right walk over every token: what ``tag`` must equal."""
    out = ["O"] * len(bare)
    i = 0
    while i < len(bare):
        for size in range(min(gaz.max_len, len(bare) - i), 0, -1):
            kind = gaz.entries.get(tuple(bare[i : i + size]))
            if kind:
                out[i] = f"B-{kind}"
                for k in range(i + 1, i + size):
                    out[k] = f"I-{kind}"
                i += size
                break
        else:
            i += 1
    return out


_WORDS = ("صين", "روسيا", "بيت", "ابيض", "امم", "متحده", "قال")


@given(
    names=st.dictionaries(
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(tuple),
        st.sampled_from(("LOC", "ORG", "PERS")),
        max_size=8,
    ),
    bare=st.lists(st.sampled_from(_WORDS), max_size=30),
)
def test_gazetteer_tag_equals_a_walk_over_every_token(names, bare) -> None:
    gaz = Gazetteer(entries=names, max_len=max((len(k) for k in names), default=1))
    assert gaz.tag(bare) == _walk(gaz, bare)


# Round 22 (perf22): ``tag`` tries only the lengths of the names a first word starts.


def test_gazetteer_tag_equals_the_walk_on_bundled_news(ner_tagger) -> None:
    # The shipped gazetteer over the bare forms of real sentences: many names, of several lengths.
    import json
    from importlib import resources

    from marsad.entities.ner.tokenize import sentence_tokens

    gaz = ner_tagger.extractor.gazetteer
    forms = ner_tagger.extractor.type_values
    sample = resources.files("marsad").joinpath("samples/ant_news_sample.jsonl").read_text(encoding="utf-8")
    found = 0
    for line in sample.splitlines()[:60]:
        for sent in sentence_tokens(json.loads(line)["text"]):
            bare = [forms(t).forms.bare for t in sent.texts]
            tags = gaz.tag(bare)
            assert tags == _walk(gaz, bare)
            found += sum(t.startswith("I-") for t in tags)
    assert found > 50  # names of two words and more among them
    firsts = {words[0] for words in gaz.entries}
    assert set(gaz._sizes) == firsts == set(gaz._longest)
    assert all(lengths[0] == gaz._longest[w] for w, lengths in gaz._sizes.items())


def test_gazetteer_tag_skips_lengths_no_name_has() -> None:
    # A first word that starts names of 1 and 3 words, not 2: the 3-word name wins, and the 1-word
    # one where the 3 words are not there.
    gaz = Gazetteer(
        entries={("بيت",): "LOC", ("بيت", "ابيض", "امم"): "ORG", ("ابيض", "امم"): "PERS"}, max_len=3
    )
    assert gaz._sizes["بيت"] == (3, 1)
    assert gaz.tag(["قال", "بيت", "ابيض", "امم"]) == ["O", "B-ORG", "I-ORG", "I-ORG"]
    assert gaz.tag(["بيت", "ابيض", "قال"]) == ["B-LOC", "O", "O"]
    assert gaz.tag(["بيت", "ابيض"]) == ["B-LOC", "O"]

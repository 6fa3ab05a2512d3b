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

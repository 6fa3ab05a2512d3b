from __future__ import annotations

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

"""The gold format's loader and the shipped dev gold set (tests/events/gold/dev.jsonl)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.events.gold import PLOVER_MODES, load_gold, parse_record, record_problems

GOLD = Path(__file__).parent / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_dev_set_size(gold) -> None:
    assert len(gold) >= 40
    assert sum(len(a.events) for a in gold) >= 300


def test_gold_offsets_exact(gold) -> None:
    for art in gold:
        for ev in art.events:
            assert art.text[ev.trigger_start : ev.trigger_end] == ev.trigger, ev.id
            assert art.text[ev.sentence_start : ev.sentence_end] == ev.sentence, ev.id
            assert ev.sentence_start <= ev.trigger_start < ev.trigger_end <= ev.sentence_end, ev.id
            for p in (*ev.source, *ev.target):
                assert art.text[p.start : p.end] == p.text, (ev.id, p)


def test_gold_types_and_modes_are_plover(gold) -> None:
    for art in gold:
        for ev in art.events:
            assert ev.type in PLOVER_MODES, ev.id
            assert ev.mode is None or ev.mode in PLOVER_MODES[ev.type], ev.id


def test_gold_covers_types_and_modalities(gold) -> None:
    events = [ev for art in gold for ev in art.events]
    types = Counter(ev.type for ev in events)
    wanted = {"ASSAULT", "ACCUSE", "CONSULT", "REQUEST", "COOPERATE", "MOBILIZE", "SANCTION", "PROTEST"}
    wanted |= {"COERCE", "THREATEN", "REJECT", "AID", "AGREE", "SUPPORT", "RETREAT", "CONCEDE"}
    assert wanted <= set(types), wanted - set(types)
    modalities = Counter(ev.modality for ev in events)
    for modality in ("negated", "future", "reported", "historical", "asserted"):
        assert modalities[modality] >= 3, modality


def test_gold_articles_are_ant_records(gold) -> None:
    for art in gold:
        assert art.source == f"ant_news:{art.id}"
        assert len(art.published) == 10 and art.published[4] == "-"
        assert art.published_raw
    assert len({a.id for a in gold}) == len(gold)


def test_gold_dates_not_after_publication_unless_future(gold) -> None:
    # A date later than the story's own publication can only belong to a planned event (§5, §6).
    for art in gold:
        for ev in art.events:
            if ev.date and ev.date > art.published:
                assert ev.modality == "future" or ev.type in ("AGREE", "REQUEST", "CONCEDE"), ev.id


def test_gold_loader_rejects_shifted_trigger(records) -> None:
    bad = copy.deepcopy(records[0])
    bad["events"][0]["trigger_start"] += 1
    problems = record_problems(bad)
    assert any("trigger" in p for p in problems)
    with pytest.raises(InputError):
        parse_record(bad)


def test_gold_loader_rejects_unknown_type_mode_and_code(records) -> None:
    bad = copy.deepcopy(records[0])
    bad["events"][0]["type"] = "FIGHT"
    assert any("not a PLOVER type" in p for p in record_problems(bad))
    bad = copy.deepcopy(records[0])
    bad["events"][0]["type"], bad["events"][0]["mode"] = "ASSAULT", "visit"
    assert any("not a mode of ASSAULT" in p for p in record_problems(bad))
    bad = copy.deepcopy(records[0])
    bad["events"][0]["source"][0]["country"] = "XXZ"
    assert any("ISO 3166" in p for p in record_problems(bad))


def test_gold_loader_rejects_schema_violations(records) -> None:
    bad = copy.deepcopy(records[0])
    del bad["events"][0]["modality"]
    assert record_problems(bad)
    bad = copy.deepcopy(records[0])
    bad["events"][0]["date"] = "May 2018"
    assert record_problems(bad)


def test_gold_loader_reports_line_of_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="#1"):
        load_gold(path)


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_gold_problems_never_raise_on_mutated_records(records, data) -> None:
    record = copy.deepcopy(data.draw(st.sampled_from(records)))
    if not record["events"]:
        return
    ev = data.draw(st.sampled_from(record["events"]))
    key = data.draw(st.sampled_from(["trigger_start", "trigger_end", "sentence_start", "sentence_end"]))
    ev[key] = data.draw(st.integers(min_value=-5, max_value=len(record["article"]["text"]) + 5))
    problems = record_problems(record)
    text = record["article"]["text"]
    consistent = (
        ev["trigger_start"] >= 0
        and ev["sentence_start"] >= 0
        and text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
        and text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]
        and ev["sentence_start"] <= ev["trigger_start"] < ev["trigger_end"] <= ev["sentence_end"]
    )
    assert (not problems) == consistent


def test_gold_check_set_valid_and_disjoint_from_dev(gold) -> None:
    """The blind check set (check.jsonl) loads, has >= 100 events, and shares no article with the dev set."""
    check = load_gold(GOLD.parent / "check.jsonl")
    assert len(check) >= 20
    assert sum(len(a.events) for a in check) >= 100
    assert not {a.id for a in check} & {a.id for a in gold}
    for art in check:
        for ev in art.events:
            assert art.text[ev.trigger_start : ev.trigger_end] == ev.trigger, ev.id
            assert ev.sentence_start <= ev.trigger_start < ev.trigger_end <= ev.sentence_end, ev.id

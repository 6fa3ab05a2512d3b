"""The event scorer on hand-made predictions: every figure below is computed by hand."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from marsad.events.gold import parse_record
from marsad.events.score import (
    Report,
    ScoredEvent,
    actors_match,
    align_span,
    evaluate,
    match_events,
    pair_articles,
    places_match,
    score_article,
)
from marsad.model import Article, Event, Location, Participant, Span, Story

TEXT = (
    "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين اليوم. "
    "وأدانت الخارجية الأميركية الهجوم على السفارة. "
    "وفرضت واشنطن عقوبات على شركات صينية."
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _sentence(n: int) -> tuple[int, int]:
    starts = [0, TEXT.index("وأدانت"), TEXT.index("وفرضت")]
    ends = [TEXT.index("اليوم.") + 6, TEXT.index("السفارة.") + 8, len(TEXT)]
    return starts[n], ends[n]


def _participant(needle: str, country: str, sector: str | None) -> dict:
    s, e = _span(TEXT, needle)
    return {"text": needle, "start": s, "end": e, "country": country, "sector": sector}


def _gold_event(n: int, trigger: str, typ: str, mode: str | None, src: list, tgt: list, **kw) -> dict:
    ss, se = _sentence(n)
    ts, te = _span(TEXT, trigger)
    return {
        "id": f"g{n}",
        "sentence": TEXT[ss:se],
        "sentence_start": ss,
        "sentence_end": se,
        "trigger": trigger,
        "trigger_start": ts,
        "trigger_end": te,
        "type": typ,
        "mode": mode,
        "source": src,
        "target": tgt,
        "date": kw.get("date"),
        "location": kw.get("location"),
        "location_country": kw.get("location_country"),
        "modality": "asserted",
        "notes": None,
    }


GOLD_RECORD = {
    "article": {
        "id": "T-1",
        "source": "ant_news:T-1",
        "outlet": "test",
        "title": "عنوان",
        "published": "2024-05-16",
        "dateline": None,
        "text": TEXT,
    },
    "events": [
        _gold_event(
            0,
            "التقى",
            "CONSULT",
            "visit",
            [_participant("الرئيس الروسي فلاديمير بوتين", "RUS", "GOV")],
            [_participant("نظيره الصيني شي جين بينغ", "CHN", "GOV")],
            date="2024-05-16",
            location="بكين",
            location_country="CHN",
        ),
        _gold_event(
            1, "وأدانت", "ACCUSE", "disapprove", [_participant("الخارجية الأميركية", "USA", "GOV")], []
        ),
        _gold_event(
            2,
            "وفرضت",
            "SANCTION",
            "discontinue",
            [_participant("واشنطن", "USA", None)],
            [_participant("شركات صينية", "CHN", "BUS")],
        ),
    ],
}


@pytest.fixture(scope="module")
def gold():
    return [parse_record(GOLD_RECORD)]


def _pred_event(n: int, trigger: str, typ: str, src: list, tgt: list, **kw) -> Event:
    ss, se = _sentence(n)
    ts, te = _span(TEXT, trigger)
    parts = lambda items: [  # noqa: E731 - a local shorthand for the hand-made lists
        Participant(text=t, start=_span(TEXT, t)[0], end=_span(TEXT, t)[1], country=c, sector=s)
        for t, c, s in items
    ]
    return Event(
        start=ts,
        end=te,
        text=trigger,
        type=typ,
        mode=kw.get("mode"),
        source=parts(src),
        target=parts(tgt),
        date=kw.get("date"),
        location=kw.get("location"),
        sentence=Span(start=ss, end=se, text=TEXT[ss:se]),
    )


def _perfect() -> list[Event]:
    return [
        _pred_event(
            0,
            "التقى",
            "CONSULT",
            [("الرئيس الروسي فلاديمير بوتين", "RUS", "GOV")],
            [("نظيره الصيني شي جين بينغ", "CHN", "GOV")],
            mode="visit",
            date="2024-05-16",
            location=Location(text="بكين", country="CHN"),
        ),
        _pred_event(1, "وأدانت", "ACCUSE", [("الخارجية الأميركية", "USA", "GOV")], [], mode="disapprove"),
        _pred_event(2, "وفرضت", "SANCTION", [("واشنطن", "USA", "GOV")], [("شركات صينية", "CHN", "BUS")]),
    ]


def _article(events: list[Event], *, text: str = TEXT, art_id: str = "T-1") -> Article:
    story = Story(id="s0", role="main", text=text, events=events)
    return Article(id=art_id, source="test", stories=[story])


def test_score_perfect_prediction_is_one(gold) -> None:
    report = evaluate(gold, {"T-1": _article(_perfect())})
    for criterion in ("type", "type+source+target", "type+date", "type+location"):
        counts = report.overall[criterion]
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), criterion


def test_score_missing_event_drops_recall_only(gold) -> None:
    report = evaluate(gold, {"T-1": _article(_perfect()[:2])})
    counts = report.overall["type"]
    assert counts.precision == 1.0
    assert counts.recall == pytest.approx(2 / 3)
    assert report.per_type["SANCTION"]["type"].recall == 0.0
    assert report.per_type["CONSULT"]["type"].recall == 1.0


def test_score_wrong_target_keeps_type_but_fails_actors(gold) -> None:
    events = _perfect()
    events[0].target[0].country = "USA"
    report = evaluate(gold, {"T-1": _article(events)})
    assert report.overall["type"].f1 == 1.0
    assert report.overall["type+source+target"].matched == 2
    assert report.per_type["CONSULT"]["type+source+target"].f1 == 0.0


def test_score_wrong_type_is_false_positive_and_miss(gold) -> None:
    events = _perfect()
    events[1].type = "REJECT"
    report = evaluate(gold, {"T-1": _article(events)})
    assert report.overall["type"].matched == 2
    assert report.overall["type"].precision == pytest.approx(2 / 3)
    assert report.per_type["REJECT"]["type"].predicted == 1
    assert report.per_type["REJECT"]["type"].matched == 0


def test_score_different_sentence_does_not_match(gold) -> None:
    events = _perfect()
    moved = _pred_event(0, "التقى", "SANCTION", [("واشنطن", "USA", None)], [("شركات صينية", "CHN", "BUS")])
    report = evaluate(gold, {"T-1": _article([events[0], events[1], moved])})
    assert report.per_type["SANCTION"]["type"].matched == 0


def test_score_duplicate_prediction_is_one_match_one_false_positive(gold) -> None:
    events = _perfect()
    report = evaluate(gold, {"T-1": _article([*events, _perfect()[1]])})
    assert report.overall["type"].matched == 3
    assert report.overall["type"].predicted == 4


def test_score_wrong_date_and_location_are_scored_apart(gold) -> None:
    events = _perfect()
    events[0].date = "2024-05-15"
    events[0].location = Location(text="موسكو", country="RUS")
    report = evaluate(gold, {"T-1": _article(events)})
    assert report.overall["type+source+target"].matched == 3
    assert report.overall["type+date"].matched == 2
    assert report.overall["type+location"].matched == 2


def test_score_location_by_country_or_clitic_free_text(gold) -> None:
    events = _perfect()
    events[0].location = Location(text="العاصمة الصينية", country="CHN")
    assert evaluate(gold, {"T-1": _article(events)}).overall["type+location"].matched == 3
    events[0].location = Location(text="ببكين", country=None)
    assert evaluate(gold, {"T-1": _article(events)}).overall["type+location"].matched == 3


def test_score_no_prediction_for_article_is_all_misses(gold) -> None:
    report = evaluate(gold, {})
    assert report.overall["type"].gold == 3
    assert report.overall["type"].recall == 0.0


def test_score_actor_lists_compare_as_sets() -> None:
    gold = frozenset({("RUS", "GOV"), ("CHN", "GOV")})
    assert actors_match(gold, frozenset({("CHN", "GOV"), ("RUS", "GOV")}))
    assert not actors_match(gold, frozenset({("RUS", "GOV")}))
    assert not actors_match(gold, frozenset({("RUS", "GOV"), ("CHN", "MIL")}))
    assert not actors_match(gold, frozenset({("RUS", "GOV"), ("CHN", "GOV"), ("IRN", "GOV")}))
    # a gold side with no sector (the text names only the country) accepts any sector
    assert actors_match(frozenset({("USA", None)}), frozenset({("USA", "GOV")}))
    assert not actors_match(frozenset({("USA", "GOV")}), frozenset({("USA", None)}))
    assert actors_match(frozenset(), frozenset())
    assert not actors_match(frozenset(), frozenset({("USA", None)}))


def test_score_list_order_and_repeats_irrelevant(gold) -> None:
    events = _perfect()
    events[0].source = list(reversed(events[0].source)) + events[0].source
    report = evaluate(gold, {"T-1": _article(events)})
    assert report.overall["type+source+target"].f1 == 1.0


def test_score_greedy_prefers_better_agreement() -> None:
    def ev(src: str, start: int) -> ScoredEvent:
        return ScoredEvent(
            type="ASSAULT",
            mode=None,
            sentence_start=0,
            sentence_end=100,
            trigger_start=start,
            trigger_end=start + 3,
            source=frozenset({(src, None)}),
            target=frozenset(),
            date=None,
            location=None,
            location_country=None,
        )

    gold = [ev("RUS", 10), ev("UKR", 50)]
    pred = [ev("UKR", 10), ev("RUS", 50)]
    pairs = match_events(gold, pred)
    assert [(p.gold, p.pred) for p in pairs] == [(0, 1), (1, 0)]
    report = Report()
    score_article(gold, pred, report=report)
    assert report.overall["type+source+target"].f1 == 1.0


def test_score_aligns_story_with_dropped_dateline(gold) -> None:
    prefix = "موسكو - وكالات\n"
    shifted = TEXT[len("التقى الرئيس ") :]  # the cleaner dropped the first words: offsets move
    story_text = prefix + shifted
    events = []
    for ev in _perfect()[1:]:
        sent = ev.sentence.text
        s = story_text.index(sent)
        t = story_text.index(ev.text, s)
        ev.sentence = Span(start=s, end=s + len(sent), text=sent)
        ev.start, ev.end = t, t + len(ev.text)
        events.append(ev)
    report = evaluate(gold, {"T-1": _article(events, text=story_text)})
    assert report.unaligned == 0
    assert report.overall["type+source+target"].matched == 2


def test_score_unalignable_prediction_is_false_positive(gold) -> None:
    ev = _perfect()[1]
    other = "نص آخر لا علاقة له بالمقال على الإطلاق ولا يشبهه."
    ev.sentence = Span(start=0, end=len(other), text=other)
    ev.start, ev.end, ev.text = 0, 3, other[:3]
    report = evaluate(gold, {"T-1": _article([ev], text=other)})
    assert report.unaligned == 1
    assert report.overall["type"].predicted == 1
    assert report.overall["type"].matched == 0


def test_score_places_match_without_clitics() -> None:
    assert places_match("الضالع", "بالضالع")
    assert places_match("بغداد", "وبغداد")
    assert places_match("بكين", "ببكين")
    assert places_match("بيروت", "بيروت")
    assert not places_match("بيروت", "يروت")
    assert not places_match("القدس", "القاهرة")


@given(st.text(max_size=60), st.text(min_size=1, max_size=200))
def test_score_align_span_never_raises_and_points_at_text(needle: str, haystack: str) -> None:
    found = align_span(needle, start=0, gold_text=haystack, offset=0)
    if found is not None:
        assert 0 <= found.start <= found.end <= len(haystack)
        if needle.strip() in haystack:
            assert (
                haystack[found.start : found.end] == needle.strip()
                or haystack[found.start : found.end] == needle
            )


def test_score_pairs_prediction_articles_by_id_and_text(gold) -> None:
    by_id = _article(_perfect(), art_id="T-1")
    by_text = _article(_perfect(), art_id="hash123")
    stray = _article([], text="خبر آخر تماما عن موضوع مختلف لا يرد في المجموعة الذهبية أبدا", art_id="x")
    paired, unpaired = pair_articles(gold, [by_text])
    assert list(paired) == ["T-1"]
    paired, unpaired = pair_articles(gold, [by_id, stray])
    assert list(paired) == ["T-1"] and unpaired == 1


def test_eval_events_cli_with_pred(tmp_path: Path) -> None:
    from marsad.serve.cli import app

    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(GOLD_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    events = _perfect()
    events[0].target[0].country = "USA"
    pred_path.write_text(
        json.dumps(_article(events, art_id="T-1").to_dict(), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["eval", "events", str(gold_path), "--pred", str(pred_path), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["overall"]["type"]["f1"] == 1.0
    assert data["overall"]["type+source+target"]["matched"] == 2
    text = CliRunner().invoke(app, ["eval", "events", str(gold_path), "--pred", str(pred_path)])
    assert text.exit_code == 0 and "type+source+target" in text.output


def test_eval_events_cli_bad_gold_is_usage_error(tmp_path: Path) -> None:
    from marsad.serve.cli import app

    bad = dict(GOLD_RECORD)
    bad["events"] = [dict(GOLD_RECORD["events"][0], trigger_start=1)]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(gold_path), "--pred", str(gold_path)])
    assert result.exit_code == 2


# ---------------------------------------------------------------------------------------------- real pipeline

DEV_GOLD = Path(__file__).parent / "gold" / "dev.jsonl"
FLOORS = Path(__file__).parent / "gold" / "floors.json"
CHECK_GOLD = Path(__file__).parent / "gold" / "check.jsonl"
CHECK2_GOLD = Path(__file__).parent / "gold" / "check2.jsonl"


@pytest.fixture(scope="module")
def dev_run(pipeline):
    from marsad.events.gold import load_gold
    from marsad.events.score import run_pipeline

    gold = load_gold(DEV_GOLD)
    started = time.perf_counter()
    predicted = run_pipeline(gold, pipeline=pipeline)
    return gold, predicted, time.perf_counter() - started


def test_score_run_pipeline_keeps_gold_metadata_and_offsets(dev_run) -> None:
    from support import assert_offsets

    gold, predicted, _ = dev_run
    assert set(predicted) == {g.id for g in gold}
    for g in gold:
        article = predicted[g.id]
        main = article.main
        assert main is not None
        assert main.published and main.published[:10] == g.published
        assert g.text.strip()[:40] in main.text or main.text[:40] in g.text
        for story in article.stories:
            assert_offsets(story)


def test_score_pipeline_on_dev_gold_meets_floor(dev_run) -> None:
    gold, predicted, _elapsed = dev_run  # speed is measured in benchmarks/, never asserted in tests
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    report = evaluate(gold, predicted)
    assert report.overall["type"].gold == sum(len(g.events) for g in gold)
    assert report.overall["type+source+target"].f1 >= floors["type_source_target_f1"]
    assert report.overall["type"].f1 >= floors["type_f1"]
    assert report.overall["type+date"].f1 >= floors["type_date_f1"]
    assert report.overall["type+location"].f1 >= floors["type_location_f1"]


# The blind check sets: each was annotated before the coder first ran on it, holds only articles no earlier
# gold set holds, and keeps its own pinned floors. (name, file, earlier sets, minimum articles, minimum events)
CHECK_SETS = [
    ("check", CHECK_GOLD, (DEV_GOLD,), 26, 100),
    ("check2", CHECK2_GOLD, (DEV_GOLD, CHECK_GOLD), 30, 120),
]


@pytest.mark.parametrize(("name", "path", "earlier", "min_articles", "min_events"), CHECK_SETS)
def test_score_pipeline_on_check_gold_meets_floor(
    pipeline, name: str, path: Path, earlier: tuple[Path, ...], min_articles: int, min_events: int
) -> None:
    from marsad.events.gold import load_gold
    from marsad.events.score import run_pipeline

    gold = load_gold(path)
    report = evaluate(gold, run_pipeline(gold, pipeline=pipeline))
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[name]
    assert len(gold) >= min_articles
    assert report.overall["type"].gold == sum(len(g.events) for g in gold) >= min_events
    assert report.unaligned == 0
    seen = {json.loads(line)["article"]["id"] for p in earlier for line in p.open(encoding="utf-8")}
    assert not seen & {g.id for g in gold}
    assert report.overall["type+source+target"].f1 >= floors["type_source_target_f1"]
    assert report.overall["type"].f1 >= floors["type_f1"]
    assert report.overall["type+date"].f1 >= floors["type_date_f1"]
    assert report.overall["type+location"].f1 >= floors["type_location_f1"]


def _gold_as_prediction(g, *, prefix: str = "") -> Article:
    """A gold article written back as an analysed Article (what a perfect system would output)."""
    from marsad.model import Location, Participant, Span

    shift = len(prefix)
    text = prefix + g.text

    def parts(items):
        return [
            Participant(
                text=p.text, start=p.start + shift, end=p.end + shift, country=p.country, sector=p.sector
            )
            for p in items
        ]

    events = [
        Event(
            start=e.trigger_start + shift,
            end=e.trigger_end + shift,
            text=e.trigger,
            type=e.type,
            mode=e.mode,
            source=parts(e.source),
            target=parts(e.target),
            date=e.date,
            location=Location(text=e.location, country=e.location_country) if e.location else None,
            modality=e.modality,
            sentence=Span(start=e.sentence_start + shift, end=e.sentence_end + shift, text=e.sentence),
        )
        for e in g.events
    ]
    return Article(id=g.id, source="gold", stories=[Story(id="s", role="main", text=text, events=events)])


def test_score_gold_against_itself_is_perfect_even_when_shifted() -> None:
    from marsad.events.gold import load_gold

    gold = load_gold(DEV_GOLD)
    for prefix in ("", "دبي - وكالات\n"):
        predicted = {g.id: _gold_as_prediction(g, prefix=prefix) for g in gold}
        report = evaluate(gold, predicted)
        assert report.unaligned == 0
        for criterion, counts in report.overall.items():
            assert counts.f1 == 1.0, (prefix, criterion)


def test_score_pipeline_run_equals_analyze_output(dev_run, pipeline, tmp_path: Path) -> None:
    """Scoring the pipeline run by `eval events` and scoring `marsad analyze` output of the same ANT records
    through --pred give the same figures."""
    from marsad.ingest import iter_inputs

    gold, predicted, _ = dev_run
    sample = gold[:8]
    path = tmp_path / "ant.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for g in sample:
            record = {
                "id": g.id,
                "title": g.title,
                "published": g.published_raw,
                "author": g.dateline or "",
                "source_name": g.outlet,
                "text": g.text,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    analysed = [pipeline.run(a) for a in iter_inputs([str(path)]) if isinstance(a, Article)]
    paired, unpaired = pair_articles(sample, analysed)
    assert unpaired == 0 and set(paired) == {g.id for g in sample}
    direct = evaluate(sample, {g.id: predicted[g.id] for g in sample}).to_dict()
    via_analyze = evaluate(sample, paired).to_dict()
    assert direct["overall"] == via_analyze["overall"]

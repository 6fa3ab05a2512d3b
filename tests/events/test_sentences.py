"""Sentences given alone: a short sentence (under the cleaner's 40-character floor for page debris) is one
story, coded, with exact offsets, whether passed as text, as a file, or as a JSON Lines record."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from tests.support import assert_offsets
from typer.testing import CliRunner

import marsad
from marsad.ingest import read_text
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.serve.cli import app

# Real ANT sentences, each under 40 characters (article ids in the comments), with the event a reader codes.
SHORT = [
    # AL-internationalNews-408-20180309
    ("واتهمت بريطانيا موسكو في تلك القضية.", "ACCUSE", "واتهمت", "GBR", "RUS"),
    # AL-internationalNews-166-20180223
    ("ودانت وزارة الخارجية الأميركية الأحداث.", "ACCUSE", "ودانت", "USA", None),
    # AL-internationalNews-1484-20180605
    ("ونفت حركة طالبان مسؤوليتها عن الهجوم.", "REJECT", "ونفت", None, None),
    # FR-internationalNews-1497-20180528
    ("المعارضة طالبت برفع حالة الطوارئ.", "REQUEST", "طالبت", None, None),
    # AL-internationalNews-1616-20180614
    ("وأضافت أن الشرطة اعتقلت نحو 10 أشخاص.", "COERCE", "اعتقلت", None, None),
]


def _main(article: Article):
    assert [s.role for s in article.stories] == ["main"], article.rejections
    story = article.stories[0]
    assert_offsets(story)
    return story


def _check(story, sentence: str, kind: str, trigger: str, source: str | None, target: str | None) -> None:
    assert story.text == sentence
    hits = [e for e in story.events if e.type == kind and e.text == trigger]
    assert len(hits) == 1, [(e.type, e.text) for e in story.events]
    event = hits[0]
    assert story.text[event.start : event.end] == trigger
    assert event.sentence is not None
    assert story.text[event.sentence.start : event.sentence.end].strip() == sentence
    if source is not None:
        assert source in {p.country for p in event.source}
    if target is not None:
        assert target in {p.country for p in event.target}


@pytest.mark.parametrize(("sentence", "kind", "trigger", "source", "target"), SHORT)
def test_sentences_alone_through_analyze(
    pipeline: Pipeline, sentence: str, kind: str, trigger: str, source: str | None, target: str | None
) -> None:
    assert len(sentence) < 40
    story = _main(marsad.analyze(sentence, pipeline=pipeline))
    _check(story, sentence, kind, trigger, source, target)


def test_sentences_alone_cli_file(tmp_path: Path) -> None:
    sentence, kind, trigger, source, target = SHORT[0]
    path = tmp_path / "one.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    story = _main(Article.from_dict(json.loads(result.stdout)))
    _check(story, sentence, kind, trigger, source, target)


def test_sentences_alone_cli_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "sentences.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"s{i}", "text": row[0]}, ensure_ascii=False) + "\n"
            for i, row in enumerate(SHORT)
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert len(lines) == len(SHORT)
    for line, row in zip(lines, SHORT, strict=True):
        _check(_main(Article.from_dict(json.loads(line))), *row)


def test_sentences_alone_jsonl_record_title_equal_to_text(pipeline: Pipeline, tmp_path: Path) -> None:
    # A record whose title repeats its one-sentence text: the line stays in the body, the title stays metadata.
    sentence, kind, trigger, source, target = SHORT[0]
    path = tmp_path / "titled.jsonl"
    path.write_text(
        json.dumps({"title": sentence, "text": sentence}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    story = _main(marsad.analyze(path, pipeline=pipeline))
    assert story.title == sentence
    _check(story, sentence, kind, trigger, source, target)


def test_sentences_alone_two_short_lines_are_not_title_and_body(pipeline: Pipeline) -> None:
    # Two short lines: a headline stands over a body longer than page debris, so both lines are the story.
    text = "واتهمت بريطانيا موسكو في تلك القضية.\nونفت حركة طالبان مسؤوليتها عن الهجوم."
    story = _main(marsad.analyze(text, pipeline=pipeline))
    assert story.title is None
    assert story.text == text
    assert {"ACCUSE", "REJECT"} <= {e.type for e in story.events}


ARABIC_WORD = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1, max_size=12),
    # Words a page reader treats specially: labels, markers, dates, a dateline dash, a trigger.
    st.sampled_from(
        ["المصدر:", "شارك", "اقرأ أيضا", "مرتبط", "آخر تحديث", "مايو", "القاهرة -", "أدانت", "مصر"]
    ),
)
FILLER = st.text(alphabet=st.sampled_from(list(" .,:،؛-()0123456789٠١٢abcXYZ\u200f\u0640")), max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(FILLER, ARABIC_WORD), min_size=1, max_size=8), tail=FILLER)
def test_sentences_alone_property_one_main_story(
    pipeline: Pipeline, parts: list[tuple[str, str]], tail: str
) -> None:
    text = "".join(f + w for f, w in parts) + tail
    article = pipeline.run(read_text(text, source="prop.txt"))
    story = _main(article)
    assert story.text.strip()
    # The story text is the input's own characters: the cleaner only drops invisible controls and inserts a
    # space where a script change glued two words, and its source map copies the page exactly.
    assert _visible(story.text) in _visible(text)
    for here, there, length in story.source_map:
        assert story.text[here : here + length] == article.raw[there : there + length]


def _visible(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")


@pytest.mark.parametrize(("sentence", "kind", "trigger", "source", "target"), SHORT)
def test_sentences_alone_final_period_changes_nothing(
    pipeline: Pipeline, sentence: str, kind: str, trigger: str, source: str | None, target: str | None
) -> None:
    # A sentence copied without its full stop is coded as with it (measured on 804 ANT sentences too).
    bare = sentence.rstrip(".")
    story = _main(marsad.analyze(bare, pipeline=pipeline))
    _check(story, bare, kind, trigger, source, target)


LINE = st.lists(st.tuples(FILLER, ARABIC_WORD), min_size=1, max_size=4).map(
    lambda ps: "".join(f + w for f, w in ps)
)
MARKER = st.sampled_from(["إقرأ أيضاً", "أخبار ذات صلة", "شارك", "المصدر: رويترز", ""])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(LINE, MARKER), min_size=1, max_size=6))
def test_sentences_alone_property_several_lines_never_lost(pipeline: Pipeline, lines: list[str]) -> None:
    # Short texts of several lines, markers and footers among them: a text with a word is never lost.
    text = "\n".join(lines)
    assume(any(ch.isalpha() for ch in text))
    article = pipeline.run(read_text(text, source="prop.txt"))
    assert article.stories, article.rejections
    assert [s.role for s in article.stories].count("main") <= 1
    for story in article.stories:
        assert_offsets(story)
        for here, there, length in story.source_map:
            assert story.text[here : here + length] == article.raw[there : there + length]


def test_sentences_alone_keep_a_verb_whose_subject_is_outside(pipeline: Pipeline) -> None:
    # AL-internationalNews-1173-20180515: the subject of وطالب is named in the sentence before, which a
    # sentence given alone does not have; the request is kept with an empty source rather than lost.
    sentence = "وطالب بمنع أي إجراءات أحادية من كافة أطراف العملية السياسية في الشرق الأوسط."
    story = _main(marsad.analyze(sentence))
    hits = [e for e in story.events if e.type == "REQUEST"]
    assert [(e.text, e.source) for e in hits] == [("وطالب", [])]
    assert story.text[hits[0].start : hits[0].end] == "وطالب"


def test_sentences_alone_empty_source_goes_through_store_and_exports(tmp_path: Path) -> None:
    # The same real sentence ingested into SQLite and exported: the empty source is an empty actor field.
    sentence = "وطالب بمنع أي إجراءات أحادية من كافة أطراف العملية السياسية في الشرق الأوسط."
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "one.txt").write_text(sentence + "\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert ingested.exit_code == 0, ingested.output
    exported = runner.invoke(app, ["export", "events", "--format", "jsonl", "--db", db])
    assert exported.exit_code == 0, exported.output
    rows = [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]
    assert [(r["type"], r["trigger"], r["source"]) for r in rows] == [("REQUEST", "وطالب", "")]
    plover = runner.invoke(app, ["export", "events", "--format", "plover", "--db", db])
    assert plover.exit_code == 0, plover.output
    records = [json.loads(line) for line in plover.stdout.splitlines() if line.startswith("{")]
    assert [(r["event"], r["actor"]) for r in records] == [(["REQUEST"], [])]


# Real ANT sentences outside the gold files whose act is a noun (or a passive verb) with no nameable agent but
# a named recipient
# (article ids in the comments): alone, each is kept with an empty source (the rescue of
# records._agent_unnamed); without the rule none of them gives an event.
UNNAMED_AGENT = [
    # BB-middleEast-151-20180307 (تركيا is the agent, but the coder does not reach it across the date)
    (
        "وشرعت تركيا يوم 20 يناير/ كانون الثاني الماضي في حملة عسكرية على وحدات حماية الشعب الكردي في عفرين"
        " قرب الحدود التركية.",
        "ASSAULT",
        "حملة عسكرية",
        "وحدات حماية الشعب",
        "SYR",
    ),
    # SK-internationalNews-2390-20180629
    (
        "مع فشل التعامل الأمني في وقف الاحتجاجات الشعبية ضد سياسات النظام الإيراني الداخلية والخارجية، بدأت"
        " السلطات في الاستعانة برجال الدين في محاولة لتهدئة الأوضاع المشتعلة.",
        "PROTEST",
        "الاحتجاجات",
        "النظام الإيراني",
        "IRN",
    ),
    # SK-middleEast-1483-20180507
    (
        "وتظهر الصور، لحظة القبض على أحد الإرهابيين والمخبأ الذي كانا يعيشان فيه.",
        "COERCE",
        "القبض",
        "الإرهابيين",
        None,
    ),
    # BB-middleEast-904-20180819: a verb written with its passive vowels (أُطلق), its agent unnamed
    (
        "وشهد القطاع ثلاث موجات تصعيد منذ يوليو/ تموز الماضي كان آخرها في 9 أغسطس/ آب الجاري، عندما أُطلق نحو"
        " 180 صاروخا وقذيفة هاون من القطاع باتجاه إسرائيل، التي ردت بغارات كثيفة.",
        "ASSAULT",
        "أُطلق",
        "إسرائيل",
        "ISR",
    ),
    # CN-internationalNews-563-20180904 (a headline line)
    (
        "اغتيال السفير الفرنسي في لبنان لويس دولامار من قبل مسلحين يُزعم أنهم يتبعون النظام السوري",
        "ASSAULT",
        "اغتيال",
        "السفير الفرنسي في لبنان",
        "FRA",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "trigger", "target", "country"), UNNAMED_AGENT)
def test_sentences_alone_keep_a_noun_whose_agent_is_unnamed(
    pipeline: Pipeline, sentence: str, kind: str, trigger: str, target: str, country: str | None
) -> None:
    story = _main(marsad.analyze(sentence))
    hits = [e for e in story.events if e.type == kind]
    assert [(e.text, e.source) for e in hits] == [(trigger, [])], [(e.type, e.text) for e in story.events]
    event = hits[0]
    assert story.text[event.start : event.end] == trigger
    assert event.modality == "asserted"
    assert [p.text for p in event.target] == [target]
    assert all(story.text[p.start : p.end] == p.text for p in event.target)
    if country is not None:
        assert event.target[0].country == country


def test_sentences_alone_unnamed_agent_needs_the_sentence_alone(pipeline: Pipeline) -> None:
    # The same sentence inside a two-sentence text is not rescued: the agent may be in the sentence before.
    sentence = UNNAMED_AGENT[1][0]
    story = _main(marsad.analyze("وقال مسؤول إن الوضع هادئ اليوم في العاصمة الإيرانية. " + sentence))
    assert not [e for e in story.events if e.type == "PROTEST"]


def test_sentences_alone_unnamed_agent_not_an_aim(pipeline: Pipeline) -> None:
    # AL-internationalNews-83-20131230: "مؤامرة لاستهداف تركيا" is a plot alleged, not an attack; purpose لـ on
    # the verbal noun keeps it out although its recipient (تركيا) is named.
    sentence = (
        "الآن مع انفجار فضيحة فساد تورط فيها وزراء وأبناؤهم، وأدت لخروج عشرة وزراء من الحكومة وما أثاره ذلك من"
        " نقمة واسعة في الشارع التركي، فإن التفسيرات الحكومية تتحدث عن مؤامرة لاستهداف تركيا وهي تنشىء ثالث"
        " مطار في العالم،"
    )
    story = _main(marsad.analyze(sentence))
    assert story.events == []

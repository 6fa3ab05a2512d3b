from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.gazetteer import annotate_names
from events.handmade import story
from marsad.events.coder import code_story, load_resources
from marsad.events.stage import STAGE
from marsad.model import Article
from marsad.pipeline import Context, Pipeline, Stage
from support import assert_offsets


@pytest.fixture(scope="module")
def res():
    return load_resources()


def test_events_stage_declares_its_contract() -> None:
    assert STAGE.name == "events"
    assert STAGE.requires == ("entities", "times", "quantities", "quotes")
    assert STAGE.assigns == ("events",)


def test_events_stage_codes_every_story_and_loads_resources_once() -> None:
    main = annotate_names(story("وأدانت السعودية الهجوم الذي استهدف مدينة الرياض", sid="m"))
    related = annotate_names(
        story("والتقى بوتين مع أردوغان في أنقرة", role="related", published=None, sid="r")
    )
    article = Article(id="a", source="test", stories=[main, related])
    upstream = Stage(
        name="upstream", func=lambda a, ctx: a, assigns=("entities", "times", "quantities", "quotes")
    )
    ctx = Context()
    pipe = Pipeline([upstream, STAGE], ctx=ctx)
    pipe.run(article)
    assert [(e.type, e.story_id) for e in main.events] == [("ACCUSE", "m")]
    consult = related.events[0]
    assert (consult.type, sorted(p.country for p in consult.source), consult.date) == (
        "CONSULT",
        ["RUS", "TUR"],
        None,
    )
    assert consult.location is not None and consult.location.text == "أنقرة"
    assert "events.coder" in ctx._cache
    article2 = Article(id="b", source="test", stories=[annotate_names(story("هاجم الحوثيون السعودية"))])
    Pipeline([upstream, STAGE], ctx=ctx).run(article2)
    assert article2.stories[0].events[0].type == "ASSAULT"


def test_events_stage_output_round_trips_through_json() -> None:
    st_ = annotate_names(story("فرضت الولايات المتحدة عقوبات جديدة على روسيا"))
    article = Article(id="a", source="test", stories=[st_])
    STAGE.func(article, ctx=Context())
    data = article.to_dict()
    event = data["stories"][0]["events"][0]
    assert event["type"] == "SANCTION" and event["quad"] == 4 and event["cameo"] == "163"
    assert Article.from_dict(data).stories[0].events == article.stories[0].events


PIECES = [
    *"ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ،.؟\n\u064f",
    "سيلتقي ",
    " لم ",
    "وفقا لـ",
    " بوتين ",
    "تم اعتقال ",
]
ARABIC = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARABIC)
def test_events_coder_never_raises_and_keeps_offsets(res, text) -> None:
    s = annotate_names(story(text or " "))
    s.events = code_story(s, res=res)
    assert_offsets(s)
    for e in s.events:
        assert e.sentence is not None and s.text[e.sentence.start : e.sentence.end] == e.sentence.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.text(alphabet="ابت ،.", max_size=30))
def test_events_coder_is_deterministic_and_idempotent(res, prefix) -> None:
    text = prefix + " التقى بوتين مع أردوغان في أنقرة. وأدانت السعودية الهجوم."
    a = annotate_names(story(text))
    b = annotate_names(story(text))
    first = code_story(a, res=res)
    assert first == code_story(b, res=res) == code_story(a, res=res)

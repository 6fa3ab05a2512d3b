import json
from importlib import resources

import jsonschema
import pytest

from marsad.model import Article, Event, Participant, Quote, Span, Story, TimeExpr


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("marsad").joinpath("schema/article.schema.json").read_text())


def _article() -> Article:
    text = "أعلنت روسيا و الصين يوم الثلاثاء"
    story = Story(id="a-0", role="main", text=text, published="2024-05-16")
    story.times.append(
        TimeExpr(
            start=20,
            end=32,
            text=text[20:32],
            value="2024-05-14",
            granularity="day",
            anchor="2024-05-16",
            tense="past",
        )
    )
    story.quotes.append(Quote(start=0, end=5, text=text[0:5], speaker=Span(start=6, end=11, text="روسيا")))
    story.events.append(
        Event(
            start=0,
            end=5,
            text="أعلنت",
            type="AGREE",
            source=[Participant(start=6, end=11, text="روسيا", country="RUS")],
        )
    )
    return Article(id="a", source="x.txt", raw=text, stories=[story])


def test_model_json_validates_against_schema(schema):
    data = _article().to_dict()
    jsonschema.validate(data, schema)
    assert data["schema_version"].startswith("1.")
    assert "raw" not in data


def test_model_round_trip_keeps_every_annotation():
    article = _article()
    back = Article.from_dict(json.loads(json.dumps(article.to_dict(include_raw=True))))
    assert back == article


def test_model_schema_rejects_a_story_without_annotation_lists(schema):
    data = _article().to_dict()
    del data["stories"][0]["events"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)

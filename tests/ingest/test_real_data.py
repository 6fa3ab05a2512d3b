"""The readers and the cleaner on the shared news samples (read in place; SaudiNewsNet is never copied)."""

from __future__ import annotations

import itertools
import random
from email.utils import parsedate_to_datetime

import pytest

from marsad.ingest import Failure, iter_inputs
from marsad.model import Article
from marsad.pipeline import Pipeline
from support import shared_file


@pytest.fixture(scope="module")
def cleaner() -> Pipeline:
    return Pipeline.from_settings(upto="clean")


def _read(path: str, cleaner: Pipeline, *, limit: int | None = None) -> list[Article]:
    items = itertools.islice(iter_inputs([str(shared_file(path))]), limit)
    out = []
    for item in items:
        assert not isinstance(item, Failure), item.error
        out.append(cleaner.run(item))
    return out


@pytest.fixture(scope="module")
def ant(cleaner: Pipeline) -> list[Article]:
    path = shared_file("data/ant_news/ant_multisource_sample.jsonl.gz")
    items = list(iter_inputs([str(path)]))
    assert len(items) == 7000 and not any(isinstance(i, Failure) for i in items)
    return [cleaner.run(a) for a in random.Random(7).sample(items, 1500)]


def test_real_ant_every_record_read_with_its_date(ant: list[Article]) -> None:
    for article in ant:
        # One record is one article: inline "اقرأ أيضا" boxes never become related stories.
        assert [s.role for s in article.stories] == ["main"], article.source
        main = article.main
        assert main is not None, article.source
        assert main.title == " ".join(article.meta["title"].split())
        assert main.published == parsedate_to_datetime(article.meta["published"]).isoformat()
        assert main.text and main.source_map
        for here, there, length in main.source_map:
            assert main.text[here : here + length] == article.raw[there : there + length]


def test_real_ant_author_datelines_give_agency(ant: list[Article]) -> None:
    by_author = {a.author: a for a in ant if a.author}
    checked = 0
    for author, agency in (
        ("برلين - د ب أ", "د ب أ"),
        ("لندن - رويترز", "رويترز"),
        ("واشنطن - فرانس برس", "فرانس برس"),
    ):
        article = by_author.get(author)
        if article is None:
            continue
        checked += 1
        assert article.main.dateline == author
        assert article.main.meta["dateline_place"] == author.split(" - ")[0]
        assert article.agency == agency
    assert checked >= 2
    sky = [a for a in ant if a.author == "أبوظبي - سكاي نيوز عربية"]
    assert sky and all(a.agency is None and a.main.dateline == "أبوظبي - سكاي نيوز عربية" for a in sky)


def test_real_ant_cnn_text_datelines_leave_the_body(ant: list[Article]) -> None:
    cnn = [a for a in ant if a.raw.startswith("دبي، الإمارات العربية المتحدة (CNN)")]
    assert len(cnn) >= 10
    for article in cnn:
        assert article.main.dateline == "دبي، الإمارات العربية المتحدة (CNN)"
        assert "(CNN)" not in article.main.text[:40]
        assert not article.main.text.startswith(("-", "—"))


def test_real_ant_jawhara_day_first_dates(cleaner: Pipeline) -> None:
    articles = _read("data/ant_news/ant_jawharafm_politics_world.jsonl.gz", cleaner, limit=400)
    day_first = [a for a in articles if "/" in a.meta["published"]]
    assert day_first
    for article in day_first:
        day, month, year = article.meta["published"].split("/")
        assert article.main.published == f"{year}-{month}-{day}"


def test_real_saudinewsnet_read_and_cleaned(cleaner: Pipeline) -> None:
    articles = _read("data/saudinewsnet/saudinewsnet_sample.jsonl.gz", cleaner, limit=800)
    assert len(articles) == 800
    with_story = [a for a in articles if a.main is not None]
    # A few records hold only a name in `content`: rejected (kept in rejections), not lost.
    assert len(with_story) >= 780
    assert all(a.rejections for a in articles if a.main is None)
    for article in with_story:
        assert article.outlet  # the `source` field names the newspaper
        for here, there, length in article.main.source_map:
            assert article.main.text[here : here + length] == article.raw[there : there + length]
    # Saudi Press Agency credits: "واس" in the author field or the dateline.
    assert sum(a.agency == "واس" for a in with_story) >= 20

"""Golden test on the seed page: the main story (dated 2024-05-16 by its header) and the related story
glued under "إقرأ أيضاً" (no date of its own)."""

import pytest

from marsad.language import quantities, quotes, sentences, times, tokens
from marsad.model import Article, Story
from marsad.pipeline import Context, Pipeline
from support import assert_offsets

LANGUAGE = [sentences.STAGE, tokens.STAGE, quantities.STAGE, times.STAGE, quotes.STAGE]


@pytest.fixture(scope="module")
def built_stories(seed_text):
    main_start = seed_text.index("المستقلة/-")
    main_end = seed_text.index("بشكل طفيف.") + len("بشكل طفيف.")
    rel_start = seed_text.index("بوتين وبزشكيان يجريان")
    article = Article(id="seed", source="seed", raw=seed_text)
    article.stories = [
        Story(id="seed-0", role="main", text=seed_text[main_start:main_end], published="2024-05-16"),
        Story(id="seed-1", role="related", text=seed_text[rel_start:].strip(), published=None),
    ]
    article.done.append("clean")
    from marsad.pipeline import Stage

    start = Stage(name="given", func=lambda a, *, ctx: a, requires=("raw",), assigns=("stories",))
    Pipeline([start, *LANGUAGE], ctx=Context()).run(article)
    return article.stories


@pytest.fixture(scope="module", params=["built", "pipeline"])
def seed_stories(request):
    """The golden checks run twice: on stories built here from the seed (main dated 2024-05-16, related
    undated) and on the stories the configured pipeline's cleaner makes of the raw page."""
    if request.param == "built":
        return request.getfixturevalue("built_stories")
    article = request.getfixturevalue("seed_article")
    main = article.main
    related = [s for s in article.stories if s.role == "related"]
    assert main is not None and main.date == "2024-05-16"
    assert related and related[0].published is None
    return [main, related[0]]


def _time(story, needle):
    found = [t for t in story.times if needle in t.text]
    assert found, f"no time expression with {needle!r} in {[t.text for t in story.times]}"
    return found[0]


def test_seed_offsets_point_at_their_text(seed_stories):
    for story in seed_stories:
        assert story.sentences and story.tokens and story.times and story.quotes and story.quantities
        assert_offsets(story)
        for q in story.quotes:
            if q.speaker is not None:
                assert story.text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_seed_sentences_never_cut_a_quote(seed_stories):
    for story in seed_stories:
        for s in story.sentences:
            for pair in ("“”", "«»"):
                assert s.text.count(pair[0]) == s.text.count(pair[1]), s.text
            assert s.text.count('"') % 2 == 0, s.text
    main, related = seed_stories
    texts = [s.text for s in main.sentences]
    assert any(t.startswith("و يأتي ترحيب شي") and t.endswith("بعد جولة في أوروبا .") for t in texts)
    assert (
        "و في المقابل، قال شي إن الصداقة بين الصين و روسيا “أبدية” و “أصبحت نموذجا لنوع جديد من العلاقات الدولية”."
        in texts
    )
    assert any("مختلفة. أقامت" in s.text for s in related.sentences)
    assert any(s.text.endswith("“الأزمة الأوكرانية”. .") for s in main.sentences)


@pytest.mark.parametrize(
    ("needle", "value", "granularity", "tense"),
    [
        ("يوم الثلاثاء", "2024-05-14", "day", "past"),
        ("يوم الخميس", "2024-05-16", "day", "past"),
        ("العام الماضي", "2023", "year", "past"),
        ("مارس/آذار", "2024-03", "month", "past"),
        ("فبراير 2022", "2022-02", "month", "past"),
    ],
)
def test_seed_main_times_resolve_against_the_story_date(seed_stories, needle, value, granularity, tense):
    t = _time(seed_stories[0], needle)
    assert (t.value, t.granularity, t.tense) == (value, granularity, tense)


def test_seed_future_weekday_is_the_next_one(seed_stories):
    main = seed_stories[0]
    friday = [t for t in main.times if "الجمعة" in t.text]
    assert len(friday) == 2
    assert all(t.value == "2024-05-17" and t.tense == "future" for t in friday)
    assert main.text[: friday[0].start].rstrip().endswith("و سيتوجهون")
    assert all(t.anchor == "2024-05-16" for t in main.times if t.value and t.granularity == "day")


def test_seed_related_story_without_date_stays_unresolved(seed_stories):
    related = seed_stories[1]
    for needle in ("اليوم الجمعة", "غدًا", "العام الماضي", "الخميس"):
        t = _time(related, needle)
        assert t.value is None and t.anchor is None and t.reason
    assert _time(related, "فبراير/شباط 2022").value == "2022-02"
    t = _time(related, "الأشهر العشرة الأولى من عام 2024")
    assert (t.value, t.granularity) == ("2024", "year")
    t = _time(related, "خريف عام 2022")
    assert (t.value, t.granularity) == ("2022-FA", "season")
    assert _time(related, "في وقت سابق").reason.startswith("vague")


def test_seed_quantities(seed_stories):
    main, related = seed_stories
    got = {(q.value, q.unit, q.kind, q.qualifier) for q in main.quantities + related.quantities}
    assert (18e9, "USD", "money", None) in got
    assert (240.1e9, "USD", "money", None) in got
    assert (75.0, None, "ordinal", None) in got
    assert (15.5, "percent", "percent", None) in got
    assert (8000.0, "طائرة مسيرة", "count", "more_than") in got
    # Years and dates are time expressions, not quantities.
    assert not any(q.value in (2022.0, 2024.0) for q in main.quantities + related.quantities)


@pytest.mark.parametrize(
    ("story", "quote", "speaker", "kind"),
    [
        (0, "أفضل صديق له", "شي", "direct"),
        (0, "الودية و الرفاقية", "بوتين", "direct"),
        (0, "أبدية", "شي", "direct"),
        (0, "ممتن", "بوتين", "direct"),
        (0, "الدعم الاقتصادي و السياسي الذي تقدمه الصين", "المراقبون الغربيون", "reported"),
        (1, "الرئيسين قد يناقشان الوضع في سوريا", "الكرملين", "reported"),
        (1, "تشهد صعودًا ملحوظًا", "كرملين", "direct"),
        (1, "اتفاق التعاون لن يتضمن بندًا للدفاع المشترك", "السفير الإيراني في موسكو، كاظم جلالي", "reported"),
        (1, "طبيعة هذا الاتفاق مختلفة", "السفير", "direct"),
        (1, "استقلال بلادنا وأمنها", "السفير", "direct"),
        (1, "ومن المقرر أن يوقع بوتين وبزشكيان", "رويترز", "reported"),
    ],
)
def test_seed_quotes_have_their_speakers(seed_stories, story, quote, speaker, kind):
    found = [q for q in seed_stories[story].quotes if q.text.startswith(quote)]
    assert len(found) == 1, [q.text for q in seed_stories[story].quotes]
    assert found[0].kind == kind
    assert found[0].speaker is not None and found[0].speaker.text == speaker


def test_seed_names_in_quotation_marks_are_not_quotes(seed_stories):
    texts = {q.text for s in seed_stories for q in s.quotes}
    assert not texts & {"موسكو الصغيرة", "متعدد الأقطاب", "رويترز", "تاس", "شاهد"}


def test_seed_pipeline_never_borrows_a_date(seed_article):
    """Through the configured pipeline: a story with no date resolves no relative expression; once the
    cleaner dates the main story, its weekdays resolve as in the golden values above."""
    for story in seed_article.stories:
        assert_offsets(story)
        if story.published is None:
            assert all(t.value is None for t in story.times if t.anchor is not None or t.reason)
            assert all(t.anchor is None for t in story.times)
        elif story.role == "main" and story.date == "2024-05-16":
            assert _time(story, "يوم الثلاثاء").value == "2024-05-14"
            assert _time(story, "مارس/آذار").value == "2024-03"
            assert _time(story, "يوم الجمعة").value == "2024-05-17"

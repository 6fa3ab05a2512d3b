"""The clean stage on the seed page (golden) and on records whose own metadata feeds the main story."""

from __future__ import annotations

import json

import pytest

from marsad.ingest import read_bytes, read_text
from marsad.model import Article, Story
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def cleaner() -> Pipeline:
    return Pipeline.from_settings(upto="clean")


@pytest.fixture(scope="module")
def seed_clean(seed_text: str, cleaner: Pipeline) -> Article:
    return cleaner.run(read_text(seed_text, source="000_a9f105fa16ec1e92.txt"))


def assert_maps_back(article: Article, story: Story) -> None:
    """Every source_map segment copies exactly the page characters; together they cover the story's
    non-inserted characters in order."""
    covered = 0
    last = -1
    for here, there, length in story.source_map:
        assert story.text[here : here + length] == article.raw[there : there + length]
        assert here >= covered and there > last
        covered, last = here + length, there + length - 1
    copied = sum(length for _, _, length in story.source_map)
    assert copied >= len(story.text) - story.text.count(" ") - story.text.count("\n")


def test_clean_seed_has_exactly_two_stories(seed_clean: Article) -> None:
    assert [s.role for s in seed_clean.stories] == ["main", "related"]
    assert [s.id for s in seed_clean.stories] == [f"{seed_clean.id}-0", f"{seed_clean.id}-1"]


def test_clean_seed_main_story_golden(seed_clean: Article) -> None:
    main = seed_clean.stories[0]
    assert main.title == "بوتين و شي جينغ بين يعلنان عن خطط لتعزيز العلاقات العسكرية في بكين"
    assert main.published == "2024-05-16"
    assert main.updated == "2024-05-16"
    assert seed_clean.agency == "وكالة الصحافة المستقلة"
    assert seed_clean.outlet == "المستقلة"
    assert main.dateline == "المستقلة"
    assert main.text.startswith("أعلنت روسيا و الصين")
    assert main.text.endswith("بشكل طفيف.")
    for leftover in ("مرتبط", "المصدر", "إقرأ أيضاً", "تاريخ النشر", "آخر تحديث", "GMT"):
        assert leftover not in main.text
    assert "و الصين" in main.text  # the detached conjunction is real text


def test_clean_seed_related_story_golden(seed_clean: Article) -> None:
    related = seed_clean.stories[1]
    assert related.title == "بوتين وبزشكيان يجريان مباحثات معمقة حول تطورات سوريا والمنطقة"
    assert related.published is None
    assert related.updated is None
    assert related.text.startswith("يجري الرئيس الروسي فلاديمير بوتين")
    assert related.text.endswith("خريف عام 2022.")
    assert "بوتين وبزشكيان يجريان" not in related.text  # the title is not body


def test_clean_seed_source_map_points_at_raw(seed_clean: Article) -> None:
    for story in seed_clean.stories:
        assert story.source_map
        assert_maps_back(seed_clean, story)
    main = seed_clean.stories[0]
    here, there, _ = main.source_map[0]
    assert seed_clean.raw[there:].startswith("أعلنت روسيا و الصين") and here == 0


def test_clean_seed_to_dict_has_contract_fields(seed_clean: Article) -> None:
    data = seed_clean.to_dict()
    assert data["outlet"] == "المستقلة" and data["agency"] == "وكالة الصحافة المستقلة"
    story = data["stories"][0]
    for key in ("id", "role", "title", "published", "updated", "dateline", "text", "sentences", "events"):
        assert key in story


def test_clean_glued_labels_and_digits_are_separated(cleaner: Pipeline) -> None:
    page = (
        "عنوان الخبر هنا\n"
        "يونيو 3, 2023آخر تحديث: يونيو 4, 2023 10:15 GMT\n"
        "القاهرة - رويترز - قال مسؤول إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة بحضور الوفود.\n"
        "وأضاف أن 716مليار دولار خصصت للمشروع.\n"
        "شاركالمصدر: رويترز\n"
    )
    article = cleaner.run(read_text(page, source="t"))
    (main,) = article.stories
    assert main.title == "عنوان الخبر هنا"
    assert main.published == "2023-06-03"
    assert main.updated == "2023-06-04T10:15:00+00:00"
    assert main.dateline == "القاهرة - رويترز"
    assert article.agency == "رويترز"
    assert main.text.startswith("قال مسؤول")
    assert "716 مليار" in main.text
    assert "المصدر" not in main.text and "شارك" not in main.text
    assert_maps_back(article, main)


def test_clean_related_story_states_its_own_date(cleaner: Pipeline) -> None:
    page = (
        "عنوان رئيسي عن القمة\n"
        "تاريخ النشر: 16 أيار 2024\n"
        "أعلن الرئيسان في ختام القمة عن اتفاق جديد للتعاون الاقتصادي بين البلدين في مجالات عدة.\n"
        "اقرأ أيضا:\n"
        "عنوان الخبر المرتبط\n"
        "نشر في ١٦/٥/٢٠٢٣\n"
        "قال وزير الخارجية إن الزيارة المقبلة ستبحث ملفات إقليمية عديدة من بينها الأمن الغذائي.\n"
    )
    article = cleaner.run(read_text(page, source="t"))
    main, related = article.stories
    assert main.published == "2024-05-16"
    assert related.title == "عنوان الخبر المرتبط"
    assert related.published == "2023-05-16"  # its own line, not the main story's date
    assert related.text.startswith("قال وزير الخارجية")


def test_clean_invisible_characters_leave_text_but_map_back(cleaner: Pipeline) -> None:
    page = (
        "عنوان\u200f الخبر\n"
        + "أعلنت\u200b الحكومة\u200e اليوم عن خطة جديدة لدعم الاقتصـــاد المحلي وتشجيع الاستثمار.\n"
    )
    article = cleaner.run(read_text(page, source="t"))
    main = article.stories[0]
    assert "\u200b" not in main.text and "\u200e" not in main.text
    assert "الاقتصـــاد" in main.text  # tatweel is kept as written
    assert_maps_back(article, main)


def test_clean_jsonl_record_title_and_date_feed_main_story(cleaner: Pipeline) -> None:
    line = (
        '{"title": "عنوان السجل", "published": "Thu, 26 Dec 2013 04:57:07 +0400", '
        '"author": "برلين - د ب أ", "source_name": "وكالة ما", '
        '"text": "عنوان السجل\\nقال الرئيس إن الحكومة ستعلن عن إجراءات جديدة لمواجهة الأزمة الاقتصادية الحالية."}\n'
    )
    (article,) = read_bytes(line.encode(), source="r.jsonl")
    article = cleaner.run(article)
    (main,) = article.stories
    assert main.title == "عنوان السجل"
    assert main.published == "2013-12-26T04:57:07+04:00"
    assert main.text.startswith("قال الرئيس")  # the repeated title line is not body
    assert main.dateline == "برلين - د ب أ"
    assert article.agency == "د ب أ"
    assert article.outlet == "وكالة ما"


def test_clean_short_debris_beside_a_story_is_rejected_not_lost(cleaner: Pipeline) -> None:
    # The length floor is for page debris: a short main fragment on a page that holds a related story.
    text = (
        "عنوان\nنص قصير.\n\nإقرأ أيضاً\n\n"
        + "استقبل الرئيس الروسي في موسكو نظيره الإيراني لإجراء مباحثات معمقة."
    )
    article = cleaner.run(read_text(text, source="t"))
    assert [s.role for s in article.stories] == ["related"]
    assert article.rejections and article.rejections[0].stage == "clean"
    assert "shorter than" in article.rejections[0].reason


def test_clean_short_text_alone_is_one_story(cleaner: Pipeline) -> None:
    # The whole input is short: it is the user's text, not debris; the first line is no headline over it.
    article = cleaner.run(read_text("عنوان\nنص قصير.", source="t"))
    assert [(s.role, s.title, s.text) for s in article.stories] == [("main", None, "عنوان\nنص قصير.")]
    assert article.rejections == []


@pytest.mark.parametrize(
    "line",
    ["الخميس 16 مايو 2024", "شارك", "المصدر: رويترز", "اقرأ أيضا: بوتين يزور الصين"],
)
def test_clean_one_line_read_as_chrome_is_still_a_story(cleaner: Pipeline, line: str) -> None:
    # A one-line input is what the user asked about, even when a page would treat that line as chrome.
    article = cleaner.run(read_text(line, source="t"))
    assert [(s.role, s.text) for s in article.stories] == [("main", line)]


@pytest.mark.parametrize("text", ["القاهرة - 0", "القاهرة - 12", "موسكو (رويترز) - 2024."])
def test_clean_dateline_over_no_word_keeps_the_line(cleaner: Pipeline, text: str) -> None:
    # Found by hypothesis: taking the dateline off left only digits, and the input gave no story at all.
    article = cleaner.run(read_text(text, source="t"))
    assert [(s.role, s.text, s.dateline) for s in article.stories] == [("main", text, None)]


def test_clean_long_title_over_long_body_still_a_title(cleaner: Pipeline) -> None:
    text = (
        "روسيا والصين تعززان التعاون العسكري\nأعلنت روسيا والصين اليوم تعزيز التعاون العسكري بينهما في بكين."
    )
    (story,) = cleaner.run(read_text(text, source="t")).stories
    assert story.title == "روسيا والصين تعززان التعاون العسكري"
    assert story.text.startswith("أعلنت روسيا")


def test_clean_inline_link_box_in_a_record_keeps_one_story(cleaner: Pipeline) -> None:
    """BBC/CNN records carry "مواضيع ذات صلة" boxes mid-text: the headline is a link, the text goes on."""
    text = (
        "قتل ضابط وجندي في عملية دهس بسيارة شمالي الضفة الغربية، حسبما ذكر الجيش.\n"
        "مواضيع ذات صلة\n"
        "مقتل 4 جنود في حادث دهس في القدس\n"
        "وقال الجيش إن عددا من الجنود كانوا يؤمنون بعض الطرق بالقرب من المستوطنة وقت الحادث.\n"
    )
    record = json.dumps({"title": "عنوان", "text": text}, ensure_ascii=False).encode()
    (article,) = read_bytes(record, source="r.jsonl")
    article = cleaner.run(article)
    (main,) = article.stories
    assert main.text.startswith("قتل ضابط") and main.text.endswith("وقت الحادث.")
    assert "مواضيع ذات صلة" not in main.text and "مقتل 4 جنود" not in main.text
    assert any(r.text == "مقتل 4 جنود في حادث دهس في القدس" for r in article.rejections)
    assert_maps_back(article, main)


def test_clean_record_closed_by_a_footer_still_splits(cleaner: Pipeline, seed_text: str) -> None:
    record = json.dumps({"title": "بوتين و شي", "text": seed_text}, ensure_ascii=False).encode()
    (article,) = read_bytes(record, source="r.jsonl")
    article = cleaner.run(article)
    assert [s.role for s in article.stories] == ["main", "related"]
    assert article.stories[1].title == "بوتين وبزشكيان يجريان مباحثات معمقة حول تطورات سوريا والمنطقة"


def test_clean_presentation_forms_and_digits_kept_as_written(cleaner: Pipeline) -> None:
    from marsad.language.normalize import normalize_key

    page = "عنوان\n" + "ﻗﺎﻝ الرئيس إن ١٢٣ شخصا ﻻ يزالون في المستشفى بعد الحادث الذي وقع أمس في العاصمة.\n"
    article = cleaner.run(read_text(page, source="t"))
    main = article.stories[0]
    assert main.text.startswith("ﻗﺎﻝ الرئيس إن ١٢٣")  # the page's characters, not a rewrite
    assert normalize_key(main.text).startswith("قال الرييس ان 123")  # the matching view folds them
    assert_maps_back(article, main)

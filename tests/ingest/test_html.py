"""HTML pages: the CNN Arabic page (expected text and metadata) and Sky News's Eastern-Arabic-digit date."""

from __future__ import annotations

import json

import pytest
from ingest_fixtures import ant_records, html_page

from marsad.ingest import read_bytes
from marsad.model import Article
from marsad.pipeline import Pipeline
from support import shared_file


@pytest.fixture(scope="module")
def cleaner() -> Pipeline:
    return Pipeline.from_settings(upto="clean")


@pytest.fixture(scope="module")
def cnn(cleaner: Pipeline) -> Article:
    path = shared_file("data/html_pages/cnn_arabic_2013_syria.html")
    (article,) = read_bytes(path.read_bytes(), source=str(path))
    return cleaner.run(article)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n") if p.strip()]


def test_html_cnn_main_text_is_the_expected_body(cnn: Article) -> None:
    expected = _paragraphs(
        shared_file("data/html_pages/cnn_arabic_2013_syria.expected.txt").read_text("utf-8")
    )
    (main,) = cnn.stories
    got = _paragraphs(main.text)
    # The dateline "دمشق، سوريا (CNN) --" opens the expected text; marsad moves it to story.dateline.
    assert main.dateline == "دمشق، سوريا (CNN)"
    assert expected[0].startswith(main.dateline) and expected[0].endswith(got[0])
    assert got[1:] == expected[1:]
    # Comment-policy boilerplate that trafilatura keeps is not story text.
    assert "ترحب شبكة CNN" not in main.text and "الآراء الواردة" not in main.text


def test_html_cnn_metadata(cnn: Article) -> None:
    meta = json.loads(
        shared_file("data/html_pages/cnn_arabic_2013_syria.expected_metadata.json").read_text("utf-8")
    )
    main = cnn.stories[0]
    assert main.title == meta["title"]
    assert cnn.url == meta["canonical_link"]
    assert cnn.outlet == meta["meta_site_name"]
    assert cnn.format == "html"
    # The page states "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)" above the body;
    # htmldate finds nothing and trafilatura guesses 2013-01-01.
    assert main.published == "2013-08-28"
    assert main.updated == "2013-08-28T14:00:00+04:00"


def test_html_cnn_source_map_points_into_raw(cnn: Article) -> None:
    main = cnn.stories[0]
    for here, there, length in main.source_map:
        assert main.text[here : here + length] == cnn.raw[there : there + length]


def test_html_skynews_eastern_arabic_digits_date(cleaner: Pipeline) -> None:
    path = shared_file("data/html_pages/reduced_fixtures/skynewsarabia_article.fetch_util_fixture.html")
    (article,) = read_bytes(path.read_bytes(), source=str(path))
    article = cleaner.run(article)
    main = article.stories[0]
    assert main.published == "2026-07-07T14:30:00+03:00"
    assert main.title == "الشرع: نؤسس لشراكة تقوم على المصالح المتبادلة مع فرنسا"
    assert article.outlet == "سكاي نيوز عربية"
    # The lead paragraph sits outside the article body container; it still opens the story.
    assert main.text.startswith("قال الرئيس السوري، أحمد الشرع، الثلاثاء، إن الشراكة")
    assert main.text.split("\n")[1].startswith("وأضاف الشرع، خلال اجتماعه")
    assert main.text.endswith("يحترمون مصالح البلاد.")
    # The "أخبار ذات صلة" box holds only a headline link: no related story, and no footer text.
    assert [s.role for s in article.stories] == ["main"]
    assert "أخبار ذات صلة" not in main.text and "شارك الخبر" not in main.text
    assert "العلامات التجارية" not in main.text


def test_html_page_built_from_ant_article(cleaner: Pipeline) -> None:
    record = ant_records()[0]
    (article,) = read_bytes(html_page(record).encode(), source="page.html")
    article = cleaner.run(article)
    main = article.stories[0]
    assert main.title == record["title"]
    assert main.published == "2018-02-26T16:59:44+04:00"
    assert _paragraphs(main.text) == _paragraphs(record["text"])
    assert "الرئيسية" not in main.text and "جميع الحقوق" not in main.text


def test_html_jsonld_graph_and_modified_date(cleaner: Pipeline) -> None:
    page = """<html><head><title>عنوان الصفحة - الموقع</title>
    <meta property="og:title" content="عنوان من og">
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "الموقع"},
      {"@type": "NewsArticle", "headline": "عنوان من JSON-LD", "datePublished": "2024-05-16T10:00:00+03:00",
       "dateModified": "2024-05-16T12:30:00+03:00", "publisher": {"@type": "Organization", "name": "الناشر"}}
    ]}</script></head><body><article><p>أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد المحلي وتشجيع
    الاستثمار في القطاعات الإنتاجية المختلفة خلال السنوات المقبلة.</p></article></body></html>"""
    (article,) = read_bytes(page.encode(), source="g.html")
    article = cleaner.run(article)
    main = article.stories[0]
    assert main.title == "عنوان من JSON-LD"  # JSON-LD before og:title
    assert (main.published, main.updated) == ("2024-05-16T10:00:00+03:00", "2024-05-16T12:30:00+03:00")
    assert article.outlet == "الناشر"


def test_html_windows_1256_page_with_arabic_date_line(cleaner: Pipeline) -> None:
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
    <title>قمة في القاهرة</title></head><body><div class="nav">الرئيسية | سياسة | اقتصاد</div>
    <h1>قمة في القاهرة</h1><div class="date">الخميس 16 أيار 2024 - 10:30</div>
    <div class="story"><p>القاهرة - رويترز - اجتمع القادة العرب في القاهرة لبحث الأوضاع في المنطقة وسبل
    تعزيز التعاون الاقتصادي بين الدول الأعضاء في الجامعة العربية.</p>
    <p>وقال الأمين العام إن القمة ستصدر بيانا ختاميا يتضمن عددا من القرارات المهمة للمنطقة.</p></div>
    </body></html>"""
    (article,) = read_bytes(page.encode("cp1256"), source="legacy.html")
    article = cleaner.run(article)
    main = article.stories[0]
    assert article.encoding in ("cp1256", "windows-1256")
    assert main.published == "2024-05-16T10:30:00"
    assert main.dateline == "القاهرة - رويترز" and article.agency == "رويترز"
    assert main.text.startswith("اجتمع القادة العرب")


def test_html_date_line_skips_menu_years(cleaner: Pipeline) -> None:
    page = """<html><head><title>خبر</title></head><body>
    <ul class="menu"><li>كأس العالم 2022</li><li>الانتخابات الأمريكية 2024</li></ul>
    <h1>خبر</h1><span class="time">نشر في: ١٦/٥/٢٠٢٤</span>
    <article><p>أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد المحلي وتشجيع الاستثمار في القطاعات
    الإنتاجية المختلفة خلال السنوات المقبلة.</p></article></body></html>"""
    (article,) = read_bytes(page.encode(), source="m.html")
    assert article.meta["date_line"] == "نشر في: ١٦/٥/٢٠٢٤"
    assert cleaner.run(article).stories[0].published == "2024-05-16"


def test_html_title_tag_site_suffix_and_h1_line(cleaner: Pipeline) -> None:
    page = """<html><head><title>قمة عربية في القاهرة لبحث أزمات المنطقة - موقع الأخبار</title></head><body>
    <article><h1>قمة عربية في القاهرة لبحث أزمات المنطقة</h1><p>اجتمع القادة العرب في القاهرة لبحث
    الأوضاع في المنطقة وسبل تعزيز التعاون الاقتصادي بين الدول الأعضاء في الجامعة العربية.</p>
    <p>وقال الأمين العام إن القمة ستصدر بيانا ختاميا يتضمن عددا من القرارات المهمة للمنطقة.</p>
    </article></body></html>"""
    (article,) = read_bytes(page.encode(), source="t.html")
    main = cleaner.run(article).stories[0]
    assert main.title == "قمة عربية في القاهرة لبحث أزمات المنطقة"
    assert main.text.startswith("اجتمع القادة العرب")

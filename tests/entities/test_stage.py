import pytest

from marsad.model import Article, Story
from marsad.pipeline import Context, load_stage
from support import assert_offsets


def find(entities, text: str):
    """The first entity whose text is ``text``, or None."""
    return next((e for e in entities if e.text == text), None)


@pytest.fixture(scope="module")
def seed_stories(seed_text):
    """The seed page as its two stories (main dated 2024-05-16, related undated), through the stage."""
    from marsad.entities.stage import run

    cut = seed_text.index("إقرأ أيضاً")
    main, related = seed_text[:cut].strip(), seed_text[cut:].split("\n", 1)[1].strip()
    article = Article(
        id="seed",
        source="000_a9f105fa16ec1e92.txt",
        raw=seed_text,
        stories=[
            Story(id="seed-0", role="main", text=main, published="2024-05-16"),
            Story(id="seed-1", role="related", text=related, published=None),
        ],
    )
    run(article, ctx=Context())
    for s in article.stories:
        assert_offsets(s)
    return article.stories


def all_of(ents, text):
    return [e for e in ents if e.text == text]


def test_entities_seed_golden_main(seed_stories):
    ents = seed_stories[0].entities
    xi = [e for e in ents if e.actor == "person:xi-jinping"]
    assert {"شي جينغ بين", "شي جين بينغ", "شي"} <= {e.text for e in xi}
    assert all(e.role == "president@CHN" and e.country == "CHN" for e in xi)
    putin = [e for e in ents if e.actor == "person:putin"]
    assert {"بوتين", "فلاديمير بوتين"} <= {e.text for e in putin}
    assert all(e.role == "president@RUS" for e in putin)
    assert (find(ents, "القوات البحرية الصينية").country, find(ents, "القوات البحرية الصينية").sector) == (
        "CHN",
        "MIL",
    )
    assert (find(ents, "التجار الصينيين").country, find(ents, "التجار الصينيين").sector) == ("CHN", "BUS")
    assert (find(ents, "إدارة بايدن").country, find(ents, "إدارة بايدن").sector) == ("USA", "GOV")
    assert (find(ents, "واشنطن").country, find(ents, "واشنطن").sector) == ("USA", "GOV")
    assert find(ents, "بحر اليابان").actor == "place:sea-of-japan"
    assert find(ents, "خليج عمان").actor == "place:gulf-of-oman"
    assert all(e.actor != "city:moscow" for e in ents)  # "موسكو الصغيرة" is Harbin's nickname
    assert find(ents, "موسكو الصغيرة").actor is None
    assert find(ents, "صندوق الثروة السيادية الروسي").sector == "BUS"
    assert find(ents, "الغرب").country == "UNK"


def test_entities_seed_golden_related_undated(seed_stories):
    ents = seed_stories[1].entities
    pez = [e for e in ents if e.actor == "person:pezeshkian"]
    assert {"بزشكيان", "مسعود بزشكيان"} <= {e.text for e in pez} and all(e.country == "IRN" for e in pez)
    # Undated: the title alone cannot say who held it, the name can; the apposition states the office.
    assert find(ents, "مسعود بزشكيان").role == "president@IRN"
    assert find(ents, "الرئيس الروسي").actor == "person:putin"  # one holder over the whole coverage
    for name in ("الكرملين", "للكرملين"):
        assert (find(ents, name).country, find(ents, name).sector) == ("RUS", "GOV")
    jalali = find(ents, "كاظم جلالي")
    assert (jalali.actor, jalali.country, jalali.role) == ("person:jalali", "IRN", "ambassador:RUS@IRN")
    assert find(ents, "السفير").actor == "person:jalali"
    assert (find(ents, "رويترز").actor, find(ents, "رويترز").sector) == ("MED:REUTERS", "MED")
    assert (find(ents, "تاس").actor, find(ents, "تاس").sector) == ("MED:TASS", "MED")
    assert find(ents, "حماس").country == "PSE"


def test_entities_stage_contract():
    stage = load_stage("entities")
    assert stage.requires == ("tokens",) and stage.assigns == ("entities",)


def test_entities_full_pipeline_on_seed(seed_article):
    for story in seed_article.stories:
        assert_offsets(story)
        assert any(e.actor == "person:putin" for e in story.entities)
        for e in story.entities:
            assert e.type in {"PERS", "LOC", "GPE", "ORG", "MISC"}


def test_entities_ner_switch_and_combination():
    from marsad.entities.stage import link_story, load_ner
    from marsad.settings import Settings

    story = Story(
        id="s",
        role="main",
        text="التقى فلاديمير بوتين مع غانم العابد في مدينة القيروان",
        published="2018-01-01",
    )
    off = Context(settings=Settings.load().with_overrides({"entities": {"ner": False}}))
    assert load_ner(off) is None
    assert [e.text for e in link_story(story, ctx=off)] == ["فلاديمير بوتين"]
    on = Context()
    if load_ner(on) is None:
        pytest.skip("no NER model in this build")
    ents = link_story(story, ctx=on)
    assert ents[0].actor == "person:putin"
    for e in ents:
        assert story.text[e.start : e.end] == e.text and e.type in {"PERS", "LOC", "GPE", "ORG", "MISC"}

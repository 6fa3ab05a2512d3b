import pytest

from marsad.model import Article, Story
from marsad.pipeline import Context, load_stage
from support import assert_offsets


def find(entities, text: str):
    """The first entity whose text is ``text``, or None."""
    return next((e for e in entities if e.text == text), None)


def _split_seed(seed_text: str) -> list[Story]:
    """The seed page as the cleaner cuts it: main story (title, dated 2024-05-16) and related (undated)."""
    cut = seed_text.index("إقرأ أيضاً")
    main_lines = seed_text[:cut].strip().split("\n")
    body = "\n".join(line for line in main_lines[3:] if not line.startswith("مرتبط"))
    related_title, related_text = seed_text[cut:].split("\n", 2)[1:]
    return [
        Story(id="seed-0", role="main", title=main_lines[0], text=body, published="2024-05-16"),
        Story(id="seed-1", role="related", title=related_title, text=related_text.strip(), published=None),
    ]


@pytest.fixture(scope="module", params=["by-hand", "pipeline"])
def seed_stories(request, seed_text):
    """The two seed stories through the stage: cut by hand, and as the full default pipeline cuts them."""
    if request.param == "pipeline":
        article = request.getfixturevalue("seed_article")
        if [s.published and s.published[:10] for s in article.stories] != ["2024-05-16", None]:
            pytest.skip("the cleaner in this build does not yet give the two seed stories with their dates")
    else:
        from marsad.entities.stage import run

        article = Article(
            id="seed", source="000_a9f105fa16ec1e92.txt", raw=seed_text, stories=_split_seed(seed_text)
        )
        run(article, ctx=Context())
    for s in article.stories:
        assert_offsets(s)
    return article.stories


def title_entities(story) -> list:
    out = story.meta.get("title_entities", [])
    for e in out:
        assert story.title[e["start"] : e["end"]] == e["text"]
    return out


def test_entities_seed_golden_main(seed_stories):
    main = seed_stories[0]
    ents = main.entities
    xi = [e for e in ents if e.actor == "person:xi-jinping"]
    assert {"شي جين بينغ", "شي"} <= {e.text for e in xi}
    assert all(e.role == "president@CHN" and e.country == "CHN" for e in xi)
    title_xi = [e for e in title_entities(main) if e["actor"] == "person:xi-jinping"]
    assert [e["text"] for e in title_xi] == ["شي جينغ بين"]  # the misspelling, in the title
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
    assert {e["actor"] for e in title_entities(seed_stories[1])} >= {"person:putin", "person:pezeshkian"}


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
        text="التقى فلاديمير بوتين مع غانم العابد في مدينة المتلوي",
        published="2018-01-01",
    )
    off = Context(settings=Settings.load().with_overrides({"entities": {"ner": False}}))
    assert load_ner(off) is None
    assert [e.text for e in link_story(story, ctx=off).text] == ["فلاديمير بوتين"]
    on = Context()
    if load_ner(on) is None:
        pytest.skip("no NER model in this build")
    ents = link_story(story, ctx=on).text
    assert ents[0].actor == "person:putin"
    for e in ents:
        assert story.text[e.start : e.end] == e.text and e.type in {"PERS", "LOC", "GPE", "ORG", "MISC"}


def test_entities_ner_passes_setting_picks_the_tagger_pass(sample_stories):
    from marsad.entities.stage import link_story, load_ner
    from marsad.settings import Settings

    contexts = {
        p: Context(settings=Settings.load().with_overrides({"entities": {"ner_passes": p}})) for p in (1, 2)
    }
    if load_ner(contexts[1]) is None:
        pytest.skip("no NER model in this build")
    default = Context()
    differ = 0
    for story in sample_stories[:40]:
        found = {
            p: [(e.start, e.end, e.type, e.actor) for e in link_story(story, ctx=c).text]
            for p, c in contexts.items()
        }
        differ += found[1] != found[2]
        assert [(e.start, e.end, e.type, e.actor) for e in link_story(story, ctx=default).text] == found[1]
    assert differ > 0  # the second pass changes some stories' entities, and the stage follows the setting

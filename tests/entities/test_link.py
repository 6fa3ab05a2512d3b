import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.link import overlaps_any

GOLD = Path(__file__).parent / "data" / "linking_gold.jsonl"
HELDOUT = Path(__file__).parent / "data" / "linking_gold_heldout.jsonl"
HELDOUT2 = Path(__file__).parent / "data" / "linking_gold_heldout2.jsonl"


def find(entities, text: str):
    """The first entity whose text is ``text``, or None."""
    return next((e for e in entities if e.text == text), None)


@pytest.mark.parametrize(
    ("date", "who"),
    [
        ("2024-05-16", "person:biden"),
        ("2025-03-01", "person:trump"),
        ("2018-06-01", "person:trump"),
        (None, None),
    ],
)
def test_link_role_resolves_on_story_date(link, date, who):
    e = find(link("وقال الرئيس الأمريكي إن المحادثات كانت مثمرة.", date), "الرئيس الأمريكي")
    assert e is not None and e.actor == who and e.country == "USA" and e.sector == "GOV"
    assert e.role == "president@USA"


@pytest.mark.parametrize(
    ("text", "mention", "date", "who"),
    [
        (
            "التقى وزير الخارجية الأمريكي نظيره الروسي",
            "وزير الخارجية الأمريكي",
            "2018-03-01",
            "person:tillerson",
        ),
        (
            "التقى وزير الخارجية الأمريكي نظيره الروسي",
            "وزير الخارجية الأمريكي",
            "2018-06-01",
            "person:pompeo",
        ),
        ("التقى وزير الخارجية الأمريكي نظيره الروسي", "نظيره الروسي", "2018-06-01", "person:lavrov"),
        ("قالت رئيسة الوزراء البريطانية إن", "رئيسة الوزراء البريطانية", "2018-03-15", "person:theresa-may"),
        ("أعلن رئيس الوزراء العراقي أمس", "رئيس الوزراء العراقي", "2018-07-01", "person:abadi"),
        ("أعلن رئيس الوزراء العراقي أمس", "رئيس الوزراء العراقي", "2019-07-01", "person:abdul-mahdi"),
        ("قال وزير الخارجية الإيراني", "وزير الخارجية الإيراني", "2024-06-01", "person:bagheri-kani"),
        ("قال وزير خارجية إيران", "وزير خارجية إيران", "2025-01-10", "person:araghchi"),
        ("قال الأمين العام للأمم المتحدة", "الأمين العام للأمم المتحدة", "2016-03-01", "person:ban-ki-moon"),
        ("قال الرئيس الروسي", "الرئيس الروسي", None, "person:putin"),
        ("قال وزير الخارجية الإيراني", "وزير الخارجية الإيراني", None, None),
    ],
)
def test_link_roles(link, text, mention, date, who):
    e = find(link(text, date), mention)
    assert e is not None and e.actor == who


def test_link_surname_refers_back_only_after_full_name(link):
    ents = link("التقى فلاديمير بوتين مع شي جين بينغ. وقال شي إن بوتين صديق.", "2024-05-16")
    assert [(e.text, e.actor) for e in ents if e.type == "PERS"] == [
        ("فلاديمير بوتين", "person:putin"),
        ("شي جين بينغ", "person:xi-jinping"),
        ("شي", "person:xi-jinping"),
        ("بوتين", "person:putin"),
    ]
    assert find(link("قال شي إن الأمر لا يعنيه.", "2024-05-16"), "شي") is None


def test_link_fuzzy_only_against_aliases(link):
    e = find(link("بوتين و شي جينغ بين يعلنان عن خطط", "2024-05-16"), "شي جينغ بين")
    assert e is not None and e.actor == "person:xi-jinping" and e.confidence < 1
    assert all(
        e.actor is None or e.actor.startswith(("person:putin", "RUS")) for e in link("شيء جميل جدا بوتين")
    )


def test_link_fuzzy_window_never_spans_a_function_word(link):
    # "في مايو" is one letter off "دي مايو" (Luigi Di Maio), but في is a preposition: a month, not him.
    assert all(e.actor != "person:di-maio" for e in link("ستجري الانتخابات في مايو المقبل", "2020-02-01"))
    found = find(link("وقال لويجي دي مايو إن إيطاليا ستدعم الاتفاق", "2020-02-01"), "لويجي دي مايو")
    assert found is not None and found.actor == "person:di-maio"


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("أجرت القوات البحرية الصينية مناورات", "القوات البحرية الصينية", "CHN", "MIL"),
        ("يواجه التجار الصينيين صعوبات", "التجار الصينيين", "CHN", "BUS"),
        ("وأعلنت إدارة بايدن فرض رسوم", "إدارة بايدن", "USA", "GOV"),
        ("قالت وزارة الدفاع الروسية", "وزارة الدفاع الروسية", "RUS", "GOV"),  # a ministry (conventions §2)
        ("أسقطت الدفاعات الجوية السورية", "الدفاعات الجوية السورية", "SYR", "MIL"),
        ("وقال الجيش السوري إنه", "الجيش السوري", "SYR", "MIL"),
        ("اتهمت المعارضة السورية", "المعارضة السورية", "SYR", "OPP"),
        ("وقتل مدنيون يمنيون", "مدنيون يمنيون", "YEM", "CVL"),
        ("قالت الشرطة البريطانية", "الشرطة البريطانية", "GBR", "COP"),
        ("أثار ذلك غضب بكين", "بكين", "CHN", "GOV"),
        ("وصل الوفد إلى بكين", "بكين", "CHN", None),
        ("وقال الكرملين إن", "الكرملين", "RUS", "GOV"),
        ("ضغوط يمارسها الغرب", "الغرب", "UNK", None),
        ("دعا المجتمع الدولي", "المجتمع الدولي", "UNK", None),
        ("هاجمت حماس", "حماس", "PSE", "REB"),
        ("أطلق الحوثيون صاروخا", "الحوثيون", "YEM", "REB"),
        ("تبنى تنظيم داعش الهجوم", "تنظيم داعش", "IMG", "REB"),
        ("قالت وكالة الأنباء السعودية", "وكالة الأنباء السعودية", "SAU", "MED"),
        ("قال حلف الناتو", "حلف الناتو", "IGO", None),
    ],
)
def test_link_composed_and_group_actors(link, text, mention, country, sector):
    e = find(link(text, "2024-05-16"), mention)
    assert e is not None and (e.country, e.sector) == (country, sector)


def test_link_nickname_is_not_the_place(link):
    ents = link("مدينة هاربين كانت تعرف باسم “موسكو الصغيرة” بسبب سكانها الروس")
    assert all(e.actor != "city:moscow" for e in ents)
    assert find(ents, "هاربين").actor == "city:harbin"


def test_link_title_refers_back(link):
    ents = link("نقلت وكالة تاس عن السفير الإيراني في موسكو، كاظم جلالي، قوله. ونقلت الوكالة عن السفير قوله")
    assert [(e.text, e.actor) for e in ents if e.text in ("الوكالة", "السفير")] == [
        ("الوكالة", "MED:TASS"),
        ("السفير", "person:jalali"),
    ]


def test_link_military_coalitions_and_their_short_form(link):
    # ANT FR-internationalNews-974 and SK-middleEast-1956: the coalitions are multi-state actors (UNK/MIL,
    # annotation guide §2), and a later bare "التحالف" refers back to the one the story named
    ents = link(
        "اعترضت السعودية السبت أربعة صواريخ بالستية أطلقها حوثيون كما أعلن التحالف العربي بقيادة الرياض. "
        "وقال التحالف إن الصواريخ أطلقت من صعدة"
    )
    assert [(e.text, e.actor, e.country, e.sector) for e in ents if "تحالف" in e.text] == [
        ("التحالف العربي بقيادة الرياض", "COAL:ARAB", "UNK", "MIL"),
        ("التحالف", "COAL:ARAB", "UNK", "MIL"),
    ]
    ents = link(
        "وقال التحالف الدولي بقيادة الولايات المتحدة لقتال تنظيم الدولة إنه لا يمكنه تأكيد خبر الاعتقال"
    )
    assert find(ents, "التحالف الدولي بقيادة الولايات المتحدة").actor == "COAL:INTL"


def test_link_bare_coalition_without_antecedent_is_nobody(link):
    # Iraqi electoral lists are also "تحالف"; with no coalition named before, the bare word names nobody
    ents = link("وحل التحالف ثانيا في الانتخابات العراقية بعد تحالف سائرون")
    assert all(not (e.actor or "").startswith("COAL:") for e in ents)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "الرئيس",
                "الأمريكي",
                "بوتين",
                "و",
                "وزير",
                "الخارجية",
                "القوات",
                "الصينية",
                "شي",
                "جين",
                "بينغ",
                "موسكو",
                "الصغيرة",
                "،",
                "“",
                "لل",
                "كرملين",
                "السفير",
                "في",
                "نظيره",
                "x",
                "\u064b",
                "٣",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from([None, "2018-05-01", "2024-05-16"]),
)
def test_link_never_raises_and_offsets_exact(link, words, date):
    link(" ".join(words), date)
    link("".join(words), date)


def gold_accuracy(linker, path: Path = GOLD) -> tuple[int, int, list[str]]:
    """Share of hand-annotated ANT mentions linked right: actor, country and sector all equal."""
    right = total = 0
    wrong: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        ents = linker.link(g["text"], date=g["date"])
        for m in g["mentions"]:
            total += 1
            over = [e for e in ents if e.start < m["end"] and m["start"] < e.end]
            e = max(over, key=lambda e: min(e.end, m["end"]) - max(e.start, m["start"])) if over else None
            if m["actor"] is None and m["country"] is None:
                ok = e is None or e.actor is None
            else:
                ok = e is not None and (e.actor, e.country, e.sector) == (
                    m["actor"],
                    m["country"],
                    m["sector"],
                )
            right += ok
            if not ok:
                wrong.append(f"{m['text']}: want {m['actor']} got {e and e.actor}")
    return right, total, wrong


def test_link_gold_ant_mentions(linker):
    right, total, wrong = gold_accuracy(linker)
    assert total >= 100
    assert right / total >= 0.9, wrong


@pytest.mark.parametrize(("path", "least"), [(HELDOUT, 70), (HELDOUT2, 55)])
def test_link_gold_heldout_ant_mentions(linker, path, least):
    # Annotated after the rules were written; first runs 71% and 80%, figures in docs/entities.md.
    right, total, wrong = gold_accuracy(linker, path)
    assert total >= least
    assert right / total >= 0.75, wrong


def test_link_former_title_is_the_predecessor(link):
    ents = link("قال الرئيس اليمني السابق علي عبد الله صالح إن", "2016-11-28")
    e = find(ents, "الرئيس اليمني السابق")
    assert (e.actor, e.sector, e.role) == ("person:saleh", "ELI", None)
    assert find(link("برأت المحكمة الرئيس المصري الأسبق", "2017-03-02"), "الرئيس المصري الأسبق").actor is None


def test_link_combines_ner_spans(linker):
    from marsad.model import Entity

    text = "التقى فلاديمير بوتين مع غانم العابد في مدينة المتلوي"
    spans = [("فلاديمير بوتين", "PERS"), ("غانم العابد", "PERS"), ("المتلوي", "LOC")]
    ner = [
        Entity(start=text.index(t), end=text.index(t) + len(t), text=t, type=ty, confidence=0.8)
        for t, ty in spans
    ]
    ents = linker.link(text, date="2018-01-01", ner=ner)
    assert [(e.text, e.type, e.actor) for e in ents] == [
        ("فلاديمير بوتين", "PERS", "person:putin"),
        ("غانم العابد", "PERS", None),
        ("المتلوي", "LOC", None),
    ]


@pytest.mark.parametrize(("date", "sector"), [("2019-05-01", "REB"), ("2022-05-01", "GOV"), (None, "REB")])
def test_link_group_sector_changes_with_date(link, date, sector):
    e = find(link("قالت حركة طالبان إن", date), "حركة طالبان")
    assert (e.country, e.sector) == ("AFG", sector)


def test_link_composed_people_are_pers(link):
    ents = link("قال وزير الداخلية التركي إن التجار الصينيين والروس", "2024-05-16")
    minister = find(ents, "وزير الداخلية التركي")
    assert (minister.type, minister.country, minister.sector) == ("PERS", "TUR", "GOV")
    assert find(ents, "التجار الصينيين").type == "PERS"
    assert (find(ents, "الروس").country, find(ents, "الروس").sector) == ("RUS", "BUS")
    army = find(link("قال الجيش السوري إن"), "الجيش السوري")
    assert army.type == "ORG"


def test_link_short_form_without_its_name_is_read_otherwise(link):
    # السوداني is a short form of محمد شياع السوداني only after his full name; otherwise a nisba.
    e = find(link("كان للجندي السوداني دوره المؤثر", "2018-05-03"), "للجندي السوداني")
    assert (e.country, e.sector) == ("SDN", "MIL")
    ents = link("قال محمد شياع السوداني إن السوداني سيزور", "2023-05-01")
    assert [e.actor for e in ents] == ["person:sudani", "person:sudani"]


def test_link_short_form_goes_to_the_person_named_before(link):
    ents = link("قال الرئيس السوداني عمر البشير إن البشير سيزور", "2018-05-01")
    assert [e.actor for e in ents if e.text == "البشير"] == ["person:bashir"]
    ents = link("قال رئيس الوزراء السوري محمد البشير إن البشير سيزور", "2024-12-20")
    assert [e.actor for e in ents if e.text == "البشير"] == ["person:bashir-sy"]


def test_link_ner_links_are_cached_and_stable(linker):
    from marsad.model import Entity

    text = "استقبل غانم العابد وفدا في المتلوي ثم التقى غانم العابد بوزير"
    spans = [(text.index("غانم"), "غانم العابد", "PERS"), (text.rindex("غانم"), "غانم العابد", "PERS")]
    spans.append((text.index("المتلوي"), "المتلوي", "LOC"))

    def run():
        ner = [Entity(start=s, end=s + len(t), text=t, type=ty, confidence=0.8) for s, t, ty in spans]
        return [
            (e.start, e.end, e.type, e.actor, e.confidence) for e in linker.link(text, date=None, ner=ner)
        ]

    first = run()
    # The repeated name is linked once, then read from the linker's cache: same answer both times.
    assert ("غانم العابد", "PERS") in linker._ner_links
    assert run() == first
    assert [e[2] for e in first if e[3] is None] == ["PERS", "LOC", "PERS"]


@pytest.mark.parametrize(
    ("text", "date", "who", "role"),
    [
        (
            "وقال المبعوث الأممي إلى اليمن إن المحادثات مستمرة",
            "2018-06-12",
            "person:griffiths",
            "envoy:YEM@IGO:UN",
        ),
        ("وقال المبعوث الأممي الخاص إلى سوريا إن", "2020-01-01", "person:pedersen", "envoy:SYR@IGO:UN"),
        ("وقال المبعوث الأممي لليمن إن", "2019-05-01", "person:griffiths", "envoy:YEM@IGO:UN"),
        ("وقال المبعوث الأممي إلى سوريا إن", "2015-03-01", "person:de-mistura", "envoy:SYR@IGO:UN"),
        ("وصل المبعوث الأممي إلى دمشق أمس", "2018-01-01", None, None),  # a city: where he went
    ],
)
def test_link_un_envoy_is_the_holder_on_the_date(link, text, date, who, role):
    envoy = next(e for e in link(text, date) if e.text.startswith("المبعوث"))
    assert (envoy.actor, envoy.country, envoy.role) == (who, "IGO", role)


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=25
)


@given(taken=_SPANS, spans=_SPANS)
def test_link_overlaps_any_equals_a_scan(taken, spans) -> None:
    expected = [any(s < b and a < e for a, b in taken) for s, e in spans]
    assert overlaps_any(taken, spans) == expected


# Real ANT sentences (not in the linking gold files): عمان is Oman or Amman, Jordan's capital.
@pytest.mark.parametrize(
    ("text", "nth", "actor"),
    [
        # The story names Jordan and never Oman: Amman.
        (
            "قال وزير خارجية تركيا مولود تشاوش أوغلو الاثنين في مؤتمر مشترك له في عمان مع نظيره الأردني أيمن الصفدي",
            0,
            "city:amman",
        ),
        # The shadda marks the city, with no country named at all.
        ("حوادث عبث وحرق بمساجد في عمّان.. والسبب!", 0, "city:amman"),
        # A dateline: the city, then its country.
        (
            "الأردن: إصابة أحد رجال الأمن بحادثة طعن وحالته سيئة عمان، الأردن (CNN) – تعرض أحد رجال الأمن",
            0,
            "city:amman",
        ),
        # A list of countries keeps the country even beside Jordan.
        ("أكد ولي العهد السعودي أن المملكة العربية السعودية ومصر والأردن والبحرين وعمان والكويت", 0, "OMN"),
        # Oman named another way in the story: the country.
        (
            "صار ماكونو، الذي اجتاح جزيرة سقطرى اليمنية وجنوب غربي سلطنة عمان. وفي عمان، تحدثت السلطات",
            0,
            "OMN",
        ),
        # No Jordan in the story: the country, as before.
        ("وأعلنت السلطات في عمان، الأحد، عطلة من ثلاثة أيام", 0, "OMN"),
        # The damma marks the country even in a story about Jordan.
        ("وقع الأردن اتفاقا مع عُمان", 0, "OMN"),
    ],
)
def test_link_homograph_oman_or_amman(link, text, nth, actor):
    hits = [e for e in link(text, "2018-05-28") if e.actor in ("OMN", "city:amman") and len(e.text) <= 6]
    assert len(hits) > nth
    e = hits[nth]
    assert e.actor == actor and text[e.start : e.end] == e.text
    assert e.country == ("JOR" if actor == "city:amman" else "OMN")


# Real ANT datelines (CNN Arabic): a capital followed by its own country is where the story was filed, a place,
# not the government it stands for elsewhere ("أثار غضب بكين").
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "الأردن: إضراب واسع للنقابات المهنية والعمالية رفضا لحزمة ضرائب جديدة عمان، الأردن (CNN) -- شارك آلاف",
            "city:amman",
        ),
        # CN-middleEast-28-20180219
        ("موسكو، روسيا (CNN) -- حذر وزير الخارجية الروسي سيرغي لافروف من محاولات", "city:moscow"),
    ],
)
def test_link_capital_in_a_dateline_is_a_place(link, text, city):
    e = next(e for e in link(text, "2018-05-30") if e.actor == city)
    assert e.sector is None and text[e.start : e.end] == e.text


def test_link_capital_as_metonym_is_still_the_government(link):
    # made up to pin the rule's edge: a country after the comma, but no agency or dash after it
    e = find(link("وأثار القرار غضب بكين، الصين ترد", "2018-05-30"), "بكين")
    assert e is not None and e.sector == "GOV"


def _stage_entities(text: str, published: str):
    """The entity stage over one real sentence as a story, every span's offsets checked."""
    from marsad.entities.stage import run
    from marsad.model import Article, Story
    from marsad.pipeline import Context
    from support import assert_offsets

    story = Story(id="s", role="main", text=text, published=published)
    run(Article(id="a", source="test", raw=text, stories=[story]), ctx=Context())
    assert_offsets(story)
    return story.entities


def test_link_places_named_with_their_country_nisba():
    # CN-middleEast-1289-20180907: المنيا had no row (the events coder then gave it the story's SYR)
    text = (
        "هكذا تحدث نواب ومسؤول بالكنيسة لـCNN، بشأن الواقعة الأخيرة التي شهدتها قرية بمحافظة المنيا المصرية "
        "بشأن اعتداء على أقباط مقيمين فيها"
    )
    minya = find(_stage_entities(text, "2018-09-07"), "المنيا")
    assert minya is not None and (minya.actor, minya.country) == ("city:minya", "EGY")
    # JA-internationalNews-451-20160718: فأس (an axe) was linked to فاس, Fez (MAR)
    text = "أصيب 20 شخصا على الأقل، اليوم الاثنين في هجوم نفذه شاب بواسطة فأس داخل قطار بمدينة فورتسبرغ الألمانية."
    ents = _stage_entities(text, "2016-07-18")
    axe = find(ents, "فأس")
    assert axe is None or (axe.actor, axe.country) == (None, None)
    wurzburg = find(ents, "فورتسبرغ")
    assert wurzburg is not None and (wurzburg.actor, wurzburg.country) == ("city:wurzburg", "DEU")
    assert [e.country for e in ents if e.country] == ["DEU", "DEU"]


def test_link_place_written_without_its_hamza_still_links():
    fez = find(_stage_entities("زار الملك محمد السادس مدينة فاس المغربية", "2018-05-01"), "فاس")
    assert fez is not None and fez.actor == "city:fez"


_HAMZA_LETTERS = st.text(alphabet="اأإبتسفلمنرو ", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_HAMZA_LETTERS, st.lists(_HAMZA_LETTERS, max_size=3))
def test_link_hamza_clash_only_for_a_hamza_the_names_lack(surface, names):
    from marsad.entities.link import hamza_clash
    from marsad.language.normalize import light_key

    spellings = frozenset(light_key(n) for n in names)
    clash = hamza_clash(surface, spellings)
    assert isinstance(clash, bool)
    if light_key(surface) in spellings or not any(ch in "أإ" for ch in surface):
        assert not clash  # a name as written, or a word with no hamza, always keeps its reading
    assert hamza_clash(surface, spellings | {light_key(surface)}) is False


def _hamza_clash_reference(surface: str, spellings: frozenset[str]) -> bool:
    """hamza_clash() as it was written before its early return for a word with no hamza on an alef."""
    from marsad.entities.link import _clash
    from marsad.language.normalize import light_key

    text = light_key(surface)
    clashes = [_clash(text[len(text) - len(s) :], s) for s in spellings if 0 <= len(text) - len(s) <= 3]
    return bool(clashes) and all(clashes)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="اأإآبتسفلمنرو\u064e ", min_size=1, max_size=12), st.lists(_HAMZA_LETTERS, max_size=3)
)
def test_link_hamza_clash_equals_the_form_without_early_return(surface, names):
    from marsad.entities.link import hamza_clash
    from marsad.language.normalize import light_key

    spellings = frozenset(light_key(n) for n in names)
    assert hamza_clash(surface, spellings) == _hamza_clash_reference(surface, spellings)


def test_link_hamza_clash_equals_the_form_without_early_return_on_news(linker, sample_stories):
    from marsad.entities.link import hamza_clash
    from marsad.entities.match import keyed

    places = linker.kb.place_spellings
    count = clashes = 0
    for story in sample_stories[:80]:
        for m in linker.matcher.find(keyed(story.text)):
            surface = story.text[m.start : m.end]
            for actor in {p.payload for p in m.patterns}:
                spellings = places.get(actor, frozenset())
                got = hamza_clash(surface, spellings)
                assert got == _hamza_clash_reference(surface, spellings)
                count += 1
                clashes += got
    assert count > 1_000

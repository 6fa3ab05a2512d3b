"""Office holders added to people.yaml for the event coder's participants: linked with country and sector on
real ANT sentences (none of them from the events dev gold)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from marsad.entities.phrases import FUZZY_MIN


def find(entities, text: str):
    return next((e for e in entities if text in e.text), None)


@pytest.mark.parametrize(
    ("text", "mention", "date", "country", "sector"),
    [
        # ANT SK-internationalNews-122-20180225 (shortened)
        ("أعرب الرئيس الفنزويلي، نيكولاس مادورو، عن أسفه", "نيكولاس مادورو", "2018-02-25", "VEN", "GOV"),
        # ANT CN-middleEast-102-20180226: the ambassador to the UN acts for her government
        ("قالت السفيرة الأمريكية في مجلس الأمن، نيكي هايلي، إن", "نيكي هايلي", "2018-02-26", "USA", "GOV"),
        # ANT FR-internationalNews-15-20180217: a former president is a former official (ELI) after his term
        (
            "أن الرئيس السابق نيكولا ساركوزي كان يتنصت على وزراء حكومته.",
            "نيكولا ساركوزي",
            "2018-02-17",
            "FRA",
            "ELI",
        ),
        # ANT AL-internationalNews-1713-20180621: the president and the rebel leader
        (
            "أقام رئيس الوزراء أبي أحمد عشاء خاصا للرئيس سلفا كير والدكتور ريك مشار معا",
            "سلفا كير",
            "2018-06-21",
            "SSD",
            "GOV",
        ),
        (
            "لكن المتمردين بقيادة ريك مشار نائب الرئيس السابق رفضوا أجزاء من الاتفاق",
            "ريك مشار",
            "2018-06-30",
            "SSD",
            "REB",
        ),
        # ANT SK-internationalNews-1501-20180510: a banned movement's leader is opposition (conventions §2)
        (
            "شبكة يقودها رجل الدين فتح الله غولن المقيم في الولايات المتحدة",
            "فتح الله غولن",
            "2018-05-10",
            "TUR",
            "OPP",
        ),
        # ANT BB-internationalNews-14-20180215: an opposition leader
        (
            "أعلن مسؤول بارز في حركة التغيير الديمقراطي في زيمبابوي عن وفاة زعيم الحركة، السياسي المعارض مورغان "
            "تسفانغيراي.",
            "مورغان تسفانغيراي",
            "2018-02-15",
            "ZWE",
            "OPP",
        ),
        # ANT AL-internationalNews-103-20180219: the police chief (COP)
        (
            "وقال القائد العام للشرطة، رونالد ديلا روزا، إن عناصر من الشرطة والجيش أوقفوا",
            "رونالد ديلا روزا",
            "2018-02-19",
            "PHL",
            "COP",
        ),
        # ANT BB-internationalNews-184-20180318: the special counsel is a prosecutor (JUD)
        (
            "التحقيق الذي يجريه المحقق الخاص روبرت مولر حول التدخل الروسي",
            "روبرت مولر",
            "2018-03-18",
            "USA",
            "JUD",
        ),
    ],
)
def test_link_added_office_holders(link, text, mention, date, country, sector):
    e = find(link(text, date), mention)
    assert e is not None, [x.text for x in link(text, date)]
    assert (e.country, e.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        # ANT FR-internationalNews-553-20180405
        (
            "ويتهم المغرب جبهة البوليساريو، المدعومة من الجزائر، بمحاولة تغيير طبيعة هذه المنطقة",
            "جبهة البوليساريو",
            "ESH",
            "REB",
        ),
        # ANT BB-internationalNews-184-20180318
        (
            "وينظر لمولر، وهو رئيس سابق لمكتب التحقيقات الفيدرالي (اف بي آي) ، على أنه جمهوري.",
            "مكتب التحقيقات الفيدرالي",
            "USA",
            "COP",
        ),
        # ANT BB-middleEast-27-20180212
        ("ولم يذكر متحدث باسم حزب الليكود أي إطار زمني لضم المستوطنات.", "حزب الليكود", "ISR", "PTY"),
    ],
)
def test_link_added_organisations(link, text, mention, country, sector):
    e = find(link(text, "2018-04-05"), mention)
    assert e is not None, [x.text for x in link(text, "2018-04-05")]
    assert (e.country, e.sector) == (country, sector)


_NAME_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىء "


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_link_fuzzy_person_search_by_length_equals_a_full_scan(linker, data) -> None:
    # The length window only skips keys that cannot reach the cutoff: the best key (and score) must be
    # the one a scan over every person key finds, for real aliases a few letters off and random text.
    keys = linker.kb.person_keys
    base = data.draw(st.sampled_from(keys))
    edits = data.draw(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(_NAME_LETTERS)), max_size=4))
    query = base
    for at, letter in edits:
        at = min(at, len(query))
        query = query[:at] + letter + query[at + 1 :]
    if data.draw(st.booleans()):
        query = data.draw(st.text(alphabet=_NAME_LETTERS, max_size=30))
    full = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
    reach = linker._person_keys_within(len(query))
    hit = process.extractOne(query, reach.keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
    if full is None:
        assert hit is None
    else:
        assert hit is not None and (hit[0], hit[1], reach.index[hit[2]]) == full


def test_link_fuzzy_person_search_by_length_skips_most_keys(linker) -> None:
    keys = linker.kb.person_keys
    reach = linker._person_keys_within(12)
    assert 0 < len(reach.keys) < len(keys)
    assert all(9 <= len(k) <= 16 for k in reach.keys)  # 100 * (1 - 4 / 28) >= 85 > 100 * (1 - 4 / 20)
    assert [keys[i] for i in reach.index] == reach.keys


# ---- Round 20 (perf20): person keys dropped by their letters before rapidfuzz scores them


def _full_scan(linker, query: str):
    """Every person key scored: the best key of all (what the length window and the letters must keep)."""
    hit = process.extractOne(query, linker.kb.person_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
    return None if hit is None else (hit[0], hit[1], hit[2])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_link_fuzzy_person_by_letters_equals_a_full_scan(linker, data) -> None:
    # Real aliases with letters replaced, inserted or deleted (near the cutoff from both sides), with
    # letters no key holds (Latin, digits), and random text.
    keys = linker.kb.person_keys
    query = data.draw(st.sampled_from(keys))
    letters = st.sampled_from(_NAME_LETTERS + "xZ7")
    for kind, at, letter in data.draw(
        st.lists(st.tuples(st.sampled_from("rid"), st.integers(0, 40), letters), max_size=5)
    ):
        at = min(at, len(query))
        if kind == "r":
            query = query[:at] + letter + query[at + 1 :]
        elif kind == "i":
            query = query[:at] + letter + query[at:]
        else:
            query = query[:at] + query[at + 1 :]
    if data.draw(st.booleans()):
        query = data.draw(st.text(alphabet=_NAME_LETTERS + "xZ7", max_size=30))
    assert linker._fuzzy_person(query) == _full_scan(linker, query)


def test_link_fuzzy_person_by_letters_equals_a_full_scan_on_news(linker, sample_stories) -> None:
    # Every run of one to three words of real stories, as a PERS span the knowledge base lacks is
    # searched: the same best key as the full scan, hits among them.
    from marsad.entities.match import keyed

    hits = queries = 0
    for story in sample_stories[:25]:
        words = keyed(story.text).key.split()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                query = " ".join(words[i : i + n])
                got = linker._fuzzy_person(query)
                assert got == _full_scan(linker, query), query
                queries += 1
                hits += got is not None
    assert queries > 10_000 and hits > 20


def test_letter_bags_keep_a_key_at_the_cutoff_exactly() -> None:
    # 200 * LCS / (m + n) = 200 * 17 / 40 = 85.0: the bound equals the cutoff, and the key must stay.
    from marsad.entities.bags import LetterBags

    key = "عبدالرحمنبنسلطانالعم"  # 20 letters
    query = key[:17] + "xyz"
    assert len(key) == len(query) == 20 and fuzz.ratio(query, key) == FUZZY_MIN
    far = "ككككككككككككككككككككك"  # no letter shared beyond one: far below the cutoff
    bags = LetterBags([far, key, "ب" * 20])
    assert bags.reachable(query) == [1]
    assert bags.reachable(query[:16] + "xyzw") == []  # 16 shared letters: 80.0
    assert bags.reachable("qqq") == [] and LetterBags([]).reachable(query) == []

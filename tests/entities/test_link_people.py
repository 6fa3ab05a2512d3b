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

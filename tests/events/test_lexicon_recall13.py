"""Recall round 13 (evlex13): sample K (benchmarks/data/events_recall_sample_k.tsv, half fresh ANT, half
SaudiNewsNet) and the predicates its misses and dev's even lines' misses named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from tests.support import events_at

import marsad
from events.lexicon_support import assert_exact_offsets, lexicon_at, round_block, word_lists


def test_recall_sample_rescores_a_mixed_sample_from_both_pools(monkeypatch, tmp_path) -> None:
    """K mixes ANT and SaudiNewsNet rows: ``--rescore`` re-picks each row from its own pool (ANT keys from ANT, SNN-
    keys from SaudiNewsNet), whatever MARSAD_POOL says, and scores them all."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_recall_sample as ers

    rows = [
        {"key": "SK-middleEast-1-20180101:0-10", "gold": "ASSAULT «قصف»"},
        {"key": "SNN-okaz-0001:5-20", "gold": "CONSULT «التقى»"},
    ]
    path = tmp_path / "k.tsv"
    path.write_text(
        "key\toutlet\tsentence\tinside\talone\tgold\tcause\tnote\n"
        + "".join(f"{r['key']}\t\t\t\t\t{r['gold']}\t\t\n" for r in rows),
        encoding="utf-8",
    )
    calls: list[tuple[str | None, frozenset[str]]] = []

    def fake_picks(*, seed, n, exclude, min_words, only=None, pool=None):
        calls.append((pool, frozenset(only or ())))
        for r in rows:
            if (pool == "saudi") == r["key"].startswith("SNN-"):
                yield ers.Pick(key=r["key"], outlet="", sentence="", inside=[r["gold"]], alone=[])

    monkeypatch.setenv("MARSAD_POOL", "ant")
    monkeypatch.setattr(ers, "picks", fake_picks)
    report = ers.rescore(path, seed=2020, min_words=5)
    assert sorted(pool for pool, _ in calls) == ["ant", "saudi"]
    assert "2 sentences, 2 with a gold event" in report
    assert "type inside the article  recall 1.000 (2/2)" in report


def test_recall_sample_pool_argument_overrides_the_variable(monkeypatch) -> None:
    """``shuffled(pool="saudi")`` reads SaudiNewsNet even when MARSAD_POOL names ANT."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import events_recall_sample as ers

    monkeypatch.setenv("MARSAD_POOL", "ant")
    monkeypatch.setattr(ers, "saudi_records", lambda: [{"id": "SNN-test-0001", "text": "نص"}])
    monkeypatch.setattr(ers, "gold_ids", set)
    monkeypatch.setattr(ers, "_politics", lambda path: pytest.fail("ANT read"))
    assert [r["id"] for r in ers.shuffled(seed=1, exclude=set(), pool="saudi")] == ["SNN-test-0001"]


# --- the round's rules and entry on real sentences (the article id is in the comment)

NIGERIA = (
    "وزار الرئيس النيجيري تشاد والنيجر المجاورين، اللتين تعرضتا على غرار الكاميرون، لهجمات دامية من المتشددين على"
    " أراضيهما."
)  # SNN-aawsat-1187
ROUHANI = "ومن المقرر أن يزور روحاني أيضا النمسا، التي سترأس الاتحاد الأوربي خلال الأشهر السنة المقبلة."
# BB-middleEast-684-20180702
MACRON = (
    "وكان ماكرون قد زار الجزائر خلال حملته الانتخابية، ما أثار جدلاً كبيراً في فرنسا بعدما وصف الاستعمار للجزائر"
    " بأنه جريمة ضد الإنسانية."
)  # JA-internationalNews-1141-20170609: the subject before the verb
TAIZ = "لقي 3 عناصر من مليشيا الحوثي الإيرانية مصرعهم بنيران الجيش الوطني غربي تعز."  # SK-middleEast-149-20180301
GAZA = (
    "قتل فلسطينيان وأصيب مئات الآخرين بنيران الجيش الإسرائيلي في مواجهات الجمعة قرب الحدود الشرقية لقطاع غزة مع"
    " إسرائيل، حسب الناطق باسم وزارة الصحة الفلسطينية."
)  # FR-internationalNews-2078-20180629
MALL_FIRE = (
    "واندلعت النيران في طابق علوي بمركز وينتر شيري التجاري، وكان العديد من الضحايا داخل إحدى دور السينما."
)
# BB-internationalNews-228-20180325
BUS_FIRE = "واندلعت النيران في الحافلة التي كانت تقل مهاجرين انطلاقاً من إيران بعد اصطدامها بعمود إنارة."
# AL-internationalNews-692-20180330
SURUC = (
    "وقدم أوباما تعازيه لتركيا على خلفية الاعتداء الإرهابي الذي نسب إلى تنظيم «داعش» وأوقع الثلاثاء 32 قتيلا ومئة"
    " جريح في سروج/سوروتش (جنوب) بالقرب من الحدود مع سوريا."
)  # SNN-almadina-0585 (recall sample K row 47; the sentence's last clauses)
PKK = (
    "وقتل شرطيان صباح الجمعة في هجوم استهدف مقرا للشرطة في مدينة بوزانتي في منطقة اضنة في جنوب البلاد ما يرفع الى 13"
    " شخصا على الاقل عدد القتلى الاتراك الذين سقطوا في هجمات نسبت الى حزب العمال الكردستاني."
)  # SNN-alriyadh-1392
DOUMA = (
    "إلا أن الوحدة التي أبدتها الدول الثلاث في أنقرة تزعزعت بعد الهجوم الكيميائي المفترض المنسوب إلى النظام السوري"
    " على دوما قرب دمشق والضربات التي شنتها واشنطن وباريس ولندن ردا على ذلك."
)  # FR-internationalNews-978-20180428


def sides(parts) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.sector) for p in parts]


def test_coder_visit_verb_first_takes_the_visitor_after_it(pipeline) -> None:
    """وزار الرئيس النيجيري تشاد والنيجر: the president after the visit verb is the visitor (he was dropped as a
    "destination" and Chad and Niger read as the actors), Chad and Niger the hosts."""
    (ev,) = events_at(NIGERIA, "وزار", pipeline)
    assert (ev.type, ev.mode, ev.start, ev.end) == ("CONSULT", "visit", 0, len("وزار"))
    start = NIGERIA.index("الرئيس النيجيري")
    assert [(p.text, p.start, p.end) for p in ev.source] == [
        ("الرئيس النيجيري", start, start + len("الرئيس النيجيري"))
    ]
    assert [(p.country, p.sector) for p in ev.source] == [("NGA", "GOV")]
    assert [p.country for p in ev.target] == ["TCD", "NER"]


def test_coder_visit_to_come_with_the_visitor_after_the_verb(pipeline) -> None:
    """Rouhani is to visit Austria: a scheduled visit, AGREE (conventions), Rouhani the actor, Austria the host.
    (Alone, the bare surname has no country; in its article "الرئيس الإيراني حسن روحاني" before gives IRN.)"""
    (ev,) = events_at(ROUHANI, "يزور", pipeline)
    assert ev.type == "AGREE"
    start = ROUHANI.index("روحاني")
    assert [(p.text, p.start, p.end) for p in ev.source] == [("روحاني", start, start + len("روحاني"))]
    assert [p.country for p in ev.target] == ["AUT"]


def test_coder_visit_with_the_subject_before_is_unchanged(pipeline) -> None:
    """ماكرون قد زار الجزائر: a place right after the verb is still the place visited, never its subject."""
    (ev,) = events_at(MACRON, "زار", pipeline)
    assert ev.type == "CONSULT"
    assert sides(ev.source) == [("ماكرون", "FRA", "GOV")]
    assert [p.country for p in ev.target] == ["DZA"]


def test_coder_without_the_visit_rule_the_hosts_act(pipeline, monkeypatch) -> None:
    """Switched off, the Nigerian visit has Chad and Niger as its actors: the rule is what reads the visitor."""
    import marsad.events.participants as participants

    monkeypatch.setattr(participants, "visit_subject", lambda *a, **k: False)
    (ev,) = events_at(NIGERIA, "وزار", pipeline)
    assert "NGA" not in {p.country for p in ev.source}


@pytest.mark.parametrize(
    ("sentence", "shooter"),
    [
        (TAIZ, ("الجيش الوطني", "YEM", "MIL")),
        (GAZA, ("الجيش الإسرائيلي", "ISR", "MIL")),
    ],
)
def test_coder_killed_by_the_fire_of(pipeline, sentence, shooter) -> None:
    """لقي مصرعه بنيران X (killed by X's fire): ASSAULT firearms at بنيران, X the shooter."""
    (ev,) = events_at(sentence, "بنيران", pipeline)
    assert (ev.type, ev.mode) == ("ASSAULT", "firearms")
    start = sentence.index("بنيران")
    assert (ev.start, ev.end) == (start, start + len("بنيران"))
    assert sides(ev.source) == [shooter]


def test_lexicon_biniran_entry(lexicon) -> None:
    assert ("assault.biniran", "ASSAULT") in lexicon_at(lexicon, TAIZ, "بنيران")
    assert_exact_offsets(lexicon, TAIZ)


@pytest.mark.parametrize("sentence", [MALL_FIRE, BUS_FIRE])
def test_fire_of_an_accident_is_not_read(lexicon, sentence) -> None:
    """النيران of a fire (اندلعت النيران في الحافلة) is no shooting: only the form with ب is listed."""
    assert "assault.biniran" not in [eid for eid, _ in lexicon_at(lexicon, sentence, "النيران")]


def test_fire_with_a_pronoun_is_not_read(lexicon) -> None:
    """A poem's "طافت بنيرانها" (went round with its fires; SNN-aljazirah-1068, a few words) is no shooting: the
    entry reads no form with a pronoun (enclitic: false)."""
    assert lexicon_at(lexicon, "في ليلة فيل طافت بنيرانها صقر", "بنيرانها") == []


def test_lexicon_recall13_every_entry_has_a_sentence(lexicon) -> None:
    """The round's block at the end of lexicon.yaml is exactly the entry tested here."""
    assert round_block(lexicon, "assault.biniran", 1) == ["assault.biniran"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "attacker"),
    [
        (SURUC, "الاعتداء", ("داعش", "IMG", "REB")),
        (PKK, "هجمات", ("حزب العمال الكردستاني", "TUR", "REB")),
        (DOUMA, "الهجوم", ("النظام السوري", "SYR", "GOV")),
    ],
)
def test_coder_attack_attributed_to_a_party(pipeline, sentence, trigger, attacker) -> None:
    """An attack "attributed to" a party right after its noun (نسب إلى، نسبت الى، المنسوب إلى): that party is the
    attacker."""
    events = [e for e in events_at(sentence, trigger, pipeline) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert sides(events[0].source) == [attacker]


def test_coder_without_the_attribution_rule_suruc_has_no_record(pipeline, monkeypatch) -> None:
    """Switched off, the Suruc bombing makes no record (no acting side): the rule is what names IS."""
    import marsad.events.records as records

    monkeypatch.setattr(records, "attributed_attacker", lambda *a, **k: [])
    assert [e for e in events_at(SURUC, "الاعتداء", pipeline) if e.type == "ASSAULT"] == []


@settings(max_examples=150, deadline=None)
@given(
    word_lists(
        ["بنيران", "النيران", "الجيش", "هجوم", "نسب", "إلى", "الى", "زار", "يزور", "الرئيس", "مصر", "،"]
    )
)
def test_recall13_offsets_and_no_exception(lexicon, pipeline, words) -> None:
    sentence = " ".join(words)
    assert_exact_offsets(lexicon, sentence)
    marsad.analyze(sentence, pipeline=pipeline)

"""Recipients, second round (evtarget3): a claim of responsibility takes the recipient of the attack it claims
(``recipients.claimed_recipients``). Real ANT sentences; docs/events.md, "Recipients, second round (evtarget3)"."""

from __future__ import annotations

import marsad.events.coder as coder
from events.test_coder_participants import _gold_story
from support import assert_offsets

# AL-internationalNews-191 (dev gold, an even line): al-Shabaab claims the attacks its fighters made on government
# offices; gold codes the claim SOM/REB -> SOM/GOV
CLAIM = (
    "وتبنت #حركة_الشباب المتشددة والموالية لتنظيم #القاعدة مسؤولية الهجمات، إذ قالت في بيان نشر على مواقع إلكترونية"
    ' تابعة لها، إن "مقاتلين من عناصرها هاجموا مقرّات حكومية حسّاسة، موقعين قتلى وجرحى في صفوف قوات الأمن".'
)


def _claim(pipeline, text: str, source: str, published: str):
    st = _gold_story(pipeline, source, text, published)
    assert_offsets(st)
    return st, next(e for e in st.events if e.text.startswith("وتب"))


def test_claim_takes_the_recipient_of_the_attack_it_claims(pipeline) -> None:
    st, claim = _claim(pipeline, CLAIM, "AL-internationalNews-191-20180224", "2018-02-24")
    assert claim.type == "ASSAULT"
    assert [(p.text, p.country, p.sector) for p in claim.source] == [("حركة_الشباب", "SOM", "REB")]
    assert [(p.text, p.country, p.sector) for p in claim.target] == [("مقرّات حكومية", "SOM", "GOV")]
    for p in claim.source + claim.target:
        assert st.text[p.start : p.end] == p.text


def test_claim_without_the_rule_has_no_recipient(pipeline, monkeypatch) -> None:
    # the same sentence with the rule off: the claim names no recipient of its own
    monkeypatch.setattr(coder, "claimed_recipients", lambda *a, **k: [])
    _, claim = _claim(pipeline, CLAIM, "AL-internationalNews-191-20180224", "2018-02-24")
    assert claim.target == []


def test_claim_with_no_attack_told_after_it_keeps_no_recipient(pipeline) -> None:
    # FR-internationalNews-1219 (fresh ANT): the attack was told in an earlier paragraph; nothing to take
    text = 'وتبنى تنظيم "الدولة الإسلامية" الهجوم في وقت لاحق من العام نفسه.'
    _, claim = _claim(pipeline, text, "FR-internationalNews-1219-20180513", "2018-05-13")
    assert claim.target == []

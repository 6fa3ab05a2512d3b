"""Recall round 9 (evrecall9, docs/events.md "Recall round 9: sample H (evrecall9)"): an office whose holder's name
follows between commas is the verb's subject also when a rank stands before the name (``cues.yaml:
apposed_name_ranks``) and when the office's party carries ل (``constructions.apposed_title_subject``). Real ANT
sentences, each coded alone through the whole default pipeline; the first is sample H's row 142
(JA-internationalNews, the LNA spokesman's call)."""

from __future__ import annotations

from tests.support import events_at

import marsad.events.constructions as constructions

MISMARI = (
    "دعا الناطق باسم القيادة العامة للقوات المسلحة الليبية، العقيد أحمد المسماري، المواطنين إلى تقييد حركة التنقل"
    " من المنطقة الممتدة من رأس لانوف شرقا حتى مدينة سرت غربا اعتبارا من ساعات الصباح الأولى لليوم الاثنين."
)


def test_coder_office_before_a_ranked_name_is_the_subject(pipeline) -> None:
    """The Libyan armed forces' spokesman calls on citizens: the office's party (after ل) is the demander, the
    citizens the addressee; the colonel's name is no side."""
    (ev,) = events_at(MISMARI, "دعا", pipeline)
    assert (ev.type, ev.modality) == ("REQUEST", "asserted")
    assert [(p.text, p.country, p.sector, p.start) for p in ev.source] == [
        ("للقوات المسلحة الليبية", "LBY", "MIL", MISMARI.index("للقوات"))
    ]
    assert [(p.text, p.country, p.start) for p in ev.target] == [
        ("المواطنين", "LBY", MISMARI.index("المواطنين"))
    ]


def test_coder_ranked_name_needs_the_ranks(pipeline, monkeypatch) -> None:
    """With no rank words the name does not follow the comma and the call has no demander: no record."""
    monkeypatch.setattr(constructions, "apposed_name_ranks", lambda: frozenset())
    assert events_at(MISMARI, "دعا", pipeline) == []


def test_coder_ranked_name_needs_the_office_genitive(pipeline, monkeypatch) -> None:
    """With the office's party after ل read as a recipient again, the call has no demander: no record."""
    monkeypatch.setattr(constructions, "OFFICE_GENITIVE", None)
    assert events_at(MISMARI, "دعا", pipeline) == []

from __future__ import annotations

import pytest

from marsad.events.ontology import PLOVER_TYPES, load_ontology


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_ontology_has_sixteen_types_in_four_quads(onto) -> None:
    assert tuple(onto.types) == PLOVER_TYPES
    quads = {t: onto.quad(t) for t in PLOVER_TYPES}
    assert {t for t, q in quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {t for t, q in quads.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {t for t, q in quads.items() if q == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    # SANCTION: material conflict per manual section 3.13.4 and the conventions
    assert {t for t, q in quads.items() if q == 4} == {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_ontology_scores_follow_manual_table(onto) -> None:
    assert onto.score("CONSULT", "visit") == 4.0
    assert onto.score("CONSULT", None) == 2.5
    assert onto.score("AID", None) == 10.0
    assert onto.score("ASSAULT", "drone") == -9.5
    assert onto.score("SANCTION", "discontinue") == -6.0
    assert onto.score("ACCUSE", None) < 0  # the manual's +3 is a sign slip
    assert onto.score("ASSAULT", "no-such-mode") == -9.0


def test_ontology_cameo_codes_map_to_valid_types_and_modes(onto) -> None:
    assert len(onto.cameo) > 250
    for code in onto.cameo.values():
        assert code.plover_type in PLOVER_TYPES, code
        assert onto.is_valid(code.plover_type, code.plover_mode), code
        assert code.goldstein is not None, code
    assert onto.cameo["163"].plover_type == "SANCTION"
    assert onto.cameo["042"].plover_mode == "visit"


def test_ontology_goldstein_values_and_fallback(onto) -> None:
    assert onto.goldstein("057") == 8.0
    assert onto.goldstein("190") == -10.0
    assert onto.goldstein("0874") == 10.0
    assert onto.goldstein("04") == 1.0
    assert onto.goldstein("0429") == onto.goldstein("042")  # unknown sub-code falls back to its parent
    assert onto.goldstein(None) is None
    assert all(-10 <= v <= 10 for v in onto.goldstein_values.values())

"""The records the recall-round-6 rule (evrecall6) adds or changes on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_recall6_diff.py --rule nominative --seed 9601 --n 1500 > nominative.txt
    PYTHONPATH=src python benchmarks/events_recall6_diff.py --rule nominative --contains متظاهرون محتجون --n 3000
    PYTHONPATH=src python benchmarks/events_recall6_diff.py --rule issued --seed 9603 --n 1500 > issued.txt

Rule: ``nominative`` (``agents.yaml: nominatives``, ``mentions.nominative_generic`` and
``records._nominative_agent``: civilians named by a case-marked nominative plural right after an active verb with a
recipient are its agents, "واعتدى متظاهرون على رجال الأمن") and ``issued`` (``cues.yaml: issued_verbs``,
``constructions.resumptive_verb``: a verb of issuing whose object pronoun resumes a declared act's noun gives it its
subject, "التحذير الثاني الذي أعلنته موسكو"). Articles as ``events_frames_diff.py`` draws them (ANT
politics/world records in no gold file and no judged sample, shuffled with ``--seed``); each runs through the whole
default pipeline with the rule switched off and on, and every trigger span whose records differ is printed with the
sentence and both readings, for judging by reading. docs/events.md, "Recall round 6: sample G and unnamed agents
(evrecall6)", reports the judged lists.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from unittest.mock import patch

import marsad.events.constructions as constructions
import marsad.events.mentions as mentions
import marsad.events.records as records

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_recall5_diff as recall5


def nominative_off() -> AbstractContextManager:
    """No nominative civilian plural read as a verb's agent (an empty ``agents.yaml: nominatives``)."""
    stack = ExitStack()
    for module in (mentions, records):
        stack.enter_context(patch.object(module, "nominative_words", frozenset))
    return stack


def issued_off() -> AbstractContextManager:
    """No verb of issuing read as carrying a declared act's noun (an empty ``cues.yaml: issued_verbs``)."""
    return patch.object(constructions, "issued_verbs", frozenset)


RULES: dict[str, Callable[[], AbstractContextManager]] = {"nominative": nominative_off, "issued": issued_off}


def main(argv: list[str] | None = None) -> int:
    """``events_recall5_diff.py``'s draw and options (``--seed``, ``--n``, ``--contains``) with this round's rules."""
    with patch.dict(recall5.RULES, RULES, clear=True):
        return recall5.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())

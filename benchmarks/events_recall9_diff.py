"""The records the recall-round-9 rules (evrecall9) add or change on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_recall9_diff.py --rule apposed --seed 9901 --n 2000

Rule: ``apposed`` (``constructions.apposed_title_subject`` widened: a rank between the comma and the holder's name,
``cues.yaml: apposed_name_ranks``, and an office's party marked by ل: "دعا الناطق باسم القيادة العامة للقوات المسلحة
الليبية، العقيد أحمد المسماري، المواطنين"). Articles as ``events_frames_diff.py`` draws them (ANT politics/world records
in no gold file and no judged sample, shuffled with ``--seed``); each runs through the whole default pipeline with the
rule switched off and on, and every trigger span whose records differ is printed with the sentence and both readings,
for judging by reading. docs/events.md, "Recall round 9: sample H (evrecall9)", reports the judged list.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from unittest.mock import patch

import marsad.events.constructions as constructions

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_recall5_diff as recall5


@contextmanager
def apposed_off() -> Iterator[None]:
    """The apposed office as evrecall7 wrote it: the name right after the comma, the office's party not after ل."""
    with (
        patch.object(constructions, "apposed_name_ranks", lambda: frozenset()),
        patch.object(constructions, "OFFICE_GENITIVE", None),
    ):
        yield


RULES: dict[str, Callable[[], AbstractContextManager]] = {"apposed": apposed_off}


if __name__ == "__main__":
    # events_recall5_diff.py's draw and options (--seed, --n, --contains) with this round's rules
    with patch.dict(recall5.RULES, RULES, clear=True):
        raise SystemExit(recall5.main())

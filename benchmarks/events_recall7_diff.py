"""The records the recall-round-7 rules (evrecall7) add or change on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_recall7_diff.py --rule speaker --seed 9701 --n 1500 > speaker.txt
    PYTHONPATH=src python benchmarks/events_recall7_diff.py --rule speaker --contains "اللقاء مع" "لقاء مع" --n 3000
    PYTHONPATH=src python benchmarks/events_recall7_diff.py --rule apposed --seed 9703 --n 1500 > apposed.txt

Rules: ``speaker`` (``constructions.speaker_meeting``, read in ``records.code_match``: the speaker of a report verb
is the first side of a meeting noun in its content whose only side follows مع, "قال الرئيس ترامب إن اللقاء مع زعيم
كوريا الشمالية سيكون قريباً") and ``apposed`` (``constructions.apposed_title_subject``, read in
``participants.read_participants``: an office whose holder's name follows between commas is the verb's subject,
"رفض النائب الأول لمندوب روسيا لدى الأمم المتحدة، ديميتري بوليانسكي، الأربعاء، إعلان البيت الأبيض"). Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no
gold file and no judged sample, shuffled with ``--seed``); each runs through the whole default pipeline with the
rule switched off and on, and every trigger span whose records differ is printed with the sentence and both
readings, for judging by reading. docs/events.md, "Recall round 7: the agent in another clause (evrecall7)",
reports the judged lists.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from unittest.mock import patch

import marsad.events.participants as participants
import marsad.events.records as records

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_recall5_diff as recall5


def speaker_off() -> AbstractContextManager:
    """No report verb's speaker read as a meeting's first side."""
    return patch.object(records, "speaker_meeting", lambda *args, **kwargs: None)


def apposed_off() -> AbstractContextManager:
    """No office before an apposed name between commas read as a verb's subject."""
    return patch.object(participants, "apposed_title_subject", lambda *args, **kwargs: None)


RULES: dict[str, Callable[[], AbstractContextManager]] = {"speaker": speaker_off, "apposed": apposed_off}


if __name__ == "__main__":
    # events_recall5_diff.py's draw and options (--seed, --n, --contains) with this round's rules
    with patch.dict(recall5.RULES, RULES, clear=True):
        raise SystemExit(recall5.main())

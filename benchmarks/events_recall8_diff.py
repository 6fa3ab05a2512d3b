"""The records the recall-round-8 rule (evrecall8) adds or changes on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_recall8_diff.py --rule scope --seed 9801 --n 1500 --contains "وذلك"

Rule: ``scope`` (``coder._speech_scope_end``: a coded speech act's content ends before "، وذلك", the narrator's
circumstance of the act: "دعا ... إلى جلسة طارئة لمجلس الأمن، وذلك تزامنا مع مواجهات دامية أطلقت فيها القوات
الإسرائيلية الرصاص"). Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and
no judged sample, shuffled with ``--seed``); each runs through the whole default pipeline with the rule switched off
and on, and every trigger span whose records differ is printed with the sentence and both readings, for judging by
reading. docs/events.md, "Recall round 8: the clause after a speech verb (evrecall8)", reports the judged list.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from unittest.mock import patch

import marsad.events.coder as coder

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_recall5_diff as recall5


def scope_off() -> AbstractContextManager:
    """No "، وذلك" ends a coded speech act's content."""
    return patch.object(coder, "_comma_before", lambda *args, **kwargs: False)


RULES: dict[str, Callable[[], AbstractContextManager]] = {"scope": scope_off}


if __name__ == "__main__":
    # events_recall5_diff.py's draw and options (--seed, --n, --contains) with this round's rule
    with patch.dict(recall5.RULES, RULES, clear=True):
        raise SystemExit(recall5.main())

"""The records the recall-round-5 rules (evrecall5) add or change on fresh ANT articles, one rule at a time.

    PYTHONPATH=src python benchmarks/events_recall5_diff.py --rule titled --seed 8501 --n 1500 > titled.txt

Rules: ``titled`` (``participants.titled_genitive``: a masdar's genitive agent named after its office, "انسحاب
الرئيس دونالد ترامب من الاتفاق"، "استقالة رئيس الوزراء ديفيد كاميرون"). Articles as ``events_frames_diff.py`` draws
them (ANT politics/world records in no gold file and no judged sample, shuffled with ``--seed``); each runs through
the whole default pipeline with the rule switched off and on, and every trigger span whose records differ is
printed with the sentence and both readings, for judging by reading. docs/events.md, "Recall round 5: sample F
(evrecall5)", reports the judged lists.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from unittest.mock import patch

import marsad.events.participants as participants

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff


def titled_off() -> AbstractContextManager:
    """No genitive read across its holder's office."""
    return patch.object(participants, "titled_genitive", lambda *a, **k: False)


RULES: dict[str, Callable[[], AbstractContextManager]] = {"titled": titled_off}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    rule = args[args.index("--rule") + 1] if "--rule" in args else "titled"
    if "--rule" in args:
        i = args.index("--rule")
        del args[i : i + 2]
    return run_diff(args, RULES[rule], seed=8501, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

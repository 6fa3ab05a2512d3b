"""The records the agreement rules of the fourteenth participant round change on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_agreement_diff.py --seed 1717 --n 1500 > agreement_diff.txt

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline twice, with the round's rules switched off
and on: a verb's agreement with a party before it (``roles.disagrees_before``), a fronted object its pronoun
resumes (``roles.pronoun_agrees``) and a plural verb taking no subject after it (``roles.plural_verb``). Every trigger span whose records differ is printed
with the sentence and both readings, for judging by reading; the last line counts new, changed and lost records.
docs/events.md, "Participant rules, fourteenth round", reports the judged list.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import marsad.events.participants as participants

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import run_diff

RULES = (
    (participants, "disagrees_before"),
    (participants, "pronoun_agrees"),
    (participants, "plural_verb"),
)


@contextmanager
def agreement_off() -> Iterator[None]:
    """The round's agreement tests all answer no, as before the round."""
    saved = [getattr(module, name) for module, name in RULES]
    for module, name in RULES:
        setattr(module, name, lambda *args, **kwargs: False)
    try:
        yield
    finally:
        for (module, name), rule in zip(RULES, saved, strict=True):
            setattr(module, name, rule)


def main(argv: list[str] | None = None) -> int:
    return run_diff(argv, agreement_off, seed=1717, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())

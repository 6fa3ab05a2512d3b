"""Instructions of a few functions of the pipeline on unseen articles, each inclusive, in one callgrind run.

    PYTHONPATH=src PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --toggle-collect=functools_reduce --callgrind-out-file=OUT \\
        python benchmarks/count_parts.py [N] [--warm M] [--shared PATH]
    callgrind_annotate --inclusive=yes OUT | grep -E 'operator_call|starmap_next|dropwhile_next|takewhile_next|filterfalse_next|partial_vectorcall'

The run is ``count_instructions.py``'s (N unseen ANT articles after M others, only the N counted), with
six functions called through six C functions of the standard library that the pipeline itself never
calls (``operator.call``, ``itertools.starmap``, ``dropwhile``, ``takewhile``, ``filterfalse``,
``functools.partial``). callgrind sees Python functions only as the interpreter's frames, but it counts
each C function's inclusive instructions, so each of these six lines is the wrapped function's own
inclusive count (plus a few hundred instructions per call for the trampoline). Which function goes
behind which trampoline is ``PARTS`` and ``STAGE_PART`` below (round 11's choice: the parts of the pipeline that
cProfile and py-spy ranked highest).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
from collections.abc import Callable
from typing import Any

from count_instructions import ant_pages, arguments, run_unseen

import marsad.entities.link
import marsad.events.coder
import marsad.events.lexicon
import marsad.language.tokens
from marsad.ingest import read_text
from marsad.pipeline import Pipeline

Wrapped = Callable[..., Any]


def via_call(f: Wrapped) -> Wrapped:
    def w(*a: Any, **k: Any) -> Any:
        return operator.call(f, *a, **k)

    return w


def via_starmap(f: Wrapped) -> Wrapped:
    def w(*a: Any, **k: Any) -> Any:
        return next(itertools.starmap(lambda: f(*a, **k), ((),)))

    return w


def _via_predicate(kind: Callable[..., Any], keep: bool) -> Callable[[Wrapped], Wrapped]:
    # dropwhile / takewhile / filterfalse call their predicate from C: the call inside it is counted there
    def make(f: Wrapped) -> Wrapped:
        def w(*a: Any, **k: Any) -> Any:
            box: list[Any] = []
            next(kind(lambda _: box.append(f(*a, **k)) or keep, [0]))
            return box[0]

        return w

    return make


def via_partial(f: Wrapped) -> Wrapped:
    def w(*a: Any, **k: Any) -> Any:
        return functools.partial(f)(*a, **k)

    return w


via_dropwhile = _via_predicate(itertools.dropwhile, False)
via_takewhile = _via_predicate(itertools.takewhile, True)
via_filterfalse = _via_predicate(itertools.filterfalse, False)

# (module or class, attribute, trampoline): the attribute is replaced where the pipeline looks it up
PARTS: tuple[tuple[Any, str, Callable[[Wrapped], Wrapped]], ...] = (
    (marsad.language.tokens, "tokenize", via_call),  # -> _operator_call
    (marsad.events.lexicon.Lexicon, "match", via_starmap),  # -> starmap_next
    (marsad.events.coder, "sentence_views", via_dropwhile),  # -> dropwhile_next
    (marsad.events.coder, "code_match", via_takewhile),  # -> takewhile_next
    (marsad.entities.link.Linker, "link", via_filterfalse),  # -> filterfalse_next
)
STAGE_PART = (
    "clean",
    via_partial,
)  # the whole clean stage -> partial_vectorcall (its Stage holds the function)


def main() -> int:
    for owner, name, trampoline in PARTS:
        setattr(owner, name, trampoline(getattr(owner, name)))
    args = arguments()
    texts = ant_pages(args)
    records = [read_text(t, source=f"bench{i}") for i, t in enumerate(texts)]
    pipe = Pipeline.from_settings()
    name, trampoline = STAGE_PART
    pipe.stages = [
        dataclasses.replace(s, func=trampoline(s.func)) if s.name == name else s for s in pipe.stages
    ]
    run_unseen(pipe, records, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Instructions executed by the entities stage alone on unseen articles, under callgrind (deterministic).

    PYTHONPATH=src PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --collect-atstart=no --toggle-collect=functools_reduce --callgrind-out-file=OUT \\
        python benchmarks/count_entities.py [N] [--warm M] [--shared PATH]

``count_instructions.py`` for the entities stage: the same N (default 100) ANT articles after the same
M (default 2,000) others, but the language stages run on every article first, uninstrumented, and only
the entities stage (``link_story`` on each story) is counted. A change inside ``marsad.entities`` is then
measured without the rest of the pipeline's instructions around it (round 9 in docs/performance.md).
"""

from __future__ import annotations

import functools
import sys

from count_instructions import ant_pages, arguments, instrumentation_on

from marsad.entities.stage import link_story
from marsad.ingest import read_text
from marsad.pipeline import Context, Pipeline


def main() -> int:
    args = arguments()
    texts = ant_pages(args)
    language = Pipeline.from_settings(upto="quotes")
    records = [language.run(read_text(t, source=f"bench{i}")) for i, t in enumerate(texts)]
    ctx = Context()
    warm = [s for a in records[:20] + records[args.n + 20 :] for s in a.stories]
    timed = [s for a in records[20 : args.n + 20] for s in a.stories]
    for story in warm:
        link_story(story, ctx=ctx)
    instrumentation_on()
    functools.reduce(lambda _, story: link_story(story, ctx=ctx), timed, None)
    sys.stdout.write(f"{len(timed)} stories of {args.n} unseen articles linked after {len(warm)} others\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Round 29's parts (perf29, session 16): ``count_parts.py``'s run with its trampolines on the sports-story
count (``coder._count_sport``), the linker (``Linker.link``), its fuzzy pass (``add_fuzzy``) and
``sector_chain``, each inclusive, in one callgrind run.

    PYTHONPATH=src PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --toggle-collect=functools_reduce --callgrind-out-file=OUT \\
        python benchmarks/count_parts29.py [N] [--warm M] [--shared PATH]
    callgrind_annotate --inclusive=yes OUT | grep -E 'operator_call|starmap_next|dropwhile_next|filterfalse_next'
"""

from __future__ import annotations

import count_parts
from count_parts import via_call, via_dropwhile, via_filterfalse, via_starmap

import marsad.entities.link
import marsad.events.coder

# the sports test: main's per-sentence count (a78f07d) or round 29's count at the end of the story
SPORT = "_sport_counts" if hasattr(marsad.events.coder, "_sport_counts") else "_count_sport"
PARTS = (
    (marsad.events.coder, SPORT, via_call),  # -> _operator_call
    (marsad.entities.link, "sector_chain", via_starmap),  # -> starmap_next
    (marsad.entities.link, "add_fuzzy", via_dropwhile),  # -> dropwhile_next
    (marsad.entities.link.Linker, "link", via_filterfalse),  # -> filterfalse_next
)

if __name__ == "__main__":
    count_parts.PARTS = PARTS
    count_parts.STAGE_PART = ("", count_parts.via_partial)  # no stage of that name: no stage wrapped
    raise SystemExit(count_parts.main())

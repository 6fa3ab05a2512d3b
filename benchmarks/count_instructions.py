"""Instructions executed by the pipeline on unseen articles, under callgrind (deterministic).

    PYTHONPATH=src PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --collect-atstart=no --toggle-collect=functools_reduce --callgrind-out-file=OUT \\
        python benchmarks/count_instructions.py [N] [--warm M] [--shared PATH]

Reads N (default 100) ANT articles and M (default 2,000) other ones as bench_pipeline does, runs the
M untimed (instrumentation off: valgrind runs them at a few times native speed), switches the
instrumentation on with ``callgrind_control`` and runs the N articles inside one
``functools.reduce`` call; with ``--toggle-collect=functools_reduce`` only that call is counted, so
the busy wait for ``callgrind_control`` is not, and two runs of the same code agree to 0.01 %. The
count is valgrind's ``I refs`` line. CPU time on a shared machine moves by tens of percent with the
other jobs; instruction counts do not (they miss cache and memory effects, so read them beside
alternated CPU-time runs).
"""

from __future__ import annotations

import argparse
import copy
import functools
import os
import subprocess
import sys
from pathlib import Path

from bench_pipeline import pages

from marsad.ingest import read_text
from marsad.model import Article
from marsad.pipeline import Pipeline


def arguments() -> argparse.Namespace:
    """N, --warm M and --shared PATH (also read by count_entities.py)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100)
    parser.add_argument("--warm", type=int, default=2000)
    parser.add_argument("--shared", default=os.environ.get("MARSAD_SHARED", "/work/shared"))
    return parser.parse_args()


def ant_pages(args: argparse.Namespace) -> list[str]:
    """The N timed pages, 20 warm-up pages before them and M after, as bench_pipeline reads them."""
    path = Path(args.shared) / "data" / "ant_news" / "ant_multisource_sample.jsonl.gz"
    return pages(path, args.n + 20 + args.warm)


def instrumentation_on() -> None:
    """Switch callgrind's instrumentation on for this process."""
    # callgrind reads the command when this process next runs code, so wait busily, not in a syscall
    control = subprocess.Popen(["callgrind_control", "-i", "on", str(os.getpid())], stdout=subprocess.DEVNULL)
    while control.poll() is None:
        sum(range(1000))


def run_unseen(pipe: Pipeline, records: list[Article], n: int) -> None:
    """Warm ``pipe`` on all records but ``n`` after the first 20, then run those ``n`` with the count on
    (shared with ``count_parts.py``)."""
    for article in records[:20] + records[n + 20 :]:
        pipe.run(copy.deepcopy(article))
    timed = [copy.deepcopy(a) for a in records[20 : n + 20]]
    instrumentation_on()
    functools.reduce(lambda _, article: pipe.run(article), timed, None)
    sys.stdout.write(f"{len(timed)} unseen articles run after {len(records) - len(timed)} others\n")


def main() -> int:
    args = arguments()
    texts = ant_pages(args)
    records = [read_text(t, source=f"bench{i}") for i, t in enumerate(texts)]
    run_unseen(Pipeline.from_settings(), records, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Compile a copy of marsad's hot modules with Cython (pure-Python mode) to time them against the pure build.

    python benchmarks/cython_experiment.py OUT [--modules events/lexicon.py ...] [--jobs J] [--pairs K]

Copies ``src/marsad`` to ``OUT/marsad`` and compiles the listed modules (default: HOT, the modules with the most
self time under cProfile, 300 unseen ANT articles) there in place with ``cythonize``, the ``.py`` files as they
are: no ``.pyx`` rewrite, no types. The compiled extension sits next to its ``.py`` and wins at import. Then

    PYTHONPATH=OUT python benchmarks/bench_pipeline.py 400 --warm 2000     # compiled
    PYTHONPATH=src python benchmarks/bench_pipeline.py 400 --warm 2000     # pure

and ``check_identical.py`` under both, compared with ``cmp``. With ``--pairs K`` (``--no-build`` to reuse OUT)
it runs those two timings itself (under ``--python``, the project's venv), K interleaved pairs pinned to one CPU,
and prints each rate and the medians. Needs ``cython`` and ``setuptools`` in the
running interpreter (a venv of its own made from the project's Python: the headers must match). Directives:
``annotation_typing=False`` so a ``float`` hint stays a Python object (Cython would make it a C double and
turn ``1`` into ``1.0``); ``binding=True`` so functions keep their Python signatures for introspection.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# By cProfile self time (benchmarks run of session 16): 27 modules, about 80 % of the Python-level time.
HOT = (
    "entities/ner/decode.py",
    "events/lexicon.py",
    "events/mentions.py",
    "events/place_date.py",
    "language/tokens.py",
    "entities/ner/features.py",
    "language/quotes.py",
    "events/participants.py",
    "entities/phrases.py",
    "entities/match.py",
    "language/normalize.py",
    "events/records.py",
    "entities/link.py",
    "events/clauses.py",
    "language/times.py",
    "entities/ner/tokenize.py",
    "language/quantities.py",
    "events/words.py",
    "language/clitics.py",
    "events/coder.py",
    "language/prefilter.py",
    "events/constructions.py",
    "language/sentences.py",
    "clean/repair.py",
    "events/roles.py",
    "events/reference.py",
    "events/modality.py",
)

DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}


def build(out: Path, modules: list[str], *, jobs: int) -> None:
    """Copy src/marsad to OUT/marsad and compile ``modules`` there in place."""
    from Cython.Build import cythonize
    from setuptools import setup

    target = out / "marsad"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        ROOT / "src" / "marsad", target, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c")
    )
    sources = [str(target / m) for m in modules]
    extensions = cythonize(sources, compiler_directives=DIRECTIVES, nthreads=jobs, quiet=True)
    old = Path.cwd()
    try:
        os.chdir(out)
        setup(
            name="marsad-cython-experiment",
            ext_modules=extensions,
            script_args=["build_ext", "--inplace", f"--parallel={jobs}"],
        )
    finally:
        os.chdir(old)


def rate(python: str, pythonpath: str, shared: str) -> float:
    """bench_pipeline's whole-pipeline rate (articles per CPU second) under ``python``, ``pythonpath`` first."""
    env = {**os.environ, "PYTHONPATH": f"{pythonpath}:{ROOT / 'src'}"}
    command = ["taskset", "-c", "1", python, str(ROOT / "benchmarks" / "bench_pipeline.py")]
    command += ["400", "--warm", "2000", "--shared", shared]
    text = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    found = re.search(r"whole pipeline: ([0-9.]+) articles/CPU s", text)
    if found is None:
        raise RuntimeError(text)
    return float(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--modules", nargs="*", default=list(HOT), help="paths under src/marsad")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-build", action="store_true", help="time the modules already built in OUT")
    parser.add_argument("--pairs", type=int, default=0, help="interleaved compiled/pure timings to run")
    parser.add_argument("--shared", default=os.environ.get("MARSAD_SHARED", "/work/shared"))
    # The timings need the project's dependencies, which the build's venv (cython, setuptools) may lack.
    parser.add_argument("--python", default=sys.executable, help="the interpreter that times (same version)")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    if not args.no_build:
        build(out, args.modules, jobs=args.jobs)
    compiled: list[float] = []
    pure: list[float] = []
    for k in range(args.pairs):
        compiled.append(rate(args.python, str(out), args.shared))
        pure.append(rate(args.python, str(ROOT / "src"), args.shared))
        sys.stdout.write(f"pair {k + 1}: compiled {compiled[-1]:.1f}  pure {pure[-1]:.1f} articles/CPU s\n")
    if compiled:
        sys.stdout.write(
            f"median: compiled {statistics.median(compiled):.1f}  pure {statistics.median(pure):.1f}; "
            f"compiled faster in {sum(c > p for c, p in zip(compiled, pure, strict=True))} of {len(pure)}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

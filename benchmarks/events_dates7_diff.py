"""Time expressions and records the tenth dates round changes, on ANT articles nobody has judged.

    PYTHONPATH=src python benchmarks/events_dates7_diff.py --seed 7717 --n 1500 > dates7_diff.txt
    PYTHONPATH=src python benchmarks/events_dates7_diff.py --times --n 1500   # the time expressions alone

The pool and the printout are those of the other rule diffs (``events_frames_diff.run_diff``): politics and
world records outside the gold and the judged samples, each coded with the rules off, then on. ``--times`` prints
instead every time expression (``find_times`` on the story text) that differs. The rules are in docs/events.md,
"Dates, tenth round (evdate7) (session 13)".
"""

from __future__ import annotations

import dataclasses
import functools
import glob
import re
import sys
from pathlib import Path

import marsad.language.times as times

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_dates4_diff import reading
from events_frames_diff import named_rules_off, run_diff
from events_sample import ANT, ROOT, as_gold, candidates, judged_ids

_TIME_WORDS = times.time_words
_TRIGGERS = times._triggers.__wrapped__


@functools.cache
def _no_glued() -> times.TimeWords:
    """The tables with ``year_cue`` as before the round (a cue and its year always spaced)."""
    words = _TIME_WORDS()
    patterns = tuple(
        (
            name,
            re.compile(p.pattern.replace("|(?:" + _alt_glued() + r")(?=\d)", ""))
            if name == "year_cue"
            else p,
        )
        for name, p in words.patterns
    )
    return dataclasses.replace(words, patterns=patterns)


def _alt_glued() -> str:
    raw = times._folded(
        times.tomllib.loads((ROOT / "src/marsad/language/data/times.toml").read_text("utf-8"))
    )
    return times._alt(raw["glued_year_cues"])


RULES = {
    # "في1987", "منذ2014": a cue glued to its year no longer read (the scan and the triggers rebuilt while off)
    "glued-year": [
        (times, "time_words", _no_glued),
        (times, "_triggers", functools.cache(_TRIGGERS)),
        (times, "_scan", times._scan.__wrapped__),
    ],
    # "، حتى الأحد،": the aside read as a future deadline again (the scan uncached while off)
    "until-aside": [
        (times, "_until_aside", lambda *a, **k: False),
        (times, "_scan", times._scan.__wrapped__),
    ],
}


def times_diff(argv: list[str], rules: dict | None = None, *, seed: int = 7717) -> int:
    """Print every time expression of the pool's stories that differs with the ``rules`` (this round's by
    default) off and on; ``--pool saudi`` reads the SaudiNewsNet pool (events_dates8_diff.py reuses this)."""
    args, off = named_rules_off(argv, RULES if rules is None else rules)
    n = int(args[args.index("--n") + 1]) if "--n" in args else 1500
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else seed
    pool = args[args.index("--pool") + 1] if "--pool" in args else None
    samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
    recs = candidates(ant=ANT, seed=seed, exclude=judged_ids(samples), pool=pool)[:n]
    changed = 0
    for rec in recs:
        text, anchor = rec["text"], as_gold(rec).published
        with off():
            before = {(t.start, t.end, t.value) for t in times.find_times(text, anchor=anchor)}
        after = {(t.start, t.end, t.value) for t in times.find_times(text, anchor=anchor)}
        for a, b, v in sorted(before ^ after):
            changed += 1
            side = "AFTER " if (a, b, v) in after else "BEFORE"
            print(f"## {rec['id']} {side} {a}-{b} {v} «{text[max(0, a - 60) : b + 40]}»".replace("\n", " "))
    print(f"changed {changed} in {len(recs)} articles")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--times" in argv:
        argv.remove("--times")
        return times_diff(argv)
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=7717, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

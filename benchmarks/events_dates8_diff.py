"""Time expressions and records the eleventh dates round changes, on fresh articles nobody has judged.

    PYTHONPATH=src python benchmarks/events_dates8_diff.py --seed 8818 --n 1500 > dates8_diff.txt
    PYTHONPATH=src python benchmarks/events_dates8_diff.py --pool saudi --n 2500   # SaudiNewsNet
    PYTHONPATH=src python benchmarks/events_dates8_diff.py --times --n 1500        # the time expressions alone
    PYTHONPATH=src python benchmarks/events_dates8_diff.py --rule year-carried ... # one rule

The pool and the printout are those of the other rule diffs (``events_frames_diff.run_diff``): records outside the
gold and the judged samples, each coded with the rules off, then on. ``--times`` prints instead every time
expression (``find_times`` on the story text) that differs. The rules are in docs/events.md, "Dates, eleventh
round (evdate8) (session 14)".
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import marsad.events.coder as coder
import marsad.events.place_date as place_date
import marsad.language.times as times

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_dates4_diff import reading
from events_dates7_diff import times_diff
from events_frames_diff import named_rules_off, run_diff

_TIME_WORDS = times.time_words

RULES = {
    # "في الرابع من نيسان/أبريل 2017 ... وليل 6-7 نيسان/أبريل": the bare month resolved against the story date again
    "year-carried": [(times, "_carried_year", lambda f, res, *a, **k: res)],
    # "اعتزامه لقاء كيم بنهاية مايو": the intention's noun no future marker
    "intent-future": [
        (times, "time_words", lambda: dataclasses.replace(_TIME_WORDS(), intent_markers=frozenset())),
    ],
    # "مقتدى الصدر، الذي فازت كتلته ... في 12 مايو/أيار، تأييده": the aside's time dates the clause again
    "relative-aside": [(place_date, "_relative_aside_time", lambda *a, **k: False)],
    # "استهدفتهما ضربات جوية أمريكية مؤخرا": the report's Thursday dates the strikes again
    "vague-own": [(place_date, "_own_vague_time", lambda *a, **k: False)],
    # "خلال لقاء جمعهما الليلة الماضية في لندن": the occasion's day counts against its place's window again
    "occasion-day-place": [(place_date, "_time_words_between", lambda *a, **k: 0)],
    # "إنه تم استقبال ... في تونس خلال سنتي 2012 و2013، داعيا": the reported meeting's place goes to the call again
    "reported-meeting": [(coder, "reported_meeting", lambda *a, **k: False)],
    # "(موقعة في 2015) ... وفرض رسوم": a parenthesis' year dates the clause again
    "parenthesis-time": [(place_date, "_parenthesized_time", lambda *a, **k: False)],
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--times" in argv:
        argv.remove("--times")
        return times_diff(argv, RULES, seed=8818)
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=8818, description=__doc__.splitlines()[0], read=reading)


if __name__ == "__main__":
    raise SystemExit(main())

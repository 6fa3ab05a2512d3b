"""Sample the coder's dates and locations on fresh ANT articles for judging by reading, and score a judged sample.

    PYTHONPATH=src python benchmarks/events_dates_sample.py --seed 257 --n 210 --exclude benchmarks/data/events_sample_*.tsv
    PYTHONPATH=src python benchmarks/events_dates_sample.py --seed 257 --n 210 --tsv new.tsv --exclude ...
    PYTHONPATH=src python benchmarks/events_dates_sample.py --score benchmarks/data/events_dates_sample_l.tsv

Articles and picks are ``events_sample.py``'s (politics/world ANT records in no gold file, shuffled with
``--seed``, one event per article picked by hash), so a later version of the coder picks the same events
where it still codes them. Each event is printed with what a judge needs: the outlet, the story date, the
title and lead, the sentence with the trigger marked, the time expressions the language layer resolved in
the sentence, and the coded date and location. ``--tsv`` writes the rows to judge (columns below, judgement
columns empty); ``--score`` reads a judged file and prints date and location accuracy.

Judgement columns: ``date_ok`` and ``location_ok`` are ``y`` (right), ``n`` (wrong; ``date_gold`` /
``location_gold`` say what it should be, ``-`` for none) or ``u`` (unknowable from the text); ``cause`` names
the error class; ``note`` is free text. Judged per EVENT-CONVENTIONS sections 6-7.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

from events_sample import ANT, event_key, judged_ids, picks

from marsad.model import Event, Story

COLUMNS = (
    "key",
    "outlet",
    "story_date",
    "type",
    "modality",
    "trigger",
    "date",
    "location",
    "location_country",
    "date_ok",
    "date_gold",
    "location_ok",
    "location_gold",
    "cause",
    "note",
)


def show(i: int, rec: dict, story: Story, ev: Event) -> str:
    text = story.text
    sent = ev.sentence
    s0, s1 = (sent.start, sent.end) if sent else (ev.start, ev.end)
    marked = f"{text[s0 : ev.start]}⟦{text[ev.start : ev.end]}⟧{text[ev.end : s1]}".replace("\n", " ")
    lead = next((text[s.start : s.end] for s in story.sentences), "")[:260].replace("\n", " ")
    times = [f"{t.text}={t.value}" for t in story.times if s0 <= t.start and t.end <= s1]
    loc = ev.location
    where = f"{loc.text} ({loc.country})" if loc else "-"
    return (
        f"#{i} {event_key(rec['id'], ev)} [{rec.get('source_name')}] story {story.date}\n"
        f"  T: {(story.title or '')[:120]}\n  L: {lead}\n  S: {marked}\n"
        f"  {ev.type}/{ev.mode} {ev.modality}  times {times}\n"
        f"  => date {ev.date} (inferred {ev.date_inferred})  place {where}\n"
    )


def row(rec: dict, story: Story, ev: Event) -> dict[str, str]:
    loc = ev.location
    return {
        "key": event_key(rec["id"], ev),
        "outlet": rec.get("source_name") or "",
        "story_date": story.date or "",
        "type": ev.type,
        "modality": ev.modality,
        "trigger": ev.text,
        "date": ev.date or "-",
        "location": loc.text if loc else "-",
        "location_country": (loc.country or "") if loc else "",
        **{c: "" for c in COLUMNS[9:]},
    }


def score(path: Path) -> None:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    sys.stdout.write(f"{path.name}: {len(rows)} events\n")
    for col in ("date_ok", "location_ok"):
        c = collections.Counter(r[col].strip() for r in rows)
        known = c["y"] + c["n"]
        acc = c["y"] / known if known else 0.0
        sys.stdout.write(
            f"  {col[:-3]:9} right {c['y']}  wrong {c['n']}  unknowable {c['u']}  accuracy {acc:.3f} "
            f"(of {known} judgeable)\n"
        )
    causes = collections.Counter(r["cause"] for r in rows if r["cause"].strip())
    for cause, k in causes.most_common():
        sys.stdout.write(f"    {k:3}  {cause}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=257)
    ap.add_argument("--n", type=int, default=210)
    ap.add_argument("--tsv", type=Path, default=None, help="also write the rows to judge")
    ap.add_argument("--score", type=Path, default=None, help="score a judged TSV and exit")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="judged TSVs whose articles to skip")
    args = ap.parse_args(argv)
    if args.score:
        score(args.score)
        return 0
    chosen = list(picks(seed=args.seed, n=args.n, ant=ANT, exclude=judged_ids(args.exclude)))
    for i, (rec, story, ev) in enumerate(chosen):
        sys.stdout.write(show(i, rec, story, ev))
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t")
            w.writeheader()
            for rec, story, ev in chosen:
                w.writerow(row(rec, story, ev))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

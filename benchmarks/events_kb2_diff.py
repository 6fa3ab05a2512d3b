"""The entities and records the event2 round's entity-stage changes alter, across two checkouts of the library.

    PYTHONPATH=/work/main/src python benchmarks/events_kb2_diff.py dump --n 1500 --out before.jsonl
    PYTHONPATH=src python benchmarks/events_kb2_diff.py dump --n 1500 --out after.jsonl
    python benchmarks/events_kb2_diff.py compare before.jsonl after.jsonl
    PYTHONPATH=src python benchmarks/events_kb2_diff.py dump --roles --out roles_after.jsonl

The round changes the linker's code as well as its data, so ``events_kb1_diff.py``'s swap of the knowledge base in
one process cannot show it: ``dump`` runs the default pipeline of whichever library ``PYTHONPATH`` names and writes
every article's entities and records; ``compare`` prints every record span whose readings differ (sentence, both
readings, as ``events_frames_diff.print_diff``) and every entity that differs (``E-`` before, ``E+`` after).
Articles: ``--n`` fresh ones as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and
no judged sample, shuffled with ``--seed``), or with ``--roles`` the articles of the judged roles samples (to
rescore their rows: ``compare`` then also prints, for each row whose trigger's records change, the row's judgement).
"""

from __future__ import annotations

import argparse
import csv
import glob
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import analysed
from events_sample import ANT, ANT_FILES, ROOT, candidates, judged_ids, side


def _records_by_id(ids: set[str]) -> list[dict]:
    out = []
    for name in ANT_FILES:
        with gzip.open(ANT / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids:
                    out.append(rec)
    return sorted(out, key=lambda r: r["id"])


def _roles_rows() -> list[dict]:
    rows = []
    for path in sorted(glob.glob(str(ROOT / "benchmarks/data/events_roles_sample_?.tsv"))):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                row["sample"] = Path(path).stem[-1]
                rows.append(row)
    return rows


def dump(args: argparse.Namespace) -> int:
    from marsad.pipeline import Pipeline
    from marsad.settings import Settings

    if args.roles:
        recs = _records_by_id({row["key"].split(":")[0] for row in _roles_rows()})
    else:
        samples = [Path(p) for p in glob.glob(str(ROOT / "benchmarks/data/events_*sample_*.tsv"))]
        recs = candidates(ant=ANT, seed=args.seed, exclude=judged_ids(samples))[: args.n]
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    with open(args.out, "w", encoding="utf-8") as out:
        for rec in recs:
            article = analysed(pipeline, first, rec)
            ents, evs = [], []
            for story in article.stories:
                for e in story.entities:
                    ents.append([e.start, e.end, e.text, e.type, e.actor, e.country, e.sector, e.role])
                for ev in story.events:
                    sent = story.text[ev.sentence.start : ev.sentence.end] if ev.sentence else ""
                    place = f"{ev.location.text} ({ev.location.country})" if ev.location else "-"
                    evs.append(
                        {
                            "span": [ev.start, ev.end],
                            "trigger": ev.text,
                            "sentence": sent.replace("\n", " "),
                            "reading": [
                                ev.type,
                                ev.mode,
                                ev.modality,
                                side(ev.source),
                                side(ev.target),
                                place,
                            ],
                        }
                    )
            out.write(
                json.dumps({"id": rec["id"], "entities": ents, "events": evs}, ensure_ascii=False) + "\n"
            )
    return 0


def _load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, fh)}


def compare(args: argparse.Namespace) -> int:
    before, after = _load(args.before), _load(args.after)
    rows: dict[str, list[dict]] = {}
    for row in _roles_rows():
        aid, span, _ = row["key"].split(":")
        rows.setdefault(f"{aid}:{span}", []).append(row)
    new = changed = lost = ents = 0
    for aid in sorted(set(before) & set(after)):
        spans: dict[tuple[int, int], list[list]] = {}
        sents: dict[tuple[int, int], tuple[str, str]] = {}
        for i, doc in enumerate((before[aid], after[aid])):
            for ev in doc["events"]:
                key = tuple(ev["span"])
                spans.setdefault(key, [[], []])[i].append(ev["reading"])
                sents[key] = (ev["trigger"], ev["sentence"])
        for key in sorted(spans):
            b, a = (sorted(map(tuple, x)) for x in spans[key])
            if a == b:
                continue
            new += bool(a) and not b
            changed += bool(a) and bool(b)
            lost += bool(b) and not a
            trigger, sentence = sents[key]
            print(f"## {aid} {key[0]}-{key[1]} «{trigger}»")
            print("   S:", sentence)
            for r in b:
                print("   BEFORE", " | ".join(str(x) for x in r))
            for r in a:
                print("   AFTER ", " | ".join(str(x) for x in r))
            for row in rows.get(f"{aid}:{key[0]}-{key[1]}", []):
                ok = "".join(row[c] for c in ("type_ok", "source_ok", "target_ok"))
                print(f"   JUDGED {row['sample']} {row['type']} {ok} {row['error']}: {row['note']}")
        eb = {tuple(e) for e in before[aid]["entities"]}
        ea = {tuple(e) for e in after[aid]["entities"]}
        for sign, diff in (("-", eb - ea), ("+", ea - eb)):
            for x in sorted(diff, key=str):
                ents += 1
                print(f"E{sign} {aid}", *x)
    print(f"new {new}, changed {changed}, lost {lost}; entity lines {ents}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--seed", type=int, default=1313)
    d.add_argument("--n", type=int, default=1500)
    d.add_argument("--roles", action="store_true")
    d.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args(argv)
    return dump(args) if args.cmd == "dump" else compare(args)


if __name__ == "__main__":
    raise SystemExit(main())

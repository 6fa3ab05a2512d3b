"""Sample the event coder's output on fresh ANT articles (in neither gold file) for judging by reading.

    PYTHONPATH=src python benchmarks/events_sample.py --seed 1 --n 150 > sample.txt
    PYTHONPATH=src python benchmarks/events_sample.py --seed 1 --n 150 --json sample.jsonl
    PYTHONPATH=src python benchmarks/events_sample.py --score benchmarks/data/events_sample_a.tsv
    PYTHONPATH=src python benchmarks/events_sample.py --seed 47 --exclude benchmarks/data/events_sample_[ab].tsv

Articles: ANT politics/world records (internationalNews, middleEast, politic) of ../shared/data/ant_news/ whose
id is in none of tests/events/gold/dev.jsonl, check.jsonl and check2.jsonl, shuffled with ``--seed``; each goes through the
whole default pipeline (raw ANT record -> cleaner -> ... -> events, as ``marsad analyze`` would run it) and one
event of its main story is picked: the one with the smallest hash of (seed, article id, trigger offsets, type).
Picking by hash rather than by position keeps the pick stable when another version of the coder adds or drops
other events in the article, so two versions can be compared on the same articles (docs/events.md, "Precision
on fresh articles"). Articles with no event are skipped; one event per article, ``--n`` articles.

``--score TSV`` reads a judgement file (columns key, type_ok, source_ok, target_ok, note; y/n) and prints
type, source, target and type+source+target precision.
"""

from __future__ import annotations

import argparse
import csv
import email.utils
import gzip
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from marsad.events.gold import GoldArticle
from marsad.events.score import article_from_gold
from marsad.model import Event, Participant, Story
from marsad.pipeline import Pipeline
from marsad.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ANT = Path(os.environ.get("MARSAD_SHARED", "/work/shared")) / "data" / "ant_news"
ANT_FILES = ("ant_multisource_sample.jsonl.gz", "ant_jawharafm_politics_world.jsonl.gz")
GOLD_FILES = tuple(ROOT / "tests/events/gold" / name for name in ("dev.jsonl", "check.jsonl", "check2.jsonl"))
CATEGORIES = frozenset({"internationalNews", "middleEast", "politic"})


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in GOLD_FILES:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["article"]["id"])
    return ids


def iso_date(published: str) -> str:
    try:
        return email.utils.parsedate_to_datetime(published).date().isoformat()
    except (TypeError, ValueError):
        return published[:10]


def judged_ids(paths: list[Path]) -> set[str]:
    """Article ids of earlier judged samples (their keys start with the id), to draw a fresh sample."""
    ids: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            ids.update(row["key"].split(":")[0] for row in csv.DictReader(fh, delimiter="\t"))
    return ids


SAUDI = ANT.parent / "saudinewsnet" / "saudinewsnet_sample.jsonl.gz"
POOLS = ("ant", "saudi")


def saudi_records() -> list[dict]:
    """SaudiNewsNet's 2,500 articles (2015, 14 Saudi papers, no category) in the ANT record's shape, as a fresh pool
    for the rule diffs: the politics/world ANT articles outside gold files and judged samples are nearly all read.
    Ids are ``SNN-<source>-<line>`` (the file's line number, 1-based), stable as long as the shared file is."""
    records = []
    with gzip.open(SAUDI, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            if not (rec.get("content") or "").strip():
                continue
            records.append(
                {
                    "id": f"SNN-{rec['source']}-{n:04d}",
                    "source_name": rec["source"],
                    "category": "saudi",
                    "title": (rec.get("title") or "").strip(),
                    # the crawl time, the best date the corpus has (its README says so)
                    "published": (rec.get("date_extracted") or "")[:10],
                    "author": (rec.get("author") or "").strip(),
                    "text": rec["content"].strip(),
                }
            )
    return records


def candidates(
    *,
    ant: Path,
    seed: int,
    exclude: set[str] | None = None,
    pool: str | None = None,
    categories: frozenset[str] | None = None,
) -> list[dict]:
    """Fresh articles, shuffled with ``seed``. ``pool`` (default: ``$MARSAD_POOL``, else "ant") is "ant" (ANT
    politics/world records in no gold file) or "saudi" (SaudiNewsNet, every article: no category to select by).
    ``categories`` replaces the ANT politics/world categories (the politics/world pool outside gold files and
    judged samples is used up; ANT's economy and culture records are not)."""
    pool = pool or os.environ.get("MARSAD_POOL", "ant")
    if pool not in POOLS:
        raise ValueError(f"unknown pool {pool!r}: one of {', '.join(POOLS)}")
    skip = gold_ids() | (exclude or set())
    records = []
    if pool == "saudi":
        records = [rec for rec in saudi_records() if rec["id"] not in skip]
    else:
        for name in ANT_FILES:
            with gzip.open(ant / name, "rt", encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    if (
                        rec["category"] in (categories or CATEGORIES)
                        and rec["id"] not in skip
                        and rec.get("text")
                    ):
                        records.append(rec)
    records.sort(key=lambda r: r["id"])
    random.Random(seed).shuffle(records)
    return records


def as_gold(rec: dict) -> GoldArticle:
    return GoldArticle(
        id=rec["id"],
        source=f"ant_news:{rec['id']}",
        outlet=rec.get("source_name") or "",
        title=rec.get("title") or "",
        published=iso_date(rec.get("published") or ""),
        published_raw=rec.get("published") or None,
        dateline=rec.get("author") or None,
        text=rec["text"],
    )


def event_key(article_id: str, ev: Event) -> str:
    return f"{article_id}:{ev.start}-{ev.end}:{ev.type}"


def pick_hash(seed: int, key: str) -> str:
    return hashlib.sha1(f"{seed}|{key}".encode()).hexdigest()


def side(parts: list[Participant]) -> str:
    if not parts:
        return "none"
    return " + ".join(f"{p.text} [{p.country or '-'}/{p.sector or '-'}]" for p in parts)


def describe(article_id: str, story: Story, ev: Event) -> dict:
    sent = story.text[ev.sentence.start : ev.sentence.end] if ev.sentence else ""
    return {
        "key": event_key(article_id, ev),
        "sentence": sent.replace("\n", " "),
        "trigger": ev.text,
        "type": ev.type,
        "mode": ev.mode,
        "source": side(ev.source),
        "target": side(ev.target),
        "modality": ev.modality,
    }


def picks(
    *,
    seed: int,
    n: int,
    ant: Path,
    exclude: set[str] | None = None,
    types: frozenset[str] | None = None,
    categories: frozenset[str] | None = None,
) -> Iterator[tuple[dict, Story, Event]]:
    """The first ``n`` candidate records with an event, each with the one event picked by hash in its main
    story (the same pick for every sample script, so later coder versions pick the same events). ``types``
    keeps only events of those types (a sample aimed at some types' sides)."""
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    taken = 0
    for rec in candidates(ant=ant, seed=seed, exclude=exclude, categories=categories):
        if taken >= n:
            return
        gold = as_gold(rec)
        article = first.run(article_from_gold(gold))
        for story in article.stories:  # what a scraper's record gives when the cleaner found none
            if story.role == "main":
                story.published = story.published or gold.published
                story.title = story.title or gold.title
        article = pipeline.run(article)
        events = [
            (story, ev)
            for story in article.stories
            if story.role == "main"
            for ev in story.events
            if types is None or ev.type in types
        ]
        if not events:
            continue
        story, ev = min(events, key=lambda se: pick_hash(seed, event_key(rec["id"], se[1])))
        taken += 1
        yield rec, story, ev


def score(path: Path) -> None:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    n = len(rows)

    def ok(row: dict, col: str) -> bool:
        return row[col].strip() == "y"

    typed = [r for r in rows if ok(r, "type_ok")]
    figures = {
        "type": sum(ok(r, "type_ok") for r in rows),
        "source": sum(ok(r, "type_ok") and ok(r, "source_ok") for r in rows),
        "target": sum(ok(r, "type_ok") and ok(r, "target_ok") for r in rows),
        "type+source+target": sum(
            ok(r, "type_ok") and ok(r, "source_ok") and ok(r, "target_ok") for r in rows
        ),
    }
    sys.stdout.write(f"{path.name}: {n} events\n")
    for name, k in figures.items():
        sys.stdout.write(f"  {name:20} precision {k / n:.3f} ({k}/{n})\n")
    if typed:
        s = sum(ok(r, "source_ok") for r in typed)
        t = sum(ok(r, "target_ok") for r in typed)
        sys.stdout.write(
            f"  among type-correct ({len(typed)}): source {s / len(typed):.3f}, target {t / len(typed):.3f}\n"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--ant", type=Path, default=ANT)
    ap.add_argument("--json", type=Path, default=None, help="also write the sample as JSON Lines")
    ap.add_argument("--score", type=Path, default=None, help="score a judgement TSV and exit")
    ap.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="judgement TSVs whose articles to skip"
    )
    ap.add_argument(
        "--types", nargs="*", default=None, help="pick only events of these types (e.g. ACCUSE REQUEST)"
    )
    ap.add_argument(
        "--categories",
        nargs="*",
        default=None,
        help="ANT categories to draw from instead of politics/world (e.g. economy culture)",
    )
    args = ap.parse_args(argv)
    if args.score:
        score(args.score)
        return 0
    out = args.json.open("w", encoding="utf-8") if args.json else None
    exclude = judged_ids(args.exclude)
    types = frozenset(args.types) if args.types else None
    categories = frozenset(args.categories) if args.categories else None
    chosen = picks(
        seed=args.seed, n=args.n, ant=args.ant, exclude=exclude, types=types, categories=categories
    )
    for i, (rec, story, ev) in enumerate(chosen):
        item = describe(rec["id"], story, ev)
        sys.stdout.write(
            f"#{i} {item['key']}\n  {item['sentence']}\n  trigger «{item['trigger']}» {item['type']}/{item['mode']}"
            f" {item['modality']}\n  src {item['source']}\n  tgt {item['target']}\n"
        )
        if out:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

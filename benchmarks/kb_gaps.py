"""Mine real news for the knowledge base's gaps: the NER mentions the linker leaves unlinked.

    PYTHONPATH=src python benchmarks/kb_gaps.py [N] [--top K] [--offset M]

Reads the first N (default 3,000; after the first M with --offset) politics/world articles (`internationalNews`, `middleEast`) of
../shared/data/ant_news/ant_multisource_sample.jsonl.gz in file order, skipping every article of the
events gold sets (tests/events/gold/*.jsonl: dev and the blind check sets), and runs the `entities`
stage as shipped (KB matches + NER spans, title linked with the text) on each with the story date set
from the record's `published` field, so role phrases (الرئيس الأمريكي) resolve as in production.

Prints the share of the NER's LOC / PERS / ORG mentions (text only, not titles) that overlap a linked
entity (actor not None), per type and overall, then the top unlinked mentions per NER type with their
counts (grouped on `normalize_key`, shown in their most frequent spelling).
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
from collections import Counter, defaultdict
from email.utils import parsedate_to_datetime
from pathlib import Path

from marsad.entities.stage import load_linker, load_ner
from marsad.language.normalize import normalize_key
from marsad.model import Entity, Story
from marsad.pipeline import Context

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, or two levels up for a git worktree (set MARSAD_SHARED to override).
SHARED = Path(
    os.environ.get(
        "MARSAD_SHARED",
        next(
            (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
            ROOT.parent / "shared",
        ),
    )
)
CATEGORIES = frozenset({"internationalNews", "middleEast"})
TYPES = ("LOC", "PERS", "ORG")


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted((ROOT / "tests/events/gold").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["article"]["id"] for line in fh if line.strip())
    return ids


def iso_date(published: str | None) -> str | None:
    try:
        return parsedate_to_datetime(published).date().isoformat() if published else None
    except (TypeError, ValueError):
        return None


def stories(limit: int, *, offset: int = 0) -> list[Story]:
    skip = gold_ids()
    seen = 0
    out: list[Story] = []
    path = SHARED / "data/ant_news/ant_multisource_sample.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in skip or r["category"] not in CATEGORIES:
                continue
            seen += 1
            if seen <= offset:
                continue
            out.append(
                Story(
                    id=r["id"],
                    role="main",
                    text=r["text"],
                    title=r["title"] or None,
                    published=iso_date(r["published"]),
                )
            )
            if len(out) >= limit:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=3000)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--offset", type=int, default=0, help="skip this many articles first (a fresh slice)")
    args = ap.parse_args()

    ctx = Context()
    linker, tagger = load_linker(ctx), load_ner(ctx)
    if tagger is None:
        raise SystemExit("the NER model does not ship in this build: nothing to mine")
    docs = stories(args.n, offset=args.offset)
    total: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    coded: Counter[str] = Counter()
    unlinked: dict[str, Counter[str]] = defaultdict(Counter)
    spelling: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for story in docs:
        head = f"{story.title}\n" if story.title else ""
        ner = tagger.entity_spans(story, passes=1)
        mentions = copy.deepcopy(ner)  # the linker takes the spans it is given as its own
        for e in ner:
            e.start += len(head)
            e.end += len(head)
        found: list[Entity] = linker.link(head + story.text, date=story.date, ner=ner)
        actors = [(e.start - len(head), e.end - len(head)) for e in found if e.actor is not None]
        # A role nobody in the KB held (سفير الكويت لدى الأمم المتحدة) still codes its country.
        countries = [(e.start - len(head), e.end - len(head)) for e in found if e.country is not None]
        for m in mentions:
            if m.type not in TYPES:
                continue
            total[m.type] += 1
            coded[m.type] += any(s < m.end and m.start < e for s, e in countries)
            if any(s < m.end and m.start < e for s, e in actors):
                linked[m.type] += 1
            else:
                key = normalize_key(m.text)
                unlinked[m.type][key] += 1
                spelling[(m.type, key)][m.text] += 1

    dated = sum(s.date is not None for s in docs)
    print(f"{len(docs)} articles ({dated} dated), gold articles excluded")
    print("  (linked: overlaps an entity with a KB actor; coded: overlaps an entity with a country)")
    for t in TYPES:
        print(
            f"  {t:4} mentions {total[t]:6d}  linked {linked[t]:6d} {linked[t] / max(total[t], 1):6.1%}"
            f"  coded {coded[t]:6d} {coded[t] / max(total[t], 1):6.1%}"
        )
    n, k, c = sum(total.values()), sum(linked.values()), sum(coded.values())
    print(f"  all  mentions {n:6d}  linked {k:6d} {k / max(n, 1):6.1%}  coded {c:6d} {c / max(n, 1):6.1%}")
    for t in TYPES:
        print(f"\ntop unlinked {t}:")
        for key, count in unlinked[t].most_common(args.top):
            print(f"  {count:4d}  {spelling[(t, key)].most_common(1)[0][0]}")


if __name__ == "__main__":
    main()

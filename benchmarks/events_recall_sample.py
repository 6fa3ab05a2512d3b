"""Draw random sentences of fresh ANT articles for judging event RECALL by reading, with the coder's events beside.

    PYTHONPATH=src python benchmarks/events_recall_sample.py --seed 307 --n 250 > recall_a.tsv
    PYTHONPATH=src python benchmarks/events_recall_sample.py --seed 331 --n 120 --exclude benchmarks/data/events_recall_sample_a.tsv
    PYTHONPATH=src python benchmarks/events_recall_sample.py --score benchmarks/data/events_recall_sample_a.tsv
    PYTHONPATH=src python benchmarks/events_recall_sample.py --rescore benchmarks/data/events_recall_sample_a.tsv

Sentences: ANT politics/world records (as ``events_sample.py`` draws them: in no gold file and, with the default
exclusions, in none of the earlier judged samples ``benchmarks/data/events_*sample_*.tsv``), shuffled with
``--seed``; the records are then interleaved by outlet (one of each outlet in turn, in shuffled order) so that no
outlet dominates. Each article goes through the whole default pipeline; one sentence of its main story with at
least ``--min-words`` words is picked, the one with the smallest hash of (seed, article id, sentence offsets), so
the pick does not depend on the coder. One sentence per article, ``--n`` sentences.

Beside each sentence: ``inside``, the events the coder placed in that sentence when it read the whole article
(its trigger inside the sentence), and ``alone``, the events of the sentence given alone to the pipeline (as
the held-out sentence-level evaluation gives it); each written ``TYPE «trigger»`` and joined with `` | ``.

A judged file adds ``gold``: the events the sentence ASSERTS per EVENT-CONVENTIONS, written the same way
(empty when none), and ``cause``: for each gold event the coder missed, why (see benchmarks/data/README.md).
``--score`` compares ``gold`` with the coder columns stored in the file; ``--rescore`` re-runs the current coder
on the same sentences (same picks) and compares ``gold`` with its fresh output. Matching is by type within the
sentence (a multiset: two gold ASSAULTs need two coded ones): recall = matched / gold events, precision =
matched / coded events, as the sentence-level evaluation counts types.
"""

from __future__ import annotations

import argparse
import csv
import glob
import gzip
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.events.lexicon import load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.score import article_from_gold
from marsad.events.words import split_words
from marsad.ingest import read_text
from marsad.model import Event, Story
from marsad.pipeline import Pipeline
from marsad.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_sample import ANT, ANT_FILES, CATEGORIES, ROOT, as_gold, gold_ids, judged_ids, saudi_records

EARLIER = ("events_sample_*.tsv", "events_dates_sample_*.tsv", "events_roles_sample_*.tsv")
COLUMNS = ("key", "outlet", "sentence", "inside", "alone", "gold", "cause", "note")
EVENT_RE = re.compile(r"([A-Z]+)\s*«([^»]*)»")


@dataclass(slots=True, kw_only=True)
class Pick:
    key: str
    outlet: str
    sentence: str
    inside: list[str]
    alone: list[str]


def earlier_samples() -> list[Path]:
    data = ROOT / "benchmarks" / "data"
    return [Path(p) for pattern in EARLIER for p in sorted(glob.glob(str(data / pattern)))]


def shuffled(*, seed: int, exclude: set[str], pool: str | None = None) -> list[dict]:
    """Every ANT politics/world record shuffled with the seed, THEN the gold and excluded ones dropped, so that
    a later exclusion list removes records without reordering the rest (the draw stays reproducible). With
    ``MARSAD_POOL=saudi`` the records are SaudiNewsNet's (``events_sample.saudi_records``), as for the diff scripts:
    ``--hits`` on the fresher pool (evlex10). ``pool`` ("ant" or "saudi") overrides the variable (a mixed sample's
    rescoring, evlex13)."""
    if (pool or os.environ.get("MARSAD_POOL", "ant")) == "saudi":
        records = saudi_records()
    else:
        records = [rec for name in ANT_FILES for rec in _politics(ANT / name)]
    records.sort(key=lambda r: r["id"])
    random.Random(seed).shuffle(records)
    skip = gold_ids() | exclude
    return [r for r in records if r["id"] not in skip]


def _politics(path: Path) -> Iterator[dict]:
    """An ANT file's politics/world records that have a text."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["category"] in CATEGORIES and rec.get("text"):
                yield rec


def by_outlet(records: list[dict]) -> list[dict]:
    """Interleave the shuffled records by outlet, so every outlet's first record comes before any second."""
    queues: dict[str, list[dict]] = {}
    for rec in records:
        queues.setdefault(rec.get("source_name") or "", []).append(rec)
    out: list[dict] = []
    depth = 0
    while len(out) < len(records):
        out.extend(q[depth] for q in queues.values() if depth < len(q))
        depth += 1
    return out


def label(ev: Event) -> str:
    return f"{ev.type} «{ev.text}»"


def pick_hash(seed: int, key: str) -> str:
    return hashlib.sha1(f"recall|{seed}|{key}".encode()).hexdigest()


def picks(
    *,
    seed: int,
    n: int,
    exclude: set[str],
    min_words: int,
    only: set[str] | None = None,
    pool: str | None = None,
) -> Iterator[Pick]:
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    taken = 0
    for rec in by_outlet(shuffled(seed=seed, exclude=exclude, pool=pool)):
        if taken >= n:
            return
        if only is not None and rec["id"] not in only:
            continue
        gold = as_gold(rec)
        article = first.run(article_from_gold(gold))
        for story in article.stories:
            if story.role == "main":
                story.published = story.published or gold.published
                story.title = story.title or gold.title
        article = pipeline.run(article)
        main: Story | None = article.main
        if main is None:
            continue
        sents = [s for s in main.sentences if len(s.text.split()) >= min_words]
        if not sents:
            continue
        sent = min(sents, key=lambda s: pick_hash(seed, f"{rec['id']}:{s.start}-{s.end}"))
        inside = [label(ev) for ev in main.events if sent.start <= ev.start < sent.end]
        alone_art = pipeline.run(read_text(sent.text, source=f"{rec['id']}@{sent.start}"))
        alone = [label(ev) for story in alone_art.stories for ev in story.events]
        taken += 1
        yield Pick(
            key=f"{rec['id']}:{sent.start}-{sent.end}",
            outlet=rec.get("source_name") or "",
            sentence=sent.text.replace("\n", " ").replace("\t", " "),
            inside=inside,
            alone=alone,
        )


def entry_hits(*, seed: int, n: int, entries: set[str], exclude: set[str], per_entry: int) -> Iterator[dict]:
    """Events of the whole pipeline on fresh articles whose trigger is a match of one of ``entries`` (lexicon
    ids): the precision check of newly added entries, judged by reading."""
    pipeline = Pipeline.from_settings(Settings.load(path=None))
    first = Pipeline(pipeline.stages[:1], ctx=pipeline.ctx)
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    taken: Counter[str] = Counter()
    for rec in by_outlet(shuffled(seed=seed, exclude=exclude)):
        if sum(taken.values()) >= n:
            return
        gold = as_gold(rec)
        article = first.run(article_from_gold(gold))
        for story in article.stories:
            if story.role == "main":
                story.published = story.published or gold.published
        main = pipeline.run(article).main
        if main is None:
            continue
        for ev in main.events:
            if ev.sentence is None:
                continue
            words = split_words(main.text, ev.sentence.start, ev.sentence.end)
            ids = {m.entry.id for m in lexicon.match(words) if m.start == ev.start} & entries
            entry = min(ids) if ids else None
            if entry is None or taken[entry] >= per_entry:
                continue
            taken[entry] += 1
            yield {
                "key": f"{rec['id']}:{ev.start}-{ev.end}:{ev.type}",
                "entry": entry,
                "type": ev.type,
                "trigger": ev.text,
                "sentence": main.text[ev.sentence.start : ev.sentence.end]
                .replace("\n", " ")
                .replace("\t", " "),
            }
            break


def types_of(cell: str) -> Counter[str]:
    return Counter(m.group(1) for m in EVENT_RE.finditer(cell or ""))


@dataclass(slots=True)
class Tally:
    gold: int = 0
    coded: int = 0
    matched: int = 0

    def add(self, gold: Counter[str], coded: Counter[str]) -> None:
        self.gold += sum(gold.values())
        self.coded += sum(coded.values())
        self.matched += sum((gold & coded).values())

    def row(self) -> str:
        r = self.matched / self.gold if self.gold else 0.0
        p = self.matched / self.coded if self.coded else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"recall {r:.3f} ({self.matched}/{self.gold})  precision {p:.3f} ({self.matched}/{self.coded})"
            f"  F1 {f:.3f}"
        )


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def score_rows(rows: list[dict], *, name: str) -> str:
    inside, alone, detect = Tally(), Tally(), Tally()
    causes = Counter[str]()
    missed_types = Counter[str]()
    for row in rows:
        gold = types_of(row["gold"])
        inside.add(gold, types_of(row["inside"]))
        alone.add(gold, types_of(row["alone"]))
        detect.add(
            Counter({"event": 1}) if gold else Counter(),
            Counter({"event": 1}) if types_of(row["alone"]) else Counter(),
        )
        for cause in (row.get("cause") or "").split("|"):
            if ":" in cause:
                kind, why = cause.strip().split(":", 1)
                missed_types[kind] += 1
                causes[why] += 1
    lines = [
        f"{name}: {len(rows)} sentences, {sum(bool(types_of(r['gold'])) for r in rows)} with a gold event",
        f"  type inside the article  {inside.row()}",
        f"  type sentence alone      {alone.row()}",
        f"  any-event alone          {detect.row()}",
    ]
    if causes:
        lines.append("  judged causes of misses: " + ", ".join(f"{c} {k}" for c, k in causes.most_common()))
        lines.append("  their types: " + ", ".join(f"{c} {k}" for c, k in missed_types.most_common()))
    return "\n".join(lines) + "\n"


def rescore(path: Path, *, seed: int, min_words: int) -> str:
    """The current coder on the judged sentences (same seed and picks), scored against the file's gold."""
    rows = read_rows(path)
    by_key = {r["key"]: r for r in rows}
    ids = {k.split(":")[0] for k in by_key}
    fresh: list[dict] = []
    # A sample may mix ANT and SaudiNewsNet rows (K, evlex13): each pool's rows are re-picked from that pool.
    pools = {"saudi" if k.startswith("SNN-") else "ant" for k in ids}
    for pool in sorted(pools):
        for pick in picks(seed=seed, n=len(rows), exclude=set(), min_words=min_words, only=ids, pool=pool):
            row = by_key.get(pick.key)
            if row is None:
                continue  # the sentence splitter changed; the row cannot be compared
            fresh.append({**row, "inside": " | ".join(pick.inside), "alone": " | ".join(pick.alone)})
    return score_rows(fresh, name=f"{path.name} rescored with the current coder")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=307)
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--min-words", type=int, default=5)
    ap.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="further judged TSVs whose articles to skip"
    )
    ap.add_argument("--score", type=Path, default=None, help="score a judged TSV as stored and exit")
    ap.add_argument("--rescore", type=Path, default=None, help="score a judged TSV with the current coder")
    ap.add_argument(
        "--hits", nargs="*", default=None, help="list fresh events triggered by these lexicon ids"
    )
    ap.add_argument("--per-entry", type=int, default=5)
    args = ap.parse_args(argv)
    if args.hits:
        exclude = judged_ids([*earlier_samples(), *args.exclude])
        out = csv.writer(
            sys.stdout, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n"
        )
        out.writerow(("key", "entry", "type", "trigger", "sentence", "ok", "note"))
        hits = entry_hits(
            seed=args.seed, n=args.n, entries=set(args.hits), exclude=exclude, per_entry=args.per_entry
        )
        for hit in hits:
            out.writerow([*hit.values(), "", ""])
        return 0
    if args.score:
        sys.stdout.write(score_rows(read_rows(args.score), name=args.score.name))
        return 0
    if args.rescore:
        sys.stdout.write(rescore(args.rescore, seed=args.seed, min_words=args.min_words))
        return 0
    exclude = judged_ids([*earlier_samples(), *args.exclude])
    out = csv.writer(sys.stdout, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
    out.writerow(COLUMNS)
    for pick in picks(seed=args.seed, n=args.n, exclude=exclude, min_words=args.min_words):
        out.writerow(
            [
                pick.key,
                pick.outlet,
                pick.sentence,
                " | ".join(pick.inside),
                " | ".join(pick.alone),
                "",
                "",
                "",
            ]
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

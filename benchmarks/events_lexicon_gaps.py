"""Rank frequent words of event sentences that the predicate lexicon does not match: where to look for recall.

    PYTHONPATH=src python benchmarks/events_lexicon_gaps.py --top 300 > gaps.tsv
    PYTHONPATH=src python benchmarks/events_lexicon_gaps.py --show اعتقل --examples 20

Corpus: every record of the two ANT files (all categories) and, with ``--saudi`` (the default), the SaudiNewsNet
sample (read at run time only: its licence forbids copying it into the repository, and nothing of it is written
anywhere but standard output). The articles of the three gold files are skipped, so no check or check2 sentence
is ever printed.

Event sentences: sentences (split at end punctuation) in which the lexicon already matches a trigger. Their other
words are the candidates: each is reduced to its clitic-free stem by marsad's own analyser
(:func:`marsad.language.clitics.analyze`), and a stem is counted once per document (document frequency, ``df``)
unless the lexicon can read the word at all (``Lexicon.lookup`` finds an entry: the form is covered, even if only
with companions). Beside ``df`` the script prints ``all``, the stem's document frequency in any sentence, and
``ratio`` = df / all: predicates that come with events score high, general vocabulary low. The ranking is
``df * ratio`` (frequent AND event-bound); ``--top`` rows are printed with one example sentence each, chosen with
``--seed`` so two runs print the same examples.

This is a reading aid, not a lexicon builder: a person reads the top candidates' sentences (``--show STEM``) and
adds only the general predicates, each with its type, mode and CAMEO code per EVENT-CONVENTIONS.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.events.lexicon import Lexicon, load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.words import SENTENCE_END_RE, split_words
from marsad.language.clitics import analyze

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_sample import ANT, ANT_FILES, gold_ids

SAUDI = (
    Path(os.environ.get("MARSAD_SHARED", "/work/shared"))
    / "data"
    / "saudinewsnet"
    / "saudinewsnet_sample.jsonl.gz"
)
MIN_STEM = 3
"""Shorter stems are particles and pronouns, never predicates."""
ARABIC_RE = re.compile("^[\u0621-\u064a]+$")


@dataclass(slots=True, kw_only=True)
class Doc:
    id: str
    text: str


def documents(*, saudi: bool) -> Iterator[Doc]:
    skip = gold_ids()
    for name in ANT_FILES:
        with gzip.open(ANT / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] not in skip and rec.get("text"):
                    yield Doc(id=rec["id"], text=rec["text"])
    if saudi and SAUDI.exists():
        with gzip.open(SAUDI, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                rec = json.loads(line)
                if rec.get("content"):
                    yield Doc(id=f"saudi-{n}", text=rec["content"])


def sentences(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in SENTENCE_END_RE.finditer(text):
        yield pos, m.end()
        pos = m.end()
    yield pos, len(text)


@dataclass(slots=True)
class Counts:
    event_df: Counter[str]
    all_df: Counter[str]
    forms: defaultdict[str, Counter[str]]
    examples: defaultdict[str, list[tuple[str, str]]]


def count(*, lexicon: Lexicon, saudi: bool, seed: int, show: str | None) -> Counts:
    event_df: Counter[str] = Counter()
    all_df: Counter[str] = Counter()
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    examples: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc in documents(saudi=saudi):
        in_event: set[str] = set()
        seen: set[str] = set()
        for start, end in sentences(doc.text):
            words = split_words(doc.text, start, end)
            if len(words) < 4:
                continue
            matches = lexicon.match(words)
            covered = {i for m in matches for i in range(m.head, m.last + 1)}
            for i, word in enumerate(words):
                if not ARABIC_RE.match(word.norm) or lexicon.lookup(word) is not None:
                    continue
                stem = analyze(word.norm).stem
                if len(stem) < MIN_STEM:
                    continue
                seen.add(stem)
                if matches and i not in covered:
                    in_event.add(stem)
                    forms[stem][word.norm] += 1
                    if show is None or stem == show:
                        # keep the examples with the smallest hashes: a seeded, order-free choice
                        sent = doc.text[start:end].strip().replace("\n", " ").replace("\t", " ")
                        h = hashlib.sha1(f"{seed}|{doc.id}|{start}".encode()).hexdigest()
                        examples[stem].append((h, f"{doc.id}\t{sent}"))
                        if len(examples[stem]) > 200:
                            examples[stem] = sorted(examples[stem])[:50]
        event_df.update(in_event)
        all_df.update(seen)
    return Counts(event_df=event_df, all_df=all_df, forms=forms, examples=examples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--min-df", type=int, default=15)
    ap.add_argument("--no-saudi", action="store_true", help="ANT only")
    ap.add_argument("--show", default=None, help="print example sentences of this stem (normalized key)")
    ap.add_argument("--examples", type=int, default=15)
    args = ap.parse_args(argv)
    lexicon = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    counts = count(lexicon=lexicon, saudi=not args.no_saudi, seed=args.seed, show=args.show)
    if args.show:
        for _, line in sorted(counts.examples[args.show])[: args.examples]:
            sys.stdout.write(line + "\n")
        return 0
    ranked = sorted(
        (s for s, df in counts.event_df.items() if df >= args.min_df),
        key=lambda s: (-(counts.event_df[s] ** 2) / counts.all_df[s], s),
    )
    sys.stdout.write("rank\tstem\tdf\tall\tratio\tforms\texample\n")
    for rank, stem in enumerate(ranked[: args.top], 1):
        df, every = counts.event_df[stem], counts.all_df[stem]
        top_forms = " ".join(f for f, _ in counts.forms[stem].most_common(4))
        example = min(counts.examples[stem])[1].split("\t", 1)[1][:160] if counts.examples[stem] else ""
        sys.stdout.write(f"{rank}\t{stem}\t{df}\t{every}\t{df / every:.2f}\t{top_forms}\t{example}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Pick, for every lexicon entry, real ANT sentences that contain one of its forms (run by hand).

    PYTHONPATH=src python tests/events/data/make_lexicon_sentences.py > tests/events/data/lexicon_sentences.tsv

Sentences come from ../shared/data/ant_news (Apache-2.0 with citation, see README.md here). For each
entry the two shortest sentences of 40-320 characters whose match is that entry are kept; the file
is then reviewed by hand (the `ok` column: rows judged wrong are removed or corrected).
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

from marsad.events.lexicon import load_lexicon, read_data
from marsad.events.ontology import load_ontology
from marsad.events.words import SENTENCE_END_RE, split_words

ANT = Path(os.environ.get("MARSAD_SHARED", "/work/shared")) / "data" / "ant_news"


def main() -> None:
    lex = load_lexicon(ontology=load_ontology(), cues=read_data("cues.yaml"))
    best: dict[str, list[tuple[int, str, str, str]]] = {}
    for name in ("ant_multisource_sample.jsonl.gz", "ant_jawharafm_politics_world.jsonl.gz"):
        with gzip.open(ANT / name, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                for sent in SENTENCE_END_RE.split(rec["text"]):
                    sent = " ".join(sent.split())
                    if not 40 <= len(sent) <= 320:
                        continue
                    for m in lex.match(split_words(sent, 0, len(sent))):
                        rows = best.setdefault(m.entry.id, [])
                        if len(rows) < 2 or len(sent) < rows[-1][0]:
                            rows.append((len(sent), sent, sent[m.start : m.end], rec["id"]))
                            rows.sort()
                            del rows[2:]
    print("id\ttype\tmode\ttrigger\tsentence\tsource")
    for entry in lex.entries:
        for _, sent, trig, src in best.get(entry.id, []):
            print(f"{entry.id}\t{entry.type}\t{entry.mode or ''}\t{trig}\t{sent}\t{src}")
    missing = [e.id for e in lex.entries if e.id not in best]
    print(f"{len(missing)} entries without a sentence: {missing}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Round 29's wide check of the fuzzy anchors (perf29, session 16): ``add_fuzzy``'s matches with the knowledge
base's anchors and with main's (a78f07d: every first and last word of an alias, ``kb._strong_anchors`` patched
out), on every article of the shared news (check_real_news.py's 11,271 ANT and SaudiNewsNet articles), each
cleaned into its stories as the pipeline does. Prints the stories read and every one whose matches differ.

    PYTHONPATH=src python benchmarks/anchors29_check.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from unittest import mock

from marsad.entities import kb as kb_module
from marsad.entities.kb import KnowledgeBase
from marsad.entities.match import keyed
from marsad.entities.phrases import add_fuzzy
from marsad.ingest import Failure, iter_inputs
from marsad.pipeline import Pipeline

FILES = (
    "ant_news/ant_multisource_sample.jsonl.gz",
    "ant_news/ant_jawharafm_politics_world.jsonl.gz",
    "saudinewsnet/saudinewsnet_sample.jsonl.gz",
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.environ.get("MARSAD_SHARED", "/work/shared"))
    args = parser.parse_args()
    kb = KnowledgeBase.load()
    with mock.patch.object(kb_module, "_strong_anchors", lambda fuzzy, *, weak: fuzzy):
        old_kb = KnowledgeBase.load()
    matcher = kb.matcher()
    clean = Pipeline.from_settings(upto="tokens")
    stories = differ = fuzzy = 0
    for name in FILES:
        for article in iter_inputs([str(Path(args.shared) / "data" / name)]):
            if isinstance(article, Failure):
                continue
            for story in clean.run(article).stories:
                kt = keyed(story.text)
                found = matcher.find(kt)
                new, old = add_fuzzy(kb, kt, list(found)), add_fuzzy(old_kb, kt, list(found))
                stories += 1
                fuzzy += sum(m.score < 1.0 for m in new)
                if new != old:
                    differ += 1
                    sys.stdout.write(f"differs: {article.id}\n")
    sys.stdout.write(f"{stories} stories, {fuzzy} fuzzy matches, {differ} differ\n")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

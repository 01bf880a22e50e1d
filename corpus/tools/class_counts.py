#!/usr/bin/env python3
"""Counts documents per producer, per split and per variation class from the manifest.tsv files.

Usage: python3 corpus/tools/class_counts.py [CORPUS_DIR]      (default: the corpus folder above this script)

Prints Markdown tables (the ones pasted into corpus/README.md): documents per producer and split,
then every class with its document count overall and per split. Classes with fewer than 3
documents, or missing from test, are flagged. stdlib only.
"""
import collections
import pathlib
import sys

SPLITS = ("train", "dev", "test")
RARE = 3


def read_manifests(root):
    rows = []
    for manifest in sorted(root.glob("*/manifest.tsv")):
        producer = manifest.parent.name
        header_seen = False
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if not header_seen:
                header_seen = True
                continue
            name, split = cells[0], cells[1].lower()
            classes = [c.strip() for c in cells[2].split(",") if c.strip()] if len(cells) > 2 else []
            rows.append((producer, name, split, classes))
    return rows


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[1]
    rows = read_manifests(root)

    per_producer = collections.defaultdict(collections.Counter)
    for producer, _, split, _ in rows:
        per_producer[producer][split] += 1
    print("| producer | train | dev | test | total |")
    print("| --- | ---: | ---: | ---: | ---: |")
    totals = collections.Counter()
    for producer in sorted(per_producer):
        counts = per_producer[producer]
        totals.update(counts)
        print(f"| {producer} | " + " | ".join(str(counts[s]) for s in SPLITS) + f" | {sum(counts.values())} |")
    print("| **all** | " + " | ".join(f"**{totals[s]}**" for s in SPLITS) + f" | **{sum(totals.values())}** |")
    print()

    per_class = collections.defaultdict(collections.Counter)
    for _, _, split, classes in rows:
        for cls in set(classes):
            per_class[cls][split] += 1
    print("| class | documents | train | dev | test | note |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for cls in sorted(per_class):
        counts = per_class[cls]
        total = sum(counts.values())
        notes = []
        if total < RARE:
            notes.append(f"< {RARE} documents")
        if counts["test"] == 0:
            notes.append("not in test")
        print(f"| {cls} | {total} | " + " | ".join(str(counts[s]) for s in SPLITS) + f" | {', '.join(notes)} |")

    rare = sorted(c for c in per_class if sum(per_class[c].values()) < RARE)
    print()
    print(f"{len(rows)} documents, {len(per_class)} classes; fewer than {RARE} documents: "
          + (", ".join(rare) if rare else "none"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks manifest.tsv files and prints split sizes and per-tag counts (stdlib only).

Usage: manifest_stats.py FOLDER [FOLDER ...]   (e.g. corpus/pandoc corpus/markdown)
Fails (exit 1) on: unknown tags, a listed document or its gold missing, a document with gold
but no manifest line, a bad split name. Reports tags that no test document carries.
"""
import collections, os, re, sys

LABELLING = '/work/wt/LABELLING.md'
FALLBACK_TAGS = None  # read from LABELLING.md when present


def known_tags():
    if not os.path.exists(LABELLING):
        return None
    text = open(LABELLING, encoding='utf-8').read()
    block = text.split('## Variation tags', 1)[1].split('## ', 1)[0]
    return set(re.findall(r'[a-z0-9]+(?:-[a-z0-9]+)+|(?<=\s)(?:nonplan|degenerate|comments|recipients|nfd)(?=[,.])', block))


def main(folders):
    tags = known_tags()
    bad = False
    per_tag = collections.Counter()
    per_tag_split = collections.defaultdict(collections.Counter)
    splits = collections.Counter()
    for folder in folders:
        rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(folder, 'manifest.tsv'), encoding='utf-8')]
        if rows[0] != ['name', 'split', 'classes']:
            print(f'{folder}: bad header {rows[0]}'); bad = True
        names = set()
        for name, split, classes in rows[1:]:
            names.add(name)
            stem = os.path.splitext(name)[0]
            if not os.path.exists(os.path.join(folder, name)):
                print(f'{folder}/{name}: document missing'); bad = True
            if not os.path.exists(os.path.join(folder, stem + '.gold.json')):
                print(f'{folder}/{name}: gold missing'); bad = True
            if split not in ('train', 'dev', 'test'):
                print(f'{folder}/{name}: split {split}'); bad = True
            splits[split] += 1
            for t in classes.split(','):
                if tags is not None and t not in tags:
                    print(f'{folder}/{name}: unknown tag {t}'); bad = True
                per_tag[t] += 1
                per_tag_split[t][split] += 1
        for f in os.listdir(folder):
            if f.endswith('.gold.json'):
                stem = f[:-len('.gold.json')]
                if not any(os.path.splitext(n)[0] == stem for n in names):
                    print(f'{folder}/{f}: gold without manifest line'); bad = True
    total = sum(splits.values())
    print('documents:', total, ', '.join(f'{k} {v} ({100 * v // total}%)' for k, v in sorted(splits.items())))
    for t, n in sorted(per_tag.items(), key=lambda x: (-x[1], x[0])):
        s = per_tag_split[t]
        print(f'{n:3d}  {t:28s} train {s["train"]:2d} dev {s["dev"]:2d} test {s["test"]:2d}' + ('   <- not in test' if not s['test'] else ''))
    if tags:
        unused = sorted(tags - set(per_tag))
        print('tags never used:', ', '.join(unused) or '-')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

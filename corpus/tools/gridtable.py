#!/usr/bin/env python3
"""Helper for authors: prints a borderless-looking 2-column pandoc grid table from
left/right cell lines (separated by ' || ' on each input line), with correct widths."""
import sys
rows = [l.rstrip('\n').split(' || ') for l in sys.stdin if l.strip()]
w1 = max(len(r[0]) for r in rows) + 1
w2 = max(len(r[1]) if len(r) > 1 else 0 for r in rows) + 1
sep = '+' + '-' * (w1 + 1) + '+' + '-' * (w2 + 1) + '+'
print(sep)
for r in rows:
    print('| ' + r[0].ljust(w1) + '| ' + (r[1] if len(r) > 1 else '').ljust(w2) + '|')
print(sep)

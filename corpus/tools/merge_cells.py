#!/usr/bin/python3
"""Turns marker cells in pandoc-made .docx tables into real merged cells (python-docx).

pandoc (2.x) cannot write merged table cells, so the hand-written Markdown marks them:
a cell whose whole text is "<<" is merged into the cell on its left (gridSpan),
a cell whose whole text is "^^" is merged into the cell above (vMerge).
Usage: merge_cells.py FILE.docx  (rewritten in place; files without markers are untouched)
"""
import sys
import docx


def merge(path):
    d = docx.Document(path)
    changed = False
    for table in d.tables:
        grid = [[c for c in row.cells] for row in table.rows]
        marks = []
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell.text.strip() in ('<<', '^^'):
                    marks.append((r, c, cell.text.strip()))
        for r, c, m in marks:
            cell = table.cell(r, c)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.text = ''
        for r, c, m in marks:
            cell = table.cell(r, c)
            if m == '<<':
                k = c - 1
                while k > 0 and (r, k, '<<') in marks:
                    k -= 1
                target = table.cell(r, k)
            else:
                k = r - 1
                while k > 0 and (k, c, '^^') in marks:
                    k -= 1
                target = table.cell(k, c)
            merged = target.merge(cell)
            # merge() appends the (now empty) paragraphs of the merged cell: drop them.
            ps = merged.paragraphs
            for p in ps[1:]:
                if not p.text.strip():
                    p._element.getparent().remove(p._element)
            changed = True
    if changed:
        d.save(path)


for f in sys.argv[1:]:
    merge(f)

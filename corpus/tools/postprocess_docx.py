#!/usr/bin/python3
"""Post-processes pandoc-made .docx files so they look like Word-authored ones (python-docx).

1. Merged cells: pandoc (2.x) cannot write them, so the hand-written Markdown marks them:
   a cell whose whole text is "<<" is merged into the cell on its left (gridSpan),
   a cell whose whole text is "^^" is merged into the cell above (vMerge).
2. Continuation paragraphs inside a list item: pandoc gives them a numbering (numId of its
   blank-bullet list, lvlText " "); Word authors just indent them. The numbering is replaced
   by the same left indent.
3. Files whose name contains "_endnote": pandoc's footnotes become real endnotes
   (endnotes.xml part, w:endnoteReference), since pandoc cannot write endnotes.
Usage: postprocess_docx.py FILE.docx ...  (rewritten in place)
"""
import os
import zipfile
import sys
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def blank_bullet_num_ids(d):
    """numIds whose abstract numbering is pandoc's blank bullet (every level's text is a space)."""
    numbering = d.part.numbering_part.element
    blank = set()
    for an in numbering.findall(qn('w:abstractNum')):
        texts = [l.find(qn('w:lvlText')) for l in an.findall(qn('w:lvl'))]
        if texts and all(t is not None and t.get(qn('w:val')) == ' ' for t in texts):
            blank.add(an.get(qn('w:abstractNumId')))
    ids = set()
    for num in numbering.findall(qn('w:num')):
        if num.find(qn('w:abstractNumId')).get(qn('w:val')) in blank:
            ids.add(num.get(qn('w:numId')))
    return ids


def unnumber_continuations(d):
    try:
        ids = blank_bullet_num_ids(d)
    except (AttributeError, NotImplementedError):
        return False
    changed = False
    for p in d.element.body.iter(qn('w:p')):
        ppr = p.find(qn('w:pPr'))
        numpr = ppr.find(qn('w:numPr')) if ppr is not None else None
        if numpr is None or numpr.find(qn('w:numId')) is None:
            continue
        if numpr.find(qn('w:numId')).get(qn('w:val')) not in ids:
            continue
        level = int(numpr.find(qn('w:ilvl')).get(qn('w:val'))) if numpr.find(qn('w:ilvl')) is not None else 0
        ppr.remove(numpr)
        ind = OxmlElement('w:ind')
        ind.set(qn('w:left'), str(720 * (level + 1)))
        ppr.append(ind)
        changed = True
    return changed


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
    changed = unnumber_continuations(d) or changed
    if changed:
        d.save(path)


def footnotes_to_endnotes(path):
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    if 'word/footnotes.xml' not in parts:
        return
    def sub(name, pairs):
        text = parts[name].decode('utf-8')
        for a, b in pairs:
            text = text.replace(a, b)
        parts[name] = text.encode('utf-8')
    sub('word/document.xml', [('w:footnoteReference', 'w:endnoteReference')])
    sub('word/footnotes.xml', [('<w:footnotes ', '<w:endnotes '), ('</w:footnotes>', '</w:endnotes>'),
                               ('<w:footnote ', '<w:endnote '), ('</w:footnote>', '</w:endnote>'),
                               ('w:footnoteRef', 'w:endnoteRef')])
    sub('[Content_Types].xml', [('/word/footnotes.xml', '/word/endnotes.xml'), ('footnotes+xml', 'endnotes+xml')])
    sub('word/_rels/document.xml.rels', [('relationships/footnotes', 'relationships/endnotes'),
                                         ('Target="footnotes.xml"', 'Target="endnotes.xml"')])
    parts['word/endnotes.xml'] = parts.pop('word/footnotes.xml')
    if 'word/_rels/footnotes.xml.rels' in parts:
        parts['word/_rels/endnotes.xml.rels'] = parts.pop('word/_rels/footnotes.xml.rels')
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in ['[Content_Types].xml'] + [n for n in parts if n != '[Content_Types].xml']:
            z.writestr(name, parts[name])
    os.replace(tmp, path)


for f in sys.argv[1:]:
    merge(f)
    if '_endnote' in os.path.basename(f):
        footnotes_to_endnotes(f)

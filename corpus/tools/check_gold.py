#!/usr/bin/env python3
"""Checks hand-written gold records against their documents (stdlib only).

Usage: check_gold.py GOLD.json [GOLD.json ...]
For each gold file: structure (same rules as plan.schema.json), every gold string
present in the document text (after the contract's norm), dates consistent with the
deadline text (period -> last day). Exit code 1 when any check fails.
"""
import json, re, sys, os, zipfile, unicodedata, datetime, calendar
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
OLD_TONE = {'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oè': 'òe', 'oé': 'óe',
            'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe', 'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy'}


def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    for a, b in OLD_TONE.items():
        s = s.replace(a, b)
    s = re.sub('[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', "'").replace('\u2019', "'")
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'^[-+•*\s]+', '', s)
    s = re.sub(r'[.,;:\s]+$', '', s)
    return s


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in ('word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'):
            if name not in z.namelist():
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't' and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + 'br', W + 'cr', W + 'tab'):
                        buf.append(' ')
                parts.append(''.join(buf))
    return '\n'.join(parts)


def doc_text(path):
    if path.endswith('.docx'):
        return docx_text(path)
    with open(path, encoding='utf-8') as f:
        t = f.read()
    # PDF text exports put footnote paragraphs ("¹ …") where the page broke, often mid-sentence:
    # append a copy with those paragraphs removed so a sentence split by one is still found.
    t = t + '\n' + re.sub(r'(?m)^[\u00b9\u00b2\u00b3\u2070-\u2079]+ .*$', '', t)
    # Markdown emphasis markers are not part of the text a reader reports.
    if path.endswith('.md'):
        t = t.replace('**', '').replace('\\', '')
        t = re.sub(r'<br\s*/?>', ' ', t)
        t = re.sub(r'(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)', '', t)
    return t


# ---------- structure ----------
def is_date(v):
    return v is None or (isinstance(v, str) and re.fullmatch(r'\d{4}-\d{2}-\d{2}', v))


def check_structure(g, err):
    def need(obj, keys, where):
        for k in keys:
            if k not in obj:
                err(f'{where}: missing {k}')
    need(g, ['schema', 'source', 'document', 'sections', 'groups'], 'root')
    if g.get('schema') != 'docingest.plan/1':
        err('schema const')
    d = g.get('document', {})
    need(d, ['number', 'kind', 'title', 'issuer', 'issued_on', 'signer', 'references', 'recipients'], 'document')
    if not is_date(d.get('issued_on')):
        err('issued_on format')
    s = d.get('signer')
    if s is not None and (not isinstance(s, dict) or 'name' not in s or 'title' not in s):
        err('signer shape')
    for r in d.get('references', []):
        if not isinstance(r.get('number'), str) or not is_date(r.get('date')):
            err(f'reference {r}')
    for sec in g.get('sections', []):
        need(sec, ['number', 'title'], 'section')
    for gr in g.get('groups', []):
        need(gr, ['number', 'title', 'weaknesses', 'owners', 'advisors', 'tasks'], 'group')
        for o in gr.get('owners', []):
            need(o, ['name', 'title'], 'owner')
        dl = gr.get('deadline')
        if dl is not None:
            check_deadline_shape(dl, err, 'group deadline')
        for t in gr.get('tasks', []):
            need(t, ['text', 'deadline'], 'task')
            check_deadline_shape(t.get('deadline', {}), err, 'task ' + t.get('text', '')[:30])
            for o in t.get('owners', []):
                need(o, ['name', 'title'], 'task owner')


def check_deadline_shape(dl, err, where):
    if set(dl) != {'kind', 'date', 'text'}:
        err(f'{where}: deadline keys {sorted(dl)}')
    if dl.get('kind') not in ('recurring', 'due', 'done', 'none'):
        err(f'{where}: kind {dl.get("kind")}')
    if not is_date(dl.get('date')):
        err(f'{where}: date format')
    if dl.get('kind') == 'none' and (dl.get('date') or dl.get('text')):
        err(f'{where}: none with date/text')
    if dl.get('kind') == 'recurring' and dl.get('date'):
        err(f'{where}: recurring with date')


# ---------- dates ----------
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4, '1': 1, '2': 2, '3': 3, '4': 4,
         'một': 1, 'nhất': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4}


def last_day(y, m):
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def expected_date(text, plan_year, issued_on):
    """Independent re-derivation of the date a deadline phrase names (None = no date)."""
    # Not norm(): its old-tone mapping turns "quý" into "qúy".
    t = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', text).lower()).strip()
    if re.search(r'thường xuyên|hằng|hàng (năm|quý|tháng)|định kỳ', t) and not re.search(r'\d{4}', t):
        return None
    m = re.search(r'(\d+) ngày kể từ ngày (ký|ban hành)( ban hành)?( kế hoạch( này)?)?[.;]?$', t)
    if m:
        return None if not issued_on else datetime.date.fromisoformat(issued_on) + datetime.timedelta(days=int(m.group(1)))
    if 'kể từ' in t or 'sau khi' in t or t.startswith('khi '):
        return None  # counted from another event: due with no date
    m = re.search(r'ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})', t)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.search(r'(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})', t)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.search(r'(?:ngày|trước) (\d{1,2})[/.-](\d{1,2})(?![/.\-\d])', t)
    if m:
        return datetime.date(plan_year, int(m.group(2)), int(m.group(1)))
    m = re.search(r'quý (iv|iii|ii|i|[1-4]|một|hai|ba|bốn|tư)\b(?:\s*(?:/|năm)\s*(\d{4}))?', t)
    if m:
        q = ROMAN[m.group(1)]
        return last_day(int(m.group(2) or plan_year), 3 * q)
    m = re.search(r'(?:6|sáu) tháng (đầu|cuối) năm(?: (\d{4}))?', t)
    if m:
        return last_day(int(m.group(2) or plan_year), 6 if m.group(1) == 'đầu' else 12)
    months = list(re.finditer(r'tháng (\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?', t))
    if months:
        # "tháng 10 và tháng 11/2026": the period ends with the last month named
        m = months[-1]
        return last_day(int(m.group(2) or plan_year), int(m.group(1)))
    m = re.search(r'năm (\d{4})', t)
    if m:
        return last_day(int(m.group(1)), 12)
    return None


def check_deadline(dl, plan_year, issued_on, err, where):
    if dl['kind'] == 'none' or dl.get('text') is None:
        return
    exp = expected_date(dl['text'], plan_year, issued_on)
    got = dl.get('date')
    if dl['kind'] == 'recurring':
        return
    if (exp.isoformat() if exp else None) != got:
        err(f'{where}: date {got} but text "{dl["text"]}" gives {exp}')
    t = unicodedata.normalize('NFC', dl['text']).lower()
    if dl['kind'] == 'done' and 'đã' not in t:
        err(f'{where}: done without "đã"')
    if dl['kind'] == 'due' and re.search(r'thường xuyên|hằng|định kỳ', t):
        err(f'{where}: due but text looks recurring')


# ---------- strings ----------
def check_strings(g, text, err):
    nt = norm(text)
    nt_nospace = re.sub(r'\s', '', nt)

    def present(s, where, loose=False):
        if s is None:
            return
        n = norm(s)
        if n in nt or (loose and re.sub(r'\s', '', n) in nt_nospace):
            return
        if re.sub(r'\s', '', n) in nt_nospace:
            # only spacing differs (a hyphenated symbol split by a page break): report, don't fail
            print(f'     note: {where} matches only with spaces ignored: {s[:60]}')
            return
        err(f'{where}: not in text: {s[:80]}')
    d = g['document']
    present(d['title'], 'title')
    present(d['kind'], 'kind')
    if d['number']:
        present(d['number'], 'number', loose=True)
    if d['signer']:
        present(d['signer']['name'], 'signer.name')
        if d['signer']['title'] and norm(d['signer']['title']) not in nt:
            # Plain-text exports interleave the Nơi nhận column with the authority lines:
            # accept when every line-part occurs in the closing block.
            tail = norm(' '.join(text.splitlines()[-40:]))
            if not all(tok in tail for tok in norm(d['signer']['title']).split()):
                err(f'signer.title: not in text: {d["signer"]["title"]}')
            else:
                print(f'     note: signer.title found only as interleaved lines')
    for r in d['references']:
        present(r['number'], 'reference', loose=True)
    for r in d['recipients']:
        present(r, 'recipient')
    for s in g['sections']:
        present(s['title'], 'section')
    for gr in g['groups']:
        present(gr['title'], 'group')
        for w in gr['weaknesses']:
            present(w, 'weakness')
        for o in gr['owners']:
            present(o['name'], 'owner.name')
            present(o['title'], 'owner.title')
        for a in gr['advisors'] + gr.get('partners', []):
            present(a, 'advisor/partner')
        if gr.get('deadline'):
            present(gr['deadline']['text'], 'group deadline')
        for t in gr['tasks']:
            present(t['text'], 'task')
            present(t['deadline']['text'], 'task deadline')
            for o in t.get('owners', []):
                present(o['name'], 'task owner.name')
                present(o['title'], 'task owner.title')
            for a in t.get('advisors', []) + t.get('partners', []):
                present(a, 'task advisor/partner')
            for it in t.get('items', []):
                present(it, 'item')


def plan_year(g, text):
    if g['document']['issued_on']:
        return int(g['document']['issued_on'][:4])
    years = re.findall(r'20\d\d', g['document']['title'] or '')
    return max(int(y) for y in years) if years else 2026


def check(gold_path):
    errors = []
    err = errors.append
    with open(gold_path, encoding='utf-8') as f:
        g = json.load(f)
    check_structure(g, err)
    try:
        import jsonschema  # optional: only when installed
        schema_path = '/work/shared/plan.schema.json'
        if os.path.exists(schema_path):
            with open(schema_path) as f:
                jsonschema.validate(g, json.load(f))
    except ImportError:
        pass
    except Exception as e:  # validation error
        err(f'schema: {str(e)[:200]}')
    folder = os.path.dirname(gold_path)
    doc = os.path.join(folder, g['source'])
    if not os.path.exists(doc):
        err(f'document {g["source"]} missing')
        return errors
    if os.path.basename(gold_path) != os.path.splitext(g['source'])[0] + '.gold.json':
        err('gold name does not match source')
    text = doc_text(doc)
    if doc.endswith('.docx'):
        # Markdown syntax that leaked into the Word text means a broken source table/escape.
        for leak in (r'\+---', r' \| ', r'\\', r'\*\*\w', '<<', r'\^\^'):
            if re.search(leak, text):
                err(f'markup leaked into the .docx text: {leak!r}')
    check_strings(g, text, err)
    y = plan_year(g, text)
    for gr in g['groups']:
        if gr.get('deadline'):
            check_deadline(gr['deadline'], y, g['document']['issued_on'], err, 'group ' + gr['title'][:30])
        for t in gr['tasks']:
            check_deadline(t['deadline'], y, g['document']['issued_on'], err, 'task ' + t['text'][:30])
    return errors


def main(paths):
    bad = 0
    for p in paths:
        errs = check(p)
        print(('OK   ' if not errs else 'FAIL ') + p)
        for e in errs:
            print('     ' + e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

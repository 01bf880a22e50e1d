"""Tiny authoring kit for the LibreOffice corpus.

Each spec in specs/ is written by hand: the printed text AND the gold values
(deadline kind/date, owners, advisors, references...) are typed by the author.
This module only lays the hand-written content out as HTML that LibreOffice
turns into real Word structures, and writes the gold JSON from the same
hand-written values, so a task can never be attributed to the wrong deadline
by a copy mistake. Nothing here parses text or infers a label.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def D(kind, date, text):
    return {"kind": kind, "date": date, "text": text}


NONE = D("none", None, None)


def P(name, title):
    return {"name": name, "title": title}


class T:
    """A task: gold text, its own deadline (None = inherit), printed form."""

    def __init__(self, text, dl=None, fmt=None, items=None, owners=None,
                 advisors=None, partners=None, cells=None):
        self.text, self.dl, self.fmt, self.items = text, dl, fmt, items
        self.owners, self.advisors, self.partners = owners, advisors, partners
        self.cells = cells or {}


class Doc:
    def __init__(self, name, folder, meta):
        self.name, self.folder, self.meta = name, folder, meta
        self.parts, self.sections, self.groups = [], [], []
        self.footnotes, self.endnotes = [], []
        self.landscape = False

    # ---- raw html and notes -------------------------------------------
    def raw(self, h):
        self.parts.append(h)

    def p(self, h, align=None, style=None):
        a = f' align="{align}"' if align else ""
        s = f' style="{style}"' if style else ""
        self.parts.append(f"<p{a}{s}>{h}</p>")

    def fn(self, text):
        self.footnotes.append(text)
        n = len(self.footnotes)
        return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" '
                f'href="#sdfootnote{n}sym"><sup>{n}</sup></a>')

    def en(self, text):
        self.endnotes.append(text)
        n = len(self.endnotes)
        return (f'<a class="sdendnoteanc" name="sdendnote{n}anc" '
                f'href="#sdendnote{n}sym"><sup>{n}</sup></a>')

    def section(self, number, title, printed=None):
        """Register a gold section and print its heading (printed verbatim)."""
        self.sections.append({"number": number, "title": title})
        if printed is not None:
            self.p(f"<b>{printed}</b>")

    # ---- gold groups ----------------------------------------------------
    def add_group(self, number, section, title, weaknesses, owners, advisors,
                  partners, deadline, tasks):
        gtasks = []
        for t in tasks:
            dl = t.dl or deadline or NONE
            g = {"text": t.text, "deadline": dl}
            if t.owners is not None:
                g["owners"] = t.owners
            if t.advisors is not None:
                g["advisors"] = t.advisors
            if t.partners is not None:
                g["partners"] = t.partners
            if t.items:
                g["items"] = t.items
            gtasks.append(g)
        self.groups.append({"number": number, "section": section, "title": title,
                            "weaknesses": weaknesses, "owners": owners,
                            "advisors": advisors, "partners": partners,
                            "deadline": deadline, "tasks": gtasks})

    # ---- task lists -----------------------------------------------------
    @staticmethod
    def task_line(t, fmt):
        f = t.fmt or fmt
        if t.dl is None or t.dl.get("text") is None or "{d}" not in f:
            f = "{t}." if t.fmt is None else f
        return f.replace("{t}", t.text).replace("{d}", (t.dl or {}).get("text") or "")

    def tasks_html(self, tasks, bullet, fmt):
        lines = [self.task_line(t, fmt) for t in tasks]
        if bullet == "ul":
            return "<ul>" + "".join(f"<li><p>{x}</p></li>" for x in lines) + "</ul>"
        if bullet in ("ol", "ol-a"):
            ty = ' type="a"' if bullet == "ol-a" else ""
            return f"<ol{ty}>" + "".join(f"<li><p>{x}</p></li>" for x in lines) + "</ol>"
        if bullet == "a)":
            return "".join(f"<p>{chr(97 + i)}) {x}</p>" for i, x in enumerate(lines))
        return "".join(f"<p>{bullet}{x}</p>" for x in lines)

    # ---- task tables ----------------------------------------------------
    def table(self, columns, rows, section, widths=None):
        """columns: [(key, header)]; rows: ('group', number, title, printed)
        | ('weak', text, [T...], group_title_if_no_group_rows) | T.
        Cells of a T: cells[key] overrides; defaults: task=text, thoihan=dl.text,
        chutri=', '.join(advisors), phoihop=', '.join(partners)."""
        ncol = len(columns)
        keys = [k for k, _ in columns]
        h = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
        h.append("<tr>" + "".join(f'<td><p align="center"><b>{c}</b></p></td>' for _, c in columns) + "</tr>")
        has_group_rows = any(isinstance(r, tuple) and r[0] == "group" for r in rows)
        cur = None
        counter = [0]

        def cell_of(t, k):
            if k in t.cells:
                return t.cells[k]
            if k == "task":
                return t.text
            if k == "thoihan":
                return (t.dl or {}).get("text") or ""
            if k == "chutri":
                return ", ".join(t.advisors or [])
            if k == "phoihop":
                return ", ".join(t.partners or [])
            if k == "tt":
                return str(counter[0])
            return ""

        def task_row(t, weak_cell=None):
            counter[0] += 1
            tds = []
            for k in keys:
                if k == "weak":
                    if weak_cell is not None:
                        tds.append(weak_cell)
                    continue
                tds.append(f"<td><p>{cell_of(t, k)}</p></td>")
            return "<tr>" + "".join(tds) + "</tr>"

        for r in rows:
            if isinstance(r, tuple) and r[0] == "group":
                _, number, title, printed = r
                h.append(f'<tr><td colspan="{ncol}"><p><b>{printed}</b></p></td></tr>')
                cur = {"number": number, "title": title, "weak": [], "tasks": []}
                self._pending.append(cur)
            elif isinstance(r, tuple) and r[0] == "weak":
                _, wtext, tasks = r[0], r[1], r[2]
                if not has_group_rows:
                    cur = {"number": r[3] if len(r) > 3 else None, "title": wtext,
                           "weak": [], "tasks": []}
                    self._pending.append(cur)
                cur["weak"].append(wtext)
                span = f' rowspan="{len(tasks)}"' if len(tasks) > 1 else ""
                for i, t in enumerate(tasks):
                    wc = f"<td{span}><p>{wtext}</p></td>" if i == 0 else None
                    h.append(task_row(t, wc))
                    cur["tasks"].append(t)
            else:
                h.append(task_row(r, "<td><p></p></td>" if "weak" in keys else None))
                cur["tasks"].append(r)
        h.append("</table>")
        self.raw("".join(h))

    def table_groups(self, columns, rows, section):
        self._pending = []
        self.table(columns, rows, section)
        for g in self._pending:
            self.add_group(g["number"], section, g["title"], g["weak"], [], [], [],
                           None, g["tasks"])

    # ---- closing --------------------------------------------------------
    def closing_table(self, recipients_html, signer_html):
        self.raw('<table border="0" cellspacing="0" width="100%"><tr>'
                 f'<td width="50%" valign="top">{recipients_html}</td>'
                 f'<td width="50%" valign="top">{signer_html}</td></tr></table>')

    # ---- output ---------------------------------------------------------
    def html(self):
        notes = []
        for i, t in enumerate(self.footnotes, 1):
            notes.append(f'<div id="sdfootnote{i}"><p class="sdfootnote"><a class="sdfootnotesym" '
                         f'name="sdfootnote{i}sym" href="#sdfootnote{i}anc">{i}</a>{t}</p></div>')
        for i, t in enumerate(self.endnotes, 1):
            notes.append(f'<div id="sdendnote{i}"><p class="sdendnote"><a class="sdendnotesym" '
                         f'name="sdendnote{i}sym" href="#sdendnote{i}anc">{i}</a>{t}</p></div>')
        return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
                + ('<meta name="docingest-landscape" content="PHỤ LỤC">' if self.landscape else '')
                + f'<title>{self.name}</title>'
                '<style>body{font-family:"Times New Roman";font-size:14pt}</style></head><body>\n'
                + "\n".join(self.parts) + "\n" + "\n".join(notes) + "\n</body></html>\n")

    def gold(self):
        m = dict(self.meta)
        return {"schema": "docingest.plan/1", "source": self.name + ".docx",
                "document": {k: m.get(k) for k in ("number", "kind", "title", "issuer",
                                                    "issued_on", "signer")}
                | {"references": m.get("references", []),
                   "recipients": m.get("recipients", [])},
                "sections": self.sections, "groups": self.groups}

    def write(self):
        base = os.path.join(CORPUS, self.folder)
        with open(os.path.join(base, "src", self.name + ".html"), "w", encoding="utf-8") as f:
            f.write(self.html())
        with open(os.path.join(base, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---- header helpers (printed lines are given verbatim by the spec) --------
def header_table(left, right, num, date):
    return ('<table border="0" cellspacing="0" width="100%">'
            f'<tr><td width="42%" valign="top"><p align="center">{left}</p></td>'
            f'<td width="58%" valign="top"><p align="center">{right}</p></td></tr>'
            f'<tr><td valign="top"><p align="center">{num}</p></td>'
            f'<td valign="top"><p align="center"><i>{date}</i></p></td></tr></table>')


STATE_MOTTO = ("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
               "<b>Độc lập - Tự do - Hạnh phúc</b><br/>---------------")
STATE_MOTTO_OLD = ("<b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
                   "<b>Độc lập - Tự do - Hạnh phúc</b><br/>---------------")
PARTY_MOTTO = "<b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br/>---------------"

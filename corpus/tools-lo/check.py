"""Check hand-written gold files against their documents (python3 stdlib + optional jsonschema).

Usage: check.py FOLDER...   For each NAME.gold.json: schema-valid, source = file name,
every gold string occurs in the document text (after the contract's norm), dates are
real calendar dates, deadline kinds/dates are consistent, manifest lists the document.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SCHEMA = "/work/shared/plan.schema.json"
OLD_TONE = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
            "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    for a, b in OLD_TONE.items():
        s = s.replace(a, b)
    s = re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip("-+•* ").rstrip(".,;:").strip()
    return s


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in z.namelist():
                continue
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "tab", W + "br"):
                        buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def doc_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".md"):
        # Markdown emphasis and escapes are markup, not text.
        text = re.sub(r"\\(.)", r"\1", text.replace("*", "").replace("# ", ""))
    return text


def schema_check(gold):
    try:
        import jsonschema
    except ImportError:
        return []
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    v = jsonschema.Draft202012Validator(schema)
    return [f"schema: {e.message} at {list(e.path)}" for e in v.iter_errors(gold)]


def valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def strings(gold):
    d = gold["document"]
    yield "title", d["title"]
    if d["signer"]:
        yield "signer.name", d["signer"]["name"]
        yield "signer.title", d["signer"]["title"]
    for r in d["recipients"]:
        yield "recipient", r
    for s in gold["sections"]:
        yield "section", s["title"]
    for g in gold["groups"]:
        yield "group.title", g["title"]
        for w in g["weaknesses"]:
            yield "weakness", w
        for who in [g] + g["tasks"]:
            for o in who.get("owners", []):
                yield "owner.name", o["name"]
                yield "owner.title", o["title"]
            for a in who.get("advisors", []):
                yield "advisor", a
            for a in who.get("partners", []):
                yield "partner", a
        if g.get("deadline"):
            yield "group.deadline", g["deadline"]["text"]
        for t in g["tasks"]:
            yield "task", t["text"]
            yield "task.deadline", t["deadline"]["text"]
            for i in t.get("items", []):
                yield "item", i


def check(folder):
    errors = 0
    names = set()
    man = os.path.join(folder, "manifest.tsv")
    if os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            lines = f.read().splitlines()
        if lines[0] != "name\tsplit\tclasses":
            print(f"{man}: bad header")
            errors += 1
        for ln in lines[1:]:
            parts = ln.split("\t")
            if len(parts) != 3 or parts[1] not in ("train", "dev", "test"):
                print(f"{man}: bad line {ln!r}")
                errors += 1
            names.add(parts[0])
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".gold.json"):
            continue
        base = fn[: -len(".gold.json")]
        doc = next((os.path.join(folder, base + e) for e in (".docx", ".md", ".txt")
                    if os.path.exists(os.path.join(folder, base + e))), None)
        errs = []
        with open(os.path.join(folder, fn), encoding="utf-8") as f:
            gold = json.load(f)
        errs += schema_check(gold)
        if doc is None:
            errs.append("no document")
        else:
            if gold["source"] != os.path.basename(doc):
                errs.append(f"source {gold['source']!r} != {os.path.basename(doc)!r}")
            if names and os.path.basename(doc) not in names:
                errs.append("not in manifest.tsv")
            text = norm(doc_text(doc))
            if unicodedata.normalize("NFC", doc_text(doc)) != doc_text(doc) and "nfd" not in base:
                errs.append("document text is not NFC")
            for what, s in strings(gold):
                if s is None:
                    continue
                if norm(s) not in text:
                    errs.append(f"{what} not in text: {s[:90]!r}")
        dd = gold["document"]
        for k in ("issued_on",):
            if dd[k] is not None and not valid_date(dd[k]):
                errs.append(f"bad date {k}={dd[k]}")
        for r in dd["references"]:
            if r.get("date") is not None and not valid_date(r["date"]):
                errs.append(f"bad ref date {r}")
            if r["number"] == dd["number"]:
                errs.append("plan cites its own number")
            if " " in r["number"]:
                errs.append(f"space in reference number {r['number']}")
        if dd["number"] and " " in dd["number"]:
            errs.append("space in document number")
        for g in gold["groups"]:
            for t in g["tasks"] + ([{"deadline": g["deadline"], "text": g["title"]}] if g.get("deadline") else []):
                dl = t["deadline"]
                if dl["kind"] in ("recurring", "none") and dl["date"] is not None:
                    errs.append(f"{dl['kind']} with a date: {t['text'][:40]}")
                if dl["kind"] == "none" and dl["text"] is not None:
                    errs.append(f"none with text: {t['text'][:40]}")
                if dl["date"] is not None and not valid_date(dl["date"]):
                    errs.append(f"bad deadline date {dl['date']}")
                if dl["kind"] != "none" and not dl["text"]:
                    errs.append(f"deadline without text: {t['text'][:40]}")
        if errs:
            errors += len(errs)
            print(f"FAIL {fn}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {fn}")
    return errors


if __name__ == "__main__":
    total = sum(check(f) for f in sys.argv[1:])
    print("errors:", total)
    sys.exit(1 if total else 0)

#!/usr/bin/python3
"""Checks a generated corpus: every gold validates against plan.schema.json and every gold string
occurs in the document's text as pandoc reads it (HTML output, tags stripped, NFC, white space
collapsed). Usage: check_corpus.py CORPUS_DIR SCHEMA_JSON"""
import html, json, re, subprocess, sys, unicodedata
from pathlib import Path

import jsonschema

corpus, schema_path = Path(sys.argv[1]), Path(sys.argv[2])
schema = json.loads(schema_path.read_text(encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)


def norm(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def docx_text(path):
    out = subprocess.run(["pandoc", str(path), "-t", "html", "--wrap=none"], capture_output=True, check=True, text=True).stdout
    # Block ends become spaces so that neighbouring cells and paragraphs never glue together.
    out = re.sub(r"<[^>]+>", " ", out)
    return norm(html.unescape(out))


def gold_strings(gold):
    d = gold["document"]
    yield "title", d["title"]
    yield "issuer", d["issuer"]
    if d["signer"]:
        yield "signer.name", d["signer"]["name"]
        yield "signer.title", d["signer"]["title"]
    for r in d["references"]:
        yield "reference", r["number"]
    for r in d["recipients"]:
        yield "recipient", r
    for s in gold["sections"]:
        yield "section", s["title"]
    for g in gold["groups"]:
        yield "group.title", g["title"]
        for w in g["weaknesses"]:
            yield "weakness", w
        for o in g["owners"]:
            yield "owner", o["name"]
            yield "owner.title", o["title"]
        for a in g["advisors"]:
            yield "advisor", a
        for p in g.get("partners", []):
            yield "partner", p
        if g.get("deadline"):
            yield "group.deadline", g["deadline"]["text"]
        for t in g["tasks"]:
            yield "task", t["text"]
            if t["deadline"]["text"]:
                yield "task.deadline", t["deadline"]["text"]
            for o in t.get("owners", []):
                yield "task.owner", o["name"]
                yield "task.owner.title", o["title"]
            for a in t.get("advisors", []) + t.get("partners", []):
                yield "task.unit", a
            for i in t.get("items", []):
                yield "item", i


failures = 0
documents = 0
checked = 0
for gold_path in sorted(corpus.glob("*.gold.json")):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents += 1
    for error in validator.iter_errors(gold):
        failures += 1
        print(f"{gold_path.name}: schema: {error.message} at {list(error.path)}")
    text = docx_text(corpus / gold["source"])
    lowered = text.lower()
    for field, value in gold_strings(gold):
        if value is None:
            continue
        checked += 1
        value = norm(value)
        if value in text or (field == "issuer" and value.lower() in lowered):
            continue
        failures += 1
        print(f"{gold_path.name}: {field} not in text: {value[:90]}")

print(f"{documents} documents, {checked} gold strings checked, {failures} failures")
sys.exit(1 if failures else 0)

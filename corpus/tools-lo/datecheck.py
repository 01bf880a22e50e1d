"""Independent cross-check of hand-written deadline dates (python3 stdlib).

Recomputes the date of a deadline text for the common printed forms and compares it
with the hand-written gold date; forms it does not know are listed as 'unchecked'
so that a person looks at them. It never writes gold.
Usage: datecheck.py FOLDER...
"""
import calendar
import datetime
import json
import os
import re
import sys

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3, "bốn": 4}


def last_day(y, m):
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def expected(text, plan_year, issued):
    t = text.lower()
    m = re.search(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})", t)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", t)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"quý (i{1,3}|iv|[1-4]|một|hai|ba|bốn)\s*(?:[/\-]|năm)\s*(\d{4})", t)
    if m:
        return last_day(int(m[2]), ROMAN[m[1]] * 3)
    m = re.search(r"tháng (\d{1,2})\s*[/\-]\s*(\d{4})", t)
    if m:
        return last_day(int(m[2]), int(m[1]))
    m = re.search(r"6 tháng đầu năm (\d{4})", t)
    if m:
        return datetime.date(int(m[1]), 6, 30)
    m = re.search(r"6 tháng cuối năm (\d{4})", t)
    if m:
        return datetime.date(int(m[1]), 12, 31)
    m = re.search(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/.\-])", t)
    if m:
        return datetime.date(plan_year, int(m[2]), int(m[1]))
    m = re.search(r"quý (i{1,3}|iv|[1-4])\b", t)
    if m:
        return last_day(plan_year, ROMAN[m[1]] * 3)
    m = re.search(r"tháng (\d{1,2})\b", t)
    if m:
        return last_day(plan_year, int(m[1]))
    m = re.search(r"trong (\d+) ngày kể từ ngày ký", t)
    if m and issued:
        return issued + datetime.timedelta(days=int(m[1]))
    m = re.search(r"năm (\d{4})", t)
    if m:
        return datetime.date(int(m[1]), 12, 31)
    return None


def main(folders):
    bad = 0
    for folder in folders:
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".gold.json"):
                continue
            g = json.load(open(os.path.join(folder, fn), encoding="utf-8"))
            iss = g["document"]["issued_on"]
            issued = datetime.date.fromisoformat(iss) if iss else None
            years = [int(y) for y in re.findall(r"20\d\d", g["document"]["title"] or "")]
            year = issued.year if issued else max(years, default=0)
            dls = [g2["deadline"] for g2 in g["groups"] if g2.get("deadline")]
            dls += [t["deadline"] for g2 in g["groups"] for t in g2["tasks"]]
            for dl in dls:
                if dl["kind"] in ("none", "recurring") or dl["date"] is None:
                    continue
                exp = expected(dl["text"], year, issued)
                if exp is None:
                    print(f"unchecked {fn}: {dl['text']!r} -> {dl['date']}")
                elif exp.isoformat() != dl["date"]:
                    print(f"MISMATCH  {fn}: {dl['text']!r} gold {dl['date']} expected {exp}")
                    bad += 1
    print("mismatches:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)

#!/usr/bin/python3
"""Re-derives every gold deadline (kind and date) from its printed text with an independent
resolver and compares it with the gold. Usage: check_dates.py CORPUS_DIR"""
import calendar, datetime, glob, json, re, sys

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3, "bốn": 4}


def last(y, m):
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def resolve(text, year, issued):
    t = text.lower()
    if re.search(r"thường xuyên|hằng|hàng năm|định kỳ", t):
        return "recurring", None
    kind = "done" if "đã hoàn thành" in t else "due"
    m = re.search(r"trong (\d+) ngày kể từ", t)
    if m:
        return kind, issued + datetime.timedelta(days=int(m.group(1))) if issued else None
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", t)
    if m:
        return kind, datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.search(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/])", t)
    if m and "tháng" not in t[: m.start()][-7:]:
        return kind, datetime.date(int(m.group(3) or year), int(m.group(2)), int(m.group(1)))
    m = re.search(r"quý (iv|iii|ii|i|[1-4]|một|hai|ba|bốn)(?:[/ ](?:năm )?(\d{4}))?", t)
    if m:
        return kind, last(int(m.group(2) or year), ROMAN[m.group(1)] * 3)
    m = re.search(r"6 tháng (đầu|cuối) năm(?: (\d{4}))?", t)
    if m:
        return kind, last(int(m.group(2) or year), 6 if m.group(1) == "đầu" else 12)
    m = re.search(r"tháng (\d{1,2})(?:[/ ](?:năm )?(\d{4}))?", t)
    if m:
        return kind, last(int(m.group(2) or year), int(m.group(1)))
    m = re.search(r"năm(?: (\d{4}))?", t)
    if m and kind == "due":
        return kind, last(int(m.group(1) or year), 12)
    return kind, None


bad = checked = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.gold.json")):
    gold = json.load(open(path, encoding="utf-8"))
    doc = gold["document"]
    issued = datetime.date.fromisoformat(doc["issued_on"]) if doc["issued_on"] else None
    year = issued.year if issued else max(int(y) for y in re.findall(r"\d{4}", doc["title"]))
    deadlines = [g["deadline"] for g in gold["groups"] if g.get("deadline")]
    deadlines += [t["deadline"] for g in gold["groups"] for t in g["tasks"] if t["deadline"]["text"]]
    for d in deadlines:
        checked += 1
        kind, date = resolve(d["text"], year, issued)
        if kind != d["kind"] or (date.isoformat() if date else None) != d["date"]:
            bad += 1
            print(f"{path}: {d} -> {kind} {date}")
print(f"{checked} deadlines checked, {bad} disagree")
sys.exit(1 if bad else 0)

#!/bin/sh
# Converts every hand-written Markdown source in src/ to a .docx next to this script.
# Cells marked "<<" / "^^" become real merged cells (see ../tools/merge_cells.py).
set -e
cd "$(dirname "$0")"
for src in src/*.md; do
  name=$(basename "$src" .md)
  pandoc "$src" -f markdown -o "$name.docx"
  /usr/bin/python3 ../tools/merge_cells.py "$name.docx"
done

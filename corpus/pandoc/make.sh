#!/bin/sh
# Converts every hand-written Markdown source in src/ to a .docx next to this script.
# Post-process (../tools/postprocess_docx.py): "<<" / "^^" cells become real merged cells;
# continuation paragraphs inside list items lose pandoc's blank-bullet numbering.
set -e
cd "$(dirname "$0")"
for src in src/*.md; do
  name=$(basename "$src" .md)
  pandoc "$src" -f markdown -o "$name.docx"
  /usr/bin/python3 ../tools/postprocess_docx.py "$name.docx"
done

#!/bin/sh
# Makes the .docx rendition of the seed plan with real Word footnotes (pandoc 2.17).
# -smart keeps "..." and quotes as typed; labels are escaped in the .md so they stay typed text,
# the way the original Word document had them.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart src/000_seed_docx.md -o 000_1391606a0847e6e9_docx.docx

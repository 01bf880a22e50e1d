#!/bin/sh
# Convert every hand-written src/*.html in this folder to .docx with LibreOffice.
# soffice exits 0 even when it fails, so each output is checked.
# Usage: make.sh [folder]   (default: the folder holding this script)
set -u
DIR=${1:-$(cd "$(dirname "$0")" && pwd)}
PROFILE=${LO_PROFILE:-file:///tmp/lo-corpuslo}
fail=0
for src in "$DIR"/src/*.html; do
  name=$(basename "$src" .html)
  out="$DIR/$name.docx"
  rm -f "$out"
  soffice --headless -env:UserInstallation="$PROFILE" --convert-to 'docx:MS Word 2007 XML' \
    --outdir "$DIR" "$src" >/dev/null 2>&1
  if [ -s "$out" ]; then echo "ok   $name.docx"; else echo "FAIL $name"; fail=1; fi
done
exit $fail

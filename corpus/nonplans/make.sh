#!/bin/sh
# Convert every hand-written src/*.html in a folder to .docx with LibreOffice.
# Documents whose HTML asks for a landscape PHỤ LỤC go through ../tools-lo/landscape.py
# (HTML -> LibreOffice flat ODT + landscape page style -> LibreOffice .docx).
# soffice exits 0 even when it fails, so each output is checked.
# Usage: make.sh [folder]   (default: the folder holding this script)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-$HERE}
PROFILE=${LO_PROFILE:-file:///tmp/lo-corpuslo}
TOOLS=$(cd "$HERE/../tools-lo" && pwd)
fail=0
for src in "$DIR"/src/*.html; do
  name=$(basename "$src" .html)
  out="$DIR/$name.docx"
  rm -f "$out"
  if grep -q 'name="docingest-landscape"' "$src"; then
    python3 "$TOOLS/landscape.py" "$src" "$DIR" "$PROFILE"
  else
    soffice --headless -env:UserInstallation="$PROFILE" --convert-to 'docx:MS Word 2007 XML' \
      --outdir "$DIR" "$src" >/dev/null 2>&1
  fi
  if [ -s "$out" ]; then echo "ok   $name.docx"; else echo "FAIL $name"; fail=1; fi
done
# Hand-written Markdown sources: pandoc -> .odt -> LibreOffice -> .docx (real footnotes and lists).
for src in "$DIR"/src/*.md; do
  [ -e "$src" ] || continue
  name=$(basename "$src" .md)
  out="$DIR/$name.docx"
  tmp=$(mktemp -d)
  rm -f "$out"
  pandoc -f markdown "$src" -o "$tmp/$name.odt" || fail=1
  soffice --headless -env:UserInstallation="$PROFILE" --convert-to 'docx:MS Word 2007 XML' \
    --outdir "$DIR" "$tmp/$name.odt" >/dev/null 2>&1
  rm -rf "$tmp"
  if [ -s "$out" ]; then echo "ok   $name.docx"; else echo "FAIL $name"; fail=1; fi
done
exit $fail

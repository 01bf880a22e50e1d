#!/bin/sh
# The few nonplans written in Markdown: pandoc -> .odt -> LibreOffice -> .docx (keeps real footnotes).
set -u
DIR=$(cd "$(dirname "$0")" && pwd)
PROFILE=${LO_PROFILE:-file:///tmp/lo-corpuslo}
fail=0
for src in "$DIR"/src/*.md; do
  name=$(basename "$src" .md)
  tmp=$(mktemp -d)
  pandoc -f markdown "$src" -o "$tmp/$name.odt" || fail=1
  rm -f "$DIR/$name.docx"
  soffice --headless -env:UserInstallation="$PROFILE" --convert-to 'docx:MS Word 2007 XML' --outdir "$DIR" "$tmp/$name.odt" >/dev/null 2>&1
  rm -rf "$tmp"
  if [ -s "$DIR/$name.docx" ]; then echo "ok   $name.docx"; else echo "FAIL $name"; fail=1; fi
done
exit $fail

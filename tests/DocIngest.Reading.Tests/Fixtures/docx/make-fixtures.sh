#!/bin/sh
# Regenerates the committed .docx fixtures made by other tools. Needs pandoc 2.17, LibreOffice 7.4
# and Debian's python3-docx (only on /usr/bin/python3). Tests never call these tools.
set -eu
cd "$(dirname "$0")"
profile="file:///tmp/lo-docx-fixtures"

pandoc plan.md -o pandoc.docx

# LibreOffice via its own HTML footnote markup, and via pandoc -> odt.
soffice -env:UserInstallation="$profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir lo-out plan-lo.html
mv lo-out/plan-lo.docx libreoffice-html.docx
pandoc plan.md -o plan.odt
soffice -env:UserInstallation="$profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir lo-out plan.odt
mv lo-out/plan.docx libreoffice-odt.docx
rm -rf lo-out plan.odt

/usr/bin/python3 make-python-docx.py python-docx.docx

for f in pandoc.docx libreoffice-html.docx libreoffice-odt.docx python-docx.docx; do
  test -s "$f" || { echo "missing $f" >&2; exit 1; }
done
echo "fixtures written"

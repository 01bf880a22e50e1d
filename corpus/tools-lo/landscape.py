"""HTML -> LibreOffice flat ODT -> landscape page style for the PHỤ LỤC -> LibreOffice .docx.

LibreOffice's HTML import has no per-page orientation, so for documents whose HTML head has
<meta name="docingest-landscape" content="PHỤ LỤC"> the paragraph that starts the appendix
gets a landscape master page in the flat ODT that LibreOffice itself wrote; LibreOffice then
writes the .docx (a section break with w:orient="landscape").
Usage: landscape.py SRC.html OUTDIR [PROFILE_URL]
"""
import os
import re
import subprocess
import sys
import tempfile

LAYOUT = ('<style:page-layout style:name="pmLand"><style:page-layout-properties fo:page-width="11.6929in" '
          'fo:page-height="8.2681in" style:print-orientation="landscape" fo:margin-top="0.7874in" '
          'fo:margin-bottom="0.7874in" fo:margin-left="0.7874in" fo:margin-right="0.7874in"/>'
          '</style:page-layout>')


def soffice(args, profile):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}"] + args,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=180)


def main(src, outdir, profile="file:///tmp/lo-corpuslo"):
    html = open(src, encoding="utf-8").read()
    m = re.search(r'<meta name="docingest-landscape" content="([^"]+)"', html)
    marker = m[1] if m else "PHỤ LỤC"
    name = os.path.splitext(os.path.basename(src))[0]
    with tempfile.TemporaryDirectory() as tmp:
        soffice(["--convert-to", "fodt:OpenDocument Text Flat XML", "--outdir", tmp, src], profile)
        fodt = os.path.join(tmp, name + ".fodt")
        xml = open(fodt, encoding="utf-8").read()
        p = re.search(r'<text:p text:style-name="([^"]+)">(?:<text:soft-page-break/>)?' + re.escape(marker), xml)
        if not p:
            sys.exit(f"{name}: no paragraph starting with {marker!r}")
        style = p[1]
        xml = re.sub(r'(<style:style style:name="%s" style:family="paragraph")' % re.escape(style),
                     r'\1 style:master-page-name="Landscape"', xml, count=1)
        xml = xml.replace("</office:automatic-styles>", LAYOUT + "</office:automatic-styles>", 1)
        xml = xml.replace("</office:master-styles>",
                          '<style:master-page style:name="Landscape" style:page-layout-name="pmLand"/></office:master-styles>', 1)
        open(fodt, "w", encoding="utf-8").write(xml)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", outdir, fodt], profile)


if __name__ == "__main__":
    main(*sys.argv[1:])

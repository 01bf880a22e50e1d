using System.Xml;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Reads w:footnotePr and w:endnotePr from settings.xml.</summary>
internal static class NoteSettings
{
    /// <summary>Word's numbering when settings.xml says nothing: footnotes 1, 2, 3 …; endnotes i, ii, iii ….</summary>
    public static (NoteNumbering Footnotes, NoteNumbering Endnotes) Defaults => (NoteNumbering.FootnoteDefault, NoteNumbering.EndnoteDefault);

    public static (NoteNumbering Footnotes, NoteNumbering Endnotes) Read(XmlReader reader)
    {
        var (footnotes, endnotes) = Defaults;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && WordXml.IsW(reader))
            {
                if (reader.LocalName == "footnotePr")
                {
                    footnotes = ReadProps(reader, footnotes);
                }
                else if (reader.LocalName == "endnotePr")
                {
                    endnotes = ReadProps(reader, endnotes);
                }
            }
        }

        return (footnotes, endnotes);
    }

    private static NoteNumbering ReadProps(XmlReader reader, NoteNumbering numbering)
    {
        if (reader.IsEmptyElement)
        {
            return numbering;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "numFmt"))
            {
                numbering = numbering with { Format = WordXml.Attr(reader) ?? numbering.Format };
            }
            else if (WordXml.IsW(reader, "numStart"))
            {
                numbering = numbering with { Start = WordXml.IntAttr(reader) ?? numbering.Start };
            }
        }

        return numbering;
    }
}

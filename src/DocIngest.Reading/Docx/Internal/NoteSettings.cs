using System.Xml;
using DocIngest.Reading.Packaging;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Reads w:footnotePr and w:endnotePr from settings.xml.</summary>
internal static class NoteSettings
{
    public static (NoteNumbering Footnotes, NoteNumbering Endnotes) Read(byte[]? settings)
    {
        var footnotes = NoteNumbering.FootnoteDefault;
        var endnotes = NoteNumbering.EndnoteDefault;
        if (settings is null)
        {
            return (footnotes, endnotes);
        }

        using var reader = XmlReader.Create(new MemoryStream(settings, writable: false), SafeXml.Settings);
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

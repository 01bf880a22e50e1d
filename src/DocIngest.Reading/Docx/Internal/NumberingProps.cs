using System.Xml;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Reads a w:numPr element: its numId and ilvl, each null when absent.</summary>
internal static class NumberingProps
{
    public static (int? NumId, int? Level) Read(XmlReader reader)
    {
        int? numId = null, ilvl = null;
        if (reader.IsEmptyElement)
        {
            return (null, null);
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "numId"))
            {
                numId = WordXml.IntAttr(reader);
            }
            else if (WordXml.IsW(reader, "ilvl"))
            {
                ilvl = WordXml.IntAttr(reader);
            }
        }

        return (numId, ilvl);
    }
}

using System.Xml;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Namespace tests and attribute helpers for WordprocessingML read with an <see cref="XmlReader"/>.</summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>
    /// Deepest element nesting read. Real documents stay under ~60 even with nested tables and
    /// drawings; the limit keeps the recursive walk far from a stack overflow, which no catch can stop.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>True when the reader stands on a WordprocessingML element (transitional or strict).</summary>
    public static bool IsW(XmlReader reader) => reader.NamespaceURI is W or WStrict;

    public static bool IsW(XmlReader reader, string localName) => reader.LocalName == localName && IsW(reader);

    /// <summary>The w:val (or another w: attribute) of the current element.</summary>
    public static string? Attr(XmlReader reader, string localName = "val") =>
        reader.GetAttribute(localName, W) ?? reader.GetAttribute(localName, WStrict);

    public static int? IntAttr(XmlReader reader, string localName = "val") =>
        int.TryParse(Attr(reader, localName), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A toggle property (w:b, w:i …): present means on unless w:val says 0/false/off.</summary>
    public static bool Toggle(XmlReader reader) => Attr(reader) is not ("0" or "false" or "off");

    /// <summary>
    /// Moves through the children of the element the reader stands on, stopping on each child
    /// element; returns false at the parent's end. Handles empty elements.
    /// </summary>
    public static bool NextChild(XmlReader reader, int parentDepth)
    {
        while (reader.Read())
        {
            if (reader.Depth <= parentDepth)
            {
                return false;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == parentDepth + 1)
            {
                return reader.Depth <= MaxDepth ? true : throw new XmlNestingException(reader.Depth);
            }
        }

        return false;
    }

    /// <summary>The text content of the current element; leaves the reader on its end tag.</summary>
    public static string ElementText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? first = null;
        System.Text.StringBuilder? more = null;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new System.Text.StringBuilder(first)).Append(reader.Value);
                }
            }
        }

        return more?.ToString() ?? first ?? string.Empty;
    }
}

using System.Xml;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Run properties as one layer states them (null = not said here); layers are stacked with
/// <see cref="Over"/> from direct formatting down to the document defaults.
/// </summary>
internal readonly record struct RunProps(bool? Bold, bool? Italic, bool? Underline, RunFormatting? VertAlign, string? Font, bool? Hidden)
{
    /// <summary>This layer, with what it leaves unsaid taken from <paramref name="below"/>.</summary>
    public RunProps Over(RunProps below) => new(
        Bold ?? below.Bold,
        Italic ?? below.Italic,
        Underline ?? below.Underline,
        VertAlign ?? below.VertAlign,
        Font ?? below.Font,
        Hidden ?? below.Hidden);

    public RunFormatting Formatting =>
        (Bold == true ? RunFormatting.Bold : 0) |
        (Italic == true ? RunFormatting.Italic : 0) |
        (Underline == true ? RunFormatting.Underline : 0) |
        (VertAlign ?? RunFormatting.None);

    /// <summary>Reads a w:rPr element (the reader on its start tag); returns the run style id too.</summary>
    public static RunProps Read(XmlReader reader, out string? runStyle)
    {
        runStyle = null;
        bool? bold = null, italic = null, underline = null, hidden = null;
        RunFormatting? vertAlign = null;
        string? font = null;
        if (reader.IsEmptyElement)
        {
            return default;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (!WordXml.IsW(reader))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "rStyle":
                    runStyle = WordXml.Attr(reader);
                    break;
                case "b":
                    bold = WordXml.Toggle(reader);
                    break;
                case "i":
                    italic = WordXml.Toggle(reader);
                    break;
                case "u":
                    underline = WordXml.Attr(reader) is not "none";
                    break;
                case "vanish":
                    hidden = WordXml.Toggle(reader);
                    break;
                case "vertAlign":
                    vertAlign = WordXml.Attr(reader) switch
                    {
                        "superscript" => RunFormatting.Superscript,
                        "subscript" => RunFormatting.Subscript,
                        _ => RunFormatting.None,
                    };
                    break;
                case "rFonts":
                    font = WordXml.Attr(reader, "ascii") ?? WordXml.Attr(reader, "hAnsi");
                    break;
            }
        }

        return new RunProps(bold, italic, underline, vertAlign, font, hidden);
    }
}

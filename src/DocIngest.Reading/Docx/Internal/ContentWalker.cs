using System.Xml;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Walks the block content of one part (body, note, header, footer) once, with an
/// <see cref="XmlReader"/>: paragraphs and tables in order, with structured document tags, custom
/// XML, tracked insertions and text boxes read through, and deletions left out.
/// </summary>
internal sealed partial class ContentWalker(ReadContext context)
{
    private int _instructionFields;
    private readonly List<bool> _fields = [];

    /// <summary>Forgets open fields: a field never spans two parts or two notes.</summary>
    public void ResetFields()
    {
        _fields.Clear();
        _instructionFields = 0;
    }

    /// <summary>Reads the block children of the element the reader stands on into <paramref name="scope"/>.</summary>
    public void ReadBlocks(XmlReader reader, BlockScope scope)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            ReadBlock(reader, scope);
        }
    }

    private void ReadBlock(XmlReader reader, BlockScope scope)
    {
        if (reader.NamespaceURI == WordXml.Mc)
        {
            ReadAlternateContent(reader, r => ReadBlocks(r, scope));
            return;
        }

        if (!WordXml.IsW(reader))
        {
            return;
        }

        switch (reader.LocalName)
        {
            case "p":
                context.CancellationToken.ThrowIfCancellationRequested();
                ReadParagraph(reader, scope);
                break;
            case "tbl":
                ReadTable(reader, scope);
                break;
            case "sdt":
                ReadSdt(reader, r => ReadBlocks(r, scope));
                break;
            case "customXml" or "ins" or "moveTo" or "smartTag":
                ReadBlocks(reader, scope);
                break;
            case "altChunk":
                context.Note("alt-chunk-skipped", WordXml.Attr(reader, "id") ?? reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") ?? string.Empty,
                    "The document embeds an imported chunk (w:altChunk, e.g. pasted HTML or RTF) that was not read; save the document in Word to convert it.");
                break;
        }
    }

    /// <summary>w:sdt: only w:sdtContent holds content (w:sdtPr and w:sdtEndPr are properties).</summary>
    private static void ReadSdt(XmlReader reader, Action<XmlReader> content)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "sdtContent"))
            {
                content(reader);
            }
        }
    }

    /// <summary>mc:AlternateContent: the first mc:Choice, else the mc:Fallback, never both.</summary>
    private static void ReadAlternateContent(XmlReader reader, Action<XmlReader> content)
    {
        if (reader.LocalName != "AlternateContent" || reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var taken = false;
        while (WordXml.NextChild(reader, depth))
        {
            if (!taken && reader.NamespaceURI == WordXml.Mc && reader.LocalName is "Choice" or "Fallback")
            {
                taken = true;
                content(reader);
            }
        }
    }

    private void ReadParagraph(XmlReader reader, BlockScope scope)
    {
        var position = scope.Next();
        var paragraph = new ParagraphState(new ParagraphBuilder(context.Options.MaxParagraphChars), scope);
        string? styleId = null;
        int? numId = null, ilvl = null, outline = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (WordXml.IsW(reader, "pPr"))
                {
                    ReadParagraphProps(reader, ref styleId, ref numId, ref ilvl, ref outline);
                    paragraph.Style = context.Styles.Paragraph(styleId);
                }
                else
                {
                    paragraph.Style ??= context.Styles.Paragraph(null);
                    ReadInline(reader, paragraph);
                }
            }
        }

        var style = paragraph.Style ?? context.Styles.Paragraph(styleId);
        var block = paragraph.Text.Build(position) with
        {
            StyleName = style.Name,
            HeadingLevel = outline is >= 0 and <= 8 ? outline + 1 : outline is null ? style.HeadingLevel : null,
        };

        var list = (numId ?? style.NumberingId) is { } listId ? context.Lists.Next(listId, ilvl ?? style.NumberingLevel ?? 0) : null;
        if (list is { } label)
        {
            block = block with { ListLabel = label.Text, ListLevel = label.Level, ListKind = label.Kind };
        }

        scope.Blocks.Add(block);
        if (paragraph.TextBoxes is { } boxes)
        {
            scope.Blocks.AddRange(boxes);
        }
    }

    private static void ReadParagraphProps(XmlReader reader, ref string? styleId, ref int? numId, ref int? ilvl, ref int? outline)
    {
        if (reader.IsEmptyElement)
        {
            return;
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
                case "pStyle":
                    styleId = WordXml.Attr(reader);
                    break;
                case "outlineLvl":
                    outline = WordXml.IntAttr(reader);
                    break;
                case "numPr":
                    var (id, level) = NumberingProps.Read(reader);
                    numId = id ?? numId;
                    ilvl = level ?? ilvl;
                    break;
            }
        }
    }
}

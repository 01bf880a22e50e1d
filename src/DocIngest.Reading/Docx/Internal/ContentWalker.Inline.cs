using System.Globalization;
using System.Xml;
using DocIngest.Core.Documents;
using DocIngest.Reading.Legacy;

namespace DocIngest.Reading.Docx.Internal;

internal sealed partial class ContentWalker
{
    private bool InFieldInstruction => _instructionFields > 0;

    /// <summary>Paragraph content: runs and the containers that hold runs.</summary>
    private void ReadInline(XmlReader reader, ParagraphState paragraph)
    {
        if (reader.NamespaceURI == WordXml.Mc)
        {
            ReadAlternateContent(reader, r => ReadInlineChildren(r, paragraph));
            return;
        }

        if (!WordXml.IsW(reader))
        {
            return;
        }

        switch (reader.LocalName)
        {
            case "r":
                ReadRun(reader, paragraph);
                break;
            case "hyperlink" or "ins" or "moveTo" or "smartTag" or "customXml" or "fldSimple" or "dir" or "bdo":
                ReadInlineChildren(reader, paragraph);
                break;
            case "sdt":
                ReadSdt(reader, r => ReadInlineChildren(r, paragraph));
                break;
        }
    }

    private void ReadInlineChildren(XmlReader reader, ParagraphState paragraph)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            ReadInline(reader, paragraph);
        }
    }

    private void ReadRun(XmlReader reader, ParagraphState paragraph)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var style = paragraph.Style!;
        var props = style.Run;
        var formatting = props.Formatting;
        (NoteKind Kind, string Id)? customMark = null;
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (reader.NamespaceURI == WordXml.Mc)
            {
                ReadAlternateContent(reader, r => FindTextBoxes(r, paragraph));
                continue;
            }

            if (!WordXml.IsW(reader))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "rPr":
                    var direct = RunProps.Read(reader, out var runStyle);
                    props = direct.Over(context.Styles.Character(runStyle)).Over(style.Run);
                    formatting = props.Formatting;
                    break;
                case "t":
                    var text = WordXml.ElementText(reader);
                    if (customMark is { } mark)
                    {
                        context.Notes.Custom(mark.Kind, mark.Id, text);
                        customMark = null;
                    }
                    else if (Visible(props))
                    {
                        AppendText(paragraph, text, props.Font, formatting);
                    }

                    break;
                case "tab" or "ptab":
                    AppendChar(paragraph, '\t', props, formatting);
                    break;
                case "br" or "cr":
                    AppendChar(paragraph, '\n', props, formatting);
                    break;
                case "noBreakHyphen":
                    AppendChar(paragraph, '-', props, formatting);
                    break;
                case "sym":
                    ReadSymbol(reader, paragraph, props, formatting);
                    break;
                case "fldChar":
                    FieldChar(WordXml.Attr(reader, "fldCharType"));
                    break;
                case "footnoteReference" or "endnoteReference":
                    customMark = NoteReference(reader, paragraph);
                    break;
                case "footnoteRef" or "endnoteRef":
                    paragraph.Text.DropLeadingSpace();
                    break;
                case "drawing" or "pict" or "object":
                    FindTextBoxes(reader, paragraph);
                    break;
            }
        }

        if (paragraph.Text.TooLong)
        {
            throw new Core.Reading.DocumentReadException(context.SourceName, Core.Reading.ReadErrorCode.TooLarge,
                $"A paragraph is longer than {context.Options.MaxParagraphChars:N0} characters.",
                "Check the document for pasted data or a corrupt paragraph and split or remove it.");
        }
    }

    private bool Visible(RunProps props) => !InFieldInstruction && props.Hidden != true;

    private void AppendText(ParagraphState paragraph, string text, string? font, RunFormatting formatting)
    {
        if (font is not null && LegacyFontDecoder.IsLegacyFont(font))
        {
            context.Note("legacy-font-converted", font, $"Text in the legacy Vietnamese font '{font}' was converted to Unicode.");
        }

        var decoded = SymbolFonts.IsSymbolFont(font) || text.AsSpan().IndexOfAnyInRange('\uF000', '\uF0FF') >= 0
            ? SymbolFonts.Map(text, font)
            : LegacyFontDecoder.Decode(text, font);
        paragraph.Text.Append(decoded, formatting);
    }

    private void AppendChar(ParagraphState paragraph, char c, RunProps props, RunFormatting formatting)
    {
        if (Visible(props))
        {
            paragraph.Text.Append(c, formatting);
        }
    }

    private void ReadSymbol(XmlReader reader, ParagraphState paragraph, RunProps props, RunFormatting formatting)
    {
        var code = WordXml.Attr(reader, "char");
        if (code is null || !int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) || value is <= 0 or > 0xFFFF)
        {
            return;
        }

        var font = WordXml.Attr(reader, "font");
        var c = value is >= 0xF000 and <= 0xF0FF ? SymbolFonts.Map((char)(value - 0xF000), font) : (char)value;
        AppendChar(paragraph, c, props, formatting);
    }

    private void FieldChar(string? type)
    {
        switch (type)
        {
            case "begin":
                _fields.Add(true);
                _instructionFields++;
                break;
            case "separate" when _fields.Count > 0 && _fields[^1]:
                _fields[^1] = false;
                _instructionFields--;
                break;
            case "end" when _fields.Count > 0:
                if (_fields[^1])
                {
                    _instructionFields--;
                }

                _fields.RemoveAt(_fields.Count - 1);
                break;
        }
    }

    private (NoteKind, string)? NoteReference(XmlReader reader, ParagraphState paragraph)
    {
        var kind = reader.LocalName == "footnoteReference" ? NoteKind.Footnote : NoteKind.Endnote;
        var id = WordXml.Attr(reader, "id");
        if (id is null || InFieldInstruction)
        {
            return null;
        }

        paragraph.Text.AddNote(kind, id);
        if (WordXml.Attr(reader, "customMarkFollows") is "1" or "true" or "on")
        {
            return (kind, id);
        }

        context.Notes.Numbered(kind, id);
        return null;
    }

    /// <summary>Searches a drawing/picture for w:txbxContent and reads each text box once.</summary>
    private void FindTextBoxes(XmlReader reader, ParagraphState paragraph)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (WordXml.IsW(reader, "txbxContent"))
            {
                ReadTextBox(reader, paragraph);
            }
            else if (reader.NamespaceURI == WordXml.Mc && reader.LocalName == "AlternateContent")
            {
                ReadAlternateContent(reader, r => FindTextBoxes(r, paragraph));
            }
        }
    }

    private void ReadTextBox(XmlReader reader, ParagraphState paragraph)
    {
        // The anchoring paragraph keeps its place; text-box blocks take the positions after it.
        var scope = paragraph.Scope;
        var before = scope.Blocks.Count;
        ReadBlocks(reader, scope);
        paragraph.TextBoxes ??= [];
        paragraph.TextBoxes.AddRange(scope.Blocks.GetRange(before, scope.Blocks.Count - before));
        scope.Blocks.RemoveRange(before, scope.Blocks.Count - before);
    }
}

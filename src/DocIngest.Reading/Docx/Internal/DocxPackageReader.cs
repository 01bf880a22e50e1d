using DocIngest.Core.Documents;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Reads an opened Word package into the document model: body, notes, headers and footers.</summary>
internal sealed class DocxPackageReader(MainDocumentPart main, string sourceName, ReaderOptions options, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> SkippedNoteTypes = ["separator", "continuationSeparator", "continuationNotice"];
    private readonly PartXml _xml = new(sourceName, options);

    public DocumentModel Read()
    {
        var styles = _xml.Read(main.StyleDefinitionsPart, new StyleSheet(), StyleSheet.Read);
        var numbering = _xml.Read(main.NumberingDefinitionsPart, new NumberingDefinitions(), NumberingDefinitions.Read);
        var (footnoteNumbering, endnoteNumbering) = _xml.Read(main.DocumentSettingsPart, NoteSettings.Defaults, NoteSettings.Read);
        var lists = new ListNumberer(numbering, styles);
        var context = new ReadContext(sourceName, options, styles, lists, new NoteMarks(footnoteNumbering, endnoteNumbering), cancellationToken);
        var walker = new ContentWalker(context);

        var body = BlockScope.Part(BlockPosition.InBody(0));
        _xml.Walk(main, "body", reader => walker.ReadBlocks(reader, body));

        var notes = new List<Note>();
        ReadNotes(main.FootnotesPart, NoteKind.Footnote, walker, context, notes);
        ReadNotes(main.EndnotesPart, NoteKind.Endnote, walker, context, notes);

        // main.Parts keeps the order of document.xml.rels, as the hand-written reader did; HeaderParts does not promise one.
        var headers = ReadHeaderFooter(parts => parts.OfType<HeaderPart>(), "hdr", DocumentPart.Header, walker);
        var footers = ReadHeaderFooter(parts => parts.OfType<FooterPart>(), "ftr", DocumentPart.Footer, walker);

        foreach (var id in lists.UnknownIds)
        {
            context.Note("numbering-missing", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"List numId {id} is not defined in numbering.xml; its paragraphs were read without labels.");
        }

        return new DocumentModel(sourceName, body.Blocks.ToArray())
        {
            Notes = notes,
            Headers = headers,
            Footers = footers,
            Diagnostics = context.Diagnostics,
        };
    }

    private void ReadNotes(OpenXmlPart? part, NoteKind kind, ContentWalker walker, ReadContext context, List<Note> notes)
    {
        if (part is null)
        {
            return;
        }

        var elementName = kind == NoteKind.Footnote ? "footnote" : "endnote";
        var position = kind == NoteKind.Footnote ? DocumentPart.Footnote : DocumentPart.Endnote;
        _xml.Walk(part, elementName, reader =>
        {
            var id = WordXml.Attr(reader, "id");
            var type = WordXml.Attr(reader, "type");
            if (id is null || (type is not null && SkippedNoteTypes.Contains(type)))
            {
                return;
            }

            var scope = BlockScope.Part(new BlockPosition(position, 0, id));
            walker.ResetFields();
            walker.ReadBlocks(reader, scope);
            notes.Add(new Note(kind, id, context.Notes.MarkOf(kind, id), WithoutTrailingEmpty(Flatten(scope.Blocks))));
        });
    }

    private List<ParagraphBlock> ReadHeaderFooter(Func<IEnumerable<OpenXmlPart>, IEnumerable<OpenXmlPart>> select, string rootName, DocumentPart part, ContentWalker walker)
    {
        var result = new List<ParagraphBlock>();
        foreach (var xmlPart in select(main.Parts.Select(p => p.OpenXmlPart)))
        {
            var scope = BlockScope.Part(new BlockPosition(part, result.Count));
            walker.ResetFields();
            _xml.Walk(xmlPart, rootName, reader => walker.ReadBlocks(reader, scope));
            result.AddRange(Flatten(scope.Blocks));
        }

        return result;
    }

    // Empty paragraphs after a note's text are invisible on the page and would end Note.Text with "\n".
    private static ParagraphBlock[] WithoutTrailingEmpty(ParagraphBlock[] paragraphs)
    {
        var count = paragraphs.Length;
        while (count > 1 && string.IsNullOrWhiteSpace(paragraphs[count - 1].Text))
        {
            count--;
        }

        return count == paragraphs.Length ? paragraphs : paragraphs[..count];
    }

    private static ParagraphBlock[] Flatten(List<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            ParagraphBlock p => [p],
            TableBlock t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs()),
            _ => [],
        }).ToArray();
}

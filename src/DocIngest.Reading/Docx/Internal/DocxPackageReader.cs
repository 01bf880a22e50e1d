using System.Xml;
using DocIngest.Core.Documents;
using DocIngest.Reading.Packaging;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Reads a checked Word package into the document model: body, notes, headers and footers.</summary>
internal sealed class DocxPackageReader(WordPackage package, ReaderOptions options, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> SkippedNoteTypes = ["separator", "continuationSeparator", "continuationNotice"];

    public DocumentModel Read()
    {
        var relationships = package.RelationshipsOf(package.MainPart);
        byte[]? Part(string type) =>
            relationships.FirstOrDefault(r => r.Is(type) && !r.External) is { } rel ? package.GetPart(rel.Target) : null;

        var styles = StyleSheet.Read(Part("styles"));
        var numbering = NumberingDefinitions.Read(Part("numbering"));
        var (footnoteNumbering, endnoteNumbering) = NoteSettings.Read(Part("settings"));
        var lists = new ListNumberer(numbering, styles);
        var context = new ReadContext(package.SourceName, options, styles, lists, new NoteMarks(footnoteNumbering, endnoteNumbering), cancellationToken);
        var walker = new ContentWalker(context);

        var body = BlockScope.Part(BlockPosition.InBody(0));
        WalkRoot(package.MainPart, package.GetPart(package.MainPart)!, "body", reader => walker.ReadBlocks(reader, body));

        var notes = new List<Note>();
        ReadNotes(Part("footnotes"), "footnotes", NoteKind.Footnote, walker, context, notes);
        ReadNotes(Part("endnotes"), "endnotes", NoteKind.Endnote, walker, context, notes);

        var headers = ReadHeaderFooter(relationships, "header", DocumentPart.Header, walker);
        var footers = ReadHeaderFooter(relationships, "footer", DocumentPart.Footer, walker);

        foreach (var id in lists.UnknownIds)
        {
            context.Note("numbering-missing", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"List numId {id} is not defined in numbering.xml; its paragraphs were read without labels.");
        }

        return new DocumentModel(package.SourceName, body.Blocks.ToArray())
        {
            Notes = notes,
            Headers = headers,
            Footers = footers,
            Diagnostics = context.Diagnostics,
        };
    }

    private void ReadNotes(byte[]? xml, string partName, NoteKind kind, ContentWalker walker, ReadContext context, List<Note> notes)
    {
        if (xml is null)
        {
            return;
        }

        var elementName = kind == NoteKind.Footnote ? "footnote" : "endnote";
        var part = kind == NoteKind.Footnote ? DocumentPart.Footnote : DocumentPart.Endnote;
        WalkRoot(partName, xml, elementName, reader =>
        {
            var id = WordXml.Attr(reader, "id");
            var type = WordXml.Attr(reader, "type");
            if (id is null || (type is not null && SkippedNoteTypes.Contains(type)))
            {
                return;
            }

            var scope = BlockScope.Part(new BlockPosition(part, 0, id));
            walker.ResetFields();
            walker.ReadBlocks(reader, scope);
            notes.Add(new Note(kind, id, context.Notes.MarkOf(kind, id), WithoutTrailingEmpty(Flatten(scope.Blocks))));
        });
    }

    private List<ParagraphBlock> ReadHeaderFooter(IReadOnlyList<PartRelationship> relationships, string type, DocumentPart part, ContentWalker walker)
    {
        var result = new List<ParagraphBlock>();
        foreach (var rel in relationships)
        {
            if (!rel.Is(type) || rel.External || package.GetPart(rel.Target) is not { } xml)
            {
                continue;
            }

            var scope = BlockScope.Part(new BlockPosition(part, result.Count));
            walker.ResetFields();
            WalkRoot(rel.Target, xml, type == "header" ? "hdr" : "ftr", reader => walker.ReadBlocks(reader, scope));
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

    /// <summary>Calls <paramref name="onElement"/> for every w:<paramref name="elementName"/> element of a part.</summary>
    private void WalkRoot(string partName, byte[] xml, string elementName, Action<XmlReader> onElement)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), SafeXml.Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == elementName && WordXml.IsW(reader))
                {
                    onElement(reader);
                }
            }
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw PackageErrors.XmlTooComplex(package.SourceName, partName);
        }
        catch (XmlException ex)
        {
            throw PackageErrors.Corrupt(package.SourceName, partName, ex);
        }
    }
}

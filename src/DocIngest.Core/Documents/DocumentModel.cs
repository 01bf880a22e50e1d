namespace DocIngest.Core.Documents;

/// <summary>
/// One read document, whatever format it came in: the body blocks in order, the notes, and the
/// header and footer kept apart from the body. Immutable; all text is NFC.
/// </summary>
public sealed record DocumentModel(string SourceName, IReadOnlyList<Block> Body)
{
    /// <summary>Footnotes and endnotes (separator and continuation notes excluded).</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];

    /// <summary>Page header paragraphs (all sections), apart from the body.</summary>
    public IReadOnlyList<ParagraphBlock> Headers { get; init; } = [];

    /// <summary>Page footer paragraphs (all sections), apart from the body.</summary>
    public IReadOnlyList<ParagraphBlock> Footers { get; init; } = [];

    /// <summary>Things the reader noticed but could read past (unknown numbering, legacy fonts converted …).</summary>
    public IReadOnlyList<ReadDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Finds a note by kind and id.</summary>
    public Note? FindNote(NoteKind kind, string id) =>
        Notes.FirstOrDefault(n => n.Kind == kind && n.Id == id);

    /// <summary>Every paragraph of the body in reading order, table cells included.</summary>
    public IEnumerable<ParagraphBlock> BodyParagraphs()
    {
        foreach (var block in Body)
        {
            if (block is ParagraphBlock paragraph)
            {
                yield return paragraph;
            }
            else if (block is TableBlock table)
            {
                foreach (var p in table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs()))
                {
                    yield return p;
                }
            }
        }
    }
}

/// <summary>A note from the reader about something it read past.</summary>
/// <param name="Code">A stable code, e.g. <c>legacy-font-converted</c>.</param>
/// <param name="Message">What happened, for a person.</param>
public sealed record ReadDiagnostic(string Code, string Message);

namespace DocIngest.Core.Documents;

/// <summary>The part of a document a block was read from.</summary>
public enum DocumentPart
{
    Body,
    Footnote,
    Endnote,
    Header,
    Footer,
}

/// <summary>
/// Where a block stands in its document, precise enough for a person to find it again:
/// the top-level block index within its part (or within its note), and for paragraphs inside a
/// table the row, the logical column and the paragraph within the cell.
/// </summary>
/// <param name="Part">Body, a note, a header or a footer.</param>
/// <param name="Index">Index of the top-level block in the part (for notes: paragraph index inside the note).</param>
/// <param name="NoteId">The note's id when <paramref name="Part"/> is a note.</param>
/// <param name="Row">Row index when the block sits in a table.</param>
/// <param name="Column">Logical column (grid) index when the block sits in a table.</param>
/// <param name="Paragraph">Paragraph index inside the table cell.</param>
public readonly record struct BlockPosition(
    DocumentPart Part,
    int Index,
    string? NoteId = null,
    int? Row = null,
    int? Column = null,
    int? Paragraph = null)
{
    public static BlockPosition InBody(int index) => new(DocumentPart.Body, index);

    public BlockPosition InCell(int row, int column, int paragraph) =>
        this with { Row = row, Column = column, Paragraph = paragraph };

    /// <summary>A short, stable spelling for evidence: <c>body[12]</c>, <c>body[5]/r2c1/p0</c>, <c>footnote:3[0]</c>.</summary>
    public override string ToString()
    {
        var part = Part switch
        {
            DocumentPart.Body => "body",
            DocumentPart.Footnote => $"footnote:{NoteId}",
            DocumentPart.Endnote => $"endnote:{NoteId}",
            DocumentPart.Header => "header",
            _ => "footer",
        };
        var text = $"{part}[{Index}]";
        return Row is { } r ? $"{text}/r{r}c{Column}/p{Paragraph}" : text;
    }
}

using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Tests.Structure;

/// <summary>Builds a document model block by block, for rules that depend on tables and merged cells.</summary>
internal sealed class ModelBuilder
{
    private readonly List<Block> _body = [];

    public ModelBuilder Paragraph(string text)
    {
        _body.Add(new ParagraphBlock(BlockPosition.InBody(_body.Count), text));
        return this;
    }

    /// <summary>Adds a table; each cell is (row, column, rowSpan, columnSpan, text).</summary>
    public ModelBuilder Table(params (int Row, int Column, int RowSpan, int ColumnSpan, string Text)[] cells)
    {
        var position = BlockPosition.InBody(_body.Count);
        var rows = cells.GroupBy(c => c.Row).OrderBy(g => g.Key).Select(g => new TableRow(g.Key, g.OrderBy(c => c.Column)
            .Select(c => new TableCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, [new ParagraphBlock(position.InCell(c.Row, c.Column, 0), c.Text)]))
            .ToList())).ToList();
        _body.Add(new TableBlock(position, rows));
        return this;
    }

    public DocumentModel Build() => new("plan.docx", _body);
}

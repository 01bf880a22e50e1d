namespace DocIngest.Core.Documents;

/// <summary>
/// A table with merged cells resolved: every logical cell appears once, at its top-left grid
/// position, with its row and column span.
/// </summary>
public sealed record TableBlock(BlockPosition Position, IReadOnlyList<TableRow> Rows) : Block(Position)
{
    /// <summary>Number of grid columns (the widest row).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells.Max(c => c.Column + c.ColumnSpan));

    /// <summary>The logical cell covering a grid position, following spans; null when none does.</summary>
    public TableCell? CellAt(int row, int column)
    {
        for (var r = row; r >= 0; r--)
        {
            foreach (var cell in Rows[r].Cells)
            {
                if (cell.Row <= row && row < cell.Row + cell.RowSpan &&
                    cell.Column <= column && column < cell.Column + cell.ColumnSpan)
                {
                    return cell;
                }
            }
        }

        return null;
    }
}

/// <summary>A table row: the logical cells that start in it.</summary>
public sealed record TableRow(int Index, IReadOnlyList<TableCell> Cells)
{
    /// <summary>True when the source marks the row as a repeated header row.</summary>
    public bool IsHeader { get; init; }
}

/// <summary>A logical table cell and the paragraphs (or nested tables) inside it.</summary>
public sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, IReadOnlyList<Block> Blocks)
{
    /// <summary>The cell's paragraphs joined with newlines (nested tables included, row by row).</summary>
    public string Text => string.Join('\n', Paragraphs().Select(p => p.DisplayText));

    /// <summary>Every paragraph in the cell, nested tables included, in reading order.</summary>
    public IEnumerable<ParagraphBlock> Paragraphs()
    {
        foreach (var block in Blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                yield return paragraph;
            }
            else if (block is TableBlock table)
            {
                foreach (var nested in table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs()))
                {
                    yield return nested;
                }
            }
        }
    }
}

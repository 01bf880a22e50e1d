using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>A logical table cell while its table is being read (spans still growing).</summary>
internal sealed class CellBuilder(int row, int column, int columnSpan, List<Block> blocks)
{
    public int Row { get; } = row;

    public int Column { get; } = column;

    public int ColumnSpan { get; set; } = columnSpan;

    public int RowSpan { get; set; } = 1;

    public List<Block> Blocks { get; } = blocks;

    public TableCell Build() => new(Row, Column, RowSpan, ColumnSpan, Blocks.ToArray());
}

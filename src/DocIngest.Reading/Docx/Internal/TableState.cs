using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>A table while it is read: its rows so far and the vertical merges still open, by grid column.</summary>
internal sealed class TableState(BlockPosition position)
{
    public BlockPosition Position { get; } = position;

    public List<(List<CellBuilder> Cells, bool Header)> Rows { get; } = [];

    public Dictionary<int, CellBuilder> Vertical { get; } = [];
}

using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Where the blocks of one container (a part, a note, a table cell) go, and the positions they get:
/// part-level blocks count up the index, cell blocks count up the paragraph within the cell.
/// </summary>
internal sealed class BlockScope
{
    private readonly BlockPosition _origin;
    private readonly bool _inCell;
    private readonly int _row;
    private readonly int _column;
    private int _next;

    private BlockScope(BlockPosition origin, bool inCell, int row, int column)
    {
        _origin = origin;
        _inCell = inCell;
        _row = row;
        _column = column;
    }

    public List<Block> Blocks { get; } = [];

    public static BlockScope Part(BlockPosition origin) => new(origin, false, 0, 0);

    public static BlockScope Cell(BlockPosition table, int row, int column) => new(table, true, row, column);

    /// <summary>The position for the next block of this container.</summary>
    public BlockPosition Next() =>
        _inCell ? _origin.InCell(_row, _column, _next++) : _origin with { Index = _origin.Index + _next++ };
}

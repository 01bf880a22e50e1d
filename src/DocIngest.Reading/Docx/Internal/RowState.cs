namespace DocIngest.Reading.Docx.Internal;

/// <summary>A table row while it is read: the next grid column and the cells started in it.</summary>
internal sealed class RowState(int index)
{
    public int Index { get; } = index;

    public int GridColumn { get; set; }

    public bool Header { get; set; }

    public bool Deleted { get; set; }

    public List<CellBuilder> Cells { get; } = [];
}

using System.Xml;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

internal sealed partial class ContentWalker
{
    /// <summary>
    /// Reads a w:tbl with merges resolved: w:gridSpan widens a cell, w:vMerge="continue" lengthens
    /// the cell above, w:gridBefore shifts the row. Deleted rows (tracked) are left out.
    /// </summary>
    private void ReadTable(XmlReader reader, BlockScope scope)
    {
        var table = new TableState(scope.Next());
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                ReadTableChild(reader, table);
            }
        }

        var rows = new TableRow[table.Rows.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (cells, header) = table.Rows[i];
            rows[i] = new TableRow(i, cells.Select(c => c.Build()).ToArray()) { IsHeader = header };
        }

        scope.Blocks.Add(new TableBlock(table.Position, rows));
    }

    private void ReadTableChild(XmlReader reader, TableState table)
    {
        if (!WordXml.IsW(reader))
        {
            return;
        }

        switch (reader.LocalName)
        {
            case "tr":
                ReadRow(reader, table);
                break;
            case "sdt":
                ReadSdt(reader, r => ReadTableChildren(r, table));
                break;
            case "customXml" or "ins" or "moveTo":
                ReadTableChildren(reader, table);
                break;
        }
    }

    private void ReadTableChildren(XmlReader reader, TableState table)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            ReadTableChild(reader, table);
        }
    }

    private void ReadRow(XmlReader reader, TableState table)
    {
        var row = new RowState(table.Rows.Count);
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                ReadRowChild(reader, table, row);
            }
        }

        if (!row.Deleted)
        {
            table.Rows.Add((row.Cells, row.Header));
        }
        else
        {
            // A deleted row's cells must not keep vertical merges open or hold grid columns.
            foreach (var cell in row.Cells)
            {
                table.Vertical.Remove(cell.Column);
            }
        }
    }

    private void ReadRowChild(XmlReader reader, TableState table, RowState row)
    {
        if (!WordXml.IsW(reader))
        {
            return;
        }

        switch (reader.LocalName)
        {
            case "trPr":
                ReadRowProps(reader, row);
                break;
            case "tc":
                ReadCell(reader, table, row);
                break;
            case "sdt":
                ReadSdt(reader, r => ReadRowChildren(r, table, row));
                break;
            case "customXml" or "ins" or "moveTo":
                ReadRowChildren(reader, table, row);
                break;
        }
    }

    private void ReadRowChildren(XmlReader reader, TableState table, RowState row)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            ReadRowChild(reader, table, row);
        }
    }

    private static void ReadRowProps(XmlReader reader, RowState row)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "tblHeader"))
            {
                row.Header = WordXml.Toggle(reader);
            }
            else if (WordXml.IsW(reader, "gridBefore"))
            {
                row.GridColumn += Math.Clamp(WordXml.IntAttr(reader) ?? 0, 0, 1000);
            }
            else if (WordXml.IsW(reader, "del"))
            {
                row.Deleted = true;
            }
        }
    }

    private void ReadCell(XmlReader reader, TableState table, RowState row)
    {
        var column = row.GridColumn;
        var scope = BlockScope.Cell(table.Position, row.Index, column);
        int span = 1;
        string? vMerge = null;
        var hMergeContinue = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (WordXml.IsW(reader, "tcPr"))
                {
                    ReadCellProps(reader, ref span, ref vMerge, ref hMergeContinue);
                }
                else
                {
                    ReadBlock(reader, scope);
                }
            }
        }

        row.GridColumn += span;
        if (hMergeContinue && row.Cells.Count > 0)
        {
            // Legacy horizontal merge: this cell belongs to the one on its left.
            row.Cells[^1].ColumnSpan += span;
            return;
        }

        if (vMerge == "continue" && table.Vertical.TryGetValue(column, out var above))
        {
            above.RowSpan = row.Index - above.Row + 1;
            above.Blocks.AddRange(scope.Blocks.Where(b => b is not ParagraphBlock { Text.Length: 0 }));
            return;
        }

        var cell = new CellBuilder(row.Index, column, span, scope.Blocks);
        row.Cells.Add(cell);
        if (vMerge == "restart")
        {
            table.Vertical[column] = cell;
        }
        else
        {
            table.Vertical.Remove(column);
        }
    }

    private static void ReadCellProps(XmlReader reader, ref int span, ref string? vMerge, ref bool hMergeContinue)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "gridSpan"))
            {
                span = Math.Clamp(WordXml.IntAttr(reader) ?? 1, 1, 1000);
            }
            else if (WordXml.IsW(reader, "vMerge"))
            {
                vMerge = WordXml.Attr(reader) ?? "continue";
            }
            else if (WordXml.IsW(reader, "hMerge"))
            {
                hMergeContinue = (WordXml.Attr(reader) ?? "continue") == "continue";
            }
        }
    }
}

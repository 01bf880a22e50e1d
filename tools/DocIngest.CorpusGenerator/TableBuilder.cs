using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>Builds Word tables: borderless layout tables (header, closing) and bordered task tables with merges.</summary>
internal static class TableBuilder
{
    public static Table Create(IReadOnlyList<int> widths, bool borders)
    {
        var borderValue = borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(CultureInfo.InvariantCulture) },
            new TableBorders(
                new TopBorder { Val = borderValue, Size = 4 },
                new LeftBorder { Val = borderValue, Size = 4 },
                new BottomBorder { Val = borderValue, Size = 4 },
                new RightBorder { Val = borderValue, Size = 4 },
                new InsideHorizontalBorder { Val = borderValue, Size = 4 },
                new InsideVerticalBorder { Val = borderValue, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        return table;
    }

    /// <summary>A cell; <paramref name="span"/> &gt; 1 merges columns, <paramref name="merge"/> starts or continues a vertical merge.</summary>
    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(CultureInfo.InvariantCulture) });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        var cell = new TableCell(properties);
        var any = false;
        foreach (var paragraph in paragraphs)
        {
            cell.Append(paragraph);
            any = true;
        }

        if (!any)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    public static TableCell Cell(int width, Paragraph paragraph, int span = 1, MergedCellValues? merge = null) =>
        Cell(width, [paragraph], span, merge);

    public static TableRow Row(params TableCell[] cells)
    {
        var row = new TableRow();
        row.Append(cells.Cast<OpenXmlElement>());
        return row;
    }
}

using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Turns closing-block lines into cells, splitting lines that carry both columns (plain-text
/// or "|" renderings of the Nơi nhận / signature table) so each column reads on its own.
/// </summary>
internal static class ClosingCells
{
    public static IReadOnlyList<ClosingCell> From(IReadOnlyList<Line> lines)
    {
        var cells = new List<ClosingCell>();
        foreach (var line in lines)
        {
            var columns = LineColumns.Of(line);
            if (columns.Count == 1)
            {
                cells.Add(new ClosingCell(line, line.Text, ColumnOf(line)));
                continue;
            }

            cells.Add(new ClosingCell(line, LabelSplitter.Split(columns[0]).Text, 0));
            cells.AddRange(columns.Skip(1).Select(c => new ClosingCell(line, c, 1)));
        }

        return cells;
    }

    // In a Word closing table the cell's own column tells the two blocks apart; in plain text a
    // line pushed far right belongs to the signature.
    private static int ColumnOf(Line line) =>
        (line.Region == LineRegion.ClosingTable && line.Paragraph.Position.Column is > 0) || LineColumns.IsIndented(line) ? 1 : 0;
}

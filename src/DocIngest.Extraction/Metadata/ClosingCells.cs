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
            if (columns.Count == 1 && NameJoinedToFileCopy(line.Text) is { } joined)
            {
                cells.Add(new ClosingCell(line, joined.Recipient, 0));
                cells.Add(new ClosingCell(line, joined.Name, 1));
                continue;
            }

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

    // A plain-text reader may join the signer's name, printed far right under the signature, onto
    // the last recipient line: "Lưu VPĐU. Trịnh Văn Lâm". No recipient line ends in a name.
    private static (string Recipient, string Name)? NameJoinedToFileCopy(string text)
    {
        if (!DocumentKinds.Fold(text).StartsWith("luu", StringComparison.Ordinal))
        {
            return null;
        }

        var stop = text.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop < 0)
        {
            return null;
        }

        var name = text[(stop + 2)..].Trim();
        return Signatures.IsPersonalName(name) ? (text[..(stop + 1)], name) : null;
    }

    // In a Word closing table the cell's own column tells the two blocks apart; in plain text a
    // line pushed far right belongs to the signature.
    private static int ColumnOf(Line line) =>
        (line.Region == LineRegion.ClosingTable && line.Paragraph.Position.Column is > 0) || LineColumns.IsIndented(line) ? 1 : 0;
}

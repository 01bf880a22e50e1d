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
        var afterFileCopy = false;
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
                // Plain text printed side by side ("Nơi nhận:   T/M BAN THƯỜNG VỤ"): once the "Lưu"
                // line has closed the recipients and the signature column has begun, a name on a
                // line of its own is the signer's even when the reader has dropped its indentation.
                var signerName = afterFileCopy && cells.Exists(c => c.Column == 1) && Signatures.IsPersonalName(line.Text.Trim());
                var column = signerName ? 1 : ColumnOf(line);
                cells.Add(new ClosingCell(line, line.Text, column));
                afterFileCopy |= IsFileCopy(line.Text);
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
        if (!IsFileCopy(text))
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

    private static bool IsFileCopy(string text) =>
        DocumentKinds.Fold(text).StartsWith("luu", StringComparison.Ordinal);

    // In a Word closing table the cell's own column tells the two blocks apart; in plain text a
    // line pushed far right belongs to the signature.
    private static int ColumnOf(Line line) =>
        (line.Region == LineRegion.ClosingTable && line.Paragraph.Position.Column is > 0) || LineColumns.IsIndented(line) ? 1 : 0;
}

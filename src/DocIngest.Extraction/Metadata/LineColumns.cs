using System.Text.RegularExpressions;
using DocIngest.Core.Text;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Splits a line that holds two page columns side by side. Plain-text renderings of the header
/// and closing tables keep both columns on one line, apart by a wide run of spaces or a tab
/// ("Nơi nhận:          TM. ỦY BAN NHÂN DÂN"), and scraped pages join the cells with "|".
/// </summary>
internal static partial class LineColumns
{
    // Tabs are widened to spaces first so no two alternatives compete for the same white space.
    [GeneratedRegex(@"\s{3,}|\s*\|\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ColumnGap();

    /// <summary>The non-empty cells of the line, left to right; one cell for an ordinary line.</summary>
    public static IReadOnlyList<string> Of(Line line)
    {
        var raw = RawText(line);
        if (raw is null)
        {
            return [line.Text];
        }

        var cells = ColumnGap().Split(raw.Replace("\t", "   ", StringComparison.Ordinal).Trim())
            .Select(c => VietnameseText.CollapseWhiteSpace(c).Trim())
            .Where(c => c.Length > 0)
            .ToList();
        return cells.Count <= 1 ? [line.Text] : cells;
    }

    /// <summary>
    /// True when the line was pushed far to the right with spaces: in a plain-text rendering that
    /// is the right-hand column (the signature under a "Nơi nhận" list, the date under the motto).
    /// </summary>
    public static bool IsIndented(Line line) =>
        RawText(line) is { } raw && (raw.StartsWith('\t') || raw.TakeWhile(c => c == ' ').Count() >= 10);

    /// <summary>
    /// The line's text before white space was collapsed: the piece of its paragraph it came from
    /// (soft line breaks split a paragraph into several lines). A typed label the line builder
    /// split off stays on the first cell; callers that need the bare text split it again.
    /// </summary>
    private static string? RawText(Line line) =>
        line.Paragraph.Text.Split('\n')
            .FirstOrDefault(piece => VietnameseText.CollapseWhiteSpace(piece.Replace('\t', ' ')).EndsWith(line.Text, StringComparison.Ordinal));
}

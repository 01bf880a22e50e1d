using System.Text.RegularExpressions;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>Reads the "Nơi nhận:" list: one recipient a line, without its dash, purpose in brackets and end punctuation.</summary>
internal static partial class RecipientList
{
    // A purpose in brackets at the end of a recipient line: "(báo cáo)", "(để b/c)", "(thực hiện)".
    // A count such as "TT(03)" has no letters inside and stays.
    [GeneratedRegex(@"\s*\((?=[^)]*[^\d\s)])[^()]{1,40}\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingPurpose();

    private static readonly string[] EndOfClosing = ["phu luc", "(kem theo", "kem theo "];

    public static List<string> Read(IReadOnlyList<ClosingCell> closing)
    {
        var recipients = new List<string>();
        var start = FindLabel(closing);
        if (start < 0)
        {
            return recipients;
        }

        var label = closing[start];
        var colon = label.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && label.Text[(colon + 1)..].Trim() is { Length: > 0 } inline)
        {
            Add(recipients, LabelSplitter.Split(inline).Text);
        }

        for (var i = start + 1; i < closing.Count; i++)
        {
            var cell = closing[i];
            if (cell.Column != label.Column)
            {
                continue;
            }

            if (EndsList(cell, recipients.Count))
            {
                break;
            }

            Add(recipients, cell.Text);
            // "Lưu: VT, …" (the issuer's own file copy) is the last line of the list by convention.
            if (DocumentKinds.Fold(cell.Text).StartsWith("luu", StringComparison.Ordinal))
            {
                break;
            }
        }

        return recipients;
    }

    private static int FindLabel(IReadOnlyList<ClosingCell> closing)
    {
        for (var i = 0; i < closing.Count; i++)
        {
            if (DocumentKinds.Fold(closing[i].Text).StartsWith("noi nhan", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsList(ClosingCell cell, int found)
    {
        var folded = DocumentKinds.Fold(cell.Text);
        return Signatures.IsAuthority(cell.Text) || Signatures.IsOffice(cell.Text)
            || EndOfClosing.Any(folded.StartsWith)
            || (cell.Line.Label is null && cell.Line.Region != LineRegion.ClosingTable && found > 0 && cell.Text.Length > 80);
    }

    private static void Add(List<string> recipients, string text)
    {
        var value = text.Trim().TrimEnd(',', ';', '.', ' ');
        value = TrailingPurpose().Replace(value, string.Empty).TrimEnd(',', ';', '.', ' ');
        if (value.Length > 0 && value.Any(char.IsLetter))
        {
            recipients.Add(value);
        }
    }
}

using DocIngest.Core.Plans;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Reads the signature: the authority lines ("K/T TRƯỞNG BAN" over "PHÓ TRƯỞNG BAN") joined by a
/// space, and the signer's name under them (after the blank space for the signature and seal).
/// </summary>
internal static class SignatureBlock
{
    private const int MaxTitleLines = 4;
    private const int MaxLinesToName = 8;

    public static Party? Read(IReadOnlyList<ClosingCell> area)
    {
        var start = FindAuthority(area);
        if (start < 0)
        {
            return null;
        }

        var column = area[start].Column;
        var title = new List<string> { area[start].Text };
        string? name = null;
        var read = 0;
        for (var i = start + 1; i < area.Count && read < MaxLinesToName; i++)
        {
            var cell = area[i];
            // The other column (Nơi nhận printed beside the signature) is read by the recipient list.
            if (cell.Column != column)
            {
                continue;
            }

            read++;
            var text = cell.Text.Trim();
            if (IsFiller(text))
            {
                continue;
            }

            if (DocumentKinds.IsUpper(text) && title.Count < MaxTitleLines && !Signatures.IsPersonalName(text))
            {
                title.Add(text);
                continue;
            }

            var candidate = text.TrimEnd('.');
            if (Signatures.IsPersonalName(candidate))
            {
                name = candidate;
            }

            break;
        }

        return new Party(name, string.Join(' ', title));
    }

    // An authority mark (T/M, K/T …) is the surest start; an office alone ("GIÁM ĐỐC") serves when
    // the block has none.
    private static int FindAuthority(IReadOnlyList<ClosingCell> area)
    {
        for (var i = 0; i < area.Count; i++)
        {
            if (Signatures.IsAuthority(area[i].Text))
            {
                return i;
            }
        }

        for (var i = 0; i < area.Count; i++)
        {
            if (Signatures.IsOffice(area[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    // Rules, "(Đã ký)", "(Ký, đóng dấu)" and seal notes stand between the office and the name.
    private static bool IsFiller(string text) =>
        text.Length == 0 || text.StartsWith('(') || text.StartsWith('[') || DocumentKinds.IsRule(text)
        || DocumentKinds.Fold(text).TrimEnd('.') is "da ky" or "ky ten" or "ky, ghi ro ho ten";
}

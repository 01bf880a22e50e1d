using System.Text.RegularExpressions;

namespace DocIngest.Extraction.Layout;

/// <summary>Recognises signature blocks: authority lines (K/T, T/M, TM., KT. …) and signer names.</summary>
internal static partial class Signatures
{
    [GeneratedRegex(@"^(k/t|t/m|t/l|t/uq|kt\.?|tm\.?|tl\.?|tuq\.?)\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex AuthorityPrefix();

    // Offices that sign for themselves, without K/T or T/M.
    private static readonly string[] Offices =
    [
        "truong ban", "pho truong ban", "bi thu", "pho bi thu", "chu tich", "pho chu tich", "giam doc", "pho giam doc",
        "hieu truong", "pho hieu truong", "chanh van phong", "pho chanh van phong", "truong phong", "thu truong",
        "chu nhiem", "pho chu nhiem", "tong kiem toan nha nuoc", "truong doan", "nguoi lap", "thu ky", "chanh thanh tra",
    ];

    [GeneratedRegex(@"^[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,5}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PersonalName();

    public static bool IsAuthorityLine(Line line) =>
        DocumentKinds.IsUpper(line.Text) && line.Text.Length < 80 && AuthorityPrefix().IsMatch(line.Folded);

    public static bool IsOfficeLine(Line line) =>
        DocumentKinds.IsUpper(line.Text) && line.Text.Length < 60 && Offices.Contains(line.Folded.TrimEnd('.', ':'));

    public static bool IsPersonalName(string text) => text.Length < 50 && PersonalName().IsMatch(text.Trim());
}

using System.Text.RegularExpressions;

namespace DocIngest.Extraction.Layout;

/// <summary>Recognises signature blocks: authority lines (K/T, T/M, TM., KT. …) and signer names.</summary>
internal static partial class Signatures
{
    [GeneratedRegex(@"^(k/t|t/m|t/l|t/uq|kt\.?|tm\.?|tl\.?|tuq\.?)\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AuthorityPrefix();

    // Offices that sign for themselves, without K/T or T/M.
    private static readonly string[] Offices =
    [
        "truong ban", "pho truong ban", "bi thu", "pho bi thu", "chu tich", "pho chu tich", "giam doc", "pho giam doc",
        "hieu truong", "pho hieu truong", "chanh van phong", "pho chanh van phong", "truong phong", "pho truong phong", "thu truong",
        "chu nhiem", "pho chu nhiem", "tong kiem toan nha nuoc", "truong doan", "nguoi lap", "thu ky", "chanh thanh tra",
        "vien truong", "cuc truong", "chi cuc truong",
    ];

    // Words of a personal name: a capital then lower case; one-letter words occur in ethnic-minority
    // names ("Mùa A Tủa", "Y Khuê Niê"), so a lone capital counts as a word too.
    [GeneratedRegex(@"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]*){1,5}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PersonalName();

    public static bool IsAuthorityLine(Line line) => IsAuthority(line.Text);

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "K/T TRƯỞNG BAN": upper case and opened by a delegation mark.</summary>
    public static bool IsAuthority(string text) =>
        DocumentKinds.IsUpper(text) && text.Length < 80 && AuthorityPrefix().IsMatch(DocumentKinds.Fold(text));

    public static bool IsOfficeLine(Line line) => IsOffice(line.Text);

    /// <summary>
    /// An office that signs in its own name ("GIÁM ĐỐC"), or one qualified by its body
    /// ("TRƯỞNG BAN KIỂM TRA"): the line starts with the office and is short and upper case.
    /// </summary>
    public static bool IsOffice(string text)
    {
        if (!DocumentKinds.IsUpper(text) || text.Length >= 60)
        {
            return false;
        }

        var folded = DocumentKinds.Fold(text).TrimEnd('.', ':');
        return Offices.Any(o => folded == o || (folded.StartsWith(o + " ", StringComparison.Ordinal) && folded.Length <= o.Length + 25));
    }

    public static bool IsPersonalName(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length < 50 && PersonalName().IsMatch(trimmed) && trimmed.Split(' ').Count(w => w.Length > 1) >= 2;
    }
}

using System.Text.RegularExpressions;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Names the issuing body as a sentence would: from the header's chain of bodies
/// ("HUYỆN ỦY NGỌC KHÊ / BAN TUYÊN GIÁO" → "Ban Tuyên giáo Huyện ủy Ngọc Khê"), or from the
/// opening paragraph ("…; Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch …").
/// </summary>
internal static partial class IssuerNames
{
    // Organs of the committee above them: a sentence names that committee too
    // ("Ban Tuyên giáo Huyện ủy Ngọc Khê", "Văn phòng Tỉnh ủy Lào Cai").
    private static readonly string[] Organs = ["ban ", "van phong", "uy ban kiem tra"];

    // State departments under a people's committee take its place, not its name ("Sở Nội vụ tỉnh Đắk Lắk").
    private static readonly string[] Departments = ["so ", "phong ", "thanh tra"];

    private static readonly string[] Committees =
        ["tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy", "uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", "uy ban mat tran", "dang bo"];

    private static readonly string[] PeoplesCommittees = ["uy ban nhan dan", "ubnd"];

    private static readonly string[] PlaceUnits = ["tinh", "huyen", "xa", "thanh pho", "thi xa", "thi tran", "quan", "phuong", "khu vuc", "thon"];

    [GeneratedRegex(@"(?:^|[;:.]\s*|,\s*)(?<body>[A-ZĐÀ-Ỹ][^;:.,()]{3,90}?)\s+(?:xây dựng|ban hành|triển khai|xây dựng và ban hành)\s+(?:[Kk]ế hoạch|[Cc]hương trình)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpeningBuilder();

    public static string? FromHeader(IReadOnlyList<Line> header)
    {
        var bodies = HeaderChain.Bodies(header);
        if (bodies.Count == 0)
        {
            return null;
        }

        var unit = bodies[^1];
        if (bodies.Count < 2)
        {
            return SentenceCase(unit);
        }

        var parent = bodies[^2];
        var name = SentenceCase(unit);
        if (HasOwnPlace(unit))
        {
            return name;
        }

        var unitKey = DocumentKinds.Fold(unit);
        var parentKey = DocumentKinds.Fold(parent);
        if (Departments.Any(unitKey.StartsWith) && PeoplesCommittees.Any(parentKey.StartsWith) && PlaceOf(parent) is { } place)
        {
            return name + " " + SentenceCase(place);
        }

        if (Organs.Any(unitKey.StartsWith) && Committees.Any(parentKey.Contains))
        {
            return name + " " + SentenceCase(parent);
        }

        return name;
    }

    public static string? FromOpening(IEnumerable<Line> opening)
    {
        foreach (var line in opening)
        {
            var match = OpeningBuilder().Match(line.Text);
            if (match.Success)
            {
                return match.Groups["body"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>"BAN TỔ CHỨC TỈNH ỦY QUẢNG NAM" → "Ban Tổ chức Tỉnh ủy Quảng Nam".</summary>
    public static string SentenceCase(string upper) => OrganisationCase.Apply(upper);

    // A body that names its own place ("TRUNG TÂM Y TẾ HUYỆN TÂN PHONG") needs no parent.
    private static bool HasOwnPlace(string body)
    {
        var words = DocumentKinds.Fold(body).Split(' ');
        return words.Skip(1).Any(w => PlaceUnits.Contains(w)) && !Committees.Any(DocumentKinds.Fold(body).Contains);
    }

    // "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK" → "TỈNH ĐẮK LẮK".
    private static string? PlaceOf(string committee)
    {
        var words = committee.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (PlaceUnits.Contains(DocumentKinds.Fold(words[i])) || (i + 1 < words.Length && PlaceUnits.Contains(DocumentKinds.Fold(words[i] + " " + words[i + 1]))))
            {
                return string.Join(' ', words.Skip(i));
            }
        }

        return null;
    }
}

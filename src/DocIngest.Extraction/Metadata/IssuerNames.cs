using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Text;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Names the issuing body as a sentence would: from the header's chain of bodies
/// ("HUYỆN ỦY NGỌC KHÊ / BAN TUYÊN GIÁO" → "Ban Tuyên giáo Huyện ủy Ngọc Khê"), or from the
/// opening paragraph ("…; Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch …").
/// </summary>
internal static partial class IssuerNames
{
    private static readonly string[] MottoCues = ["cong hoa xa hoi", "doc lap", "dang cong san viet nam", "so:", "so ", "ngay ", "v/v"];

    // Fixed phrases in the case a sentence gives them; matched on the folded, upper-case-free key.
    private static readonly (string Folded, string Text)[] FixedPhrases =
    [
        ("uy ban nhan dan", "Ủy ban nhân dân"), ("hoi dong nhan dan", "Hội đồng nhân dân"), ("uy ban kiem tra", "Ủy ban Kiểm tra"),
        ("ban thuong vu", "Ban Thường vụ"), ("ban chap hanh", "Ban Chấp hành"), ("mat tran to quoc", "Mặt trận Tổ quốc"),
        ("tinh uy", "Tỉnh ủy"), ("huyen uy", "Huyện ủy"), ("thanh uy", "Thành ủy"), ("quan uy", "Quận ủy"), ("thi uy", "Thị ủy"),
        ("dang uy", "Đảng ủy"), ("dang bo", "Đảng bộ"), ("chi bo", "Chi bộ"),
    ];

    private static readonly string[] AdministrativeUnits = ["thanh pho", "thi xa", "thi tran", "tinh", "huyen", "xa", "quan", "phuong"];

    // Bodies that are organs of the committee above them, so the sentence names that committee too.
    private static readonly string[] OrganHeads = ["ban ", "van phong", "uy ban kiem tra", "phong "];

    private static readonly string[] Committees = ["tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy", "uy ban nhan dan", "ubnd"];

    [GeneratedRegex(@"(?:^|[;:.]\s*|,\s*)(?<body>[A-ZĐÀ-Ỹ][^;:.,()]{3,90}?)\s+(?:xây dựng|ban hành|triển khai|xây dựng và ban hành)\s+(?:[Kk]ế hoạch|[Cc]hương trình)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OpeningBuilder();

    public static string? FromHeader(IReadOnlyList<Line> header)
    {
        var chain = new List<Line>();
        foreach (var line in header)
        {
            if (line.Region == LineRegion.HeaderTable && line.Paragraph.Position.Column is > 0)
            {
                continue;
            }

            if (MottoCues.Any(line.Folded.StartsWith) || DocumentKinds.IsRule(line.Text) || !DocumentKinds.IsUpper(line.Text))
            {
                if (chain.Count > 0 && line.Region != LineRegion.HeaderTable)
                {
                    break;
                }

                continue;
            }

            chain.Add(line);
        }

        if (chain.Count == 0)
        {
            return null;
        }

        var unit = chain[^1].Folded;
        var name = SentenceCase(chain[^1].Text);
        if (chain.Count >= 2)
        {
            var parent = chain[^2].Folded;
            if (AdministrativeUnits.Any(u => unit.StartsWith(u + " ", StringComparison.Ordinal)) && !Committees.Any(unit.Contains))
            {
                // "ỦY BAN NHÂN DÂN" over "HUYỆN ĐÔNG SƠN" is one name broken over two lines.
                return SentenceCase(chain[^2].Text + " " + chain[^1].Text);
            }

            if (OrganHeads.Any(unit.StartsWith) && !Committees.Any(unit.Contains) && Committees.Any(parent.Contains))
            {
                return name + " " + SentenceCase(chain[^2].Text);
            }
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
    public static string SentenceCase(string upper)
    {
        var words = VietnameseText.CollapseWhiteSpace(upper).Split(' ');
        var result = new List<string>(words.Length);
        var properName = false;
        var capitaliseNext = true;
        for (var i = 0; i < words.Length; i++)
        {
            var folded = string.Join(' ', words.Skip(i).Take(4).Select(VietnameseText.FoldKey));
            var phrase = FixedPhrases.FirstOrDefault(p => folded == p.Folded || folded.StartsWith(p.Folded + " ", StringComparison.Ordinal));
            if (phrase.Text is not null)
            {
                result.Add(phrase.Text);
                i += phrase.Folded.Split(' ').Length - 1;
                properName = phrase.Folded.EndsWith("uy", StringComparison.Ordinal) || phrase.Folded is "dang bo" or "chi bo";
                capitaliseNext = false;
                continue;
            }

            var word = words[i];
            var unit = AdministrativeUnits.FirstOrDefault(u => folded == u || folded.StartsWith(u + " ", StringComparison.Ordinal));
            if (unit is not null)
            {
                var count = unit.Split(' ').Length;
                result.Add(string.Join(' ', words.Skip(i).Take(count)).ToLower(CultureInfo.InvariantCulture));
                i += count - 1;
                properName = true;
                continue;
            }

            if (IsAbbreviation(word))
            {
                result.Add(word);
            }
            else if (properName || capitaliseNext)
            {
                result.Add(TitleCase(word));
            }
            else
            {
                result.Add(word.ToLower(CultureInfo.InvariantCulture));
            }

            // After the head word of a body ("Ban", "Sở", "Phòng") its own name starts with a capital.
            capitaliseNext = result.Count == 1 && VietnameseText.FoldKey(word) is "ban" or "so" or "phong" or "truong" or "benh";
        }

        return string.Join(' ', result);
    }

    private static bool IsAbbreviation(string word) =>
        word.Length >= 2 && (word.Contains('&') || !word.Any(c => "AĂÂEÊIOÔƠUƯYaăâeêioôơuưy".Contains(VietnameseText.FoldKey(c.ToString()).FirstOrDefault()))
            || word is "UBND" or "HĐND" or "MTTQ" or "THPT" or "THCS" or "TW" or "BCH" or "BTV" or "TP." or "TP");

    private static string TitleCase(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..].ToLower(CultureInfo.InvariantCulture);
}

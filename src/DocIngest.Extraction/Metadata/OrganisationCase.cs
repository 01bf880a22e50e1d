using System.Globalization;
using DocIngest.Core.Text;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Writes an upper-case body name as a sentence names it: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN" →
/// "Sở Giáo dục và Đào tạo tỉnh Nghệ An". Vietnamese capitalises the head word of a body and the
/// first word of its specific name ("Sở Nội vụ", "Ban Tổ chức"), each part joined by "và" or a
/// dash ("Tuyên giáo và Dân vận"), and every word of a place or person name, while an
/// administrative unit word before a place stays lower case ("huyện Đông Sơn").
/// </summary>
internal static class OrganisationCase
{
    /// <summary>What the next ordinary word gets.</summary>
    private enum Mode
    {
        Lower,
        CapitaliseNext,
        ProperName,
    }

    // Set phrases in the case a sentence gives them, and what follows them.
    private static readonly (string Key, string Text, Mode After)[] Phrases =
    [
        ("ủy ban nhân dân", "Ủy ban nhân dân", Mode.Lower), ("hội đồng nhân dân", "Hội đồng nhân dân", Mode.Lower),
        ("ủy ban kiểm tra", "Ủy ban Kiểm tra", Mode.Lower), ("ủy ban mặt trận tổ quốc", "Ủy ban Mặt trận Tổ quốc", Mode.Lower),
        ("mặt trận tổ quốc", "Mặt trận Tổ quốc", Mode.Lower), ("việt nam", "Việt Nam", Mode.Lower),
        ("thành phố hồ chí minh", "Thành phố Hồ Chí Minh", Mode.Lower), ("hồ chí minh", "Hồ Chí Minh", Mode.Lower),
        ("ban thường vụ", "Ban Thường vụ", Mode.CapitaliseNext), ("ban chấp hành", "Ban Chấp hành", Mode.CapitaliseNext),
        ("ban thường trực", "Ban Thường trực", Mode.CapitaliseNext), ("bảo hiểm xã hội", "Bảo hiểm xã hội", Mode.Lower),
        ("công an", "Công an", Mode.Lower),
        ("tỉnh ủy", "Tỉnh ủy", Mode.ProperName), ("huyện ủy", "Huyện ủy", Mode.ProperName), ("thành ủy", "Thành ủy", Mode.ProperName),
        ("quận ủy", "Quận ủy", Mode.ProperName), ("thị ủy", "Thị ủy", Mode.ProperName), ("tỉnh đoàn", "Tỉnh đoàn", Mode.ProperName),
        ("huyện đoàn", "Huyện đoàn", Mode.ProperName), ("thành đoàn", "Thành đoàn", Mode.ProperName),
        ("đảng ủy", "Đảng ủy", Mode.CapitaliseNext), ("đảng bộ", "Đảng bộ", Mode.CapitaliseNext), ("đảng đoàn", "Đảng đoàn", Mode.CapitaliseNext),
        ("chi bộ", "Chi bộ", Mode.CapitaliseNext), ("văn phòng", "Văn phòng", Mode.CapitaliseNext), ("trung tâm", "Trung tâm", Mode.CapitaliseNext),
        ("bệnh viện", "Bệnh viện", Mode.CapitaliseNext), ("chi cục", "Chi cục", Mode.CapitaliseNext),
        // School levels and hospital grades come right before the proper name.
        ("tiểu học", "Tiểu học", Mode.ProperName), ("mầm non", "Mầm non", Mode.ProperName), ("đa khoa", "Đa khoa", Mode.ProperName),
        ("trung học cơ sở", "Trung học cơ sở", Mode.ProperName), ("trung học phổ thông", "Trung học phổ thông", Mode.ProperName),
    ];

    // Single head words of a body; the word after them starts the body's own name.
    private static readonly string[] HeadWords = ["ban", "sở", "phòng", "trường", "hội", "cục", "khối", "đoàn", "viện"];

    // Administrative units written in lower case before the place name they introduce.
    private static readonly string[] Units = ["thành phố", "thị xã", "thị trấn", "khu vực", "tỉnh", "huyện", "xã", "quận", "phường", "thôn", "ấp", "tổ dân phố"];

    private static readonly string[] FunctionWords = ["các", "và", "của", "thuộc", "trực", "tại"];

    public static string Apply(string upper)
    {
        var words = VietnameseText.CollapseWhiteSpace(upper).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Keys keep their diacritics: "TĨNH" (Hà Tĩnh) is no "tỉnh", "ĐĂNG" no "Đảng".
        var keys = words.Select(TextSimilarity.Norm).ToArray();
        var result = new List<string>(words.Length);
        var mode = Mode.CapitaliseNext;
        for (var i = 0; i < words.Length; i++)
        {
            if (MatchPhrase(keys, i) is { } phrase)
            {
                result.Add(phrase.Text);
                i += phrase.Key.Split(' ').Length - 1;
                mode = phrase.After;
                continue;
            }

            if (MatchUnit(keys, i) is { } unit)
            {
                var count = unit.Split(' ').Length;
                result.AddRange(words.Skip(i).Take(count).Select(Lower));
                i += count - 1;
                mode = Mode.ProperName;
                continue;
            }

            var word = words[i];
            var key = keys[i];
            if (IsAbbreviation(word))
            {
                result.Add(word);
                mode = Mode.ProperName;
            }
            else if (key == "đảng")
            {
                result.Add("Đảng");
            }
            else if (mode == Mode.ProperName || (mode == Mode.CapitaliseNext && !FunctionWords.Select(TextSimilarity.Norm).Contains(key)) || result.Count == 0)
            {
                result.Add(TitleCase(word));
                // After a capitalised head word ("Sở", "Ban") the body's own name starts.
                mode = mode == Mode.ProperName ? Mode.ProperName : HeadWords.Select(TextSimilarity.Norm).Contains(key) ? Mode.CapitaliseNext : Mode.Lower;
            }
            else
            {
                result.Add(Lower(word));
                mode = mode == Mode.ProperName ? Mode.ProperName : Mode.Lower;
            }

            // "và", a comma or a dash joins another part of the name, which starts with a capital too.
            if (mode != Mode.ProperName && (key == "và" || word is "-" or "–" || word.EndsWith(',') || word.EndsWith('-')))
            {
                mode = Mode.CapitaliseNext;
            }
        }

        return string.Join(' ', result);
    }

    private static (string Key, string Text, Mode After)? MatchPhrase(string[] keys, int i)
    {
        foreach (var phrase in Phrases)
        {
            var parts = TextSimilarity.Norm(phrase.Key).Split(' ');
            if (i + parts.Length <= keys.Length && parts.Select((p, k) => keys[i + k] == p).All(x => x))
            {
                return phrase;
            }
        }

        return null;
    }

    private static string? MatchUnit(string[] keys, int i) =>
        Units.FirstOrDefault(u =>
        {
            var parts = TextSimilarity.Norm(u).Split(' ');
            return i + parts.Length <= keys.Length && parts.Select((p, k) => keys[i + k] == p).All(x => x);
        });

    private static bool IsAbbreviation(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count < 2 || letters.Any(char.IsLower))
        {
            return false;
        }

        // Roman numerals ("khu vực XII") and letter codes without a vowel ("UBND", "GD&ĐT", "THCS").
        var bare = new string(letters.ToArray());
        return bare.All(c => "IVXLC".Contains(c)) || word.Contains('&')
            || !VietnameseText.FoldKey(bare).Any(c => "aeiouy".Contains(c))
            || bare is "THPT" or "THCS" or "LHPN" or "TNCS" or "MTTQ" or "HĐND" or "UBND";
    }

    private static string Lower(string word) => word.ToLower(CultureInfo.InvariantCulture);

    private static string TitleCase(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..].ToLower(CultureInfo.InvariantCulture);
}

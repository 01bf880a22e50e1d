using DocIngest.Core.Text;

namespace DocIngest.Extraction.Layout;

/// <summary>The document kinds a title line can name, and how to find that line.</summary>
internal static class DocumentKinds
{
    // Folded key → the kind in sentence case, as the contract wants it.
    private static readonly (string Folded, string Kind)[] Kinds =
    [
        ("ke hoach", "Kế hoạch"),
        // A "Chương trình hành động" is a Chương trình; the contract's kind is the document type word.
        ("chuong trinh hanh dong", "Chương trình"),
        ("chuong trinh", "Chương trình"),
        ("bao cao", "Báo cáo"),
        ("quyet dinh", "Quyết định"),
        ("thong bao", "Thông báo"),
        ("to trinh", "Tờ trình"),
        ("huong dan", "Hướng dẫn"),
        ("nghi quyet", "Nghị quyết"),
        ("chi thi", "Chỉ thị"),
        ("ket luan", "Kết luận"),
        ("bien ban", "Biên bản"),
        ("giay moi", "Giấy mời"),
        ("de an", "Đề án"),
        ("phuong an", "Phương án"),
        ("cong van", "Công văn"),
        ("quy che", "Quy chế"),
        ("quy dinh", "Quy định"),
        ("nghi dinh", "Nghị định"),
        ("thong tu", "Thông tư"),
        ("thong tri", "Thông tri"),
        ("cong dien", "Công điện"),
    ];

    /// <summary>The kind named by a whole line, or null.</summary>
    public static string? KindOf(string folded)
    {
        var trimmed = folded.Trim().TrimEnd('.', ':');
        foreach (var (key, kind) in Kinds)
        {
            if (trimmed == key)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// A kind word opening a title line: "KẾ HOẠCH KHẮC PHỤC …", or the kind in capitals with the
    /// subject run onto the same line ("KẾ HOẠCH Thu hồi nợ đọng …", as plain-text and Markdown
    /// readers join the title lines).
    /// </summary>
    public static (string Kind, string Remainder)? KindPrefix(Line line)
    {
        if (line.Label is not null)
        {
            return null;
        }

        foreach (var (key, kind) in Kinds)
        {
            if (line.Folded.StartsWith(key + " ", StringComparison.Ordinal))
            {
                var words = line.Text.Split(' ');
                var count = key.Split(' ').Length;
                if (!IsUpper(line.Text) && !IsUpper(string.Join(' ', words.Take(count))))
                {
                    return null;
                }

                return (kind, string.Join(' ', words.Skip(count)));
            }
        }

        return null;
    }

    public static int FindKindLine(IReadOnlyList<Line> lines)
    {
        var limit = Math.Min(lines.Count, 40);
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (line.Label is null && line.Region != LineRegion.OtherTable && (KindOf(line.Folded) is not null || KindPrefix(line) is not null))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsUpper(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters > 0 && upper >= letters * 0.85;
    }

    /// <summary>True for a line that is only a rule or decoration ("-----", "*", "___").</summary>
    public static bool IsRule(string text) => text.Length > 0 && text.All(c => c is '-' or '_' or '*' or '=' or '–' or '—' or '.' or ' ' or '~');

    internal static string Fold(string text) => VietnameseText.FoldKey(text);
}

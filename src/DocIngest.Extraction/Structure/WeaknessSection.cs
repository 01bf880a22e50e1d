using DocIngest.Core.Text;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// A section that only lists the weaknesses ("II. HẠN CHẾ, KHUYẾT ĐIỂM CẦN KHẮC PHỤC", "I. NHỮNG HẠN
/// CHẾ ĐƯỢC CHỈ RA") before a section of solutions: its items are weaknesses of the groups that
/// follow, matched by topic ("1. Về quản lý trật tự đô thị: …" → group "Về quản lý trật tự đô thị"),
/// or all of them to the one group when there is only one.
/// </summary>
internal static class WeaknessSection
{
    private static readonly string[] WeaknessWords = ["han che", "khuyet diem", "ton tai", "yeu kem"];

    private static readonly string[] SolutionWords = ["giai phap", "bien phap", "nhiem vu", "lo trinh", "phan cong", "noi dung khac phuc", "cong viec"];

    public static bool IsWeaknessOnly(string foldedTitle) =>
        WeaknessWords.Any(foldedTitle.Contains) && !SolutionWords.Any(foldedTitle.Contains);

    /// <summary>The weaknesses in the section's lines, each with the topic it is printed under, if any.</summary>
    public static List<(string? Topic, string Text)> Read(IEnumerable<Line> lines)
    {
        var found = new List<(string?, string)>();
        foreach (var line in lines)
        {
            // A leading "(1)" may have been taken for the paragraph's label; the enumeration needs it back.
            var enumerated = line.Label?.StartsWith('(') == true;
            var text = enumerated ? $"{line.Label} {line.Text.Trim()}" : line.Text.Trim();
            if (line.Label is null && (text.EndsWith(':') || InlineItems.Split(text) is null))
            {
                // An introduction ("Tuy nhiên, còn một số hạn chế sau:") or narrative, unless it enumerates "(1) …; (2) …".
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var topic = line.Label is not null && !enumerated && colon is > 0 and < 80 ? text[..colon].Trim() : null;
            var body = topic is null ? text : text[(colon + 1)..].Trim();
            found.AddRange(InlineItems.Weaknesses(body).Select(w => (topic, w)));
        }

        return found;
    }

    /// <summary>Gives each weakness to the group whose title matches its topic, else to the single group.</summary>
    public static void Distribute(IReadOnlyList<(string? Topic, string Text)> weaknesses, IReadOnlyList<GroupDraft> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }

        foreach (var (topic, text) in weaknesses)
        {
            var target = topic is null ? null : groups.MaxBy(g => TextSimilarity.Sim(g.Title, topic));
            if (target is not null && TextSimilarity.Sim(target.Title, topic) < 0.6)
            {
                target = null;
            }

            target ??= groups.Count == 1 ? groups[0] : null;
            target?.Weaknesses.Add(text);
        }
    }
}

using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>Cue words that tell what an unlabelled line inside a group is doing.</summary>
internal static class LineCues
{
    /// <summary>
    /// "Qua giám sát, Thường trực HĐND huyện chỉ ra một số tồn tại, hạn chế:" opens a list of
    /// weaknesses; the "Để khắc phục …:" line after the list turns back to tasks.
    /// </summary>
    public static bool IntroducesWeaknesses(Line line)
    {
        if (!line.Text.EndsWith(':') || line.Text.Length >= 300)
        {
            return false;
        }

        // Only the sentence that ends in the colon: "… hoàn thành tốt nhiệm vụ. Tuy nhiên, còn một số
        // hạn chế sau:" introduces weaknesses though the praise before it names "nhiệm vụ".
        var last = line.Folded.LastIndexOf(". ", StringComparison.Ordinal);
        var sentence = last < 0 ? line.Folded : line.Folded[(last + 2)..];
        return WeaknessCues.Any(sentence.Contains) && !SolutionCues.Any(sentence.Contains);
    }

    private static readonly string[] WeaknessCues = ["han che", "ton tai", "khuyet diem", "yeu kem", "thieu sot"];

    private static readonly string[] SolutionCues = ["khac phuc", "giai phap", "bien phap", "nhiem vu", "thuc hien"];

    /// <summary>
    /// "Các hạn chế được chỉ ra gồm: (1) …; (2) …": a weakness cue before the colon and numbered
    /// items after it. The items, or null.
    /// </summary>
    public static IReadOnlyList<string>? InlineWeaknessList(Line line)
    {
        var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon > 100)
        {
            return null;
        }

        var label = Core.Text.VietnameseText.FoldKey(line.Text[..colon]);
        return WeaknessCues.Any(label.Contains) && !SolutionCues.Any(label.Contains) ? InlineItems.Split(line.Text[(colon + 1)..]) : null;
    }

    /// <summary>
    /// "Qua kiểm tra, hoạt động chuyên môn cơ bản đi vào nền nếp. Tuy nhiên, việc đổi mới … còn chậm."
    /// states a weakness after the praise: the text after the pivot, or null without one.
    /// </summary>
    public static string? PivotWeakness(Line line)
    {
        var folded = Deadlines.FoldedText.Create(line.Text);
        foreach (var pivot in Pivots)
        {
            var at = folded.Folded.IndexOf(pivot, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && !folded.Folded[..at].TrimEnd().EndsWith('.')))
            {
                continue;
            }

            var end = at + pivot.Length;
            var rest = folded.OriginalText(end, folded.Folded.Length - end).Trim();
            return rest.Length >= 12 && !rest.EndsWith(':') ? rest : null;
        }

        return null;
    }

    private static readonly string[] Pivots = ["tuy nhien,", "tuy vay,", "song,"];

    public static bool LooksLikeDeadlineLine(Line line) =>
        line.Text.StartsWith('(') || DeadlineCues.Any(line.Folded.StartsWith);

    private static readonly string[] DeadlineCues =
    [
        "thoi gian", "thoi han", "hoan thanh", "truoc ngay", "trong quy", "trong thang", "trong nam", "quy ", "thang ",
        "thuc hien thuong xuyen", "thuong xuyen", "dinh ky", "da hoan thanh", "hang nam", "hang quy", "hang thang", "chậm nhat", "cham nhat",
    ];
}

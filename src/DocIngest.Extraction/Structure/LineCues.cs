using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>Cue words that tell what an unlabelled line inside a group is doing.</summary>
internal static class LineCues
{
    /// <summary>
    /// "Qua giám sát, Thường trực HĐND huyện chỉ ra một số tồn tại, hạn chế:" opens a list of
    /// weaknesses; the "Để khắc phục …:" line after the list turns back to tasks.
    /// </summary>
    public static bool IntroducesWeaknesses(Line line) =>
        line.Text.EndsWith(':') && line.Text.Length < 300 && WeaknessCues.Any(line.Folded.Contains)
        && !SolutionCues.Any(line.Folded.Contains);

    private static readonly string[] WeaknessCues = ["han che", "ton tai", "khuyet diem", "yeu kem", "thieu sot"];

    private static readonly string[] SolutionCues = ["khac phuc", "giai phap", "bien phap", "nhiem vu", "thuc hien"];

    public static bool LooksLikeDeadlineLine(Line line) =>
        line.Text.StartsWith('(') || DeadlineCues.Any(line.Folded.StartsWith);

    private static readonly string[] DeadlineCues =
    [
        "thoi gian", "thoi han", "hoan thanh", "truoc ngay", "trong quy", "trong thang", "trong nam", "quy ", "thang ",
        "thuc hien thuong xuyen", "thuong xuyen", "dinh ky", "da hoan thanh", "hang nam", "hang quy", "hang thang", "chậm nhat", "cham nhat",
    ];
}

namespace DocIngest.Extraction.Structure;

/// <summary>Which sections carry the plan's task groups, judged by their titles.</summary>
internal static class TaskSections
{
    private static readonly string[] Excluded =
    [
        "muc dich", "muc tieu", "to chuc thuc hien", "nhan dinh", "danh gia", "ket qua", "tinh hinh", "quan diem",
        "can cu", "dac diem", "kinh phi", "che do bao cao", "trach nhiem", "yeu cau",
    ];

    private static readonly string[] Included =
    [
        "noi dung", "nhiem vu", "giai phap", "lo trinh", "phan cong", "khac phuc", "han che", "khuyet diem",
        "cong viec", "bien phap", "hanh dong", "trien khai", "ton tai",
    ];

    public static bool IsTaskSection(string foldedTitle)
    {
        if (Included.Any(foldedTitle.Contains))
        {
            return !foldedTitle.StartsWith("to chuc thuc hien", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>"Phân công thực hiện" / "Phân công tổ chức thực hiện" alone: who does what in general, not task groups.</summary>
    public static bool IsOrganisation(string foldedTitle) =>
        foldedTitle.StartsWith("phan cong thuc hien", StringComparison.Ordinal) || foldedTitle.StartsWith("phan cong to chuc thuc hien", StringComparison.Ordinal)
        || foldedTitle.StartsWith("phan cong nhiem vu", StringComparison.Ordinal);

    public static bool IsExcluded(string foldedTitle) => Excluded.Any(foldedTitle.Contains) && !Included.Any(foldedTitle.Contains);
}

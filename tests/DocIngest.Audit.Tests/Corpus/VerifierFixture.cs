using System.Globalization;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Tests.Corpus;

/// <summary>
/// A small hand-written plan (Markdown) and its hand-written gold for verifier tests. Each test
/// breaks one thing of the gold and expects exactly that to be reported.
/// </summary>
internal static class VerifierFixture
{
    public const string DocumentName = "plan.md";

    // Printed the way real plans are: the number with a space before the hyphen, the kind in upper
    // case, the title over two lines, the signer's authority over two lines, old tone placement.
    public const string Text = """
        ĐẢNG BỘ TỈNH BÌNH ĐỊNH

        BAN TỔ CHỨC

        Số 09 -KH/BTCTU

        Bình Định, ngày 20 tháng 4 năm 2026

        KẾ HOẠCH

        khắc phục hạn chế, khuyết điểm

        sau kiểm điểm năm 2025

        Thực hiện Kế hoạch số 61-KH/TU ngày 15/4/2026 của Tỉnh uỷ, Ban Tổ chức Tỉnh uỷ xây dựng kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        Khắc phục dứt điểm các hạn chế đã chỉ ra.

        II. NHIỆM VỤ, GIẢI PHÁP

        Nhóm hạn chế về công tác cán bộ

        Hạn chế, khuyết điểm: Chậm kiện toàn đội ngũ cán bộ chủ chốt.

        Phân công theo dõi, chỉ đạo: Đồng chí Tôn Thiện Đồng, Phó Trưởng Ban.

        Tham mưu: Phòng Tổ chức – Cán bộ.

        - Rà soát, bổ sung quy hoạch cán bộ (hoàn thành trong tháng 7/2026).

        - Duy trì sinh hoạt chuyên đề hằng tháng (thực hiện thường xuyên).

        - Tổng kết việc khắc phục (hoàn thành trong Quý II/2026).

        K/T TRƯỞNG BAN

        PHÓ TRƯỞNG BAN

        Tôn Thiện Đồng
        """;

    public static PlanRecord Gold() => new()
    {
        Source = DocumentName,
        Document = new DocumentInfo
        {
            Number = "09-KH/BTCTU",
            Kind = "Kế hoạch",
            Title = "khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
            Issuer = "Ban Tổ chức Tỉnh ủy",
            IssuedOn = Date("2026-04-20"),
            Signer = new Party("Tôn Thiện Đồng", "K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN"),
            References = [new DocumentReference("61-KH/TU", "Kế hoạch", Date("2026-04-15"))],
        },
        Sections = [new Section("I", "MỤC ĐÍCH, YÊU CẦU"), new Section("II", "NHIỆM VỤ, GIẢI PHÁP")],
        Groups =
        [
            new TaskGroup
            {
                Number = null,
                Section = "II",
                Title = "Nhóm hạn chế về công tác cán bộ",
                Weaknesses = ["Chậm kiện toàn đội ngũ cán bộ chủ chốt"],
                Owners = [new Party("Tôn Thiện Đồng", "Phó Trưởng Ban")],
                Advisors = ["Phòng Tổ chức - Cán bộ"],
                Tasks =
                [
                    Task("Rà soát, bổ sung quy hoạch cán bộ", new Deadline(DeadlineKind.Due, Date("2026-07-31"), "hoàn thành trong tháng 7/2026")),
                    Task("Duy trì sinh hoạt chuyên đề hằng tháng", new Deadline(DeadlineKind.Recurring, null, "thực hiện thường xuyên")),
                    Task("Tổng kết việc khắc phục", new Deadline(DeadlineKind.Due, Date("2026-06-30"), "hoàn thành trong Quý II/2026")),
                ],
            },
        ],
    };

    /// <summary>The gold with the first group's tasks replaced.</summary>
    public static PlanRecord WithTask(int index, Func<PlanTask, PlanTask> change)
    {
        var gold = Gold();
        var group = gold.Groups[0];
        var tasks = group.Tasks.ToArray();
        tasks[index] = change(tasks[index]);
        return gold with { Groups = [group with { Tasks = tasks }] };
    }

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static PlanTask Task(string text, Deadline deadline) => new() { Text = text, Deadline = deadline };
}

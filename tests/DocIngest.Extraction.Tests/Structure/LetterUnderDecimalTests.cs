namespace DocIngest.Extraction.Tests.Structure;

/// <summary>"1. Về …" areas directly over bold "a) Công tác …" headings: the lettered headings are the groups.</summary>
public sealed class LetterUnderDecimalTests
{
    [Fact]
    public void Extract_BoldLettersUnderDecimalAreas_LettersAreTheGroups()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế năm 2025

            I. NỘI DUNG KHẮC PHỤC

            **1. Về lãnh đạo thực hiện nhiệm vụ chính trị**

            **a) Công tác đảm bảo trật tự an toàn giao thông**

            Hạn chế: Tai nạn giao thông chưa giảm.

            - Tăng cường tuần tra, kiểm soát (thực hiện thường xuyên).

            **b) Công tác phòng, chống tội phạm ma túy**

            - Rà soát hồ sơ người sử dụng ma túy (Quý III/2026).

            **2. Về công tác xây dựng Đảng**

            **a) Công tác sinh hoạt chi bộ**

            - Bố trí lịch sinh hoạt ổn định (hằng tháng).

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Groups.Select(g => (g.Number, g.Title)).ShouldBe(
        [
            ("a", "Công tác đảm bảo trật tự an toàn giao thông"),
            ("b", "Công tác phòng, chống tội phạm ma túy"),
            ("a", "Công tác sinh hoạt chi bộ"),
        ]);
        record.Groups.Select(g => g.Tasks.Count).ShouldBe([1, 1, 1]);
        record.Groups[0].Weaknesses.ShouldBe(["Tai nạn giao thông chưa giảm."]);
    }

    [Fact]
    public void Extract_PlainLettersUnderDecimalGroups_DecimalsStayTheGroups()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế năm 2025

            I. NỘI DUNG KHẮC PHỤC

            **1. Nhóm hạn chế về công tác cán bộ**

            a) Rà soát quy hoạch cán bộ (Quý II/2026).

            b) Kiện toàn chi bộ thôn (tháng 9/2026).

            **2. Nhóm hạn chế về công tác kiểm tra**

            a) Xây dựng chương trình kiểm tra (Quý I/2026).

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Groups.Select(g => g.Number).ShouldBe(["1", "2"]);
        record.Groups.Select(g => g.Tasks.Count).ShouldBe([2, 1]);
    }
}

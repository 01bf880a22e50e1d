namespace DocIngest.Extraction.Tests.Structure;

public sealed class NumberingLevelTests
{
    [Fact]
    public void Extract_SentenceCaseArabicSectionsAndSameStyleGroupsAndTasks_TellsTheLevelsApart()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            **1. Mục đích, ý nghĩa, yêu cầu**

            - Khắc phục dứt điểm các hạn chế đã chỉ ra.

            **2. Nội dung, giải pháp khắc phục**

            **1. Nhóm hạn chế về công tác dân vận**

            Giải pháp thực hiện:

            1. Tổ chức đối thoại với Nhân dân (quý II/2026).

            2. Tăng cường tiếp công dân (thường xuyên).

            **2. Nhóm hạn chế về công tác cán bộ**

            1. Bổ sung quy hoạch cán bộ (trước ngày 31/3/2026).

            **3. Tổ chức thực hiện**

            Văn phòng theo dõi.
            """);

        record.Sections.Select(s => (s.Number, s.Title)).ShouldBe([
            ("1", "Mục đích, ý nghĩa, yêu cầu"), ("2", "Nội dung, giải pháp khắc phục"), ("3", "Tổ chức thực hiện")]);
        record.Groups.Select(g => (g.Number, g.Section, g.Title)).ShouldBe([
            ("1", "2", "Nhóm hạn chế về công tác dân vận"), ("2", "2", "Nhóm hạn chế về công tác cán bộ")]);
        record.Groups[0].Tasks.Select(t => t.Text).ShouldBe(["Tổ chức đối thoại với Nhân dân", "Tăng cường tiếp công dân"]);
        record.Groups[1].Tasks.ShouldHaveSingleItem().Text.ShouldBe("Bổ sung quy hoạch cán bộ");
    }

    [Fact]
    public void Extract_DecimalHeadingsOverMultiLevelSubHeadings_GroupsAreTheSubHeadings()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. NHIỆM VỤ, GIẢI PHÁP

            1. Lĩnh vực kinh tế

            1.1. Sản xuất nông nghiệp

            - Rà soát quỹ đất lúa kém hiệu quả (tháng 9/2026).

            1.2. Thu ngân sách

            - Đôn đốc thu nợ tiền sử dụng đất (thường xuyên).

            2. Lĩnh vực xã hội

            2.1. Giảm nghèo

            - Rà soát hộ nghèo cuối năm (trước ngày 15/12/2026).

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Groups.Select(g => (g.Number, g.Title)).ShouldBe([("1.1", "Sản xuất nông nghiệp"), ("1.2", "Thu ngân sách"), ("2.1", "Giảm nghèo")]);
        record.Tasks().Count.ShouldBe(3);
    }
}

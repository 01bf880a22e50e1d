namespace DocIngest.Extraction.Tests.Structure;

public sealed class TaskSectionTests
{
    [Fact]
    public void Extract_ClosingPhanCongThucHienSection_IsNotATaskSection()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. MỤC ĐÍCH, YÊU CẦU

            Khắc phục dứt điểm.

            II. NỘI DUNG, LỘ TRÌNH KHẮC PHỤC

            1. Công tác cán bộ

            - Bổ sung quy hoạch cán bộ (trước ngày 31/3/2026).

            III. PHÂN CÔNG THỰC HIỆN

            1. Căn cứ Kế hoạch này, các đồng chí được phân công chỉ đạo triển khai thực hiện.

            2. Giao Bộ phận Khoa giáo theo dõi, tổng hợp, báo cáo kết quả thực hiện.
            """);

        record.Groups.ShouldHaveSingleItem().Section.ShouldBe("II");
        record.Tasks().ShouldHaveSingleItem().Text.ShouldBe("Bổ sung quy hoạch cán bộ");
    }
}

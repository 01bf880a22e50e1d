using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Tests.Structure;

public sealed class OrdinalItemsTests
{
    [Fact]
    public void Extract_OneParagraphWithThuNhatThuHai_EachOrdinalIsATaskWithItsDeadline()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục sai sót

            I. MỤC ĐÍCH, YÊU CẦU

            Khắc phục ngay các sai sót.

            II. HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC

            Để khắc phục các hạn chế nêu trên, UBND phường giao công chức Tư pháp - Hộ tịch thực hiện: thứ nhất, hoàn thiện thông tin còn thiếu trong Sổ đăng ký khai sinh (trước ngày 31/7/2026); thứ hai, số hóa hồ sơ chứng thực (trong Quý IV/2026); thứ ba, tự kiểm tra việc ghi sổ hộ tịch (hằng tháng).

            III. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Advisors.ShouldBe(["công chức Tư pháp - Hộ tịch"]);
        group.Tasks.Select(t => t.Text).ShouldBe([
            "hoàn thiện thông tin còn thiếu trong Sổ đăng ký khai sinh", "số hóa hồ sơ chứng thực", "tự kiểm tra việc ghi sổ hộ tịch"]);
        group.Tasks.Select(t => t.Deadline.Kind).ShouldBe([DeadlineKind.Due, DeadlineKind.Due, DeadlineKind.Recurring]);
        group.Tasks[1].Deadline.Date.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void Extract_MotLaHaiLaAndAnOwnerSentence_TasksAndPartiesRead()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. GIẢI PHÁP KHẮC PHỤC

            Để khắc phục những hạn chế nêu trên, Ban Thường vụ Hội đề ra các giải pháp: một là, rà soát danh sách hội viên (hoàn thành trong tháng 9/2026); hai là, đôn đốc thu hồi các khoản vay quá hạn (trước ngày 31/10/2026).

            Đồng chí Lò Văn Pản, Chủ tịch Hội Nông dân huyện chỉ đạo chung; Văn phòng Hội Nông dân huyện tham mưu, theo dõi.

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Tasks.Select(t => t.Text).ShouldBe(["rà soát danh sách hội viên", "đôn đốc thu hồi các khoản vay quá hạn"]);
        group.Owners.ShouldBe([new Party("Lò Văn Pản", "Chủ tịch Hội Nông dân huyện")]);
        group.Advisors.ShouldBe(["Văn phòng Hội Nông dân huyện"]);
    }

    [Fact]
    public void Extract_IntroWithTuyenGiao_IsNotAnAssignment()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. NỘI DUNG KHẮC PHỤC

            Tập thể lãnh đạo Ban Tuyên giáo Huyện ủy đề ra giải pháp, lộ trình và phân công thực hiện như sau:

            - Tổ chức sinh hoạt chuyên đề (quý II/2026).

            Tham mưu: Trung tâm Chính trị huyện.

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Groups.ShouldHaveSingleItem().Advisors.ShouldBe(["Trung tâm Chính trị huyện"]);
    }
}

namespace DocIngest.Extraction.Tests.Structure;

public sealed class WeaknessLabelTests
{
    [Fact]
    public void Extract_InlineWeaknessLabelFollowedByDashes_DashesAreTasks()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. MỤC ĐÍCH, YÊU CẦU

            Khắc phục dứt điểm.

            II. NỘI DUNG KHẮC PHỤC

            1. Công tác cán bộ

            Hạn chế, khuyết điểm: Chậm bổ sung quy hoạch cán bộ; một số chức danh còn khuyết.

            - Bổ sung quy hoạch cán bộ (trước ngày 31/3/2026).

            - Kiện toàn các chức danh còn khuyết (quý II/2026).

            Phân công theo dõi, chỉ đạo: Đồng chí Hà Minh Đức, Trưởng Ban Tổ chức.

            III. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Weaknesses.ShouldBe(["Chậm bổ sung quy hoạch cán bộ; một số chức danh còn khuyết."]);
        group.Tasks.Select(t => t.Text).ShouldBe(["Bổ sung quy hoạch cán bộ", "Kiện toàn các chức danh còn khuyết"]);
        group.Tasks[1].Deadline.Date.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Fact]
    public void Extract_EmptyWeaknessLabelFollowedByDashes_DashesAreWeaknessesUntilSolutionsLabel()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. NỘI DUNG KHẮC PHỤC

            1. Công tác cán bộ

            Hạn chế, khuyết điểm:

            - Chậm bổ sung quy hoạch cán bộ.

            - Một số chức danh còn khuyết.

            Giải pháp thực hiện:

            - Bổ sung quy hoạch cán bộ (trước ngày 31/3/2026).

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Weaknesses.ShouldBe(["Chậm bổ sung quy hoạch cán bộ.", "Một số chức danh còn khuyết."]);
        group.Tasks.ShouldHaveSingleItem().Text.ShouldBe("Bổ sung quy hoạch cán bộ");
    }

    [Fact]
    public void Extract_WeaknessIntroThenPivot_ItemsBeforePivotAreWeaknessesAndAfterAreTasks()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục tồn tại

            I. NỘI DUNG KHẮC PHỤC

            1. Lĩnh vực y tế

            Qua giám sát, Thường trực HĐND huyện chỉ ra một số tồn tại, hạn chế:

            - Trạm Y tế một số xã thiếu bác sĩ;

            - Tỷ lệ hồ sơ sức khỏe điện tử được cập nhật còn thấp;

            Để khắc phục các tồn tại nêu trên, UBND huyện giao Trung tâm Y tế huyện chủ trì, phối hợp với UBND các xã, thị trấn thực hiện:

            a) Luân phiên bác sĩ về các trạm y tế chưa có bác sĩ (thực hiện thường xuyên).

            b) Cập nhật hồ sơ sức khỏe điện tử, trong năm 2026.

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Weaknesses.Count.ShouldBe(2);
        group.Weaknesses[0].ShouldStartWith("Trạm Y tế một số xã thiếu bác sĩ");
        group.Advisors.ShouldBe(["Trung tâm Y tế huyện"]);
        group.Partners.ShouldBe(["UBND các xã, thị trấn"]);
        group.Tasks.Select(t => t.Text).ShouldBe(["Luân phiên bác sĩ về các trạm y tế chưa có bác sĩ", "Cập nhật hồ sơ sức khỏe điện tử"]);
    }
}

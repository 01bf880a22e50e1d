namespace DocIngest.Extraction.Tests.Structure;

public sealed class WeaknessSectionTests
{
    [Fact]
    public void Extract_WeaknessOnlySectionBeforeOneSolutionGroup_WeaknessesGoToThatGroup()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục

            I. NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐƯỢC CHỈ RA

            (1) Công tác phát triển hội viên còn chạy theo số lượng; (2) Quỹ còn để nợ quá hạn kéo dài.

            II. GIẢI PHÁP KHẮC PHỤC

            Để khắc phục, Ban Thường vụ đề ra các giải pháp: một là, rà soát danh sách (tháng 9/2026); hai là, đôn đốc thu hồi nợ (năm 2026).

            III. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Section.ShouldBe("II");
        group.Weaknesses.ShouldBe(["Công tác phát triển hội viên còn chạy theo số lượng", "Quỹ còn để nợ quá hạn kéo dài."]);
        group.Tasks.Count.ShouldBe(2);
    }

    [Fact]
    public void Extract_WeaknessSectionWithTopics_EachWeaknessGoesToTheGroupOfItsTopic()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục

            I. HẠN CHẾ, KHUYẾT ĐIỂM CẦN KHẮC PHỤC

            Tuy nhiên, còn một số hạn chế, khuyết điểm sau:

            1. Về quản lý trật tự đô thị: Tình trạng lấn chiếm vỉa hè còn tái diễn.

            2. Về công tác kiểm tra, giám sát: Giám sát thường xuyên còn hình thức.

            II. GIẢI PHÁP KHẮC PHỤC

            1. Về công tác kiểm tra, giám sát

            - Đổi mới giám sát thường xuyên (thường xuyên).

            2. Về quản lý trật tự đô thị

            - Lập lại trật tự vỉa hè (tháng 8/2026).

            III. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Groups.Select(g => g.Title).ShouldBe(["Về công tác kiểm tra, giám sát", "Về quản lý trật tự đô thị"]);
        record.Groups[0].Weaknesses.ShouldBe(["Giám sát thường xuyên còn hình thức."]);
        record.Groups[1].Weaknesses.ShouldBe(["Tình trạng lấn chiếm vỉa hè còn tái diễn."]);
        record.Tasks().Count.ShouldBe(2);
    }
}

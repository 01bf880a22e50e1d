namespace DocIngest.Extraction.Tests.Structure;

/// <summary>Weaknesses stated in running sentences rather than under a "Hạn chế:" label.</summary>
public sealed class WeaknessSentenceTests
{
    private const string Head = """
        KẾ HOẠCH

        khắc phục hạn chế sau kiểm tra

        I. NỘI DUNG KHẮC PHỤC


        """;

    private const string Tail = """

        II. TỔ CHỨC THỰC HIỆN

        Văn phòng theo dõi.
        """;

    [Fact]
    public void Extract_PraiseThenTuyNhien_TheTextAfterThePivotIsTheWeakness()
    {
        var record = PlanText.Extract(Head + """
            a) Về hoạt động chuyên môn

            Qua kiểm tra, hoạt động chuyên môn cơ bản đi vào nền nếp. Tuy nhiên, việc đổi mới phương pháp dạy học còn chậm.

            Biện pháp:

            - Tổ chức chuyên đề đổi mới phương pháp dạy học (hoàn thành trong tháng 10).
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Weaknesses.ShouldBe(["việc đổi mới phương pháp dạy học còn chậm."]);
        group.Tasks.ShouldHaveSingleItem().Text.ShouldBe("Tổ chức chuyên đề đổi mới phương pháp dạy học");
    }

    [Fact]
    public void Extract_TuyNhienOpeningAList_IsNotItselfAWeakness()
    {
        var record = PlanText.Extract(Head + """
            Năm 2025, Đảng bộ hoàn thành tốt nhiệm vụ. Tuy nhiên, còn một số hạn chế, khuyết điểm sau:

            - Công tác kiểm tra chưa thường xuyên.

            Giải pháp khắc phục:

            - Xây dựng chương trình kiểm tra năm 2026 (Quý I/2026).
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Weaknesses.ShouldBe(["Công tác kiểm tra chưa thường xuyên."]);
        group.Tasks.ShouldHaveSingleItem();
    }

    [Fact]
    public void Extract_WeaknessCueThenNumberedItemsOnOneLine_GivesEachWeakness()
    {
        var record = PlanText.Extract(Head + """
            Các hạn chế được chỉ ra gồm: (1) Sổ đăng ký khai sinh còn 12 trường hợp ghi thiếu thông tin; (2) Việc lưu trữ hồ sơ chứng thực chưa khoa học.

            Giải pháp:

            - Hoàn thiện thông tin còn thiếu trong Sổ đăng ký khai sinh (tháng 9/2026).
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Weaknesses.ShouldBe(["Sổ đăng ký khai sinh còn 12 trường hợp ghi thiếu thông tin", "Việc lưu trữ hồ sơ chứng thực chưa khoa học."]);
        group.Tasks.ShouldHaveSingleItem();
    }
}

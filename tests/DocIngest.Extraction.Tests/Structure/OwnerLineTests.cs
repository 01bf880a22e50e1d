using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Tests.Structure;

public sealed class OwnerLineTests
{
    private const string Head = """
        KẾ HOẠCH

        khắc phục hạn chế

        I. NỘI DUNG KHẮC PHỤC


        """;

    private const string Tail = """

        II. TỔ CHỨC THỰC HIỆN

        Văn phòng theo dõi.
        """;

    [Theory]
    [InlineData("Người phụ trách: Đ/c Phạm Thị Nga - Phó Hiệu trưởng.")]
    [InlineData("Lãnh đạo Sở phụ trách: Đồng chí Phạm Thị Nga, Phó Hiệu trưởng.")]
    [InlineData("Đ/c Phạm Thị Nga - Phó Hiệu trưởng chỉ đạo thực hiện.")]
    public void Extract_OwnerLineForms_GiveTheGroupOwner(string ownerLine)
    {
        var record = PlanText.Extract(Head + $"""
            1. Công tác chuyên môn

            - Kiểm tra hồ sơ giáo viên (hằng tháng).

            {ownerLine}
            """ + Tail);

        var owner = record.Groups.ShouldHaveSingleItem().Owners.ShouldHaveSingleItem();
        owner.Name.ShouldBe("Phạm Thị Nga");
        owner.Title.ShouldBe("Phó Hiệu trưởng");
    }

    [Fact]
    public void Extract_AdvisorLabelPackedIntoTheOwnerLine_GivesOwnerAndAdvisor()
    {
        var record = PlanText.Extract(Head + """
            1. Công tác thiết bị

            - Kiểm kê thiết bị hư hỏng (tháng 10/2026).

            Người phụ trách: Cô Lê Thị Hoa, Phó Hiệu trưởng; Tham mưu: Tổ Văn phòng.
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Owners.ShouldBe([new Party("Lê Thị Hoa", "Phó Hiệu trưởng")]);
        group.Advisors.ShouldBe(["Tổ Văn phòng"]);
    }

    [Fact]
    public void Extract_TaskOpeningWithATopicLabel_IsATaskNotAPartnerLine()
    {
        // "Về công tác phối hợp:" ends with the partner cue but names the task's topic.
        var record = PlanText.Extract(Head + """
            1. Công tác chuyên môn

            - Về công tác phối hợp: Nâng cao chất lượng đánh giá, xếp loại cán bộ.

            - Kiểm tra hồ sơ giáo viên (hằng tháng).

            Phòng phối hợp: Tổ Văn phòng.
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Tasks.Select(t => t.Text).ShouldBe(["Về công tác phối hợp: Nâng cao chất lượng đánh giá, xếp loại cán bộ", "Kiểm tra hồ sơ giáo viên"]);
        group.Partners.ShouldBe(["Tổ Văn phòng"]);
    }

    [Fact]
    public void Extract_PhanCongValueWithUnitAndPerson_SplitsAdvisorFromOwner()
    {
        var record = PlanText.Extract(Head + """
            1. Chuyển đổi cơ cấu cây trồng

            - Rà soát quỹ đất lúa kém hiệu quả (tháng 9/2026).

            Phân công: Giao Phòng Kinh tế chủ trì tham mưu; đồng chí Lê Văn Hòa, Phó Chủ tịch UBND xã chỉ đạo.
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Advisors.ShouldBe(["Phòng Kinh tế"]);
        group.Owners.ShouldBe([new Party("Lê Văn Hòa", "Phó Chủ tịch UBND xã")]);
    }

    [Fact]
    public void Extract_ContentsAboveAreDirectedBy_AppliesToEveryGroupOfTheSection()
    {
        var record = PlanText.Extract(Head + """
            1. Công tác tuyển sinh

            - Rà soát hồ sơ tuyển sinh (trước ngày 15/7/2026).

            2. Công tác đào tạo

            - Biên soạn lại chương trình đào tạo (quý III/2026).

            Các nội dung trên do đồng chí Lê Văn Cường, Phó Giám đốc trực tiếp chỉ đạo; Phòng Đào tạo tham mưu thực hiện.
            """ + Tail);

        record.Groups.Count.ShouldBe(2);
        foreach (var group in record.Groups)
        {
            group.Owners.ShouldBe([new Party("Lê Văn Cường", "Phó Giám đốc")]);
            group.Advisors.ShouldBe(["Phòng Đào tạo"]);
        }
    }

    [Fact]
    public void Extract_SharedOwnerLineBeforeFirstGroup_AppliesToEveryGroupAndMakesNoGroup()
    {
        var record = PlanText.Extract(Head + """
            Phân công theo dõi chung cho các nội dung dưới đây: Đ/c Lý Thị Sen - Chủ tịch Hội; Đ/c Vàng Thị Dua - Phó Chủ tịch Hội.

            1. Phát triển hội viên

            - Kiện toàn chi hội trưởng (đã hoàn thành).

            2. Hỗ trợ phụ nữ phát triển kinh tế

            - Hỗ trợ 02 dự án khởi nghiệp (trước ngày 20/11/2026).

            Phân công theo dõi, chỉ đạo: Đ/c Lý Thị Sen - Chủ tịch Hội.
            """ + Tail);

        record.Groups.Select(g => g.Number).ShouldBe(["1", "2"]);
        record.Groups[0].Owners.Select(o => o.Name).ShouldBe(["Lý Thị Sen", "Vàng Thị Dua"]);
        record.Groups[1].Owners.Select(o => o.Name).ShouldBe(["Lý Thị Sen"]);
    }
}

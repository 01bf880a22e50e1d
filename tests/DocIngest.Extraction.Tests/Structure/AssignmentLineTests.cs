namespace DocIngest.Extraction.Tests.Structure;

public sealed class AssignmentLineTests
{
    private const string Head = """
        KẾ HOẠCH

        khắc phục hạn chế

        I. NỘI DUNG KHẮC PHỤC

        1. Công tác cán bộ


        """;

    private const string Tail = """

        II. TỔ CHỨC THỰC HIỆN

        Văn phòng theo dõi.
        """;

    [Fact]
    public void Extract_GiaoLineAfterTasks_SetsGroupAdvisorsAndPartners()
    {
        var record = PlanText.Extract(Head + """
            - Bổ sung quy hoạch cán bộ (trước ngày 31/3/2026).

            Giao Sở Tài chính chủ trì, phối hợp với Sở Tư pháp và Sở Nội vụ tham mưu tổ chức thực hiện.
            """ + Tail);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Advisors.ShouldBe(["Sở Tài chính"]);
        group.Partners.ShouldBe(["Sở Tư pháp", "Sở Nội vụ"]);
        group.Tasks.ShouldHaveSingleItem().Text.ShouldBe("Bổ sung quy hoạch cán bộ");
    }

    [Fact]
    public void Extract_TaskWithInlineGiaoChuTri_TaskHasItsOwnUnits()
    {
        var record = PlanText.Extract(Head + """
            - Giao Ban Dân vận chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc nắm tình hình tôn giáo (thực hiện thường xuyên).

            - Bổ sung quy hoạch cán bộ (trước ngày 31/3/2026).

            Tham mưu: Ban Tổ chức.
            """ + Tail);

        var tasks = record.Tasks();
        tasks[0].Advisors.ShouldBe(["Ban Dân vận"]);
        tasks[0].Partners.ShouldBe(["Ủy ban Mặt trận Tổ quốc"]);
        tasks[1].Advisors.ShouldBeNull();
        record.Groups.ShouldHaveSingleItem().Advisors.ShouldBe(["Ban Tổ chức"]);
    }
}

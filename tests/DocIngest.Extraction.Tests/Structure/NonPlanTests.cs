namespace DocIngest.Extraction.Tests.Structure;

/// <summary>Letters and invitations list addressees, not tasks; a plan without sections still has tasks.</summary>
public sealed class NonPlanTests
{
    [Fact]
    public void Extract_OfficialLetterWithAddresseeList_HasNoGroups()
    {
        var record = PlanText.Extract("""
            ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH

            Số: 1530/UBND-NC

            CÔNG VĂN

            Kính gửi:

            - Các sở, ban, ngành cấp tỉnh;

            - Ủy ban nhân dân các xã, phường.

            Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị gửi báo cáo trước ngày 10/6/2026.
            """);

        record.Document.Kind.ShouldBe("Công văn");
        record.Groups.ShouldBeEmpty();
    }

    [Fact]
    public void Extract_PlanWithoutSections_StillReadsItsTasks()
    {
        var record = PlanText.Extract("""
            ĐẢNG ỦY XÃ TÂN AN

            Số 12-KH/ĐU

            KẾ HOẠCH

            khắc phục hạn chế năm 2025

            - Rà soát hồ sơ đảng viên (Quý II/2026).

            - Kiện toàn chi bộ thôn (tháng 9/2026).
            """);

        record.Document.Kind.ShouldBe("Kế hoạch");
        record.Groups.ShouldHaveSingleItem().Tasks.Count.ShouldBe(2);
    }
}

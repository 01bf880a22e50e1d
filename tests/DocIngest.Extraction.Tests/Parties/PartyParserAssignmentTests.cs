using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Tests.Parties;

public sealed class PartyParserAssignmentTests
{
    private readonly PartyParser _parser = new();

    [Fact]
    public void FindAssignment_InlineGiao_ReadsLeadAndPartnersWithoutStripping()
    {
        const string text = "Rà soát biên chế, giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và UBND các huyện thực hiện.";
        var found = _parser.FindAssignment(text).ShouldNotBeNull();
        found.Advisors.ShouldBe(["Sở Nội vụ"]);
        found.Partners.ShouldBe(["Sở Tài chính", "UBND các huyện"]);
        found.Length.ShouldBe(0);
        text[found.Start..].ShouldStartWith("Sở Nội vụ");
    }

    [Fact]
    public void FindAssignment_ClauseStart_ReadsLead()
    {
        var found = _parser.FindAssignment("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành quy định.").ShouldNotBeNull();
        found.Advisors.ShouldBe(["Sở Nội vụ"]);
        found.Partners.ShouldBe(["Sở Tài chính"]);
    }

    [Fact]
    public void FindAssignment_IssuerGivesToBody_LeadIsAfterGiao()
    {
        var found = _parser.FindAssignment("Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy chủ trì phối hợp với Văn phòng Tỉnh ủy triển khai.").ShouldNotBeNull();
        found.Advisors.ShouldBe(["Ban Tổ chức Tỉnh ủy"]);
        found.Partners.ShouldBe(["Văn phòng Tỉnh ủy"]);
    }

    [Theory]
    [InlineData("Kiện toàn bộ máy (Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Tài chính, Công an tỉnh).", "Kiện toàn bộ máy", new[] { "Sở Nội vụ" }, new[] { "Sở Tài chính", "Công an tỉnh" })]
    [InlineData("Kiện toàn bộ máy (Cơ quan chủ trì: Văn phòng Ban)", "Kiện toàn bộ máy", new[] { "Văn phòng Ban" }, new string[0])]
    [InlineData("Kiện toàn bộ máy - Đơn vị chủ trì: Sở Nội vụ; Đơn vị phối hợp: các sở, ngành", "Kiện toàn bộ máy", new[] { "Sở Nội vụ" }, new[] { "các sở, ngành" })]
    [InlineData("Tổng kết công tác cán bộ; Sở Nội vụ chủ trì, phối hợp với Sở Tài chính.", "Tổng kết công tác cán bộ", new[] { "Sở Nội vụ" }, new[] { "Sở Tài chính" })]
    public void FindAssignment_Trailing_SpanStripsIt(string text, string remaining, string[] advisors, string[] partners)
    {
        var found = _parser.FindAssignment(text).ShouldNotBeNull();
        found.Advisors.ShouldBe(advisors);
        found.Partners.ShouldBe(partners);
        text.Remove(found.Start, found.Length).ShouldBe(remaining);
    }

    [Theory]
    [InlineData("Phối hợp Công an tỉnh, Sở Ngoại vụ và các đảng uỷ trực thuộc thực hiện việc theo dõi cán bộ (thực hiện thường xuyên).")]
    [InlineData("Chủ trì tham mưu công tác tổ chức bộ máy, cán bộ; tiếp tục rà soát, kiện toàn.")]
    [InlineData("Ban hành kế hoạch kiểm tra, giám sát, quản lý đảng viên.")]
    [InlineData("")]
    public void FindAssignment_NoLeadUnit_ReturnsNull(string text) => _parser.FindAssignment(text).ShouldBeNull();

    [Theory]
    [InlineData("Giao Ban Dân vận chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể cùng cấp nắm tình hình tôn giáo.", "Ủy ban Mặt trận Tổ quốc|các đoàn thể cùng cấp")]
    [InlineData("Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch giải quyết dứt điểm hồ sơ tồn đọng.", "Phòng Tài chính - Kế hoạch")]
    [InlineData("Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy quân sự xã tăng cường tuần tra.", "Ban Chỉ huy quân sự xã")]
    [InlineData("Giao Bộ phận Tuyên truyền chủ trì, phối hợp với Bộ phận Khoa giáo và Bộ phận Lý luận chính trị tham mưu tổ chức thực hiện.", "Bộ phận Khoa giáo|Bộ phận Lý luận chính trị")]
    [InlineData("Giao Văn phòng Sở chủ trì, phối hợp với Phòng Tổ chức - Biên chế và Thanh tra Sở tham mưu tổ chức thực hiện.", "Phòng Tổ chức - Biên chế|Thanh tra Sở")]
    [InlineData("Giao Văn phòng chủ trì, phối hợp với Ban Tổ chức Huyện ủy và Ủy ban Kiểm tra Huyện ủy tổ chức thực hiện.", "Ban Tổ chức Huyện ủy|Ủy ban Kiểm tra Huyện ủy")]
    public void FindAssignment_PartnersEndWhereTheTaskVerbStarts(string text, string partners)
    {
        var found = _parser.FindAssignment(text).ShouldNotBeNull();
        found.Partners.ShouldBe(partners.Split('|'));
    }

    [Theory]
    [InlineData("Giao Phòng Giáo dục phổ thông chủ trì, phối hợp với Phòng Tổ chức cán bộ thực hiện.", "Phòng Giáo dục phổ thông")]
    [InlineData("Giao công chức Địa chính - Xây dựng chủ trì, phối hợp với Công an xã thực hiện.", "công chức Địa chính - Xây dựng")]
    [InlineData("Giao Tổ Khoa học xã hội chủ trì, phối hợp với Công đoàn trường tham mưu tổ chức thực hiện.", "Tổ Khoa học xã hội")]
    public void FindAssignment_LeadWhoseNameFoldsLikeGiao_KeepsTheWholeLead(string text, string lead) =>
        _parser.FindAssignment(text).ShouldNotBeNull().Advisors.ShouldBe([lead]);
}

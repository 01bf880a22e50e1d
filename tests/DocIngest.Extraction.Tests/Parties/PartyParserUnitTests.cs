using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Tests.Parties;

public sealed class PartyParserUnitTests
{
    private readonly PartyParser _parser = new();

    [Theory]
    // The seed's "Tham mưu" values (gold advisors).
    [InlineData("Phòng Tổ chức - Cán bộ.", new[] { "Phòng Tổ chức - Cán bộ" })]
    [InlineData("Phòng Bảo vệ chính trị nội bộ.", new[] { "Phòng Bảo vệ chính trị nội bộ" })]
    [InlineData("Phòng Tổ chức đảng và đảng viên.", new[] { "Phòng Tổ chức đảng và đảng viên" })]
    [InlineData("Phòng Tổ chức đảng - Đảng viên", new[] { "Phòng Tổ chức đảng - Đảng viên" })]
    [InlineData("Các phòng và Văn phòng thuộc Ban.", new[] { "Các phòng và Văn phòng thuộc Ban" })]
    // Lists.
    [InlineData("Công an tỉnh, Sở Ngoại vụ và các đảng uỷ trực thuộc", new[] { "Công an tỉnh", "Sở Ngoại vụ", "các đảng uỷ trực thuộc" })]
    [InlineData("Sở Tài chính và UBND các huyện", new[] { "Sở Tài chính", "UBND các huyện" })]
    [InlineData("UBND các huyện, thị xã, thành phố", new[] { "UBND các huyện, thị xã, thành phố" })]
    [InlineData("Sở Nội vụ (chủ trì); Sở Tài chính", new[] { "Sở Nội vụ", "Sở Tài chính" })]
    [InlineData("Văn phòng Ban; Phòng Tổ chức - Cán bộ", new[] { "Văn phòng Ban", "Phòng Tổ chức - Cán bộ" })]
    [InlineData("*Tham mưu tổng hợp* ", new[] { "Tham mưu tổng hợp" })]
    [InlineData("Ủy ban nhân dân huyện, Mặt trận Tổ quốc và các đoàn thể", new[] { "Ủy ban nhân dân huyện", "Mặt trận Tổ quốc", "các đoàn thể" })]
    [InlineData("Các phòng, Văn phòng Ban", new[] { "Các phòng, Văn phòng Ban" })]
    [InlineData("BTCTU, Văn phòng Tỉnh ủy", new[] { "BTCTU", "Văn phòng Tỉnh ủy" })]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", new[] { "Sở Văn hóa, Thể thao và Du lịch" })]
    [InlineData("Sở Lao động - Thương binh và Xã hội; Ban Dân vận và Ban Tuyên giáo", new[] { "Sở Lao động - Thương binh và Xã hội", "Ban Dân vận", "Ban Tuyên giáo" })]
    [InlineData("Phòng Tổ chức cán bộ và viên chức", new[] { "Phòng Tổ chức cán bộ và viên chức" })]
    [InlineData("Ban Tổ chức Tỉnh ủy (chủ trì), Văn phòng Tỉnh ủy (phối hợp)", new[] { "Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy" })]
    // Units named by capitalised common words; lower-case they stay words.
    [InlineData("Trung tâm Chính trị huyện, Bộ phận Khoa giáo", new[] { "Trung tâm Chính trị huyện", "Bộ phận Khoa giáo" })]
    [InlineData("Tổ Khoa học xã hội, Công đoàn trường", new[] { "Tổ Khoa học xã hội", "Công đoàn trường" })]
    [InlineData("Phòng Tổ chức cán bộ, Khoa Kiểm soát nhiễm khuẩn", new[] { "Phòng Tổ chức cán bộ", "Khoa Kiểm soát nhiễm khuẩn" })]
    [InlineData("Công an xã và Công chức Địa chính - Xây dựng", new[] { "Công an xã", "Công chức Địa chính - Xây dựng" })]
    [InlineData("Văn phòng tiếp nhận, bộ phận một cửa", new[] { "Văn phòng tiếp nhận, bộ phận một cửa" })]
    // One unit whose name holds a separator.
    [InlineData("Các sở, ban, ngành", new[] { "Các sở, ban, ngành" })]
    [InlineData("Ban Dân vận các huyện ủy, thành ủy", new[] { "Ban Dân vận các huyện ủy, thành ủy" })]
    [InlineData("Văn phòng HĐND và UBND huyện", new[] { "Văn phòng HĐND và UBND huyện" })]
    [InlineData("Văn phòng Đoàn ĐBQH và HĐND tỉnh; Sở Nội vụ", new[] { "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Sở Nội vụ" })]
    [InlineData("Văn phòng Sở và UBND các huyện", new[] { "Văn phòng Sở", "UBND các huyện" })]
    public void ParseUnits_Value_SplitsOnlyBetweenUnitNames(string value, string[] expected) =>
        _parser.ParseUnits(value).ShouldBe(expected);

    [Fact]
    public void ParseUnits_Empty_ReturnsNone() => _parser.ParseUnits(" . ").ShouldBeEmpty();
}

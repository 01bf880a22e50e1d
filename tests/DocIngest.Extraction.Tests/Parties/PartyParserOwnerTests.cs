using System.Text;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Tests.Parties;

public sealed class PartyParserOwnerTests
{
    private readonly PartyParser _parser = new();

    [Theory]
    // The seed's five "Phân công theo dõi, chỉ đạo" values and their gold owners.
    [InlineData("Đồng chí **Tôn Thiện Đồng**, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.", "Tôn Thiện Đồng", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy")]
    [InlineData("Đồng chí **Trần Hữu Thành**, Tỉnh uỷ viên, Phó Trưởng Ban Tổ chức Tỉnh uỷ.", "Trần Hữu Thành", "Tỉnh uỷ viên, Phó Trưởng Ban Tổ chức Tỉnh uỷ")]
    [InlineData("Đồng chí **Phạm Ngọc Hà**, Phó Trưởng Ban Tổ chức Tỉnh uỷ.", "Phạm Ngọc Hà", "Phó Trưởng Ban Tổ chức Tỉnh uỷ")]
    [InlineData(" Đồng chí **Nguyễn Văn Dũng**, Phó Trưởng Ban Tổ chức Tỉnh ủy.", "Nguyễn Văn Dũng", "Phó Trưởng Ban Tổ chức Tỉnh ủy")]
    [InlineData("Các đồng chí lãnh đạo Ban Tổ chức Tỉnh ủy.", null, "Các đồng chí lãnh đạo Ban Tổ chức Tỉnh ủy")]
    // Prefix spellings, title after " - ", no title, upper-case names.
    [InlineData("Đ/c Nguyễn Thị Mai Trang, Phó Bí thư", "Nguyễn Thị Mai Trang", "Phó Bí thư")]
    [InlineData("đ/c Nguyễn Văn A - UVBTV, Phó Chủ tịch", "Nguyễn Văn A", "UVBTV, Phó Chủ tịch")]
    [InlineData("Đ/C Lê Văn Bình - UV.BTV/Phó Chủ tịch UBND", "Lê Văn Bình", "UV.BTV/Phó Chủ tịch UBND")]
    [InlineData("đồng chí Hoàng Minh Chính", "Hoàng Minh Chính", null)]
    // Given names whose accent-free spelling is also a title word's ("Phong"/"phòng", "Nhung"/"những", "Thu"/"thư").
    [InlineData("Đồng chí Nguyễn Thị Phong, Hiệu trưởng", "Nguyễn Thị Phong", "Hiệu trưởng")]
    // Degrees and forms of address before the name.
    [InlineData("BS. Vi Thị Hằng, Phó Giám đốc Trung tâm", "Vi Thị Hằng", "Phó Giám đốc Trung tâm")]
    [InlineData("BSCKII. Trần Văn Hải - Phó Giám đốc", "Trần Văn Hải", "Phó Giám đốc")]
    [InlineData("BS. Hoàng Minh Tiến, Phó Giám đốc Trung tâm.", "Hoàng Minh Tiến", "Phó Giám đốc Trung tâm")]
    [InlineData("Cô Đinh Thị Lan, Phó Hiệu trưởng", "Đinh Thị Lan", "Phó Hiệu trưởng")]
    [InlineData("Thầy Nguyễn Hoài Nam, Phó Hiệu trưởng", "Nguyễn Hoài Nam", "Phó Hiệu trưởng")]
    [InlineData("Đ/c Vũ Bảo Nhung - Phó Chủ tịch UBND huyện", "Vũ Bảo Nhung", "Phó Chủ tịch UBND huyện")]
    [InlineData("Đồng chí Đào Thị Thu Trang, Phó Giám đốc Sở", "Đào Thị Thu Trang", "Phó Giám đốc Sở")]
    [InlineData("Đ/C HOÀNG ĐỨC LONG", "HOÀNG ĐỨC LONG", null)]
    [InlineData("Đồng chí Tôn Thiện Đồng Ủy viên Ban Thường vụ Tỉnh ủy", "Tôn Thiện Đồng", "Ủy viên Ban Thường vụ Tỉnh ủy")]
    [InlineData("Ông: Nguyễn Văn Hải, Chức vụ: Hiệu trưởng", "Nguyễn Văn Hải", "Hiệu trưởng")]
    [InlineData("Đồng chí Lê Thị Hồng (Phó Trưởng Ban)", "Lê Thị Hồng", "Phó Trưởng Ban")]
    [InlineData("Đ/c Hùng - PBT", "Hùng", "PBT")]
    [InlineData("đ/c Hùng", "Hùng", null)]
    [InlineData("Đồng chí Nguyễn Văn A, Phó Trưởng Ban Tổ chức và Văn phòng", "Nguyễn Văn A", "Phó Trưởng Ban Tổ chức và Văn phòng")]
    // Title before the name.
    [InlineData("đồng chí Bí thư Tỉnh ủy Nguyễn Văn A", "Nguyễn Văn A", "Bí thư Tỉnh ủy")]
    [InlineData("Đồng chí Phó Chủ tịch UBND tỉnh Trần Văn Bảy", "Trần Văn Bảy", "Phó Chủ tịch UBND tỉnh")]
    // No prefix: a person only when the value starts with a surname.
    [InlineData("Nguyễn Văn Dũng, Phó Trưởng Ban", "Nguyễn Văn Dũng", "Phó Trưởng Ban")]
    [InlineData("Nguyen Van Dung, Pho Truong Ban", "Nguyen Van Dung", "Pho Truong Ban")]
    // Collectives.
    [InlineData("Thường trực Đảng ủy", null, "Thường trực Đảng ủy")]
    [InlineData("Ban Thường vụ Huyện ủy.", null, "Ban Thường vụ Huyện ủy")]
    [InlineData("Lãnh đạo Sở", null, "Lãnh đạo Sở")]
    [InlineData("Ban Tổ chức Tỉnh ủy", null, "Ban Tổ chức Tỉnh ủy")]
    [InlineData("Ban Tổ chức Huyện ủy Lâm Hà", null, "Ban Tổ chức Huyện ủy Lâm Hà")]
    [InlineData("Đồng chí Phó Bí thư Thường trực", null, "Phó Bí thư Thường trực")]
    [InlineData("Đồng chí Bí thư Đảng uỷ, Giám đốc Bệnh viện", null, "Bí thư Đảng uỷ, Giám đốc Bệnh viện")]
    // No prefix, title first: a full name (three words or more) at the end is the person; two words are a place.
    [InlineData("Phó Giám đốc Sở Vương Thị Lệ", "Vương Thị Lệ", "Phó Giám đốc Sở")]
    [InlineData("Trưởng phòng Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "Trưởng phòng")]
    [InlineData("Phó Chủ tịch UBND xã Giàng Seo Phử", "Giàng Seo Phử", "Phó Chủ tịch UBND xã")]
    [InlineData("Đ/c Sùng A Páo - Bí thư Chi bộ", "Sùng A Páo", "Bí thư Chi bộ")]
    [InlineData("Tổng hợp Văn Phòng", null, "Tổng hợp Văn Phòng")]
    [InlineData("Bí thư Huyện ủy Lâm Hà", null, "Bí thư Huyện ủy Lâm Hà")]
    [InlineData("Giám đốc Sở Nội vụ", null, "Giám đốc Sở Nội vụ")]
    public void ParseOwners_OneOwner_ReadsNameAndTitle(string value, string? name, string? title)
    {
        var owners = _parser.ParseOwners(value);
        owners.ShouldBe([new Party(name, title)]);
    }

    [Theory]
    [InlineData("Đồng chí Nguyễn Văn A, Bí thư; Đồng chí Trần Văn B, Phó Bí thư")]
    [InlineData("Đồng chí Nguyễn Văn A, Bí thư\nĐồng chí Trần Văn B, Phó Bí thư")]
    [InlineData("Đồng chí Nguyễn Văn A, Bí thư và đồng chí Trần Văn B, Phó Bí thư")]
    [InlineData("Đồng chí Nguyễn Văn A, Bí thư, đồng chí Trần Văn B, Phó Bí thư.")]
    [InlineData("Đồng chí Nguyễn Văn A (Bí thư) và Trần Văn B (Phó Bí thư)")]
    [InlineData("Thầy Nguyễn Văn A, Bí thư và thầy Trần Văn B, Phó Bí thư")]
    public void ParseOwners_SeveralPeople_ReturnsEach(string value) =>
        _parser.ParseOwners(value).ShouldBe([new Party("Nguyễn Văn A", "Bí thư"), new Party("Trần Văn B", "Phó Bí thư")]);

    [Fact]
    public void ParseOwners_NfdInput_ReturnsNfc()
    {
        var value = "Đồng chí Tôn Thiện Đồng, Trưởng Ban Tổ chức Tỉnh ủy.".Normalize(NormalizationForm.FormD);
        _parser.ParseOwners(value).ShouldBe([new Party("Tôn Thiện Đồng", "Trưởng Ban Tổ chức Tỉnh ủy")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  .  ")]
    public void ParseOwners_Empty_ReturnsNone(string value) => _parser.ParseOwners(value).ShouldBeEmpty();
}

using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Tests.Metadata;

public sealed class SignaturesTests
{
    [Theory]
    [InlineData("Phạm Hữu Toàn", true)]
    [InlineData("Mùa A Tủa", true)]
    [InlineData("Y Khuê Niê", true)]
    [InlineData("Nguyễn Văn A", true)]
    [InlineData("A B", false)]
    [InlineData("Thường trực Tỉnh ủy", false)]
    [InlineData("CHỦ TỊCH", false)]
    public void IsPersonalName_Text_TellsNamesFromOtherLines(string text, bool expected) =>
        Signatures.IsPersonalName(text).ShouldBe(expected);

    [Theory]
    [InlineData("GIÁM ĐỐC", true)]
    [InlineData("PHÓ CHÁNH VĂN PHÒNG", true)]
    [InlineData("TRƯỞNG BAN KIỂM TRA", true)]
    [InlineData("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", false)]
    [InlineData("Giám đốc", false)]
    [InlineData("GIÁO VIÊN ĐƯỢC KIỂM TRA", false)]
    public void IsOffice_Text_RecognisesSigningOffices(string text, bool expected) =>
        Signatures.IsOffice(text).ShouldBe(expected);

    [Theory]
    [InlineData("K/T TRƯỞNG BAN", true)]
    [InlineData("TM. UỶ BAN NHÂN DÂN", true)]
    [InlineData("KT. CHỦ TỊCH", true)]
    [InlineData("TL. CHỦ TỊCH", true)]
    [InlineData("Tm. ủy ban nhân dân", false)]
    public void IsAuthority_Text_NeedsUpperCaseAndADelegationMark(string text, bool expected) =>
        Signatures.IsAuthority(text).ShouldBe(expected);
}

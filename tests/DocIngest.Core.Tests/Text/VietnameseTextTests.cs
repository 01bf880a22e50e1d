using System.Text;
using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Tỉnh uỷ", "Tỉnh ủy")]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("khoá học", "khóa học")]
    [InlineData("Thuỵ Sĩ", "Thụy Sĩ")]
    [InlineData("hòa", "hòa")]
    [InlineData("Ủy ban", "Ủy ban")]
    public void CanonicalTones_OldPlacement_BecomesModern(string text, string expected) =>
        VietnameseText.CanonicalTones(text).ShouldBe(expected);

    [Fact]
    public void Nfc_DecomposedInput_IsComposed()
    {
        var decomposed = "Việt Nam".Normalize(NormalizationForm.FormD);
        decomposed.Length.ShouldBeGreaterThan("Việt Nam".Length);

        VietnameseText.Nfc(decomposed).ShouldBe("Việt Nam");
    }

    [Theory]
    [InlineData("Tôn Thiện Đồng", "ton thien dong")]
    [InlineData("ĐẢNG ỦY XÃ", "dang uy xa")]
    [InlineData("Phòng Tổ chức – Cán bộ", "phong to chuc - can bo")]
    [InlineData("“tự diễn biến”", "\"tu dien bien\"")]
    [InlineData("  nhiều   khoảng\ttrắng ", "nhieu khoang trang")]
    public void FoldKey_RemovesMarksCaseAndPunctuationVariants(string text, string expected) =>
        VietnameseText.FoldKey(text).ShouldBe(expected);

    [Fact]
    public void ContainsFolded_TypedWithoutAccents_FindsTheName() =>
        VietnameseText.ContainsFolded("Đồng chí Tôn Thiện Đồng, Trưởng Ban", "ton thien").ShouldBeTrue();
}

using System.Text;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Tests.Deadlines;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("Quý II/2026", "quy ii/2026")]
    [InlineData("Tỉnh uỷ – Đảng ủy", "tinh uy - dang uy")]
    [InlineData("TRƯỚC NGÀY", "truoc ngay")]
    [InlineData("a\u00A0b", "a b")]
    public void Create_Text_FoldsOneCharPerBaseChar(string text, string expected) =>
        FoldedText.Create(text).Folded.ShouldBe(expected);

    [Fact]
    public void ToOriginal_NfdText_SpanIncludesCombiningMarks()
    {
        var text = "Rà soát quý".Normalize(NormalizationForm.FormD);
        var folded = FoldedText.Create(text);
        folded.Folded.ShouldBe("ra soat quy");
        var index = folded.Folded.IndexOf("soat", StringComparison.Ordinal);
        folded.OriginalText(index, 4).Normalize(NormalizationForm.FormC).ShouldBe("soát");
        folded.OriginalText(0, folded.Folded.Length).ShouldBe(text);
    }
}

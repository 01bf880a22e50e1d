using DocIngest.Core.Text;

namespace DocIngest.Audit.Tests.Scoring;

/// <summary>The scorer's norm/tokens/sim checked against the contract's wording, case by case.</summary>
public sealed class ContractTextTests
{
    [Theory]
    [InlineData("Tỉnh uỷ", "tỉnh ủy")]
    [InlineData("TỈNH UỶ", "tỉnh ủy")]
    [InlineData("Hoà bình", "hòa bình")]
    [InlineData("Phòng Tổ chức – Cán bộ", "phòng tổ chức - cán bộ")]
    [InlineData("“tự diễn biến”", "\"tự diễn biến\"")]
    [InlineData("  - Lãnh đạo   Ban;  ", "lãnh đạo ban")]
    [InlineData("• Thường trực Tỉnh ủy.", "thường trực tỉnh ủy")]
    [InlineData("+ Lưu VP:", "lưu vp")]
    public void Norm_ContractExamples(string text, string expected)
    {
        TextSimilarity.Norm(text).ShouldBe(TextSimilarity.Norm(expected));
        TextSimilarity.Norm(text).ShouldNotEndWith(" ");
    }

    [Fact]
    public void Norm_DecomposedInput_EqualsComposed()
    {
        var nfd = "Tỉnh ủy".Normalize(System.Text.NormalizationForm.FormD);

        TextSimilarity.Norm(nfd).ShouldBe(TextSimilarity.Norm("Tỉnh ủy"));
    }

    [Fact]
    public void Tokens_SplitOnEveryNonLetterOrDigit()
    {
        TextSimilarity.Tokens("Số 15-KH/BTCTU, ngày 20/4").ShouldBe(["số", "15", "kh", "btctu", "ngày", "20", "4"]);
    }

    [Fact]
    public void Sim_IsF1OfTokenMultisets()
    {
        // {a, a, b} vs {a, b, b, c}: common = 2 (one a, one b) → 2·2 / 7.
        TextSimilarity.Sim("a a b", "a b b c").ShouldBe(4.0 / 7, 1e-12);
        TextSimilarity.Sim("", null).ShouldBe(1.0);
        TextSimilarity.Sim("", "a").ShouldBe(0.0);
    }
}

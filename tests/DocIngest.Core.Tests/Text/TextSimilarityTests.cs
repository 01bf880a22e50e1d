using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

/// <summary>The contract's norm/tokens/sim, with expected values worked out by hand.</summary>
public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData("- Thường trực Tỉnh uỷ (báo cáo),", "thường trực tỉnh ủy (báo cáo)")]
    [InlineData("• Lãnh đạo Ban;", "lãnh đạo ban")]
    [InlineData("Phòng Tổ chức — Cán bộ.", "phòng tổ chức - cán bộ")]
    [InlineData(null, "")]
    public void Norm_FollowsTheContract(string? text, string expected) =>
        TextSimilarity.Norm(text).ShouldBe(expected);

    // The contract maps every "uý" to "úy", so "quý" becomes "qúy": odd to read, harmless because
    // both sides of a comparison go through the same mapping.
    [Fact]
    public void Tokens_SplitOnEverythingButLettersAndDigits() =>
        TextSimilarity.Tokens("Quý II/2026, 3% trở lên").ShouldBe(["qúy", "ii", "2026", "3", "trở", "lên"]);

    [Theory]
    [InlineData("a b c d", "a b c d", 1.0)]
    [InlineData("a b c d", "a b", 2.0 * 2 / 6)]
    [InlineData("a a b", "a b b", 2.0 * 2 / 6)]
    [InlineData("", "", 1.0)]
    [InlineData("a", "", 0.0)]
    public void Sim_IsTheF1OfTokenMultisets(string a, string b, double expected) =>
        TextSimilarity.Sim(a, b).ShouldBe(expected, 1e-12);

    [Fact]
    public void Sim_OldAndNewTonePlacement_AreEqual() =>
        TextSimilarity.Sim("Tỉnh uỷ viên", "Tỉnh ủy viên").ShouldBe(1.0);
}

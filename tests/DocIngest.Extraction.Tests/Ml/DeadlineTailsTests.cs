using DocIngest.Extraction.Ml;

namespace DocIngest.Extraction.Tests.Ml;

public sealed class DeadlineTailsTests
{
    [Fact]
    public void Candidates_TrailingWords_IncludeLastClauseAndShortSuffixes()
    {
        const string text = "Tổ chức tọa đàm, biểu dương các mô hình tiêu biểu hằng năm";

        var candidates = DeadlineTails.Candidates(text);

        candidates.ShouldContain(("biểu dương các mô hình tiêu biểu hằng năm", text.IndexOf(',') + 1));
        candidates.ShouldContain(("hằng năm", text.IndexOf("hằng", StringComparison.Ordinal)));
        candidates.ShouldNotContain(c => c.Phrase == text);
        candidates.All(c => text[c.Start..].TrimStart().StartsWith(c.Phrase, StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public void Candidates_TrailingParenthesis_IsTheOnlyCandidate()
    {
        var candidates = DeadlineTails.Candidates("Rà soát hồ sơ (khi có hướng dẫn của cấp trên).");

        candidates.ShouldBe([("khi có hướng dẫn của cấp trên", 14)]);
    }
}

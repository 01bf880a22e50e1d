using DocIngest.Audit.Corpus;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Tests.Corpus;

public sealed class GoldDeadlineCheckerTests
{
    [Theory]
    [InlineData("hoàn thành trong tháng 7/2026", "Month")]
    [InlineData("Quý II/2026", "Quarter")]
    [InlineData("quý 2 năm 2026", "Quarter")]
    [InlineData("6 tháng đầu năm 2026", "Half")]
    [InlineData("trong năm 2026", "Year")]
    [InlineData("tháng 12 năm 2026", "Month")]
    public void NamedPeriod_PeriodPhrase_ThePeriod(string text, string expected) =>
        GoldDeadlineChecker.NamedPeriod(text).ShouldBe(Enum.Parse<Period>(expected));

    [Theory]
    [InlineData("trước ngày 15/8/2026")]
    [InlineData("trước 15-8-2026")]
    [InlineData("ngày 15 tháng 8 năm 2026")]
    [InlineData("trong 60 ngày kể từ ngày ký")]
    [InlineData("trước 30/6")]
    [InlineData("theo quy định")]
    [InlineData("sau khi có kết luận")]
    public void NamedPeriod_DayOrNoPeriod_Null(string text) =>
        GoldDeadlineChecker.NamedPeriod(text).ShouldBeNull();

    [Theory]
    [InlineData("2026-02-28", "Month", true)]
    [InlineData("2026-02-27", "Month", false)]
    [InlineData("2026-06-30", "Quarter", true)]
    [InlineData("2026-07-31", "Quarter", false)]
    [InlineData("2026-06-30", "Half", true)]
    [InlineData("2026-09-30", "Half", false)]
    [InlineData("2026-12-31", "Year", true)]
    [InlineData("2026-11-30", "Year", false)]
    public void IsEndOf_Date_TrueOnlyOnThePeriodsLastDay(string date, string period, bool expected) =>
        GoldDeadlineChecker.IsEndOf(VerifierFixture.Date(date), Enum.Parse<Period>(period)).ShouldBe(expected);

    [Fact]
    public void ContextOf_NoIssueDate_LatestYearOfTheTitle()
    {
        var gold = new PlanRecord
        {
            Source = "x.md",
            Document = new DocumentInfo { Title = "khắc phục hạn chế năm 2025, định hướng 2026 - 2027" },
        };

        GoldDeadlineChecker.ContextOf(gold).ShouldBe(new Extraction.Deadlines.DeadlineContext(2027, null));
    }
}

using DocIngest.Audit.Reports;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Tests.Reports;

public sealed class ThresholdTests
{
    // strict: tp 2, fp 0, fn 1 → F1 = 4/5 = 0.8; task: tp 3, fp 1, fn 0 → F1 = 6/7 ≈ 0.857.
    private static readonly CorpusScore Score = new(
        ScoreSheet.Empty with { StrictTasks = new Counts(2, 0, 1), Tasks = new Counts(3, 1, 0) },
        []);

    [Fact]
    public void Parse_MetricEqualsValue_Parsed()
    {
        Threshold.Parse(" Strict_Task_F1 = 0.75 ").ShouldBe(new Threshold("strict_task_f1", 0.75));
    }

    [Theory]
    [InlineData("strict_task_f1")]
    [InlineData("=0.8")]
    [InlineData("strict_task_f1=high")]
    [InlineData("strict_task_f1=-1")]
    public void Parse_Malformed_FormatException(string text)
    {
        Should.Throw<FormatException>(() => Threshold.Parse(text)).Message.ShouldContain(text);
    }

    [Fact]
    public void Parse_UnknownMetric_ErrorListsKnownNames()
    {
        var ex = Should.Throw<FormatException>(() => Threshold.Parse("task_f2=0.5"));

        ex.Message.ShouldContain("unknown metric 'task_f2'");
        ex.Message.ShouldContain("strict_task_f1");
        ex.Message.ShouldContain("failed_documents");
    }

    [Fact]
    public void Check_ReturnsOnlyThresholdsNotReached()
    {
        var failures = ThresholdCheck.Check(Score, ["strict_task_f1=0.8", "task_f1=0.9", "strict_task_precision=0.5"]);

        Score.Metric("strict_task_f1").ShouldBe(0.8, 1e-12);
        var failure = failures.ShouldHaveSingleItem();
        failure.Metric.ShouldBe("task_f1");
        failure.Actual.ShouldBe(6.0 / 7, 1e-12);
        failure.ToString().ShouldBe("task_f1 = 0.857 is below the required 0.900");
    }
}

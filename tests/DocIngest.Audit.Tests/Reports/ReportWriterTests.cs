using System.Text.Json;
using DocIngest.Audit.Reports;
using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _outputDir = Path.Combine(Path.GetTempPath(), "docingest-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_outputDir))
        {
            Directory.Delete(_outputDir, recursive: true);
        }
    }

    /// <summary>A perfect document, one with a wrong date (with evidence) and one failure.</summary>
    private static AuditResult Result()
    {
        var scorer = new PlanScorer();
        var gold = Record(Group("1", "nhóm", Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-06-30")));
        var wrong = Record(Group("1", "nhóm",
            Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-09-30", new Evidence("body[12]", "deadline-paren"))));
        var documents = new[]
        {
            scorer.Score(gold, gold) with { Name = "p/perfect.md" },
            scorer.Score(gold, wrong) with { Name = "p/wrong|date.md" },
            scorer.ScoreFailure(gold, "InvalidDataException: not a zip") with { Name = "p/broken.docx" },
        };
        return new AuditResult("test", "/corpus", [], scorer.Aggregate(documents), [new("/corpus/p/manifest.tsv", 3, "Unknown split 'x'.")]);
    }

    [Fact]
    public void Markdown_HeadlineFailuresWorstFirstAndMismatchesSideBySide()
    {
        var md = MarkdownReportWriter.Write(Result());

        // 3 gold tasks, 2 predicted, 1 strict-correct: P 1/2, R 1/3, F1 2/5.
        md.ShouldContain("| strict_task_f1 | 0.400 | tp=1 fp=1 fn=2 |");
        md.ShouldContain("| failed_documents | 1 |  |");
        md.ShouldContain("| p/broken.docx | InvalidDataException: not a zip |");
        md.ShouldContain("| error | /corpus/p/manifest.tsv | 3 | Unknown split 'x'. |");
        md.ShouldContain("| task.deadline.date | 2026-06-30 | 2026-09-30 | rà soát hồ sơ cán bộ | body\\[12\\] · deadline-paren |");
        // The pipe in a document name must not break the table.
        md.ShouldContain("p/wrong\\|date.md");
        // Worst first: both F1 0 documents (failure has 6 field misses, so it leads), then the perfect one.
        var broken = md.IndexOf("| p/broken.docx (failed) |", StringComparison.Ordinal);
        var wrong = md.IndexOf("| p/wrong\\|date.md |", StringComparison.Ordinal);
        var perfect = md.IndexOf("| p/perfect.md |", StringComparison.Ordinal);
        broken.ShouldBeGreaterThan(0);
        broken.ShouldBeLessThan(wrong);
        wrong.ShouldBeLessThan(perfect);
    }

    [Fact]
    public void Reports_NameTheClassifierModeThatExtracted()
    {
        var result = Result() with { Mode = "combined" };

        var md = MarkdownReportWriter.Write(result);
        var json = System.Text.Json.Nodes.JsonNode.Parse(JsonReportWriter.Write(result))!;

        md.ShouldStartWith("# DocIngest audit: split test, mode combined");
        json["mode"]!.GetValue<string>().ShouldBe("combined");
        MarkdownReportWriter.Write(Result()).ShouldStartWith("# DocIngest audit: split test, mode rules");
    }

    [Fact]
    public void Html_MarkupInExtractedText_IsEscapedNotRendered()
    {
        var scorer = new PlanScorer();
        var gold = Record(Group("1", "nhóm", Task("rà soát hồ sơ cán bộ")));
        var predicted = Record(Group("1", "nhóm", Task("<script>alert(1)</script> *đậm* | ô")));
        var score = scorer.Aggregate([scorer.Score(gold, predicted) with { Name = "x.md" }]);

        var html = HtmlReportWriter.Write(MarkdownReportWriter.Write(new AuditResult("all", "/c", [], score, [])));

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; *đậm* | ô");
    }

    [Fact]
    public void Summary_ListsMetricsAndFailures()
    {
        var text = SummaryTableWriter.Write(Result());

        text.ShouldContain("Audit of split 'test': 3 documents, 1 failed.");
        text.ShouldContain("strict_task_f1");
        text.ShouldContain("0.400");
        text.ShouldContain("p/broken.docx: InvalidDataException: not a zip");
    }

    [Fact]
    public async Task WriteAsync_WritesMarkdownHtmlAndJson()
    {
        var paths = await ReportFiles.WriteAsync(Result(), _outputDir);

        File.ReadAllText(paths.Markdown).ShouldContain("## Mismatches");
        var html = File.ReadAllText(paths.Html);
        html.ShouldContain("<table>");
        html.ShouldContain("<td>task.deadline.date</td>");
        html.ShouldContain("<td>2026-06-30</td>");
        html.ShouldContain("<td>p/wrong|date.md</td>");
        html.ShouldContain("<meta charset=\"utf-8\">");

        using var json = JsonDocument.Parse(File.ReadAllText(paths.Json));
        var root = json.RootElement;
        root.GetProperty("schema").GetString().ShouldBe("docingest.audit/1");
        root.GetProperty("metrics").GetProperty("strict_task_f1").GetDouble().ShouldBe(0.4);
        root.GetProperty("metrics").GetProperty("documents").GetDouble().ShouldBe(3);
        root.GetProperty("failures")[0].GetProperty("name").GetString().ShouldBe("p/broken.docx");
        var wrong = root.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "p/wrong|date.md");
        wrong.GetProperty("metrics").GetProperty("strict_task_f1").GetDouble().ShouldBe(0);
        var mismatch = wrong.GetProperty("mismatches")[0];
        mismatch.GetProperty("field").GetString().ShouldBe("task.deadline.date");
        mismatch.GetProperty("evidence").GetProperty("rule").GetString().ShouldBe("deadline-paren");
        root.GetProperty("counts").GetProperty("strict_tasks").GetProperty("true_positives").GetInt32().ShouldBe(1);
    }
}

using DocIngest.Audit.Corpus;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Reports;

public sealed class AuditRunnerTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task RunAsync_ExtractorThrows_DocumentFailsRunContinues()
    {
        var good = Record(Group("1", "nhóm", Task("rà soát hồ sơ", DeadlineKind.Recurring))) with { Source = "good.md" };
        var bad = Record(Group("1", "nhóm", Task("kiện toàn bộ máy", DeadlineKind.Recurring))) with { Source = "bad.docx" };
        _corpus.AddDocument("p/good.md", good);
        _corpus.AddDocument("p/bad.docx", bad);
        _corpus.AddDocument("p/other.md", good with { Source = "other.md" });
        _corpus.Write("p/manifest.tsv", "name\tsplit\tclasses\ngood.md\ttest\t\nbad.docx\ttest\t\nother.md\ttrain\t\n");
        var corpus = CorpusLoader.Load(_corpus.Root);

        var result = await new AuditRunner(maxParallelism: 2).RunAsync(
            corpus,
            "TEST",
            (path, _) => path.EndsWith("bad.docx", StringComparison.Ordinal)
                ? throw new InvalidDataException("not a zip")
                : PlanJson.Deserialize(File.ReadAllText(Path.ChangeExtension(path, ".gold.json"))),
            CancellationToken.None);

        result.Split.ShouldBe("test");
        result.Score.Documents.Select(d => d.Name).ShouldBe(["p/bad.docx", "p/good.md"]);
        var failure = result.Score.Failures.ShouldHaveSingleItem();
        failure.Name.ShouldBe("p/bad.docx");
        failure.Error.ShouldBe("InvalidDataException: not a zip");
        // good: tp 1; bad: fn 1 → P 1, R 0.5, F1 2/3.
        result.Score.Metric("strict_task_f1").ShouldBe(2.0 / 3, 1e-12);
        result.Score.Metric("failed_documents").ShouldBe(1);
    }

    [Fact]
    public async Task Reports_ClassBreakdown_MicroAveragedPerClass()
    {
        var good = Record(Group("1", "nhóm", Task("rà soát hồ sơ", DeadlineKind.Recurring))) with { Source = "good.md" };
        var bad = Record(Group("1", "nhóm", Task("kiện toàn bộ máy", DeadlineKind.Recurring))) with { Source = "bad.docx" };
        _corpus.AddDocument("p/good.md", good);
        _corpus.AddDocument("p/bad.docx", bad);
        _corpus.Write("p/manifest.tsv", "name\tsplit\tclasses\ngood.md\ttest\ttask-dash,old-tone\nbad.docx\ttest\ttask-dash\n");
        var corpus = CorpusLoader.Load(_corpus.Root);

        var result = await new AuditRunner().RunAsync(
            corpus,
            "test",
            (path, _) => path.EndsWith("bad.docx", StringComparison.Ordinal)
                ? throw new InvalidDataException("not a zip")
                : PlanJson.Deserialize(File.ReadAllText(Path.ChangeExtension(path, ".gold.json"))),
            CancellationToken.None);
        var md = DocIngest.Audit.Reports.MarkdownReportWriter.Write(result);

        // task-dash: good (tp 1) + bad (fn 1) → F1 2/3; old-tone: good only → 1.
        md.ShouldContain("| task-dash | 2 | 1 | 0.667 |");
        md.ShouldContain("| old-tone | 1 | 0 | 1.000 |");
        md.IndexOf("| task-dash |", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("| old-tone |", StringComparison.Ordinal));
        md.ShouldContain("| p/good.md | test |");
    }

    [Fact]
    public async Task RunAsync_ExtractorExceedsTimeout_DocumentFails()
    {
        _corpus.AddDocument("slow.md");
        var corpus = CorpusLoader.Load(_corpus.Root);

        var result = await new AuditRunner(documentTimeout: TimeSpan.FromMilliseconds(50)).RunAsync(
            corpus,
            "all",
            (_, token) =>
            {
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
                token.ThrowIfCancellationRequested();
                throw new InvalidOperationException("the token was never cancelled");
            },
            CancellationToken.None);

        result.Score.Failures.ShouldHaveSingleItem().Error!.ShouldStartWith("Timed out after");
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        _corpus.AddDocument("a.md");
        var corpus = CorpusLoader.Load(_corpus.Root);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new AuditRunner().RunAsync(corpus, "all", (_, _) => throw new InvalidOperationException("not called"), cts.Token));
    }
}

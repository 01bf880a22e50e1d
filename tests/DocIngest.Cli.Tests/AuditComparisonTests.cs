using System.Text.Json.Nodes;

namespace DocIngest.Cli.Tests;

public sealed class AuditComparisonTests : IDisposable
{
    private static readonly string Root = FindRoot();
    private readonly string _reportDir = Path.Combine(Path.GetTempPath(), "docingest-audit-compare-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_reportDir))
        {
            Directory.Delete(_reportDir, recursive: true);
        }
    }

    [Fact]
    public async Task Audit_CombinedOnTestSplit_ReportShowsTheThreeModesSideBySide()
    {
        var (code, output, error) = await CliProcess.RunAsync(
            "audit", Path.Combine(Root, "corpus"), "--split", "test", "--mode", "combined", "--models", Path.Combine(Root, "models"), "--report", _reportDir);

        code.ShouldBe(0, error);
        output.ShouldContain("mode: combined");
        output.ShouldMatch(@"metric\s+rules\s+ml\s+combined");
        var md = await File.ReadAllTextAsync(Path.Combine(_reportDir, "report.md"));
        md.ShouldStartWith("# DocIngest audit: split test, mode combined");
        md.ShouldContain("| metric | rules | ml | combined |");
        md.ShouldContain("## Documents combined changed");
        md.ShouldContain("## Decisions by source (combined)");
        (await File.ReadAllTextAsync(Path.Combine(_reportDir, "report.html"))).ShouldContain("<th style=\"text-align: right;\">combined</th>");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_reportDir, "report.json")))!;
        json["modes"]!.AsObject().Select(m => m.Key).ShouldBe(["rules", "ml", "combined"]);
        // The headline is the primary mode's: the same figure as its column.
        json["metrics"]!["strict_task_f1"]!.GetValue<double>().ShouldBe(json["modes"]!["combined"]!["strict_task_f1"]!.GetValue<double>());
        json["comparison"]!["primary"]!.GetValue<string>().ShouldBe("combined");
    }

    [Fact]
    public async Task Audit_NoCompare_RunsOnlyTheRequestedModeAndSaysSo()
    {
        var (code, output, error) = await CliProcess.RunAsync(
            "audit", Path.Combine(Root, "corpus", "seed"), "--split", "test", "--mode", "ml", "--models", Path.Combine(Root, "models"), "--report", _reportDir, "--no-compare");

        code.ShouldBe(0, error);
        output.ShouldContain("mode: ml");
        output.ShouldContain("Only ml ran on this split: the other modes were skipped (--no-compare).");
        var md = await File.ReadAllTextAsync(Path.Combine(_reportDir, "report.md"));
        md.ShouldNotContain("| metric | rules | ml | combined |");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_reportDir, "report.json")))!;
        json["modes"]!.AsObject().Select(m => m.Key).ShouldBe(["ml"]);
    }

    [Fact]
    public async Task Audit_RulesWithoutModels_RunsRulesAndSaysTheComparisonNeedsModels()
    {
        var missing = Path.Combine(Path.GetTempPath(), "docingest-no-models-" + Guid.NewGuid().ToString("N"));

        var (code, output, error) = await CliProcess.RunAsync("audit", Path.Combine(Root, "corpus", "seed"), "--split", "test", "--mode", "rules", "--models", missing, "--fail-under", "strict_task_f1=1");

        code.ShouldBe(0, error);
        output.ShouldContain("mode: rules");
        output.ShouldContain("Only rules ran on this split: comparing rules, ml and combined needs the trained models");
        error.ShouldNotContain("warning:");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

using System.Text.Json.Nodes;
using DocIngest.Audit.Comparison;
using DocIngest.Audit.Reports;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.Comparison.ComparisonRuns;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Reports;

public sealed class ComparisonReportTests
{
    [Fact]
    public void Markdown_TwoModes_SideBySideTableWithBestInBold()
    {
        var combined = Combined();

        var md = MarkdownReportWriter.Write(combined, ModeComparison.Build(combined, [Rules()]));

        md.ShouldContain("## Modes side by side");
        md.ShouldContain("| metric | rules | combined |");
        // rules: p/date.md not strict-correct, p/same.md is: tp 1 fp 1 fn 1 → F1 0.5; combined: both right.
        md.ShouldContain("| strict_task_f1 | 0.500 | **1.000** |");
        md.ShouldContain("| task_deadline_date_accuracy | 0.500 | **1.000** |");
        md.ShouldContain("| task_f1 | **1.000** | **1.000** |");
        // The existing sections stay.
        md.ShouldContain("## Headline");
        md.ShouldContain("## Mismatches");
    }

    [Fact]
    public void Markdown_ModelFixedADate_ChangedDocumentWithFixedMismatchAndDecision()
    {
        var combined = Combined();

        var md = MarkdownReportWriter.Write(combined, ModeComparison.Build(combined, [Rules()]));

        md.ShouldContain("## Documents combined changed");
        md.ShouldContain("| p/date.md | 0.000 → 1.000 | 1.000 → 1.000 | 1.000 → 1.000 | 1.000 → 1.000 | 1 | 0 | 1 |");
        md.ShouldContain("| fixed | task.deadline.date | 2026-06-30 | 2026-09-30 | rà soát hồ sơ cán bộ |");
        md.ShouldContain("| task | rà soát hồ sơ cán bộ | ml:deadline-kind | 0.930 | body\\[12\\] · task-item+ml:deadline-kind |");
        md.ShouldNotContain("### p/same.md");
        md.ShouldContain("## Decisions by source (combined)");
        md.ShouldContain("| ml:deadline-kind | 1 | 0 | 0.930 | 0.930 |");
    }

    [Fact]
    public void Markdown_NothingChanged_SaysSoPlainly()
    {
        var rules = Rules();

        var md = MarkdownReportWriter.Write(rules, ModeComparison.Build(rules, [Rules() with { Mode = "combined" }]));

        md.ShouldContain("combined made no decision different from rules on this split.");
    }

    [Fact]
    public void Markdown_OneMode_SaysWhichRanAndThatTheComparisonNeedsModels()
    {
        var md = MarkdownReportWriter.Write(Rules());

        md.ShouldContain("Only rules ran on this split: comparing rules, ml and combined needs the trained models");
        md.ShouldNotContain("| metric | rules |");
        md.ShouldContain("## Decisions by source (rules)");
    }

    [Fact]
    public void Json_ModesChangedDocumentsAndDecisionsBySource()
    {
        var combined = Combined();

        var json = JsonNode.Parse(JsonReportWriter.Write(combined, ModeComparison.Build(combined, [Rules()])))!;

        json["modes"]!["rules"]!["strict_task_f1"]!.GetValue<double>().ShouldBe(0.5);
        json["modes"]!["combined"]!["strict_task_f1"]!.GetValue<double>().ShouldBe(1.0);
        json["comparison"]!["candidate"]!.GetValue<string>().ShouldBe("combined");
        var change = json["changed_documents"]!.AsArray().ShouldHaveSingleItem()!;
        change["name"]!.GetValue<string>().ShouldBe("p/date.md");
        change["before"]!["strict_task_f1"]!.GetValue<double>().ShouldBe(0);
        change["after"]!["strict_task_f1"]!.GetValue<double>().ShouldBe(1);
        change["fixed"]!.AsArray().ShouldHaveSingleItem()!["field"]!.GetValue<string>().ShouldBe("task.deadline.date");
        change["introduced"]!.AsArray().ShouldBeEmpty();
        var decision = change["model_decisions"]!.AsArray().ShouldHaveSingleItem()!;
        decision["decision"]!.GetValue<string>().ShouldBe("ml:deadline-kind");
        decision["confidence"]!.GetValue<double>().ShouldBe(0.93);
        var sources = json["decisions_by_source"]!.AsArray();
        sources.Select(s => s!["source"]!.GetValue<string>()).ShouldBe(["rules", "ml:deadline-kind", "(no evidence)"]);
    }

    [Fact]
    public void Reports_PrimaryDocumentsShowModelDecisionAndConfidence()
    {
        // Both runs wrong the same way; the combined one says a model decided, with 0.6.
        var confirmed = Run("combined", Record(Group("1", "nhóm",
            Task(TaskText, DeadlineKind.Due, "2026-09-30", new Evidence("body[12]", "task-item+ml:deadline-kind", 0.6)))));

        var md = MarkdownReportWriter.Write(confirmed);
        var json = JsonNode.Parse(JsonReportWriter.Write(confirmed))!;

        md.ShouldContain("| task.deadline.date | 2026-06-30 | 2026-09-30 | rà soát hồ sơ cán bộ | body\\[12\\] · task-item+ml:deadline-kind (0.600) |");
        var document = json["documents"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "p/date.md")!;
        var decision = document["model_decisions"]!.AsArray().ShouldHaveSingleItem()!;
        decision["decision"]!.GetValue<string>().ShouldBe("ml:deadline-kind");
        decision["confidence"]!.GetValue<double>().ShouldBe(0.6);
    }

    [Fact]
    public void Console_TwoModes_CompactTableAndChangedDocument()
    {
        var combined = Combined();

        var text = ComparisonSummaryWriter.Write(ModeComparison.Build(combined, [Rules()]));

        text.ShouldMatch(@"metric\s+rules\s+combined");
        text.ShouldMatch(@"strict_task_f1\s+0\.500\s+1\.000\*");
        text.ShouldMatch(@"p/date\.md\s+0\.000 -> 1\.000\s+fixed 1, introduced 0, model decisions 1");
        text.ShouldNotContain("p/same.md");
    }
}

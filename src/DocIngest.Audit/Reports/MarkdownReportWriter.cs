using System.Text;
using DocIngest.Audit.Comparison;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>
/// report.md: the headline table, failures, corpus issues, one row per document (worst first)
/// and every mismatch side by side with the evidence the extractor gave; with a
/// <see cref="ModeComparison"/>, also the modes side by side and what the candidate mode changed.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The report of one run; the comparison sections say only this mode ran.</summary>
    public static string Write(AuditResult result) => Write(result, null);

    /// <summary>The report of <paramref name="result"/>, the primary run of <paramref name="comparison"/>.</summary>
    /// <param name="result">The headline run.</param>
    /// <param name="comparison">Runs of the other modes; null: only this mode ran.</param>
    public static string Write(AuditResult result, ModeComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(result);
        comparison ??= ModeComparison.Build(result, []);
        var score = result.Score;
        var md = new StringBuilder();
        md.AppendLine($"# DocIngest audit: split {ReportText.Cell(result.Split)}, mode {ReportText.Cell(result.Mode)}").AppendLine();
        md.AppendLine($"Corpus {ReportText.Cell(result.CorpusRoot)}: {score.Documents.Count} documents, {score.Failures.Count()} failed.")
            .AppendLine();

        md.AppendLine("## Headline").AppendLine();
        md.AppendLine("| metric | value | counts |").AppendLine("| --- | ---: | --- |");
        foreach (var metric in AuditMetrics.All)
        {
            md.AppendLine($"| {metric.Name} | {ReportText.Metric(metric, score)} | {metric.Detail(score)} |");
        }

        ComparisonMarkdown.Write(md, comparison);
        WriteFailures(md, score);
        WriteIssues(md, result);
        var ordered = ReportText.WorstFirst(score.Documents).ToList();
        WriteClasses(md, result);
        WriteDocumentRows(md, result, ordered);
        WriteMismatches(md, ordered);
        return md.ToString();
    }

    private static void WriteFailures(StringBuilder md, CorpusScore score)
    {
        var failures = score.Failures.ToList();
        if (failures.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Failed documents").AppendLine();
        md.AppendLine("| document | error |").AppendLine("| --- | --- |");
        foreach (var failure in failures)
        {
            md.AppendLine($"| {ReportText.Cell(failure.Name)} | {ReportText.Cell(failure.Error)} |");
        }
    }

    private static void WriteIssues(StringBuilder md, AuditResult result)
    {
        if (result.CorpusIssues.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Corpus issues").AppendLine();
        md.AppendLine("| level | file | line | problem |").AppendLine("| --- | --- | ---: | --- |");
        foreach (var issue in result.CorpusIssues)
        {
            md.AppendLine(
                $"| {(issue.IsWarning ? "warning" : "error")} | {ReportText.Cell(issue.File)} | {issue.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty} | {ReportText.Cell(issue.Message)} |");
        }
    }

    private static void WriteClasses(StringBuilder md, AuditResult result)
    {
        var classes = ClassBreakdown.Compute(result);
        if (classes.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## By variation class, worst first").AppendLine();
        md.AppendLine("| class | documents | failed | strict task F1 | task F1 | weakness F1 | group F1 | doc field misses |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, score) in classes)
        {
            var totals = score.Totals;
            md.AppendLine(
                $"| {ReportText.Cell(name)} | {score.Documents.Count} | {score.Failures.Count()} | {ReportText.Number(totals.StrictTasks.F1)} | {ReportText.Number(totals.Tasks.F1)} | {ReportText.Number(totals.Weaknesses.F1)} | {ReportText.Number(totals.Groups.F1)} | {totals.DocFieldMisses} |");
        }
    }

    private static void WriteDocumentRows(StringBuilder md, AuditResult result, List<DocumentScore> ordered)
    {
        var splits = result.Documents.ToDictionary(d => d.Name, d => d.Split, StringComparer.Ordinal);
        md.AppendLine().AppendLine("## Documents, worst first").AppendLine();
        md.AppendLine("| document | split | strict task F1 | task F1 | weakness F1 | group F1 | doc field misses | mismatches |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var document in ordered)
        {
            var sheet = document.Sheet;
            var name = document.Failed ? $"{ReportText.Cell(document.Name)} (failed)" : ReportText.Cell(document.Name);
            md.AppendLine(
                $"| {name} | {splits.GetValueOrDefault(document.Name, string.Empty)} | {ReportText.Number(sheet.StrictTasks.F1)} | {ReportText.Number(sheet.Tasks.F1)} | {ReportText.Number(sheet.Weaknesses.F1)} | {ReportText.Number(sheet.Groups.F1)} | {sheet.DocFieldMisses} | {document.Mismatches.Count} |");
        }
    }

    private static void WriteMismatches(StringBuilder md, List<DocumentScore> ordered)
    {
        md.AppendLine().AppendLine("## Mismatches").AppendLine();
        if (ordered.All(d => d.Mismatches.Count == 0))
        {
            md.AppendLine("None: every document matches its gold.");
            return;
        }

        foreach (var document in ordered.Where(d => d.Mismatches.Count > 0))
        {
            md.AppendLine($"### {ReportText.Cell(document.Name)}").AppendLine();
            md.AppendLine("| field | gold | extracted | task | evidence |").AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var m in document.Mismatches)
            {
                md.AppendLine(
                    $"| {m.Field} | {ReportText.Cell(m.Gold)} | {ReportText.Cell(m.Predicted)} | {(m.Context is null ? string.Empty : ReportText.Cell(m.Context))} | {ReportText.Cell(ReportText.Evidence(m.Evidence))} |");
            }

            md.AppendLine();
        }
    }
}

using System.Text;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>A plain-text summary for the console: every metric, the failures, the worst documents.</summary>
public static class SummaryTableWriter
{
    private const int WorstShown = 10;

    public static string Write(AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var score = result.Score;
        var builder = new StringBuilder();
        builder.AppendLine($"Audit of split '{result.Split}': {score.Documents.Count} documents, {score.Failures.Count()} failed.");
        var width = AuditMetrics.All.Max(m => m.Name.Length);
        foreach (var metric in AuditMetrics.All)
        {
            var detail = metric.Detail(score);
            builder.Append(metric.Name.PadRight(width + 2))
                .Append(ReportText.Metric(metric, score).PadLeft(7))
                .AppendLine(detail.Length == 0 ? string.Empty : $"  {detail}");
        }

        var failures = score.Failures.ToList();
        if (failures.Count > 0)
        {
            builder.AppendLine().AppendLine("Failed documents:");
            foreach (var failure in failures)
            {
                builder.AppendLine($"  {failure.Name}: {failure.Error}");
            }
        }

        var worst = ReportText.WorstFirst(score.Documents).Take(WorstShown).ToList();
        if (worst.Count > 0)
        {
            builder.AppendLine().AppendLine("Worst documents (strict task F1, document field misses, mismatches):");
            var nameWidth = worst.Max(d => d.Name.Length);
            foreach (var document in worst)
            {
                builder.AppendLine(
                    $"  {document.Name.PadRight(nameWidth)}  {ReportText.Number(document.Sheet.StrictTasks.F1)}  {document.Sheet.DocFieldMisses,2}  {document.Mismatches.Count,4}");
            }
        }

        var errors = result.CorpusIssues.Count(i => !i.IsWarning);
        if (result.CorpusIssues.Count > 0)
        {
            builder.AppendLine().AppendLine($"Corpus issues: {errors} errors, {result.CorpusIssues.Count - errors} warnings (see report.md).");
        }

        return builder.ToString();
    }
}

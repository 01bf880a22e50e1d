using System.Text;
using DocIngest.Audit.Comparison;

namespace DocIngest.Audit.Reports;

/// <summary>The console's compact view of a <see cref="ModeComparison"/>: headline metrics per mode and the changed documents.</summary>
public static class ComparisonSummaryWriter
{
    public static string Write(ModeComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var builder = new StringBuilder();
        if (!comparison.Compared)
        {
            return builder.AppendLine(ComparisonMarkdown.SingleModeText(comparison)).ToString();
        }

        var runs = comparison.Runs;
        var width = ModeComparison.HeadlineMetrics.Max(m => m.Length) + 2;
        var columns = runs.Select(r => Math.Max(r.Mode.Length, 5) + 3).ToList();
        builder.AppendLine($"Modes side by side on split '{comparison.Primary.Split}' (* = best of the row):");
        builder.Append("metric".PadRight(width));
        for (var i = 0; i < runs.Count; i++)
        {
            builder.Append(runs[i].Mode.PadLeft(columns[i]));
        }

        builder.AppendLine();
        foreach (var metric in ModeComparison.HeadlineMetrics)
        {
            var values = runs.Select(r => ModeComparison.Metric(r.Score, metric)).ToList();
            var best = values.Max();
            builder.Append(metric.PadRight(width));
            for (var i = 0; i < runs.Count; i++)
            {
                var text = ReportText.Number(values[i]) + (Math.Abs(values[i] - best) < 1e-12 ? "*" : " ");
                builder.Append(text.PadLeft(columns[i]));
            }

            builder.AppendLine();
        }

        if (comparison.Baseline is not { } baseline || comparison.Candidate is not { } candidate)
        {
            return builder.ToString();
        }

        builder.AppendLine();
        if (comparison.ChangedDocuments.Count == 0)
        {
            return builder.AppendLine($"{candidate} made no decision different from {baseline} on this split.").ToString();
        }

        builder.AppendLine($"Documents {candidate} changed from {baseline} (strict task F1 before -> after):");
        var nameWidth = comparison.ChangedDocuments.Max(c => c.Name.Length);
        foreach (var change in comparison.ChangedDocuments)
        {
            builder.AppendLine(
                $"  {change.Name.PadRight(nameWidth)}  {ReportText.Number(change.Before.Sheet.StrictTasks.F1)} -> {ReportText.Number(change.After.Sheet.StrictTasks.F1)}  fixed {change.Fixed.Count}, introduced {change.Introduced.Count}, model decisions {change.Decisions.Count}");
        }

        return builder.ToString();
    }
}

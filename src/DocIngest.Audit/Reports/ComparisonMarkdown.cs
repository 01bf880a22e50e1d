using System.Globalization;
using System.Text;
using DocIngest.Audit.Comparison;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>The report.md sections of a <see cref="ModeComparison"/>: modes side by side, changed documents, decisions by source.</summary>
internal static class ComparisonMarkdown
{
    public static void Write(StringBuilder md, ModeComparison comparison)
    {
        WriteModes(md, comparison);
        WriteChanges(md, comparison);
        WriteSources(md, comparison);
    }

    /// <summary>The sentence for a run of one mode only.</summary>
    public static string SingleModeText(ModeComparison comparison) =>
        $"Only {comparison.Primary.Mode} ran on this split: "
        + (comparison.Note ?? "comparing rules, ml and combined needs the trained models (--models).");

    private static void WriteModes(StringBuilder md, ModeComparison comparison)
    {
        md.AppendLine().AppendLine("## Modes side by side").AppendLine();
        if (!comparison.Compared)
        {
            md.AppendLine(SingleModeText(comparison));
            return;
        }

        var runs = comparison.Runs;
        md.AppendLine($"Split {ReportText.Cell(comparison.Primary.Split)}; the headline above is {ReportText.Cell(comparison.Primary.Mode)}. The best value of each row is in bold.")
            .AppendLine();
        md.Append("| metric |").AppendJoin(string.Empty, runs.Select(r => $" {ReportText.Cell(r.Mode)} |")).AppendLine();
        md.Append("| --- |").AppendJoin(string.Empty, runs.Select(_ => " ---: |")).AppendLine();
        foreach (var metric in ModeComparison.HeadlineMetrics)
        {
            var values = runs.Select(r => ModeComparison.Metric(r.Score, metric)).ToList();
            var best = values.Max();
            md.Append($"| {metric} |");
            foreach (var value in values)
            {
                var text = ReportText.Number(value);
                md.Append(Math.Abs(value - best) < 1e-12 ? $" **{text}** |" : $" {text} |");
            }

            md.AppendLine();
        }
    }

    private static void WriteChanges(StringBuilder md, ModeComparison comparison)
    {
        if (comparison.Baseline is not { } baseline || comparison.Candidate is not { } candidate)
        {
            return;
        }

        md.AppendLine().AppendLine($"## Documents {ReportText.Cell(candidate)} changed").AppendLine();
        if (comparison.ChangedDocuments.Count == 0)
        {
            md.AppendLine($"{candidate} made no decision different from {baseline} on this split.");
            return;
        }

        md.AppendLine($"{comparison.ChangedDocuments.Count} documents differ from {baseline} to {candidate}, biggest loss of strict task F1 first.")
            .AppendLine();
        md.AppendLine($"| document | {string.Join(" | ", DocumentChange.Figures.Select(f => f.Name))} | fixed | introduced | model decisions |")
            .AppendLine($"| --- |{string.Concat(DocumentChange.Figures.Select(_ => " ---: |"))} ---: | ---: | ---: |");
        foreach (var change in comparison.ChangedDocuments)
        {
            var figures = DocumentChange.Figures.Select(f => BeforeAfter(f.Value(change.Before.Sheet), f.Value(change.After.Sheet)));
            md.AppendLine(
                $"| {ReportText.Cell(change.Name)} | {string.Join(" | ", figures)} | {change.Fixed.Count} | {change.Introduced.Count} | {change.Decisions.Count} |");
        }

        foreach (var change in comparison.ChangedDocuments)
        {
            WriteChange(md, change, baseline, candidate);
        }
    }

    private static void WriteChange(StringBuilder md, DocumentChange change, string baseline, string candidate)
    {
        md.AppendLine().AppendLine($"### {ReportText.Cell(change.Name)}").AppendLine();
        md.AppendLine(string.Join(" · ", DocumentChange.Figures.Select(f =>
            $"{f.Name} {BeforeAfter(f.Value(change.Before.Sheet), f.Value(change.After.Sheet))}")) + ".").AppendLine();
        if (change.Fixed.Count + change.Introduced.Count > 0)
        {
            md.AppendLine("| change | field | gold | extracted | task |").AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var (label, mismatches) in new[] { ("fixed", change.Fixed), ("introduced", change.Introduced) })
            {
                foreach (var m in mismatches)
                {
                    md.AppendLine(
                        $"| {label} | {m.Field} | {ReportText.Cell(m.Gold)} | {ReportText.Cell(m.Predicted)} | {(m.Context is null ? string.Empty : ReportText.Cell(m.Context))} |");
                }
            }

            md.AppendLine();
        }
        else
        {
            md.AppendLine($"The score's mismatches are the same; the {candidate} record differs from {baseline}'s in a field the score does not see.")
                .AppendLine();
        }

        if (change.Decisions.Count == 0)
        {
            md.AppendLine($"No model decision is recorded in the {candidate} record of this document.");
            return;
        }

        md.AppendLine("| item | text | decision | confidence | evidence |").AppendLine("| --- | --- | --- | ---: | --- |");
        foreach (var d in change.Decisions)
        {
            md.AppendLine(
                $"| {d.Item} | {ReportText.Cell(d.Text)} | {ReportText.Cell(d.Name)} | {ReportText.Number(d.Confidence)} | {ReportText.Cell($"{d.Block} · {d.Rule}")} |");
        }
    }

    private static void WriteSources(StringBuilder md, ModeComparison comparison)
    {
        md.AppendLine().AppendLine($"## Decisions by source ({ReportText.Cell(comparison.Primary.Mode)})").AppendLine();
        if (comparison.DecisionsBySource.Count == 0)
        {
            md.AppendLine("No group or task was extracted.");
            return;
        }

        md.AppendLine("| source | tasks | groups | mean confidence | min confidence |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var s in comparison.DecisionsBySource)
        {
            md.AppendLine(
                $"| {ReportText.Cell(s.Source)} | {s.Tasks.ToString(CultureInfo.InvariantCulture)} | {s.Groups.ToString(CultureInfo.InvariantCulture)} | {ReportText.Number(s.MeanConfidence)} | {ReportText.Number(s.MinConfidence)} |");
        }
    }

    public static string BeforeAfter(double before, double after) => $"{ReportText.Number(before)} → {ReportText.Number(after)}";
}

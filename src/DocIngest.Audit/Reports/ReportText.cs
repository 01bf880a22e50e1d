using System.Globalization;
using System.Text;
using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Reports;

/// <summary>Formatting shared by the report writers.</summary>
internal static class ReportText
{
    private const int MaxCell = 240;
    private const string MarkdownSpecials = "\\`*_[]<>|#~";

    public static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Metric(MetricDefinition metric, CorpusScore score) =>
        metric.Name is "documents" or "failed_documents"
            ? ((int)metric.Value(score)).ToString(CultureInfo.InvariantCulture)
            : Number(metric.Value(score));

    /// <summary>Block and rule; the confidence too when it is not a rule's certain 1.</summary>
    public static string Evidence(Evidence? evidence) =>
        evidence is null
            ? string.Empty
            : evidence.Confidence < 1.0
                ? $"{evidence.Block} · {evidence.Rule} ({Number(evidence.Confidence)})"
                : $"{evidence.Block} · {evidence.Rule}";

    /// <summary>
    /// Text made safe for a Markdown table cell: one line, shortened, and every character that
    /// Markdown or HTML would interpret escaped, since gold and extracted text are arbitrary.
    /// </summary>
    public static string Cell(string? text)
    {
        if (text is null)
        {
            return "—";
        }

        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length > MaxCell)
        {
            oneLine = string.Concat(oneLine.AsSpan(0, MaxCell), "…");
        }

        var builder = new StringBuilder(oneLine.Length + 8);
        foreach (var c in oneLine)
        {
            if (MarkdownSpecials.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Documents sorted worst first: lowest strict task F1, then most document-field misses.</summary>
    public static IEnumerable<DocumentScore> WorstFirst(IEnumerable<DocumentScore> documents) =>
        documents
            .OrderBy(d => d.Sheet.StrictTasks.F1)
            .ThenByDescending(d => d.Sheet.DocFieldMisses)
            .ThenBy(d => d.Name, StringComparer.Ordinal);
}

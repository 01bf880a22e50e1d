using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>
/// Micro-averaged scores per variation class (manifest tags): a document counts towards every
/// class it carries, so the rows show which layouts the extractor still misreads.
/// </summary>
internal static class ClassBreakdown
{
    public static IReadOnlyList<(string Class, CorpusScore Score)> Compute(AuditResult result)
    {
        var scorer = new PlanScorer();
        var byName = result.Score.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        return result.Documents
            .SelectMany(d => d.Classes.Select(c => (Class: c, d.Name)))
            .GroupBy(x => x.Class, StringComparer.Ordinal)
            .Select(g => (g.Key, scorer.Aggregate(g.Select(x => byName.GetValueOrDefault(x.Name)).OfType<DocumentScore>())))
            .Where(x => x.Item2.Documents.Count > 0)
            .OrderBy(x => x.Item2.Totals.StrictTasks.F1)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
    }
}

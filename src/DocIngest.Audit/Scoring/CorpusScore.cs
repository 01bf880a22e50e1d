namespace DocIngest.Audit.Scoring;

/// <summary>Micro-averaged totals over a set of documents, with the per-document scores kept.</summary>
public sealed record CorpusScore(ScoreSheet Totals, IReadOnlyList<DocumentScore> Documents)
{
    /// <summary>Documents the extractor failed on.</summary>
    public IEnumerable<DocumentScore> Failures => Documents.Where(d => d.Failed);

    /// <summary>Every metric of <see cref="AuditMetrics"/> by name, in catalogue order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Metrics() =>
        AuditMetrics.All.Select(m => KeyValuePair.Create(m.Name, m.Value(this))).ToList();

    /// <summary>One metric by name.</summary>
    /// <exception cref="ArgumentException">The name is not a known metric.</exception>
    public double Metric(string name) => AuditMetrics.Get(name).Value(this);
}

namespace DocIngest.Audit.Scoring;

/// <summary>A named figure of an audit, as report.json and <c>--fail-under</c> spell it.</summary>
public sealed record MetricDefinition(string Name, string Description, Func<CorpusScore, double> Value);

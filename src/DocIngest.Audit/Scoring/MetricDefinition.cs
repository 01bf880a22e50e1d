namespace DocIngest.Audit.Scoring;

/// <summary>A named figure of an audit, as report.json and <c>--fail-under</c> spell it.</summary>
/// <param name="Name">The metric's stable name (e.g. <c>strict_task_f1</c>).</param>
/// <param name="Description">One line for docs and reports.</param>
/// <param name="Value">Computes the figure from a corpus score.</param>
/// <param name="Detail">The integer counts behind the figure ("tp=3 fp=1 fn=0", "5/6").</param>
public sealed record MetricDefinition(
    string Name,
    string Description,
    Func<CorpusScore, double> Value,
    Func<CorpusScore, string> Detail);

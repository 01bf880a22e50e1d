namespace DocIngest.Audit.Comparison;

/// <summary>
/// How many extracted items one source decided in a run: <c>rules</c> (no model touched the
/// item), a model decision name such as <c>ml:deadline-kind</c>, or <c>(no evidence)</c>.
/// </summary>
/// <param name="Source">The deciding source.</param>
/// <param name="Tasks">Tasks it decided.</param>
/// <param name="Groups">Groups it decided.</param>
/// <param name="MeanConfidence">Mean evidence confidence over those items (0 with no evidence).</param>
/// <param name="MinConfidence">Lowest evidence confidence over those items (0 with no evidence).</param>
public sealed record DecisionSource(string Source, int Tasks, int Groups, double MeanConfidence, double MinConfidence)
{
    public const string Rules = "rules";
    public const string NoEvidence = "(no evidence)";
}

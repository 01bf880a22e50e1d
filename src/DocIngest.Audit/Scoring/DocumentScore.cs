using DocIngest.Core.Plans;

namespace DocIngest.Audit.Scoring;

/// <summary>The score of one document: its counts, every mismatch, and the error if the extractor failed.</summary>
/// <param name="Name">The document's name (the gold's <c>source</c>, or the corpus file name).</param>
/// <param name="Sheet">The document's counts.</param>
/// <param name="Mismatches">Every disagreement, in the order found.</param>
/// <param name="Error">Why the extractor failed; null when it produced a record.</param>
public sealed record DocumentScore(string Name, ScoreSheet Sheet, IReadOnlyList<Mismatch> Mismatches, string? Error = null)
{
    public bool Failed => Error is not null;

    /// <summary>The values of the extracted record that a model decided (see <see cref="ModelDecision"/>).</summary>
    public IReadOnlyList<ModelDecision> ModelDecisions { get; init; } = [];

    /// <summary>
    /// The record that was scored; null when the extractor failed. Kept so that runs of several
    /// modes can be compared record by record and decisions counted by source.
    /// </summary>
    public PlanRecord? Predicted { get; init; }
}

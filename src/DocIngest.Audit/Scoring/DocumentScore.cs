namespace DocIngest.Audit.Scoring;

/// <summary>The score of one document: its counts, every mismatch, and the error if the extractor failed.</summary>
/// <param name="Name">The document's name (the gold's <c>source</c>, or the corpus file name).</param>
/// <param name="Sheet">The document's counts.</param>
/// <param name="Mismatches">Every disagreement, in the order found.</param>
/// <param name="Error">Why the extractor failed; null when it produced a record.</param>
public sealed record DocumentScore(string Name, ScoreSheet Sheet, IReadOnlyList<Mismatch> Mismatches, string? Error = null)
{
    public bool Failed => Error is not null;
}

using DocIngest.Core.Plans;

namespace DocIngest.Audit.Scoring;

/// <summary>
/// One disagreement between the gold record and the extractor's record, kept for the report.
/// </summary>
/// <param name="Field">What disagrees, e.g. <c>task.deadline.date</c>, <c>task.missed</c>, <c>document.issuer</c>.</param>
/// <param name="Gold">The gold value as text (null when the extractor invented the item).</param>
/// <param name="Predicted">The extracted value as text (null when the extractor missed the item).</param>
/// <param name="Context">The item the field belongs to (a task's text), when the field is not the item itself.</param>
/// <param name="Evidence">Where the extractor took the predicted value from, when it said.</param>
public sealed record Mismatch(string Field, string? Gold, string? Predicted, string? Context = null, Evidence? Evidence = null);

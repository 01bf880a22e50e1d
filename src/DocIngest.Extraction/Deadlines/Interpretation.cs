using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// What a phrase means: the deadline kind and date, the form that decided it (used in rule
/// names), and where in the folded phrase the deciding period starts and ends (-1 when none).
/// </summary>
internal sealed record Interpretation(DeadlineKind Kind, DateOnly? Date, string Form, int Start, int End);

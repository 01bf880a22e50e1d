namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// A date or period found in a folded phrase: where it stands, the last day it resolves to (null
/// when its year is unknown), the form that matched, and whether it is a day date (which needs a
/// deadline cue before it can count inside running text).
/// </summary>
internal readonly record struct PeriodCandidate(int Start, int End, DateOnly? Date, string Form, bool IsDayDate);

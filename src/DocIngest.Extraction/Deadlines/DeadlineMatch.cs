using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// A task's own deadline found inside its paragraph.
/// </summary>
/// <param name="Deadline">The normalised deadline; its Text is the phrase as printed, without brackets.</param>
/// <param name="Start">Start, in the ORIGINAL text, of what the extractor strips from the task text.</param>
/// <param name="Length">
/// Length of that span: the parenthesis with its brackets and the white space before it, or the
/// clause with its leading separator (", ", "; ", " - ", ": "); a final '.', ';' or ',' is included.
/// </param>
/// <param name="Rule">
/// The rule that fired: "paren-&lt;form&gt;" (trailing parenthesis), "label-&lt;form&gt;" (a trailing
/// "Thời hạn:"/"Thời gian hoàn thành:" clause) or "clause-&lt;form&gt;" (another trailing cue clause),
/// with form one of recurring, done, date, month, quarter, half-year, year, range, school-year,
/// relative, event.
/// </param>
public sealed record DeadlineMatch(Deadline Deadline, int Start, int Length, string Rule);

namespace DocIngest.Extraction.Parties;

/// <summary>
/// Lead and partner units named inside a task ("giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính …",
/// "(Đơn vị chủ trì: …; đơn vị phối hợp: …)").
/// </summary>
/// <param name="Advisors">The lead ("chủ trì") units.</param>
/// <param name="Partners">The "phối hợp" units; empty when none.</param>
/// <param name="Start">Start in the original text: of the span to strip, or of the phrase when nothing is to be stripped.</param>
/// <param name="Length">
/// Length of the text the extractor strips from the task text: a trailing parenthesis (with the
/// space before it and a final '.') or a trailing clause with its leading separator. 0 when the
/// assignment is part of the task's own sentence ("giao Sở Nội vụ chủ trì … thực hiện …"): then
/// nothing is stripped.
/// </param>
public sealed record AssignmentPhrase(IReadOnlyList<string> Advisors, IReadOnlyList<string> Partners, int Start, int Length);

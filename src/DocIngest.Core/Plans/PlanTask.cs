namespace DocIngest.Core.Plans;

/// <summary>
/// One solution to carry out. Deadline, owners, advisors and partners are the effective ones:
/// the task's own, else its group's.
/// </summary>
public sealed record PlanTask
{
    /// <summary>The solution without its deadline parenthesis and without a leading bullet.</summary>
    public required string Text { get; init; }

    public required Deadline Deadline { get; init; }

    public IReadOnlyList<Party> Owners { get; init; } = [];

    public IReadOnlyList<string> Advisors { get; init; } = [];

    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>Inline "(1) …; (2) …" sub-items; null when the task has none.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    public Evidence? Evidence { get; init; }
}

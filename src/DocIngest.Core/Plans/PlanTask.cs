namespace DocIngest.Core.Plans;

/// <summary>
/// One solution to carry out. <see cref="Deadline"/> is the effective one (the task's own, else
/// its group's, else <see cref="Deadline.NotStated"/>). Owners, advisors and partners are null when
/// the task has none of its own: it then inherits its group's (see <see cref="TaskGroup.EffectiveOwners"/>).
/// </summary>
public sealed record PlanTask
{
    /// <summary>The solution without its deadline parenthesis and without a leading bullet.</summary>
    public required string Text { get; init; }

    public required Deadline Deadline { get; init; }

    public IReadOnlyList<Party>? Owners { get; init; }

    public IReadOnlyList<string>? Advisors { get; init; }

    public IReadOnlyList<string>? Partners { get; init; }

    /// <summary>Inline "(1) …; (2) …" sub-items; null when the task has none.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    public Evidence? Evidence { get; init; }
}

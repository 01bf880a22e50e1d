using DocIngest.Core.Plans;

namespace DocIngest.Storage;

/// <summary>Whether a task is still owed.</summary>
public enum TaskStatus
{
    Open,
    Done,
}

/// <summary>A task as the store keeps it: flattened with its document and group, with its progress.</summary>
/// <param name="Id">The short numeric id.</param>
/// <param name="Key">The id people type: "15-KH/BTCTU#1.3" (document number, group, position).</param>
public sealed record StoredTask(
    int Id,
    string Key,
    string? DocumentNumber,
    string? GroupNumber,
    string GroupTitle,
    string Text,
    Deadline Deadline,
    IReadOnlyList<Party> Owners,
    IReadOnlyList<string> Advisors,
    IReadOnlyList<string> Partners,
    TaskStatus Status,
    DateOnly? DoneOn)
{
    /// <summary>Status changes, oldest first.</summary>
    public IReadOnlyList<StatusChange> History { get; init; } = [];

    /// <summary>Due, dated before <paramref name="asOf"/>, and not done.</summary>
    public bool IsOverdue(DateOnly asOf) =>
        Status == TaskStatus.Open && Deadline.Kind == DeadlineKind.Due && Deadline.Date is { } due && due < asOf;
}

/// <summary>One change of a task's status.</summary>
public sealed record StatusChange(TaskStatus Status, DateTimeOffset At, DateOnly? On, string? Note);

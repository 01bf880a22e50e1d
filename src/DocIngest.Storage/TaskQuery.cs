using DocIngest.Core.Plans;

namespace DocIngest.Storage;

/// <summary>How to order tasks.</summary>
public enum TaskSort
{
    Due,
    Owner,
    Document,
}

/// <summary>
/// Filters for current tasks. Text filters are diacritic- and case-insensitive and partial:
/// "ton thien dong" finds "Tôn Thiện Đồng".
/// </summary>
public sealed record TaskQuery
{
    public string? Owner { get; init; }
    public string? Advisor { get; init; }
    public string? Partner { get; init; }
    public string? Document { get; init; }
    public string? Group { get; init; }
    public DeadlineKind? Kind { get; init; }
    public TaskStatus? Status { get; init; }
    public DateOnly? DueBefore { get; init; }
    public DateOnly? DueAfter { get; init; }

    /// <summary>Only tasks due before this date and not done.</summary>
    public DateOnly? OverdueAsOf { get; init; }

    public string? Text { get; init; }
    public TaskSort Sort { get; init; } = TaskSort.Due;
    public int? Limit { get; init; }
}

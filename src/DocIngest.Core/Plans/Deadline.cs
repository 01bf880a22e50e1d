namespace DocIngest.Core.Plans;

/// <summary>How a deadline binds a task (the contract's four kinds).</summary>
public enum DeadlineKind
{
    /// <summary>Ongoing or periodic work: "thực hiện thường xuyên", "định kỳ hằng quý".</summary>
    Recurring,

    /// <summary>Must be finished by a date: the last day of the period named.</summary>
    Due,

    /// <summary>Already finished ("đã hoàn thành trong tháng 3/2026").</summary>
    Done,

    /// <summary>No deadline stated anywhere for the task.</summary>
    None,
}

/// <summary>
/// A normalised deadline: its kind, the date it resolves to (the last day of the period named)
/// and the phrase as printed, without brackets.
/// </summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly? Date, string? Text)
{
    /// <summary>The deadline of a task for which nothing is stated.</summary>
    public static Deadline NotStated { get; } = new(DeadlineKind.None, null, null);
}

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// What a deadline phrase may lean on: the plan's year (for "Quý III", "tháng 9", "trước ngày
/// 30/6") and its issue date (for "trong 60 ngày kể từ ngày ký").
/// </summary>
/// <param name="PlanYear">issued_on's year, else the latest year in the title or opening paragraph.</param>
/// <param name="IssuedOn">The plan's own issue date, when known.</param>
public sealed record DeadlineContext(int? PlanYear, DateOnly? IssuedOn)
{
    /// <summary>No year and no issue date known.</summary>
    public static DeadlineContext Unknown { get; } = new(null, null);
}

namespace DocIngest.Audit.Corpus;

/// <summary>The calendar period a deadline phrase names; its deadline is the period's last day.</summary>
internal enum Period
{
    Month,
    Quarter,
    Half,
    Year,
}

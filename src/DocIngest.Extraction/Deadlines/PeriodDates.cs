namespace DocIngest.Extraction.Deadlines;

/// <summary>Last days of the periods plans name (the contract maps a period to its LAST day).</summary>
internal static class PeriodDates
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    public static bool IsPlausibleYear(int year) => year is >= MinYear and <= MaxYear;

    public static DateOnly? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && IsPlausibleYear(year) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly EndOfQuarter(int year, int quarter) => EndOfMonth(year, quarter * 3);

    public static DateOnly EndOfYear(int year) => new(year, 12, 31);

    /// <summary>
    /// The school year ends on 31 May of its second year: the Ministry's calendar closes the
    /// teaching year in late May, and plans tied to a school year report by then.
    /// </summary>
    public static DateOnly EndOfSchoolYear(int secondYear) => new(secondYear, 5, 31);

    /// <summary>Adds working days, skipping Saturdays and Sundays (public holidays are not modelled).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var date = start;
        var added = 0;
        while (added < days)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                added++;
            }
        }

        return date;
    }

    /// <summary>Quarter number from a folded numeral: roman, digit or Vietnamese word.</summary>
    public static int Quarter(string numeral) => numeral switch
    {
        "i" or "1" or "mot" => 1,
        "ii" or "2" or "hai" => 2,
        "iii" or "3" or "ba" => 3,
        _ => 4,
    };
}

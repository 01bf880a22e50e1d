using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Audit.Corpus;

/// <summary>
/// Checks gold deadlines against the contract's period rules. A kind that carries no date
/// (recurring, none) with a date, and a due/done date that is not the last day of the period its
/// text names, are errors. Where <see cref="DeadlineNormalizer"/> reads the printed text
/// differently, that is only a warning: the normaliser is the thing under test, not the judge.
/// </summary>
internal static partial class GoldDeadlineChecker
{
    public static void Check(PlanRecord gold, DeadlineNormalizer normalizer, Action<string, string, VerificationSeverity> report)
    {
        var context = ContextOf(gold);
        for (var g = 0; g < gold.Groups.Count; g++)
        {
            var group = gold.Groups[g];
            if (group.Deadline is { } groupDeadline)
            {
                CheckOne(groupDeadline, $"groups[{g}].deadline", normalizer, context, report);
            }

            for (var t = 0; t < group.Tasks.Count; t++)
            {
                CheckOne(group.Tasks[t].Deadline, $"groups[{g}].tasks[{t}].deadline", normalizer, context, report);
            }
        }
    }

    /// <summary>The plan year is issued_on's year, else the latest year written in the title.</summary>
    internal static DeadlineContext ContextOf(PlanRecord gold)
    {
        var issued = gold.Document.IssuedOn;
        int? year = issued?.Year;
        if (year is null && gold.Document.Title is { } title)
        {
            year = YearInText().Matches(title).Select(m => (int?)int.Parse(m.Value, CultureInfo.InvariantCulture)).Max();
        }

        return new DeadlineContext(year, issued);
    }

    private static void CheckOne(
        Deadline deadline, string path, DeadlineNormalizer normalizer, DeadlineContext context, Action<string, string, VerificationSeverity> report)
    {
        if (deadline.Kind is DeadlineKind.Recurring or DeadlineKind.None)
        {
            if (deadline.Date is { } date)
            {
                report($"{path}.date", $"a {Name(deadline.Kind)} deadline has no date, but the gold gives {Iso(date)}", VerificationSeverity.Error);
            }

            if (deadline.Kind == DeadlineKind.None && deadline.Text is not null)
            {
                report($"{path}.text", $"kind is none (no deadline stated) but the text is '{deadline.Text}'", VerificationSeverity.Error);
            }

            CompareWithNormaliser(deadline, path, normalizer, context, report);
            return;
        }

        if (deadline.Date is { } due && deadline.Text is { } text && NamedPeriod(text) is { } period && !IsEndOf(due, period))
        {
            report($"{path}.date",
                $"'{text}' names a {PeriodName(period)}, so the date must be the last day of it, not {Iso(due)}",
                VerificationSeverity.Error);
        }

        CompareWithNormaliser(deadline, path, normalizer, context, report);
    }

    private static void CompareWithNormaliser(
        Deadline deadline, string path, DeadlineNormalizer normalizer, DeadlineContext context, Action<string, string, VerificationSeverity> report)
    {
        if (string.IsNullOrWhiteSpace(deadline.Text))
        {
            return;
        }

        var parsed = normalizer.Parse(deadline.Text, context);
        if (parsed is null)
        {
            report(path, $"the normaliser finds no deadline in '{deadline.Text}' (gold: {Describe(deadline)})", VerificationSeverity.Warning);
        }
        else if (parsed.Kind != deadline.Kind || parsed.Date != deadline.Date)
        {
            report(path, $"the normaliser reads '{deadline.Text}' as {Describe(parsed)}, the gold says {Describe(deadline)}", VerificationSeverity.Warning);
        }
    }

    /// <summary>The period a deadline phrase names, or null when it names a day, a count of days, or nothing.</summary>
    internal static Period? NamedPeriod(string text)
    {
        var folded = VietnameseText.FoldKey(text);
        if (NamesADay().IsMatch(folded))
        {
            return null;
        }

        if (Quarter().IsMatch(folded))
        {
            return Period.Quarter;
        }

        if (Half().IsMatch(folded))
        {
            return Period.Half;
        }

        if (Month().IsMatch(folded))
        {
            return Period.Month;
        }

        return Year().IsMatch(folded) ? Period.Year : null;
    }

    internal static bool IsEndOf(DateOnly date, Period period)
    {
        var monthEnd = date.Day == DateTime.DaysInMonth(date.Year, date.Month);
        return period switch
        {
            Period.Month => monthEnd,
            Period.Quarter => monthEnd && date.Month % 3 == 0,
            Period.Half => monthEnd && date.Month % 6 == 0,
            _ => date.Month == 12 && date.Day == 31,
        };
    }

    private static string Describe(Deadline deadline) =>
        deadline.Date is { } date ? $"{Name(deadline.Kind)} {Iso(date)}" : $"{Name(deadline.Kind)} without a date";

    private static string PeriodName(Period period) => period == Period.Half ? "half-year" : period.ToString().ToLowerInvariant();

    private static string Name(DeadlineKind kind) => kind.ToString().ToLowerInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex YearInText();

    // "ngày 15", "15/8", "15-8-2026", "60 ngày": a day, not a period.
    [GeneratedRegex(@"\bngay\s*[0-9]|(?<![0-9])[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}(?![0-9])|[0-9]+\s*ngay\b")]
    private static partial Regex NamesADay();

    [GeneratedRegex(@"\bquy\s*([ivx]+|[1-4])\b|\bquy\s+(mot|hai|ba|bon|tu|dau|cuoi)\b")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(6|sau)\s*thang\b(?!\s*[0-9])|\bnua\s*nam\b")]
    private static partial Regex Half();

    [GeneratedRegex(@"\bthang\b")]
    private static partial Regex Month();

    [GeneratedRegex(@"\bnam\b")]
    private static partial Regex Year();
}

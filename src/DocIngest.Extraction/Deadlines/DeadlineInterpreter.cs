using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// Decides what a folded deadline phrase means. Order matters: "đã hoàn thành" wins (it may name
/// the period it was done in), then cadences ("thường xuyên", "hằng quý"), then periods counted
/// from the plan's issue, then dates and periods (the LAST one named wins: "trong quý III, đầu quý
/// IV năm nay" → quý IV), then event-tied phrases ("sau khi có kết luận") as due with no date.
/// Status words ("đang triển khai", "quá hạn", "trong hạn") are not deadlines: they give null.
/// </summary>
internal static class DeadlineInterpreter
{
    public static Interpretation? Interpret(string folded, DeadlineContext context, InterpretMode mode)
    {
        var candidates = FindPeriods(folded, context, mode);
        var last = candidates.Count > 0 ? candidates[^1] : (PeriodCandidate?)null;

        if (DeadlinePatterns.Done().IsMatch(folded))
        {
            return last is { } done
                ? new Interpretation(DeadlineKind.Done, done.Date, "done", done.Start, done.End)
                : new Interpretation(DeadlineKind.Done, null, "done", -1, -1);
        }

        if (DeadlinePatterns.Recurring().IsMatch(folded))
        {
            return new Interpretation(DeadlineKind.Recurring, null, "recurring", -1, -1);
        }

        var relative = DeadlinePatterns.Relative().Match(folded);
        if (relative.Success)
        {
            return new Interpretation(DeadlineKind.Due, RelativeDate(relative, context), "relative", -1, -1);
        }

        if (last is { } period)
        {
            return new Interpretation(DeadlineKind.Due, period.Date, period.Form, period.Start, period.End);
        }

        return DeadlinePatterns.EventTied().IsMatch(folded) || (mode != InterpretMode.Clause && DeadlinePatterns.EnclosedEvent().IsMatch(folded))
            ? new Interpretation(DeadlineKind.Due, null, "event", -1, -1)
            : null;
    }

    /// <summary>Every date or period in the phrase, overlaps resolved, citations and uncued day dates removed, in text order.</summary>
    internal static List<PeriodCandidate> FindPeriods(string folded, DeadlineContext context, InterpretMode mode)
    {
        var all = new List<PeriodCandidate>();
        var planYear = context.PlanYear is { } given && PeriodDates.IsPlausibleYear(given) ? given : (int?)null;
        foreach (Match m in DeadlinePatterns.LongDate().Matches(folded))
        {
            AddDay(all, m, planYear);
        }

        foreach (Match m in DeadlinePatterns.NumericDate().Matches(folded))
        {
            AddDay(all, m, planYear);
        }

        foreach (Match m in DeadlinePatterns.SchoolYear().Matches(folded))
        {
            var y1 = Number(m, "y1");
            var y2 = Number(m, "y2");
            if (y2 == y1 + 1 && PeriodDates.IsPlausibleYear(y2))
            {
                all.Add(new(m.Index, m.Index + m.Length, PeriodDates.EndOfSchoolYear(y2), "school-year", false));
            }
        }

        foreach (Match m in DeadlinePatterns.YearRange().Matches(folded))
        {
            var y1 = Number(m, "y1");
            var y2 = Number(m, "y2");
            var cued = m.Groups["cue"].Success;
            if (y2 > y1 && y2 - y1 <= 30 && PeriodDates.IsPlausibleYear(y2) && (cued || mode != InterpretMode.Enclosed))
            {
                all.Add(new(m.Index, m.Index + m.Length, PeriodDates.EndOfYear(y2), "range", false));
            }
        }

        foreach (Match m in DeadlinePatterns.HalfYear().Matches(folded).Where(HasUsableYear))
        {
            var year = Year(m, planYear);
            var date = year is { } y ? (m.Groups["half"].Value == "dau" ? PeriodDates.EndOfMonth(y, 6) : PeriodDates.EndOfYear(y)) : (DateOnly?)null;
            all.Add(new(m.Index, m.Index + m.Length, date, "half-year", false));
        }

        foreach (Match m in DeadlinePatterns.Quarter().Matches(folded).Where(HasUsableYear))
        {
            var quarter = PeriodDates.Quarter(m.Groups["q"].Value);
            var date = Year(m, planYear) is { } y ? PeriodDates.EndOfQuarter(y, quarter) : (DateOnly?)null;
            all.Add(new(m.Index, m.Index + m.Length, date, "quarter", false));
        }

        foreach (Match m in DeadlinePatterns.Month().Matches(folded).Where(HasUsableYear))
        {
            var month = Number(m, "m");
            if (month is >= 1 and <= 12)
            {
                var date = Year(m, planYear) is { } y ? PeriodDates.EndOfMonth(y, month) : (DateOnly?)null;
                all.Add(new(m.Index, m.Index + m.Length, date, "month", false));
            }
        }

        foreach (Match m in DeadlinePatterns.Year().Matches(folded))
        {
            var year = m.Groups["y"].Success ? Number(m, "y") : planYear;
            if (year is null || PeriodDates.IsPlausibleYear(year.Value))
            {
                var date = year is { } y ? PeriodDates.EndOfYear(y) : (DateOnly?)null;
                all.Add(new(m.Index, m.Index + m.Length, date, "year", false));
            }
        }

        if (mode == InterpretMode.Standalone && DeadlinePatterns.BareYear().Match(folded) is { Success: true } bare
            && Number(bare, "y") is var only && PeriodDates.IsPlausibleYear(only))
        {
            all.Add(new(bare.Index, bare.Index + bare.Length, PeriodDates.EndOfYear(only), "year", false));
        }

        return Resolve(all, folded, mode, context);
    }

    private static List<PeriodCandidate> Resolve(List<PeriodCandidate> all, string folded, InterpretMode mode, DeadlineContext context)
    {
        // Earlier start first, then the longer match: "ngày 15 tháng 8 năm 2026" beats the
        // "tháng 8 năm 2026" inside it, "quý 2 năm 2026" beats "năm 2026".
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<PeriodCandidate>();
        var reach = -1;
        foreach (var candidate in all)
        {
            if (candidate.Start < reach)
            {
                continue;
            }

            reach = candidate.End;
            if (candidate.IsDayDate && IsCitation(folded, candidate.Start))
            {
                continue;
            }

            if (candidate.IsDayDate && mode == InterpretMode.Enclosed && !HasCueBefore(folded, candidate.Start) && !IsBareFutureDate(folded, candidate, context))
            {
                continue;
            }

            kept.Add(candidate);
        }

        return kept;
    }

    /// <summary>A day date right after a document number or "ban hành/ký/Hội nghị (ngày)" cites, it does not set a deadline.</summary>
    private static bool IsCitation(string folded, int start) =>
        DeadlinePatterns.CitationBefore().IsMatch(folded[Math.Max(0, start - 60)..start]);

    /// <summary>
    /// A parenthesis that holds nothing but a date ("(ngày 11 tháng 12 năm 2024)", "(30/6/2026)")
    /// after a task sets its deadline when the date is not before the plan itself; an earlier date
    /// there is when something happened ("… Hội nghị kiểm điểm (ngày 01/12/2025)").
    /// </summary>
    private static bool IsBareFutureDate(string folded, PeriodCandidate candidate, DeadlineContext context)
    {
        var before = folded[..candidate.Start].Trim();
        if ((before.Length > 0 && before != "ngay") || folded.AsSpan(candidate.End).ContainsAnyInRange('a', 'z') || candidate.Date is not { } date)
        {
            return false;
        }

        return context.IssuedOn is { } issued ? date >= issued : context.PlanYear is not { } year || date.Year >= year;
    }

    private static bool HasCueBefore(string folded, int start) => DeadlinePatterns.Cue().IsMatch(folded[..start]);

    private static void AddDay(List<PeriodCandidate> all, Match m, int? planYear)
    {
        var day = Number(m, "d");
        var month = Number(m, "m");
        int? year = m.Groups["y"].Success ? Number(m, "y") : planYear;
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return;
        }

        DateOnly? date = null;
        if (year is { } y)
        {
            date = PeriodDates.Day(y, month, day);
            if (date is null)
            {
                return;
            }
        }
        else if (day > DateTime.DaysInMonth(2000, month))
        {
            return;
        }

        all.Add(new(m.Index, m.Index + m.Length, date, "date", true));
    }

    private static bool HasUsableYear(Match m) =>
        !m.Groups["y"].Success || PeriodDates.IsPlausibleYear(Number(m, "y"));

    private static int? Year(Match m, int? planYear) =>
        m.Groups["y"].Success ? Number(m, "y") : planYear;

    private static int Number(Match m, string group) =>
        int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? RelativeDate(Match relative, DeadlineContext context)
    {
        if (context.IssuedOn is not { } issued || !DeadlinePatterns.OwnIssue().IsMatch(relative.Groups["from"].Value))
        {
            return null;
        }

        var days = Number(relative, "n");
        if (!PeriodDates.IsPlausibleYear(issued.Year))
        {
            return null;
        }

        return relative.Groups["work"].Success ? PeriodDates.AddWorkingDays(issued, days) : issued.AddDays(days);
    }
}

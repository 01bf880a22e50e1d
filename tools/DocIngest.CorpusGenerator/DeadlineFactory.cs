using System.Globalization;
using DocIngest.Core.Plans;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// Draws deadline phrases in every form of formats.md §5 and resolves each to the contract's
/// kind and date (period → its last day; no year → the plan's year; "kể từ ngày ký" → issued_on + N).
/// </summary>
internal sealed class DeadlineFactory(Random rng, int planYear, DateOnly? issuedOn, int firstOpenMonth)
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];
    private static readonly string[] WordQuarters = ["một", "hai", "ba", "bốn"];

    private const int FormCount = 17;

    public DeadlineSpec Next() => Form(rng.Next(FormCount));

    public DeadlineSpec Form(int form)
    {
        var y = planYear;
        var month = rng.Next(firstOpenMonth, 13);
        var day = rng.Next(1, DateTime.DaysInMonth(y, month) + 1);
        var quarter = (month - 1) / 3 + 1;
        switch (form)
        {
            case 0:
                return Spec(Pick("thực hiện thường xuyên", "thường xuyên", "thực hiện thường xuyên, liên tục"), DeadlineKind.Recurring, null, "deadline-recurring");
            case 1:
                return Spec(Pick("định kỳ hằng quý", "hằng tháng", "hằng năm", "hàng năm", "định kỳ 6 tháng"), DeadlineKind.Recurring, null, "deadline-periodic", "deadline-recurring");
            case 2:
                return Spec($"trước ngày {day}/{month}/{y}", DeadlineKind.Due, new DateOnly(y, month, day), "deadline-date-slash");
            case 3:
                return Spec(rng.Next(2) == 0 ? $"trước {day}-{month}-{y}" : $"trước ngày {day:00}-{month:00}-{y}", DeadlineKind.Due, new DateOnly(y, month, day), "deadline-date-dash");
            case 4:
                return Spec($"trước ngày {day}.{month}.{y}", DeadlineKind.Due, new DateOnly(y, month, day), "deadline-date-dot");
            case 5:
                return Spec($"{Pick("trước ngày ", "trước ", "hoàn thành trước ")}{day}/{month}", DeadlineKind.Due, new DateOnly(y, month, day), "deadline-date-noyear");
            case 6:
                return Spec($"{Pick("", "trước ")}ngày {day} tháng {month} năm {y}", DeadlineKind.Due, new DateOnly(y, month, day), "deadline-long-date");
            case 7:
                return Labelled(rng.Next(5) switch
                {
                    0 or 4 => $"tháng {month}/{y}",
                    1 => $"tháng {month} năm {y}",
                    2 => $"đến hết tháng {month}/{y}",
                    _ => $"tháng {month}",
                }, LastOfMonth(y, month), "deadline-month");
            case 8:
                return rng.Next(3) == 0
                    ? Labelled($"Quý {RomanQuarters[quarter - 1]}", LastOfQuarter(y, quarter), "deadline-quarter-roman", "deadline-date-noyear")
                    : Labelled($"{Pick("Quý", "quý")} {RomanQuarters[quarter - 1]}{Pick("/", " năm ")}{y}", LastOfQuarter(y, quarter), "deadline-quarter-roman");
            case 9:
                return Labelled($"quý {quarter}{Pick("/", " năm ")}{y}", LastOfQuarter(y, quarter), "deadline-quarter-digit");
            case 10:
                return rng.Next(2) == 0
                    ? Labelled($"quý {WordQuarters[quarter - 1]} năm {y}", LastOfQuarter(y, quarter), "deadline-quarter-words")
                    : Labelled($"quý {RomanQuarters[quarter - 1]} năm nay", LastOfQuarter(y, quarter), "deadline-quarter-words", "deadline-quarter-roman");
            case 11:
                return rng.Next(2) == 0
                    ? Labelled($"6 tháng đầu năm{(rng.Next(3) == 0 ? "" : " " + y)}", new DateOnly(y, 6, 30), "deadline-half")
                    : Labelled($"6 tháng cuối năm {y}", new DateOnly(y, 12, 31), "deadline-half");
            case 12:
                return rng.Next(4) == 0
                    ? Labelled(Pick("trong năm", "trong năm nay"), new DateOnly(y, 12, 31), "deadline-year", "deadline-date-noyear")
                    : Labelled($"{Pick("trong ", "", "đến hết ")}năm {y}", new DateOnly(y, 12, 31), "deadline-year");
            case 13:
                return Spec("đã hoàn thành", DeadlineKind.Done, null, "deadline-done");
            case 14:
                var doneMonth = rng.Next(1, Math.Max(2, firstOpenMonth));
                return rng.Next(2) == 0
                    ? Spec($"đã hoàn thành trong tháng {doneMonth}/{y}", DeadlineKind.Done, LastOfMonth(y, doneMonth), "deadline-done-period", "deadline-done")
                    : Spec($"đã hoàn thành trong Quý I/{y}", DeadlineKind.Done, new DateOnly(y, 3, 31), "deadline-done-period", "deadline-done");
            case 15:
                var days = Pick(30, 45, 60, 90);
                var due = issuedOn?.AddDays(days);
                return Spec(
                    $"trong {days} ngày kể từ ngày {Pick("ký", "ký ban hành", "ban hành Kế hoạch")}",
                    DeadlineKind.Due, due, "deadline-relative");
            default:
                return Spec(
                    Pick("sau khi có kết luận của cấp trên", "ngay sau khi có hướng dẫn của cấp trên", "sau khi Đề án được phê duyệt",
                        "chậm nhất 05 ngày làm việc sau khi có kết luận kiểm tra", "sau khi được cấp có thẩm quyền phê chuẩn", "khi kết thúc đợt kiểm tra"),
                    DeadlineKind.Due, null, "deadline-event");
        }
    }

    private static DateOnly LastOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly LastOfQuarter(int year, int quarter) => LastOfMonth(year, quarter * 3);

    private static DeadlineSpec Spec(string core, DeadlineKind kind, DateOnly? date, params string[] tags) =>
        new(core, kind, date, tags, Labelable: false);

    private static DeadlineSpec Labelled(string core, DateOnly date, params string[] tags) =>
        new(core, DeadlineKind.Due, date, tags, Labelable: true);

    private T Pick<T>(params T[] options) => options[rng.Next(options.Length)];

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocIngest.Core.Plans;

namespace DocIngest.Storage.Worker;

/// <summary>
/// Plan records shaped like the real ones (numbered groups, owners, dated and recurring tasks),
/// distinct per (prefix, index), for the concurrency tests and the storage benchmark.
/// </summary>
public static class SamplePlans
{
    public const int OwnerCount = 20;

    private static readonly IReadOnlyList<string> Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"];
    private static readonly IReadOnlyList<string> GivenNames = ["Văn An", "Thị Bình", "Đức Cường", "Thu Hà"];

    /// <summary>The name of owner <paramref name="n"/> (0 ≤ n &lt; <see cref="OwnerCount"/>).</summary>
    public static string Owner(int n) => $"{Surnames[n % Surnames.Count]} {GivenNames[n / Surnames.Count % GivenNames.Count]}";

    /// <summary>The typed key of a task of <see cref="Plan"/>: group 1..4, task 1..n.</summary>
    public static string TaskKey(string prefix, int index, int group, int task) =>
        string.Create(CultureInfo.InvariantCulture, $"{Number(prefix, index)}#{group}.{task}");

    /// <summary>A plan of <paramref name="taskCount"/> tasks spread over four groups.</summary>
    public static PlanRecord Plan(string prefix, int index, int taskCount = 13)
    {
        var groups = new List<TaskGroup>();
        for (var g = 0; g < 4; g++)
        {
            var tasks = new List<PlanTask>();
            for (var t = g; t < taskCount; t += 4)
            {
                var deadline = t % 3 == 0
                    ? new Deadline(DeadlineKind.Recurring, null, "thực hiện thường xuyên")
                    : new Deadline(DeadlineKind.Due, new DateOnly(2026, 1 + (t % 12), 28), "hoàn thành trong năm 2026");
                tasks.Add(new PlanTask { Text = $"Khắc phục hạn chế số {t + 1} của kế hoạch {Number(prefix, index)}: rà soát, bổ sung quy chế làm việc", Deadline = deadline });
            }

            groups.Add(new TaskGroup
            {
                Number = (g + 1).ToString(CultureInfo.InvariantCulture),
                Title = $"Nhóm khuyết điểm thứ {g + 1}",
                Weaknesses = [$"Hạn chế trong công tác phối hợp số {g + 1}"],
                Owners = [new Party(Owner((index + g) % OwnerCount), "Phó Trưởng ban")],
                Advisors = ["Văn phòng"],
                Tasks = tasks,
            });
        }

        return new PlanRecord
        {
            Source = Number(prefix, index) + ".docx",
            Document = new DocumentInfo { Number = Number(prefix, index), Kind = "Kế hoạch", Issuer = "Ban Tổ chức Tỉnh ủy", Title = "Khắc phục hạn chế, khuyết điểm" },
            Groups = groups,
        };
    }

    /// <summary>The source of <see cref="Plan"/>: distinct content, hence a distinct SHA-256.</summary>
    public static StoreSource Source(string prefix, int index)
    {
        var bytes = Encoding.UTF8.GetBytes($"plan {prefix} {index}");
        return new StoreSource($"/in/{Number(prefix, index)}.docx", Convert.ToHexString(SHA256.HashData(bytes)), bytes, "sample");
    }

    private static string Number(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}-KH/{prefix}");
}

using System.Security.Cryptography;
using System.Text;
using DocIngest.Core.Plans;

namespace DocIngest.Storage.Tests;

public sealed class PlanStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docingest-store-").FullName;

    private string DbPath => Path.Combine(_folder, "plans.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Store_NewPlan_FlattensTasksWithEffectiveOwnersAndTypedKeys()
    {
        // Given
        using var store = PlanStore.Open(DbPath);

        // When
        var outcome = store.Store(Plan(), Source("a.docx", "v1"));

        // Then
        outcome.Status.ShouldBe(IngestStatus.Ingested);
        outcome.TaskCount.ShouldBe(3);
        var tasks = store.Tasks(new TaskQuery { Sort = TaskSort.Document });
        tasks.Select(t => t.Key).ShouldBe(["15-KH/BTCTU#1.1", "15-KH/BTCTU#1.2", "15-KH/BTCTU#2.1"]);
        tasks[0].Owners.Single().Name.ShouldBe("Tôn Thiện Đồng");
        tasks[2].Owners.Single().Title.ShouldBe("Các đồng chí lãnh đạo Ban");
        tasks[2].Status.ShouldBe(TaskStatus.Done);
    }

    [Fact]
    public void Store_SameContentTwice_StoresItOnce()
    {
        using var store = PlanStore.Open(DbPath);
        store.Store(Plan(), Source("a.docx", "v1"));

        var second = store.Store(Plan(), Source("renamed.docx", "v1"));

        second.Status.ShouldBe(IngestStatus.Unchanged);
        store.Documents(includeHistory: true).Count.ShouldBe(1);
        store.Tasks(new TaskQuery()).Count.ShouldBe(3);
    }

    [Fact]
    public void Store_NewVersionOfSamePlan_KeepsHistoryAndCarriesStatus()
    {
        // Given a plan whose first task was marked done by a person
        using var store = PlanStore.Open(DbPath);
        store.Store(Plan(), Source("a.docx", "v1"));
        store.MarkDone("15-KH/BTCTU#1.1", new DateOnly(2026, 5, 2), "báo cáo ngày 2/5");

        // When a revised version (one task reworded) arrives
        var revised = Plan(secondTaskText: "Ban hành quy chế phối hợp mới giữa các phòng");
        var outcome = store.Store(revised, Source("a-v2.docx", "v2"));

        // Then
        outcome.Status.ShouldBe(IngestStatus.NewVersion);
        outcome.Version.ShouldBe(2);
        outcome.CarriedStatuses.ShouldBe(1);
        store.Documents().Single().Version.ShouldBe(2);
        store.Documents(includeHistory: true).Count.ShouldBe(2);
        var first = store.FindTask("15-KH/BTCTU#1.1")!;
        first.Status.ShouldBe(TaskStatus.Done);
        first.DoneOn.ShouldBe(new DateOnly(2026, 5, 2));
        store.FindTask("15-KH/BTCTU#1.2")!.Text.ShouldBe("Ban hành quy chế phối hợp mới giữa các phòng");
        store.Tasks(new TaskQuery()).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("ton thien dong", 2)]
    [InlineData("TÔN THIỆN", 2)]
    [InlineData("lanh dao ban", 1)]
    [InlineData("nobody", 0)]
    public void Tasks_OwnerFilter_IsDiacriticAndCaseInsensitiveAndPartial(string owner, int expected)
    {
        using var store = PlanStore.Open(DbPath);
        store.Store(Plan(), Source("a.docx", "v1"));

        store.Tasks(new TaskQuery { Owner = owner }).Count.ShouldBe(expected);
    }

    [Fact]
    public void Tasks_Overdue_ReturnsOpenDueTasksBeforeTheDate()
    {
        using var store = PlanStore.Open(DbPath);
        store.Store(Plan(), Source("a.docx", "v1"));

        var overdue = store.Tasks(new TaskQuery { OverdueAsOf = new DateOnly(2026, 7, 1) });

        overdue.Select(t => t.Key).ShouldBe(["15-KH/BTCTU#1.2"]);
        store.Tasks(new TaskQuery { OverdueAsOf = new DateOnly(2026, 6, 30) }).ShouldBeEmpty();
    }

    [Fact]
    public void Tasks_TextAdvisorAndDueFilters_Combine()
    {
        using var store = PlanStore.Open(DbPath);
        store.Store(Plan(), Source("a.docx", "v1"));

        store.Tasks(new TaskQuery { Text = "quy hoach can bo" }).Single().Key.ShouldBe("15-KH/BTCTU#1.2");
        store.Tasks(new TaskQuery { Advisor = "phong to chuc" }).Count.ShouldBe(2);
        store.Tasks(new TaskQuery { DueBefore = new DateOnly(2026, 7, 1), DueAfter = new DateOnly(2026, 1, 1) }).Count.ShouldBe(2);
        store.Tasks(new TaskQuery { Kind = DeadlineKind.Recurring }).Single().Key.ShouldBe("15-KH/BTCTU#1.1");
        store.Tasks(new TaskQuery { Status = TaskStatus.Done }).Single().Key.ShouldBe("15-KH/BTCTU#2.1");
    }

    [Fact]
    public void MarkDoneAndReopen_KeepHistory()
    {
        using var store = PlanStore.Open(DbPath);
        store.Store(Plan(), Source("a.docx", "v1"));
        var id = store.FindTask("15-KH/BTCTU#1.2")!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        store.MarkDone(id, new DateOnly(2026, 6, 1), "xong");
        var reopened = store.Reopen("15-KH/BTCTU#1.2", "chưa đạt");

        reopened.Status.ShouldBe(TaskStatus.Open);
        reopened.History.Select(h => h.Status).ShouldBe([TaskStatus.Open, TaskStatus.Done, TaskStatus.Open]);
        reopened.History[1].Note.ShouldBe("xong");
    }

    [Fact]
    public void Store_KeepsTheOriginalFile()
    {
        using var store = PlanStore.Open(DbPath);
        var source = Source("a.docx", "v1");
        var outcome = store.Store(Plan(), source);

        store.ReadOriginal(outcome.DocumentId).ShouldBe(source.Content.ToArray());
    }

    [Fact]
    public void Store_CancelledMidway_LeavesTheDatabaseAsBefore()
    {
        using var store = PlanStore.Open(DbPath);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => store.Store(Plan(), Source("a.docx", "v1"), cancelled.Token));

        store.Documents(includeHistory: true).ShouldBeEmpty();
        store.Tasks(new TaskQuery()).ShouldBeEmpty();
    }

    [Fact]
    public void Open_ReopensAnExistingFile()
    {
        using (var store = PlanStore.Open(DbPath))
        {
            store.Store(Plan(), Source("a.docx", "v1"));
        }

        using var again = PlanStore.Open(DbPath);
        again.Tasks(new TaskQuery()).Count.ShouldBe(3);
    }

    private static StoreSource Source(string name, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content + name.Length);
        return new StoreSource("/in/" + name, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content))), bytes, "test");
    }

    private static PlanRecord Plan(string secondTaskText = "Tập trung rà soát công tác quy hoạch cán bộ") => new()
    {
        Source = "a.docx",
        Document = new DocumentInfo { Number = "15-KH/BTCTU", Kind = "Kế hoạch", Issuer = "Ban Tổ chức Tỉnh ủy" },
        Groups =
        [
            new TaskGroup
            {
                Number = "1",
                Section = "II",
                Title = "Nhóm khuyết điểm liên quan đến công tác cán bộ",
                Owners = [new Party("Tôn Thiện Đồng", "Trưởng Ban Tổ chức Tỉnh ủy")],
                Advisors = ["Phòng Tổ chức - Cán bộ"],
                Tasks =
                [
                    new PlanTask { Text = "Tiếp tục tham mưu sắp xếp tổ chức bộ máy", Deadline = new Deadline(DeadlineKind.Recurring, null, "thực hiện thường xuyên") },
                    new PlanTask { Text = secondTaskText, Deadline = new Deadline(DeadlineKind.Due, new DateOnly(2026, 6, 30), "hoàn thành trong Quý II/2026") },
                ],
            },
            new TaskGroup
            {
                Number = "2",
                Title = "Nhóm khuyết điểm liên quan đến việc nắm tình hình cơ sở",
                Owners = [new Party(null, "Các đồng chí lãnh đạo Ban")],
                Tasks =
                [
                    new PlanTask { Text = "Ban hành kế hoạch kiểm tra", Deadline = new Deadline(DeadlineKind.Done, new DateOnly(2026, 3, 31), "đã hoàn thành trong tháng 3/2026") },
                ],
            },
        ],
    };
}

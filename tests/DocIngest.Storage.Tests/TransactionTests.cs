using DocIngest.Storage.Worker;
using LiteDB;

namespace DocIngest.Storage.Tests;

/// <summary>Every write is one transaction: a failure inside it leaves the database as before.</summary>
public sealed class TransactionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docingest-tx-").FullName;

    private string DbPath => Path.Combine(_folder, "plans.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Store_FailsJustBeforeCommit_RollsBackEverythingAndReleasesTheFile()
    {
        // Given a store with one plan, whose next Store fails after every insert and the upload
        using var store = PlanStore.Open(DbPath);
        store.Store(SamplePlans.Plan("OLD", 0), SamplePlans.Source("OLD", 0));
        store.BeforeCommit = () => throw new IOException("disk full");

        // When
        Should.Throw<IOException>(() => store.Store(SamplePlans.Plan("BAD", 0), SamplePlans.Source("BAD", 0)));

        // Then nothing of the failed plan is left, and another opener is not kept waiting
        store.BeforeCommit = null;
        store.Documents(includeHistory: true).Select(d => d.Record.Document.Number).ShouldBe(["1-KH/OLD"]);
        store.Tasks(new TaskQuery()).Count.ShouldBe(13);
        store.Contains(SamplePlans.Source("BAD", 0).Sha256).ShouldBeFalse();
        Should.Throw<LiteException>(() => store.ReadOriginal(2));
        Exception? failure = null;
        var other = new Thread(() =>
        {
            try
            {
                using var second = PlanStore.Open(DbPath, ConnectionType.Shared, busyTimeout: TimeSpan.FromSeconds(2));
                second.Store(SamplePlans.Plan("NEW", 0), SamplePlans.Source("NEW", 0));
            }
            catch (LiteException error)
            {
                failure = error;
            }
        });
        other.Start();
        other.Join(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        failure.ShouldBeNull();
        store.Documents().Count.ShouldBe(2);
    }
}

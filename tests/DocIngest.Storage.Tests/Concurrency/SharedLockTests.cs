using DocIngest.Storage.Internal;
using LiteDB;

namespace DocIngest.Storage.Tests.Concurrency;

/// <summary>The named mutex behind shared mode: its name, its bounded wait, and one spelling per file.</summary>
public sealed class SharedLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docingest-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MutexName_IsTheMutexLiteDbLocks_SoHoldingItBlocksLiteDb()
    {
        // Given another thread holding the mutex the gate computes for a file
        var path = Path.Combine(_folder, "plans.db");
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using var mutex = new Mutex(false, StoreGate.MutexName(path));
            mutex.WaitOne();
            held.Set();
            release.Wait();
            mutex.ReleaseMutex();
        });
        holder.Start();
        held.Wait();

        // When plain LiteDB (no gate) opens the file in shared mode
        var count = -1;
        var reader = new Thread(() =>
        {
            using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
            count = database.GetCollection("c").Count();
        });
        reader.Start();

        // Then it waits until the holder lets go
        reader.Join(TimeSpan.FromSeconds(1)).ShouldBeFalse("LiteDB must be waiting on the same mutex");
        release.Set();
        reader.Join(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        count.ShouldBe(0);
        holder.Join();
    }

    [Fact]
    public void Open_PathThroughASymbolicLink_UsesTheRealPath()
    {
        var real = Directory.CreateDirectory(Path.Combine(_folder, "real")).FullName;
        var link = Path.Combine(_folder, "link");
        Directory.CreateSymbolicLink(link, "real");

        using var store = PlanStore.Open(Path.Combine(link, "sub", "..", "plans.db"));

        store.Path.ShouldBe(Path.Combine(real, "plans.db"));
        File.Exists(Path.Combine(real, "plans.db")).ShouldBeTrue();
    }

    [Fact]
    public void Resolve_LinkedFileAndChainedFolderLinks_GiveTheFinalTarget()
    {
        // Given data/plans.db reached through two folder links and a file link
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        File.WriteAllText(Path.Combine(data, "plans.db"), "");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "a"), "data");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "b"), Path.Combine(_folder, "a"));
        File.CreateSymbolicLink(Path.Combine(data, "current.db"), "plans.db");

        CanonicalPath.Resolve(Path.Combine(_folder, "b", "current.db")).ShouldBe(Path.Combine(data, "plans.db"));
        CanonicalPath.Resolve(Path.Combine(_folder, "b", "new.db")).ShouldBe(Path.Combine(data, "new.db"));
        CanonicalPath.Resolve(Path.Combine(_folder, "data", "plans.db")).ShouldBe(Path.Combine(data, "plans.db"));
    }

    [Fact]
    public void Resolve_LinkLoop_FailsInsteadOfHanging()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder, "x"), "y");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "y"), "x");

        Should.Throw<IOException>(() => CanonicalPath.Resolve(Path.Combine(_folder, "x", "plans.db")));
    }

    [Fact]
    public void Documents_AnotherThreadHoldsTheFile_GivesUpWithTheBusyMessage()
    {
        var path = Path.Combine(_folder, "plans.db");
        using var store = PlanStore.Open(path, ConnectionType.Shared, busyTimeout: TimeSpan.FromMilliseconds(300));
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using var mutex = new Mutex(false, StoreGate.MutexName(path));
            mutex.WaitOne();
            held.Set();
            release.Wait();
            mutex.ReleaseMutex();
        });
        holder.Start();
        held.Wait();

        var error = Should.Throw<LiteException>(() => store.Documents());

        release.Set();
        holder.Join();
        error.Message.ShouldBe($"The database '{path}' is busy: another process has held it for more than 0.3 s. Try again when that process has finished.");
        store.Documents().ShouldBeEmpty();
    }
}

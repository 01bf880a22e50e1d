using BenchmarkDotNet.Attributes;
using DocIngest.Storage;
using DocIngest.Storage.Worker;
using LiteDB;

namespace DocIngest.Benchmarks.Storage;

/// <summary>
/// What shared mode (the only mode DocIngest uses) costs against direct mode, on a store of
/// 1,000 plans / 13,000 tasks. Run: <c>dotnet run -c Release --project bench/DocIngest.Benchmarks -- --filter '*PlanStore*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class PlanStoreBenchmarks
{
    private const int Plans = 1_000;

    private string _folder = "";
    private PlanStore? _store;
    private int _next = Plans;

    [Params(ConnectionType.Shared, ConnectionType.Direct)]
    public ConnectionType Connection { get; set; }

    private string DbPath => Path.Combine(_folder, "plans.db");

    [GlobalSetup(Targets = [nameof(Store), nameof(TasksByOwner), nameof(FindTaskByKey)])]
    public void Setup()
    {
        SetupFile();
        _store = PlanStore.Open(DbPath, Connection);
    }

    // No store stays open here: two direct-mode engines on one file are what corrupts it.
    [GlobalSetup(Target = nameof(OpenAndDispose))]
    public void SetupFile()
    {
        _folder = Directory.CreateTempSubdirectory("docingest-bench-").FullName;
        File.Copy(Template(), DbPath);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One ingest of a typical plan (13 tasks, 4 groups): one transaction.</summary>
    [Benchmark]
    public IngestOutcome Store()
    {
        var index = _next++;
        return _store!.Store(SamplePlans.Plan("NEW", index), SamplePlans.Source("NEW", index));
    }

    /// <summary>"docingest tasks --owner X": about 650 of the 13,000 tasks match.</summary>
    [Benchmark]
    public int TasksByOwner() => _store!.Tasks(new TaskQuery { Owner = SamplePlans.Owner(7) }).Count;

    /// <summary>"docingest done KEY" looks the task up by its typed key first.</summary>
    [Benchmark]
    public StoredTask? FindTaskByKey() => _store!.FindTask(SamplePlans.TaskKey("P", 517, 3, 2));

    /// <summary>What every CLI command pays before its first query.</summary>
    [Benchmark]
    public int OpenAndDispose()
    {
        using var store = PlanStore.Open(DbPath, Connection);
        return store.Path.Length;
    }

    /// <summary>Built once per machine in direct mode (fast, single process) and copied per run.</summary>
    private static string Template()
    {
        var path = Path.Combine(Path.GetTempPath(), "docingest-bench-template-v1", "plans.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(building);
        using (var store = PlanStore.Open(building, ConnectionType.Direct))
        {
            for (var i = 0; i < Plans; i++)
            {
                store.Store(SamplePlans.Plan("P", i), SamplePlans.Source("P", i));
            }
        }

        File.Move(building, path);
        return path;
    }
}

using System.Text.Json;
using DocIngest.Storage;

namespace DocIngest.Ingestion.Tests.Watching;

/// <summary>The watcher as people run it: a real process, real files dropped into a real folder.</summary>
[Collection(ProcessCollection.Name)]
public sealed class DropFolderReliabilityTests : IDisposable
{
    private const string Settle = "0.2";
    private static readonly TimeSpan Exit = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Watch_300FilesDroppedAtOnce40Bad_EveryGoodOneOnceEveryBadOneFailedWithReport()
    {
        using var watcher = WatcherProcess.Start("watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle);
        (await Eventually.HoldsAsync(() => watcher.Output.Contains("Watching", StringComparison.Ordinal), Exit)).ShouldBeTrue(watcher.Output);

        Plans.CorpusPlans().Count.ShouldBe(5, "the seed and four pandoc plans are copied into the test output");
        Plans.NonPlans().Count.ShouldBe(6, "six corpus letters that are not plans are copied into the test output");
        var good = new List<string>();
        foreach (var corpus in Plans.CorpusPlans())
        {
            var target = Path.Combine(_folder.Drop, Path.GetFileName(corpus));
            File.Copy(corpus, target);
            good.Add(target);
        }

        for (var n = 1; good.Count < 260; n++)
        {
            good.Add(Plans.WritePlan(_folder.Drop, n));
        }

        var bad = Plans.WriteBad(_folder.Drop, 40);
        (good.Count + bad.Count).ShouldBe(300);

        (await Eventually.HoldsAsync(() => _folder.DropFiles().Count == 0, TimeSpan.FromSeconds(90))).ShouldBeTrue(watcher.Output);
        watcher.Terminate();
        (await watcher.WaitForExitAsync(Exit)).ShouldBe(0, watcher.Output);

        _folder.ProcessedFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(good.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        _folder.FailedFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(bad.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var failed in _folder.FailedFiles())
        {
            using var report = JsonDocument.Parse(File.ReadAllText(failed + ".error.json"));
            report.RootElement.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
            var type = report.RootElement.GetProperty("error_type").GetString();
            var expected = Path.GetFileNameWithoutExtension(failed).Split('-')[2] switch
            {
                "empty" => "EmptyFile",
                "notzip" or "random" => "NotAZipPackage",
                "truncated" => "TruncatedPackage",
                "legacy" => "LegacyWordBinary",
                _ => "NotAPlan",
            };
            type.ShouldBe(expected, failed);
        }

        using var store = PlanStore.Open(_folder.Database);
        var documents = store.Documents(includeHistory: true);
        documents.Select(d => d.SourceName).Order(StringComparer.Ordinal).ShouldBe(good.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        documents.Select(d => d.Sha256).Distinct().Count().ShouldBe(260);
        documents.ShouldAllBe(d => d.TaskCount > 0);
        watcher.Output.ShouldContain("Stopped: 260 ingested, 0 duplicates, 40 failed, 0 deferred");
    }

    [Fact]
    public async Task Watch_FileWrittenSlowlyOverThreeSeconds_IngestedOnceComplete()
    {
        using var watcher = WatcherProcess.Start("watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle);
        (await Eventually.HoldsAsync(() => watcher.Output.Contains("Watching", StringComparison.Ordinal), Exit)).ShouldBeTrue(watcher.Output);
        var bytes = Plans.PlanBytes(77);
        var path = Path.Combine(_folder.Drop, "slow.md");

        // Ten chunks 330 ms apart: each pause is longer than the settle time, so only the
        // exclusive open keeps the watcher from taking a half-written plan.
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            var chunk = (bytes.Length + 9) / 10;
            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                await writer.WriteAsync(bytes.AsMemory(offset, Math.Min(chunk, bytes.Length - offset)));
                await writer.FlushAsync();
                await Task.Delay(330);
            }
        }

        (await Eventually.HoldsAsync(() => _folder.DropFiles().Count == 0, Exit)).ShouldBeTrue(watcher.Output);
        watcher.Terminate();
        (await watcher.WaitForExitAsync(Exit)).ShouldBe(0, watcher.Output);

        File.ReadAllBytes(_folder.ProcessedFiles().ShouldHaveSingleItem()).ShouldBe(bytes);
        using var store = PlanStore.Open(_folder.Database);
        var document = store.Documents(includeHistory: true).ShouldHaveSingleItem();
        document.Size.ShouldBe(bytes.Length);
        document.TaskCount.ShouldBe(2);
    }

    [Fact]
    public async Task Watch_KilledMidBatchThenRestarted_NothingLostNothingTwiceDatabaseOpens()
    {
        var names = Enumerable.Range(1, 300).Select(n => Path.GetFileName(Plans.WritePlan(_folder.Drop, 1500 + n))).ToList();
        using (var first = WatcherProcess.Start("watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle))
        {
            (await Eventually.HoldsAsync(() => _folder.ProcessedFiles().Count >= 20, Exit, pollMilliseconds: 10)).ShouldBeTrue(first.Output);
            first.KillHard();
            await first.WaitForExitAsync(Exit);
        }

        _folder.DropFiles().ShouldNotBeEmpty("the kill came too late to interrupt the batch");
        var (exit, output) = await WatcherProcess.RunAsync(Exit, "watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle, "--once");

        exit.ShouldBe(0, output);
        _folder.DropFiles().ShouldBeEmpty();
        _folder.ProcessedFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(names.Order(StringComparer.Ordinal));
        using var store = PlanStore.Open(_folder.Database);
        var documents = store.Documents(includeHistory: true);
        documents.Select(d => d.SourceName).Order(StringComparer.Ordinal).ShouldBe(names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Watch_SameContentTwiceAndRenamedInside_OneRecord()
    {
        using var watcher = WatcherProcess.Start("watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle);
        (await Eventually.HoldsAsync(() => watcher.Output.Contains("Watching", StringComparison.Ordinal), Exit)).ShouldBeTrue(watcher.Output);

        var original = Plans.WritePlan(_folder.Drop, 90);
        File.Move(original, Path.Combine(_folder.Drop, "renamed-90.md"));
        (await Eventually.HoldsAsync(() => _folder.DropFiles().Count == 0, Exit)).ShouldBeTrue(watcher.Output);
        File.WriteAllBytes(Path.Combine(_folder.Drop, "copy-of-90.md"), Plans.PlanBytes(90));
        (await Eventually.HoldsAsync(() => _folder.DropFiles().Count == 0, Exit)).ShouldBeTrue(watcher.Output);
        watcher.Terminate();
        (await watcher.WaitForExitAsync(Exit)).ShouldBe(0, watcher.Output);

        using var store = PlanStore.Open(_folder.Database);
        store.Documents(includeHistory: true).ShouldHaveSingleItem().SourceName.ShouldBe("renamed-90.md");
        _folder.ProcessedFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["copy-of-90.md", "renamed-90.md"]);
        watcher.Output.ShouldContain("copy-of-90.md: duplicate");
    }

    [Fact]
    public async Task Tasks_QueriedFromAnotherProcessWhileWatcherIngests_EveryQuerySucceeds()
    {
        using var watcher = WatcherProcess.Start("watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle);
        (await Eventually.HoldsAsync(() => watcher.Output.Contains("Watching", StringComparison.Ordinal), Exit)).ShouldBeTrue(watcher.Output);
        for (var n = 1; n <= 120; n++)
        {
            Plans.WritePlan(_folder.Drop, 700 + n);
        }

        var queries = 0;
        while (_folder.DropFiles().Count > 0 || queries < 3)
        {
            var (exit, output) = await WatcherProcess.RunAsync(Exit, "tasks", "--db", _folder.Database);
            exit.ShouldBe(0, output);
            queries++;
        }

        watcher.Terminate();
        (await watcher.WaitForExitAsync(Exit)).ShouldBe(0, watcher.Output);
        var (lastExit, last) = await WatcherProcess.RunAsync(Exit, "tasks", "--db", _folder.Database, "--doc", "820-KH/BTCTU");
        lastExit.ShouldBe(0, last);
        last.ShouldContain("Rà soát quy hoạch cán bộ đợt 820");
        queries.ShouldBeGreaterThanOrEqualTo(3);
        _folder.ProcessedFiles().Count.ShouldBe(120);
    }

    [Fact]
    public async Task Watch_SigtermMidBatch_CurrentDocumentFinishedAndStoppedCleanly()
    {
        // Enough files that the batch takes seconds even on an idle machine.
        var names = Enumerable.Range(1, 400).Select(n => Path.GetFileName(Plans.WritePlan(_folder.Drop, 1000 + n))).ToList();
        using var watcher = WatcherProcess.Start("watch", _folder.Drop, "--db", _folder.Database, "--settle", Settle);
        (await Eventually.HoldsAsync(() => _folder.ProcessedFiles().Count >= 10, Exit, pollMilliseconds: 10)).ShouldBeTrue(watcher.Output);

        watcher.Terminate();

        (await watcher.WaitForExitAsync(Exit)).ShouldBe(0, watcher.Output);
        watcher.Output.ShouldContain("Stopped:");
        var processed = _folder.ProcessedFiles().Select(Path.GetFileName).ToList();
        var left = _folder.DropFiles().Select(Path.GetFileName).ToList();
        left.ShouldNotBeEmpty("the stop came too late to interrupt the batch");
        processed.Concat(left).Order(StringComparer.Ordinal).ShouldBe(names.Order(StringComparer.Ordinal));
        using var store = PlanStore.Open(_folder.Database);

        // Every stored document left the folder and every moved file is stored: none was cut in half.
        store.Documents(includeHistory: true).Select(d => d.SourceName).Order(StringComparer.Ordinal).ShouldBe(processed.Order(StringComparer.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}

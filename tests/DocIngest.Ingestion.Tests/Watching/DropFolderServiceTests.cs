using DocIngest.Ingestion.Watching;
using DocIngest.Storage;
using Microsoft.Extensions.Logging;

namespace DocIngest.Ingestion.Tests.Watching;

/// <summary>The hosted watcher run in this process, where the database can be taken away under it.</summary>
[Collection(ProcessCollection.Name)]
public sealed class DropFolderServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Watch_DatabaseKeepsFailing_PausesKeepsEveryFileAndLogsIt()
    {
        var options = new WatchOptions { Directory = _folder.Drop, Settle = TimeSpan.FromMilliseconds(100), BreakDuration = TimeSpan.FromSeconds(60) }.Validate();
        var names = Enumerable.Range(1, 6).Select(n => Path.GetFileName(Plans.WritePlan(_folder.Drop, 60 + n))).ToList();
        using var store = PlanStore.Open(_folder.Database);
        File.Move(_folder.Database, _folder.Database + ".away");
        Directory.CreateDirectory(_folder.Database);
        var summary = new WatchSummary();
        var logs = new CollectingLoggerProvider();
        using var host = DropFolderHost.Create(options, store, summary, logging: l => l.AddProvider(logs));

        await host.StartAsync();
        var paused = await Eventually.HoldsAsync(() => summary.Deferred >= 4, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var deferredAfterPause = summary.Deferred;
        await host.StopAsync();

        paused.ShouldBeTrue(string.Join('\n', logs.Lines));

        // Three documents fail on the database and open the circuit, the fourth is refused without
        // a try, and the watcher pauses (no spinning) while every file stays where it was dropped.
        deferredAfterPause.ShouldBe(4, string.Join('\n', logs.Lines));
        logs.Lines.ShouldContain(l => l.Contains("The database keeps failing", StringComparison.Ordinal) && l.Contains("pauses for 60 s", StringComparison.Ordinal));
        _folder.DropFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(names.Order(StringComparer.Ordinal));
        Directory.Exists(_folder.Failed).ShouldBeFalse();
        (summary.Ingested, summary.Failed).ShouldBe((0, 0));
    }

    public void Dispose() => _folder.Dispose();
}

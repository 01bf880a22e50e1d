using DocIngest.Ingestion.Watching;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocIngest.Ingestion.Tests.Watching;

public sealed class IngestionResilienceTests
{
    private static readonly WatchOptions Options = new()
    {
        Directory = Path.GetTempPath(),
        DocumentTimeout = TimeSpan.FromSeconds(20),
        BreakDuration = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task Execute_SharingViolationTwice_RetriedUntilItSucceeds()
    {
        var pipeline = IngestionResilience.Create(Options, TimeProvider.System);
        var attempts = 0;

        var result = await pipeline.ExecuteAsync(_ => ++attempts < 3 ? throw new IOException("in use") : ValueTask.FromResult(attempts));

        result.ShouldBe(3);
    }

    [Fact]
    public async Task Execute_FileGone_NotRetried()
    {
        var pipeline = IngestionResilience.Create(Options, TimeProvider.System);
        var attempts = 0;

        await Should.ThrowAsync<FileNotFoundException>(async () =>
            await pipeline.ExecuteAsync<int>(_ => { attempts++; throw new FileNotFoundException("gone"); }));

        attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Execute_DatabaseKeepsFailing_CircuitOpensAndStopsCallingIt()
    {
        var breaks = new List<string>();
        var pipeline = IngestionResilience.Create(Options, TimeProvider.System, breaks.Add);
        var attempts = 0;
        Func<CancellationToken, ValueTask<int>> failing = _ => { attempts++; throw new DatabaseUnavailableException(new IOException("database locked")); };

        for (var document = 0; document < 3; document++)
        {
            await Should.ThrowAsync<DatabaseUnavailableException>(async () => await pipeline.ExecuteAsync(failing));
        }

        // Five attempts per document (one try, four retries), then the breaker refuses without trying.
        attempts.ShouldBe(15);
        breaks.ShouldHaveSingleItem().ShouldContain("database locked");
        var refused = await Should.ThrowAsync<BrokenCircuitException>(async () => await pipeline.ExecuteAsync(failing));
        attempts.ShouldBe(15);
        refused.RetryAfter.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Execute_DocumentTakesTooLong_TimesOut()
    {
        var pipeline = IngestionResilience.Create(Options with { DocumentTimeout = TimeSpan.FromMilliseconds(200) }, TimeProvider.System);

        await Should.ThrowAsync<TimeoutRejectedException>(async () =>
            await pipeline.ExecuteAsync(async token => { await Task.Delay(TimeSpan.FromSeconds(10), token); return 0; }));
    }
}

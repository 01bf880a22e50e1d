using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace DocIngest.Ingestion.Watching;

/// <summary>
/// The one resilience pipeline every dropped document goes through, built once per watcher:
/// a circuit breaker (outermost) that opens when the database keeps failing, a time limit per
/// document, and retries with exponential backoff and jitter for files still held by their
/// writer and for database lock timeouts.
/// </summary>
internal static class IngestionResilience
{
    public static ResiliencePipeline Create(WatchOptions options, TimeProvider time, Action<string>? onBreak = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Only database failures count: a bad document says nothing about the database.
                ShouldHandle = new PredicateBuilder().Handle<DatabaseUnavailableException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,
                OnOpened = args =>
                {
                    onBreak?.Invoke(args.Outcome.Exception?.Message ?? "the database keeps failing");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.DocumentTimeout })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<DatabaseUnavailableException>().Handle<IOException>(IsTransient),
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(2),
            })
            .Build();

    /// <summary>A sharing violation or lock is transient; a file that is gone is not.</summary>
    public static bool IsTransient(IOException error) => error is not (FileNotFoundException or DirectoryNotFoundException);

    /// <summary>True for the pipeline's own exceptions that mean "try this file again later".</summary>
    public static bool IsDeferral(Exception error) => error is BrokenCircuitException or DatabaseUnavailableException;

    /// <summary>True when the per-document time limit was reached.</summary>
    public static bool IsTimeout(Exception error) => error is TimeoutRejectedException;
}

using Microsoft.Extensions.Logging;

namespace DocIngest.Ingestion.Watching;

/// <summary>The watcher's log lines: one per file with its outcome and time taken, plus lifecycle events.</summary>
internal static partial class WatchLog
{
    [LoggerMessage(1, LogLevel.Information, "Watching {Directory} (processed: {Processed}, failed: {Failed}, settle {SettleSeconds} s, database {Database})")]
    public static partial void Started(ILogger logger, string directory, string processed, string failed, double settleSeconds, string database);

    [LoggerMessage(2, LogLevel.Information, "{File}: {Outcome} in {ElapsedMs} ms, {Tasks} tasks -> {Destination}")]
    public static partial void Stored(ILogger logger, string file, string outcome, long elapsedMs, int tasks, string destination);

    [LoggerMessage(3, LogLevel.Information, "{File}: duplicate in {ElapsedMs} ms, the same content (SHA-256 {Sha256}) is stored already -> {Destination}")]
    public static partial void Duplicate(ILogger logger, string file, long elapsedMs, string? sha256, string destination);

    [LoggerMessage(4, LogLevel.Warning, "{File}: failed ({ErrorType}) in {ElapsedMs} ms -> {Destination}: {Reason}")]
    public static partial void Failed(ILogger logger, string file, string errorType, long elapsedMs, string destination, string reason);

    [LoggerMessage(5, LogLevel.Warning, "{File}: deferred in {ElapsedMs} ms, the database is unavailable ({Reason}); the file stays and is tried again")]
    public static partial void Deferred(ILogger logger, string file, long elapsedMs, string reason);

    [LoggerMessage(6, LogLevel.Error, "The database keeps failing ({Reason}); ingestion pauses for {Seconds} s")]
    public static partial void CircuitOpened(ILogger logger, string reason, double seconds);

    [LoggerMessage(7, LogLevel.Error, "{File}: {Outcome}, but it could not be moved out of the drop folder ({Reason}); it is left there")]
    public static partial void MoveFailed(ILogger logger, string file, string outcome, string reason);

    [LoggerMessage(8, LogLevel.Warning, "The drop folder could not be watched or listed ({Reason}); it is listed again later")]
    public static partial void WatcherError(ILogger logger, string reason);

    [LoggerMessage(9, LogLevel.Debug, "{File}: still open in another program; waiting")]
    public static partial void Busy(ILogger logger, string file);

    [LoggerMessage(10, LogLevel.Information, "Stopped: {Ingested} ingested, {Duplicates} duplicates, {Failed} failed, {Deferred} deferred")]
    public static partial void Stopped(ILogger logger, int ingested, int duplicates, int failed, int deferred);

    [LoggerMessage(11, LogLevel.Critical, "The watcher stopped on an unexpected error")]
    public static partial void Crashed(ILogger logger, Exception error);
}

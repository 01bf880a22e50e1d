using LiteDB;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;

namespace DocIngest.Ingestion.Watching;

/// <summary>
/// Handles one settled file: reads it exclusively, ingests it through the resilience pipeline,
/// moves it to processed/ or failed/ and logs one line. Database failures leave the file where
/// it is; only the document's own faults send it to failed/.
/// </summary>
internal sealed class DropFolderProcessor(
    DocumentIngestor ingestor,
    ResiliencePipeline pipeline,
    OutcomeMover mover,
    WatchSummary summary,
    TimeProvider time,
    ILogger<DropFolderProcessor> logger)
{
    /// <summary>The time the circuit breaker asked to wait, after a <see cref="FileDisposition.Deferred"/> result.</summary>
    public TimeSpan? PauseFor { get; private set; }

    /// <summary>
    /// Processes the file to the end even when the host is stopping: the caller checks for
    /// shutdown between files, so a document is never left half handled.
    /// </summary>
    public async Task<FileDisposition> ProcessAsync(string path)
    {
        PauseFor = null;
        var start = time.GetTimestamp();
        var name = Path.GetFileName(path);
        var before = Snapshot(path);
        FileOutcome outcome;
        try
        {
            outcome = await pipeline.ExecuteAsync(static (state, token) => ValueTask.FromResult(state.Self.IngestOnce(state.Path, token)), (Self: this, Path: path), CancellationToken.None);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileDisposition.Gone;
        }
        catch (IOException)
        {
            WatchLog.Busy(logger, name);
            return FileDisposition.Busy;
        }
        catch (BrokenCircuitException error)
        {
            PauseFor = error.RetryAfter;
            return Deferred(name, start, "the circuit is open");
        }
        catch (DatabaseUnavailableException error)
        {
            return Deferred(name, start, error.InnerException?.Message ?? error.Message);
        }
        catch (Exception error) when (IngestionResilience.IsTimeout(error))
        {
            outcome = new FileOutcome(path, FileOutcomeKind.Failed, null, 0, $"{name}: processing took longer than the time limit for one document; it is too complex or damaged. Check it with docingest read.", "Timeout");
        }
        catch (FileTooLargeException error)
        {
            outcome = new FileOutcome(path, FileOutcomeKind.Failed, null, 0, error.Message, "TooLarge");
        }
        catch (UnauthorizedAccessException error)
        {
            outcome = new FileOutcome(path, FileOutcomeKind.Failed, null, 0, $"{name}: cannot be read ({error.Message}). Check its permissions.", "PermissionDenied");
        }

        if (outcome.Kind == FileOutcomeKind.Failed && Snapshot(path) != before)
        {
            // The writer was not done after all (it paused longer than the settle time): what
            // failed was a partial file, so it waits to settle again instead of going to failed/.
            WatchLog.Busy(logger, name);
            return FileDisposition.Busy;
        }

        return Finish(path, outcome, start);
    }

    private static (long Size, DateTime WriteTime)? Snapshot(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }

    private FileOutcome IngestOnce(string path, CancellationToken cancellationToken)
    {
        var bytes = FileSettler.ReadExclusive(path, ingestor.MaxFileBytes);
        try
        {
            return ingestor.Ingest(path, bytes, cancellationToken);
        }
        catch (Exception error) when (error is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException(error);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A reader or rule that breaks on this document: the document goes to failed/ with the
            // reason, and the watcher carries on with the next one.
            return new FileOutcome(path, FileOutcomeKind.Failed, null, 0, $"{Path.GetFileName(path)}: the document could not be processed ({error.Message}).", error.GetType().Name);
        }
    }

    private FileDisposition Finish(string path, FileOutcome outcome, long start)
    {
        var name = Path.GetFileName(path);
        var disposition = outcome.Kind switch
        {
            FileOutcomeKind.Ingested => FileDisposition.Ingested,
            FileOutcomeKind.NewVersion => FileDisposition.NewVersion,
            FileOutcomeKind.Unchanged => FileDisposition.Duplicate,
            _ => FileDisposition.Failed,
        };
        string destination;
        try
        {
            destination = disposition == FileDisposition.Failed
                ? mover.MoveToFailed(path, outcome.Error ?? "unknown error", outcome.ErrorType ?? "Unknown", outcome.Sha256)
                : mover.MoveToProcessed(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            WatchLog.MoveFailed(logger, name, Label(disposition), error.Message);
            summary.Count(FileDisposition.Stuck);
            return FileDisposition.Stuck;
        }

        var elapsed = (long)time.GetElapsedTime(start).TotalMilliseconds;
        switch (disposition)
        {
            case FileDisposition.Duplicate:
                WatchLog.Duplicate(logger, name, elapsed, outcome.Sha256, destination);
                break;
            case FileDisposition.Failed:
                WatchLog.Failed(logger, name, outcome.ErrorType ?? "Unknown", elapsed, destination, outcome.Error ?? string.Empty);
                break;
            default:
                WatchLog.Stored(logger, name, Label(disposition), elapsed, outcome.TaskCount, destination);
                break;
        }

        summary.Count(disposition);
        return disposition;
    }

    private FileDisposition Deferred(string name, long start, string reason)
    {
        WatchLog.Deferred(logger, name, (long)time.GetElapsedTime(start).TotalMilliseconds, reason);
        summary.Count(FileDisposition.Deferred);
        return FileDisposition.Deferred;
    }

    private static string Label(FileDisposition disposition) => disposition == FileDisposition.NewVersion ? "new version" : disposition.ToString().ToLowerInvariant();
}

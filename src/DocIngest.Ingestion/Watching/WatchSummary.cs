namespace DocIngest.Ingestion.Watching;

/// <summary>Counts of one watcher run; <c>--once</c> turns them into its exit code.</summary>
public sealed class WatchSummary
{
    private int _ingested;
    private int _duplicates;
    private int _failed;
    private int _deferred;
    private int _stuck;

    public int Ingested => Volatile.Read(ref _ingested);

    public int Duplicates => Volatile.Read(ref _duplicates);

    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Files left in the drop folder because the database failed.</summary>
    public int Deferred => Volatile.Read(ref _deferred);

    /// <summary>Files handled but not moved out of the drop folder.</summary>
    public int Stuck => Volatile.Read(ref _stuck);

    /// <summary>The watcher stopped on an unexpected error.</summary>
    public bool Crashed { get; internal set; }

    internal void Count(FileDisposition disposition)
    {
        switch (disposition)
        {
            case FileDisposition.Ingested or FileDisposition.NewVersion:
                Interlocked.Increment(ref _ingested);
                break;
            case FileDisposition.Duplicate:
                Interlocked.Increment(ref _duplicates);
                break;
            case FileDisposition.Failed:
                Interlocked.Increment(ref _failed);
                break;
            case FileDisposition.Deferred:
                Interlocked.Increment(ref _deferred);
                break;
            case FileDisposition.Stuck:
                Interlocked.Increment(ref _stuck);
                break;
            default:
                break;
        }
    }
}

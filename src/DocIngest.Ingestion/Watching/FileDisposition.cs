namespace DocIngest.Ingestion.Watching;

/// <summary>What the watcher did with one settled file.</summary>
internal enum FileDisposition
{
    Ingested,
    NewVersion,
    Duplicate,
    Failed,

    /// <summary>Still held by its writer: it stays and settles again.</summary>
    Busy,

    /// <summary>The database failed: it stays in the drop folder and is tried again later.</summary>
    Deferred,

    /// <summary>It left the drop folder before it could be read.</summary>
    Gone,

    /// <summary>Handled, but it could not be moved out of the drop folder.</summary>
    Stuck,
}

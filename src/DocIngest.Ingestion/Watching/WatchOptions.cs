namespace DocIngest.Ingestion.Watching;

/// <summary>
/// How the drop-folder watcher runs. <see cref="Validate"/> is called once, before the host
/// starts, and returns the copy every component uses (absolute paths, defaults filled in).
/// </summary>
public sealed record WatchOptions
{
    /// <summary>
    /// The default settle time. Half a second keeps a plan's tasks queryable within 2 s of the
    /// file being closed (docs/watch.md); writers that pause longer still hold the file open,
    /// which the exclusive read catches, and a failure is confirmed against a changed file.
    /// </summary>
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromMilliseconds(500);

    /// <summary>The watched folder (top level only).</summary>
    public required string Directory { get; init; }

    /// <summary>Where ingested files go (default: <c>processed</c> next to <see cref="Directory"/>).</summary>
    public string? ProcessedDirectory { get; init; }

    /// <summary>Where failed files and their error reports go (default: <c>failed</c> next to <see cref="Directory"/>).</summary>
    public string? FailedDirectory { get; init; }

    /// <summary>How long size and write time must stay unchanged before a file is read.</summary>
    public TimeSpan Settle { get; init; } = DefaultSettle;

    /// <summary>Process what is in the folder, then stop.</summary>
    public bool Once { get; init; }

    /// <summary>How often the whole folder is listed again, for events the file-system watcher missed.</summary>
    public TimeSpan RescanInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest one document may take, retries included.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the watcher pauses when the database keeps failing.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often pending files are looked at again (derived from the settle time).</summary>
    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(Math.Clamp(Settle.TotalMilliseconds / 4, 50, 250));

    /// <summary>Checks the options and returns them with absolute paths and defaults resolved.</summary>
    /// <exception cref="ArgumentException">An option is out of range or the folders overlap; the message says which.</exception>
    public WatchOptions Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            throw new ArgumentException("Give the folder to watch.");
        }

        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory));
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ArgumentException($"{Directory}: no such folder. Create it first, or give the folder people drop plans into.");
        }

        var parent = Path.GetDirectoryName(directory) ?? directory;
        var processed = Path.TrimEndingDirectorySeparator(Path.GetFullPath(ProcessedDirectory ?? Path.Combine(parent, "processed")));
        var failed = Path.TrimEndingDirectorySeparator(Path.GetFullPath(FailedDirectory ?? Path.Combine(parent, "failed")));
        if (SamePath(processed, directory) || SamePath(failed, directory) || SamePath(processed, failed))
        {
            throw new ArgumentException("The watched, processed and failed folders must be three different folders.");
        }

        if (Settle < TimeSpan.Zero || Settle > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"--settle must be between 0 and 3600 seconds (got {Settle.TotalSeconds}).");
        }

        Positive(RescanInterval, "rescan interval");
        Positive(DocumentTimeout, "document timeout");
        Positive(BreakDuration, "break duration");
        return this with { Directory = directory, ProcessedDirectory = processed, FailedDirectory = failed };
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The {name} must be positive (got {value}).");
        }
    }

    private static bool SamePath(string a, string b) => string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

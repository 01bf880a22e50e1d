namespace DocIngest.Ingestion.Watching;

/// <summary>
/// Decides when a file has finished arriving: its size and write time must stay the same for
/// the settle time, measured with the injected clock. A copy that pauses longer than that is
/// caught by the exclusive open that follows (<see cref="ReadExclusive"/>).
/// </summary>
internal sealed class FileSettler(TimeProvider time, TimeSpan settle)
{
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);

    public SettleState Check(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            _seen.Remove(path);
            return SettleState.Gone;
        }

        var now = time.GetUtcNow();
        var current = new Observation(info.Length, info.LastWriteTimeUtc, now);
        if (!_seen.TryGetValue(path, out var previous) || previous.Size != current.Size || previous.WriteTime != current.WriteTime)
        {
            _seen[path] = current;
            return settle == TimeSpan.Zero ? SettleState.Settled : SettleState.Waiting;
        }

        return now - previous.StableSince >= settle ? SettleState.Settled : SettleState.Waiting;
    }

    /// <summary>Starts the settle time again (the file was busy when it looked settled).</summary>
    public void Restart(string path)
    {
        if (_seen.TryGetValue(path, out var previous))
        {
            _seen[path] = previous with { StableSince = time.GetUtcNow() };
        }
    }

    public void Forget(string path) => _seen.Remove(path);

    /// <summary>
    /// Reads the whole file while holding it exclusively, so a writer that still has it open
    /// makes this throw <see cref="IOException"/> instead of yielding half a document.
    /// </summary>
    public static byte[] ReadExclusive(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1, FileOptions.SequentialScan);
        if (stream.Length > maxBytes)
        {
            throw new FileTooLargeException(path, stream.Length, maxBytes);
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private sealed record Observation(long Size, DateTime WriteTime, DateTimeOffset StableSince);
}

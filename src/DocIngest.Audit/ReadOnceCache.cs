using System.Collections.Concurrent;

namespace DocIngest.Audit;

/// <summary>
/// Reads each file once and hands the same result to every later caller, so audits of several
/// modes over one split pay for reading (the slow part) only once. A read that throws is cached
/// too: the document then fails the same way in every mode instead of being read again.
/// Thread-safe; the cached value must not be changed by its users.
/// </summary>
/// <typeparam name="T">What a file is read into (a document model).</typeparam>
public sealed class ReadOnceCache<T>
    where T : class
{
    private readonly ConcurrentDictionary<string, Lazy<T>> _read = new(StringComparer.Ordinal);
    private readonly Func<string, CancellationToken, T> _reader;

    /// <param name="reader">Reads the file at a path.</param>
    public ReadOnceCache(Func<string, CancellationToken, T> reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>Files read so far (successfully or not).</summary>
    public int Count => _read.Count;

    /// <summary>The file's content, read on the first call for its path.</summary>
    public T Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lazy = _read.GetOrAdd(path, p => new Lazy<T>(() => _reader(p, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }
}

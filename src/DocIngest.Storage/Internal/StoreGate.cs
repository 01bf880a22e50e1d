using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace DocIngest.Storage.Internal;

/// <summary>
/// A bounded wait on the named mutex that LiteDB's shared mode takes around every operation.
/// LiteDB waits on it forever, so one stuck process would hang every other DocIngest process;
/// taking the same mutex first, with a time limit, turns that hang into a clear error. The
/// mutex is re-entrant for its owning thread, so LiteDB's own wait then returns at once.
/// </summary>
internal sealed class StoreGate : IDisposable
{
    private readonly Mutex? _mutex;
    private readonly string _path;

    public StoreGate(string fullPath, bool enabled)
    {
        _path = fullPath;
        _mutex = enabled ? new Mutex(false, MutexName(fullPath)) : null;
    }

    /// <summary>How long an operation waits for another process before giving up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The name LiteDB 5.0.21 gives the mutex (SharedEngine): SHA-1 of the full path lower-cased
    /// with the current culture, upper-case hex. Another spelling of the path is another mutex.
    /// </summary>
    public static string MutexName(string fullPath)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(fullPath.ToLower(CultureInfo.CurrentCulture)));
        return "Global\\" + Convert.ToHexString(hash) + ".Mutex";
    }

    public Scope Enter()
    {
        if (_mutex is null)
        {
            return default;
        }

        bool acquired;
        try
        {
            acquired = _mutex.WaitOne(Timeout);
        }
        catch (AbandonedMutexException)
        {
            // The previous owner died; LiteDB's write-ahead log drops its unfinished transaction.
            acquired = true;
        }

        if (!acquired)
        {
            throw new LiteException(0, string.Create(CultureInfo.InvariantCulture, $"The database '{_path}' is busy: another process has held it for more than {Timeout.TotalSeconds:0.#} s. Try again when that process has finished."));
        }

        return new Scope(_mutex);
    }

    public void Dispose() => _mutex?.Dispose();

    /// <summary>Releases the mutex on the thread that took it, as a mutex requires.</summary>
    internal readonly struct Scope(Mutex? mutex) : IDisposable
    {
        public void Dispose() => mutex?.ReleaseMutex();
    }
}

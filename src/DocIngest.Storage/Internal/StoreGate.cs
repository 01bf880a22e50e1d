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

    /// <summary>How long an operation waits while no other process makes progress before giving up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    // The mutex is not fair: a process that releases it and asks again at once often wins again,
    // so under several busy writers a waiter can lose many rounds in a row. Waiting in slices and
    // restarting the clock whenever the database files change separates "others are working"
    // (keep waiting) from "the holder is stuck" (give up with a clear message).
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(500);

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

        var acquired = false;
        var stamp = FilesStamp();
        var stalled = System.Diagnostics.Stopwatch.StartNew();
        while (!acquired)
        {
            try
            {
                acquired = _mutex.WaitOne(Slice);
            }
            catch (AbandonedMutexException)
            {
                // The previous owner died; LiteDB's write-ahead log drops its unfinished transaction.
                acquired = true;
            }

            if (acquired)
            {
                break;
            }

            var now = FilesStamp();
            if (now != stamp)
            {
                stamp = now;
                stalled.Restart();
            }
            else if (stalled.Elapsed >= Timeout)
            {
                break;
            }
        }

        if (!acquired)
        {
            throw new LiteException(0, string.Create(CultureInfo.InvariantCulture, $"The database '{_path}' is busy: another process has held it for more than {Timeout.TotalSeconds:0.#} s. Try again when that process has finished."));
        }

        return new Scope(_mutex);
    }

    public void Dispose() => _mutex?.Dispose();

    // Size and write time of the data file and LiteDB's log file: they change when any process commits.
    private (long, DateTime, long, DateTime) FilesStamp()
    {
        var data = new FileInfo(_path);
        var log = new FileInfo(Path.Combine(Path.GetDirectoryName(_path)!, Path.GetFileNameWithoutExtension(_path) + "-log" + Path.GetExtension(_path)));
        return (data.Exists ? data.Length : -1, data.Exists ? data.LastWriteTimeUtc : default, log.Exists ? log.Length : -1, log.Exists ? log.LastWriteTimeUtc : default);
    }

    /// <summary>Releases the mutex on the thread that took it, as a mutex requires.</summary>
    internal readonly struct Scope(Mutex? mutex) : IDisposable
    {
        public void Dispose()
        {
            if (mutex is null)
            {
                return;
            }

            mutex.ReleaseMutex();

            // Give a process woken by the release a chance to take the mutex before this one asks again.
            Thread.Yield();
        }
    }
}

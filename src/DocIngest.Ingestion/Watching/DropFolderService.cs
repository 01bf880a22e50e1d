using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocIngest.Ingestion.Watching;

/// <summary>
/// The watcher: ingests what is in the drop folder on start, then follows file-system events,
/// listing the folder again periodically (and after an inotify overflow) for anything missed.
/// Files are handled one at a time; shutdown waits for the current one.
/// </summary>
internal sealed class DropFolderService(
    WatchOptions options,
    DropFolderProcessor processor,
    WatchSummary summary,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DropFolderService> logger,
    string databasePath) : BackgroundService
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Size, DateTime WriteTime)> _stuck = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly FileSettler _settler = new(time, options.Settle);
    private volatile bool _rescanRequested = true;
    private TimeSpan _rescanInterval = options.RescanInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        WatchLog.Started(logger, options.Directory, options.ProcessedDirectory!, options.FailedDirectory!, options.Settle.TotalSeconds, databasePath);
        try
        {
            using var watcher = options.Once ? null : TryStartWatcher();
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            summary.Crashed = true;
            WatchLog.Crashed(logger, error);
        }

        WatchLog.Stopped(logger, summary.Ingested, summary.Duplicates, summary.Failed, summary.Deferred);
        if (options.Once || summary.Crashed)
        {
            lifetime.StopApplication();
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var nextRescan = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            if (_rescanRequested || time.GetUtcNow() >= nextRescan)
            {
                _rescanRequested = false;
                nextRescan = time.GetUtcNow() + _rescanInterval;
                Rescan();
            }

            var pause = await HandlePendingAsync(stoppingToken);
            if (options.Once && _pending.IsEmpty)
            {
                return;
            }

            if (pause is { } wait)
            {
                // The database keeps failing: wait out the break instead of spinning on every file.
                await Task.Delay(wait, time, stoppingToken);
                _rescanRequested = true;
                continue;
            }

            await _signal.WaitAsync(options.PollInterval, stoppingToken);
        }
    }

    /// <summary>Looks at every pending file once, in name order; returns a pause when the database is down.</summary>
    private async Task<TimeSpan?> HandlePendingAsync(CancellationToken stoppingToken)
    {
        foreach (var path in _pending.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return null;
            }

            switch (_settler.Check(path))
            {
                case SettleState.Gone:
                    _pending.TryRemove(path, out _);
                    continue;
                case SettleState.Waiting:
                    continue;
                default:
                    break;
            }

            var disposition = await processor.ProcessAsync(path);
            switch (disposition)
            {
                case FileDisposition.Busy:
                    _settler.Restart(path);
                    break;
                case FileDisposition.Deferred:
                    // The next listing of the folder brings it back; in --once mode it waits for the next run.
                    Drop(path);
                    if (processor.PauseFor is { } pause)
                    {
                        return options.Once ? null : pause;
                    }

                    break;
                case FileDisposition.Stuck:
                    Drop(path);
                    if (File.Exists(path))
                    {
                        var info = new FileInfo(path);
                        _stuck[path] = (info.Length, info.LastWriteTimeUtc);
                    }

                    break;
                default:
                    Drop(path);
                    break;
            }
        }

        return null;
    }

    private void Drop(string path)
    {
        _pending.TryRemove(path, out _);
        _settler.Forget(path);
    }

    private void Rescan()
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(options.Directory))
            {
                if (!IgnoredFiles.IsIgnored(path) && !IsStuck(path))
                {
                    _pending.TryAdd(path, 0);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // An unmounted share or a folder moved away: keep running and list it again later.
            WatchLog.WatcherError(logger, error.Message);
        }
    }

    private bool IsStuck(string path)
    {
        if (!_stuck.TryGetValue(path, out var seen))
        {
            return false;
        }

        // A file that could not be moved is tried again only once it changes.
        var info = new FileInfo(path);
        if (info.Exists && info.Length == seen.Size && info.LastWriteTimeUtc == seen.WriteTime)
        {
            return true;
        }

        _stuck.Remove(path);
        return false;
    }

    private FileSystemWatcher? TryStartWatcher()
    {
        try
        {
            return StartWatcher();
        }
        catch (IOException error)
        {
            // Typically the inotify instance limit: the folder is then listed every second instead.
            WatchLog.WatcherError(logger, error.Message);
            _rescanInterval = TimeSpan.FromSeconds(1);
            return null;
        }
    }

    private FileSystemWatcher StartWatcher()
    {
        var watcher = new FileSystemWatcher(options.Directory)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Enqueue(e.FullPath);
        watcher.Changed += (_, e) => Enqueue(e.FullPath);
        watcher.Renamed += (_, e) => Enqueue(e.FullPath);
        watcher.Error += (_, e) =>
        {
            WatchLog.WatcherError(logger, e.GetException().Message);
            _rescanRequested = true;
            Release();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Enqueue(string path)
    {
        if (IgnoredFiles.IsIgnored(path) || Path.GetDirectoryName(path) != options.Directory)
        {
            return;
        }

        _pending.TryAdd(path, 0);
        Release();
    }

    private void Release()
    {
        // One wake-up is enough however many events arrive.
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }
}

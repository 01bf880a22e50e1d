using System.Collections.Concurrent;
using System.Diagnostics;

namespace DocIngest.Storage.Tests.Concurrency;

/// <summary>A running DocIngest.Storage.Worker: a real second process on the same database file.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly ConcurrentQueue<string> _errors = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.CompleteAdding();
            }
            else
            {
                _lines.Add(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Errors => string.Join('\n', _errors);

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DocIngest.Storage.Worker.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new WorkerProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>The next line the worker prints; fails the test if none comes in time.</summary>
    public string ReadLine()
    {
        if (_lines.TryTake(out var line, Patience))
        {
            return line;
        }

        throw new TimeoutException($"The worker printed nothing more. stderr: {Errors}");
    }

    /// <summary>Every line not read yet, once the worker has ended.</summary>
    public IReadOnlyList<string> RemainingLines()
    {
        WaitForExit();
        return [.. _lines.GetConsumingEnumerable()];
    }

    public void WriteLine(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    /// <summary>Waits for the worker to end and returns its exit code.</summary>
    public int WaitForExit()
    {
        if (!_process.WaitForExit(Patience))
        {
            throw new TimeoutException($"The worker did not end. stderr: {Errors}");
        }

        // The parameterless overload waits for the redirected streams to be drained.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL on Linux: no finally block, no Dispose, no flush runs in the worker.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        _lines.Dispose();
    }
}

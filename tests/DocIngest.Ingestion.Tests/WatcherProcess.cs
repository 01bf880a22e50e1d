using System.Diagnostics;
using System.Text;
using DocIngest.Testing;

namespace DocIngest.Ingestion.Tests;

/// <summary>The real docingest executable, run as its own process, with its output collected.</summary>
internal sealed class WatcherProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WatcherProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static WatcherProcess Start(params string[] args)
    {
        var info = DocIngestProcess.StartInfo(args);
        var watcher = new WatcherProcess(new Process { StartInfo = info });
        watcher._process.OutputDataReceived += (_, e) => watcher.Append(e.Data);
        watcher._process.ErrorDataReceived += (_, e) => watcher.Append(e.Data);
        watcher._process.Start();
        watcher._process.BeginOutputReadLine();
        watcher._process.BeginErrorReadLine();
        return watcher;
    }

    /// <summary>Runs a command to the end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var exit = await process.WaitForExitAsync(timeout);
        return (exit, process.Output);
    }

    /// <summary>Asks the process to stop as systemd does (SIGTERM).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>kill -9: no chance to finish anything.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docingest did not exit within {timeout}. Output:\n{Output}");
        }

        // The asynchronous readers may still be copying the last lines.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

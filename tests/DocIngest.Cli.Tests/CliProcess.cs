using System.Diagnostics;
using DocIngest.Testing;

namespace DocIngest.Cli.Tests;

/// <summary>Runs the real docingest executable in its own process, as people and cron jobs do.</summary>
internal static class CliProcess
{

    public static Process Start(params string[] args)
    {
        var info = DocIngestProcess.StartInfo(args);
        return Process.Start(info)!;
    }

    /// <summary>Runs the command and returns its standard output as raw bytes (a byte-order mark included).</summary>
    public static async Task<byte[]> RunForBytesAsync(params string[] args)
    {
        using var process = Start(args);
        using var bytes = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        await error;
        return bytes.ToArray();
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

using System.CommandLine;
using System.Globalization;
using DocIngest.Extraction;
using DocIngest.Ingestion.Watching;
using Microsoft.Extensions.Hosting;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest watch DIR [--db PATH] [--processed DIR] [--failed DIR] [--settle SECONDS] [--once] [--mode rules|ml|combined] [--models DIR]</c>:
/// ingests every plan dropped into a folder, as a foreground process or a systemd service.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The drop folder to watch (top level only)." };
        var db = StoreOptions.Database();
        var processed = new Option<string?>("--processed") { Description = "Where ingested files go, in one folder per day (default: 'processed' next to DIR)." };
        var failed = new Option<string?>("--failed") { Description = "Where files that cannot be ingested go, each with NAME.error.json (default: 'failed' next to DIR)." };
        var settle = new Option<string?>("--settle") { Description = $"Seconds a file must stay unchanged before it is read (default {WatchOptions.DefaultSettle.TotalSeconds.ToString(CultureInfo.InvariantCulture)})." };
        var once = new Option<bool>("--once") { Description = "Process what is in DIR now, then exit (for cron and tests)." };
        var mode = ClassifierOptions.Mode();
        var models = ClassifierOptions.Models();
        var command = new Command("watch", "Ingest plans dropped into a folder; runs until stopped (Ctrl+C, SIGTERM) unless --once.") { directory, db, processed, failed, settle, once, mode, models };

        // A synchronous action: the host handles Ctrl+C and SIGTERM itself and finishes the current
        // document, which the asynchronous path's forced termination timeout would cut short.
        command.SetAction(parse => Run(
            parse.GetValue(directory)!,
            parse.GetValue(db),
            parse.GetValue(processed),
            parse.GetValue(failed),
            parse.GetValue(settle),
            parse.GetValue(once),
            () => ClassifierOptions.CreatePipeline(parse.GetValue(mode), parse.GetValue(models), Console.Error)));
        return command;
    }

    private static int Run(string directory, string? dbPath, string? processed, string? failed, string? settle, bool once, Func<ExtractionPipeline> createPipeline)
    {
        WatchOptions options;
        try
        {
            options = new WatchOptions
            {
                Directory = directory,
                ProcessedDirectory = processed,
                FailedDirectory = failed,
                Settle = settle is null ? WatchOptions.DefaultSettle : Seconds(settle),
                Once = once,
            }.Validate();
        }
        catch (ArgumentException error)
        {
            throw new UsageException(error.Message);
        }

        var pipeline = createPipeline();
        var summary = new WatchSummary();
        using var store = StoreOptions.Open(dbPath);
        using (var host = DropFolderHost.Create(options, store, summary, pipeline: pipeline))
        {
            host.Run();
        }

        return summary.Crashed || summary.Deferred > 0 || summary.Stuck > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private static TimeSpan Seconds(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds))
        {
            throw new UsageException($"--settle: '{text}' is not a number of seconds (e.g. 0.5 or 2).");
        }

        // Out-of-range values reach WatchOptions.Validate, which names the allowed range.
        return TimeSpan.FromSeconds(Math.Clamp(seconds, -1e7, 1e7));
    }
}

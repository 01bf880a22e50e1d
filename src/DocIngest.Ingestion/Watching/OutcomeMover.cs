using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocIngest.Ingestion.Watching;

/// <summary>
/// Moves a handled file out of the drop folder: to <c>processed/YYYY-MM-DD/</c> or to
/// <c>failed/</c> with its error report. A file already there is never overwritten (the newcomer
/// gets "NAME (2).ext"), and nothing is ever deleted.
/// </summary>
internal sealed class OutcomeMover(WatchOptions options, TimeProvider time)
{
    private static readonly JsonSerializerOptions ReportJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The version written into error reports.</summary>
    public static string Version { get; } =
        typeof(OutcomeMover).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>Moves an ingested (or already stored) file; returns where it went.</summary>
    public string MoveToProcessed(string path)
    {
        var day = time.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var folder = Path.Combine(options.ProcessedDirectory!, day);
        Directory.CreateDirectory(folder);
        return MoveUnique(path, folder, _ => { });
    }

    /// <summary>Moves a failed file and writes <c>NAME.error.json</c> beside it; returns where it went.</summary>
    public string MoveToFailed(string path, string reason, string errorType, string? sha256)
    {
        Directory.CreateDirectory(options.FailedDirectory!);
        var report = new FailureReport(Path.GetFileName(path), reason, errorType, time.GetUtcNow(), sha256, Version);

        // The report is in place before the file moves: a crash in between leaves the file in the
        // drop folder (it is handled again on restart) rather than a failed file with no reason.
        return MoveUnique(path, options.FailedDirectory!, target => WriteReport(target + ".error.json", report));
    }

    private static string MoveUnique(string path, string folder, Action<string> beforeMove)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? Path.GetFileName(path) : $"{stem} ({n.ToString(CultureInfo.InvariantCulture)}){extension}";
            var target = Path.Combine(folder, name);
            if (File.Exists(target) || File.Exists(target + ".error.json"))
            {
                continue;
            }

            beforeMove(target);
            try
            {
                // overwrite: false fails if another file took the name between the check and the move.
                File.Move(path, target, overwrite: false);
                return target;
            }
            catch (IOException) when (File.Exists(target) && File.Exists(path))
            {
            }
        }
    }

    private static void WriteReport(string path, FailureReport report)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report, ReportJson));
        File.Move(temporary, path, overwrite: true);
    }
}

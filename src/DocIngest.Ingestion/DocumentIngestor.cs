using System.Reflection;
using System.Security.Cryptography;
using DocIngest.Core.Reading;
using DocIngest.Core.Text;
using DocIngest.Extraction;
using DocIngest.Reading;
using DocIngest.Storage;

namespace DocIngest.Ingestion;

/// <summary>
/// Read → extract → store for one file at a time. The file is read once: its bytes give the
/// SHA-256, the document model and the copy kept in the database. A document that cannot be
/// read is a failed outcome with its reason; a database problem is thrown to the caller, which
/// retries (the file is not at fault).
/// </summary>
public sealed class DocumentIngestor(DocumentReaderRegistry readers, ExtractionPipeline pipeline, PlanStore store)
{
    /// <summary>Files larger than this are refused before they are read (default 256 MiB).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The error type of a document refused by <see cref="RequirePlan"/>.</summary>
    public const string NotAPlanErrorType = "NotAPlan";

    /// <summary>
    /// When set, a document in which no task is found is a failed outcome instead of a stored
    /// record: a drop folder receives letters and reports too, and they must not fill the store.
    /// </summary>
    public bool RequirePlan { get; init; }

    /// <summary>The extractor version recorded with every stored document.</summary>
    public static string ExtractorVersion { get; } =
        typeof(ExtractionPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    public FileOutcome Ingest(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return Failed(path, null, $"{info.Name}: the file is {info.Length / (1024 * 1024)} MiB, larger than any plan ({MaxFileBytes / (1024 * 1024)} MiB limit). Check that it is the right file.", "TooLarge");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed(path, null, $"{Path.GetFileName(path)}: cannot be read ({error.Message}).", error.GetType().Name);
        }

        return Ingest(path, bytes, cancellationToken);
    }

    /// <summary>
    /// Extracts and stores content the caller has read already (the drop-folder watcher reads
    /// the file itself, under an exclusive lock, so a half-written file is never taken).
    /// </summary>
    public FileOutcome Ingest(string path, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (store.Contains(sha256))
        {
            return new FileOutcome(path, FileOutcomeKind.Unchanged, sha256, 0);
        }

        Core.Plans.PlanRecord record;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var model = readers.Read(stream, Path.GetFileName(path), cancellationToken);
            record = pipeline.Extract(model, cancellationToken);
        }
        catch (DocumentReadException error)
        {
            return Failed(path, sha256, error.Message, error.Code.ToString());
        }

        if (RequirePlan && NotAPlan(record) is { } reason)
        {
            return Failed(path, sha256, $"{Path.GetFileName(path)}: {reason} Check that it is the right document; a plan the rules misread can still be stored with docingest ingest.", NotAPlanErrorType);
        }

        var outcome = store.Store(record, new StoreSource(Path.GetFullPath(path), sha256, bytes, ExtractorVersion), cancellationToken);
        return FileOutcome.From(path, sha256, outcome);
    }

    private static string? NotAPlan(Core.Plans.PlanRecord record)
    {
        var kind = record.Document.Kind is null ? null : VietnameseText.FoldKey(record.Document.Kind);
        if (kind is not ("ke hoach" or "chuong trinh"))
        {
            return record.Document.Kind is null
                ? "it does not say it is a plan (no \"Kế hoạch\" heading was found)."
                : $"it is a {record.Document.Kind}, not a plan (Kế hoạch).";
        }

        return record.Groups.Sum(g => g.Tasks.Count) == 0 ? "no tasks were found in it." : null;
    }

    private static FileOutcome Failed(string path, string? sha256, string error, string type) =>
        new(path, FileOutcomeKind.Failed, sha256, 0, error, type);
}

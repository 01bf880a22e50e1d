using DocIngest.Storage;

namespace DocIngest.Ingestion;

/// <summary>What happened to one input file.</summary>
public enum FileOutcomeKind
{
    Ingested,
    Unchanged,
    NewVersion,
    Failed,
}

/// <summary>The outcome of ingesting one file, with the reason when it failed.</summary>
public sealed record FileOutcome(string Path, FileOutcomeKind Kind, string? Sha256, int TaskCount, string? Error = null, string? ErrorType = null)
{
    public static FileOutcome From(string path, string sha256, IngestOutcome outcome) => new(
        path,
        outcome.Status switch
        {
            IngestStatus.Unchanged => FileOutcomeKind.Unchanged,
            IngestStatus.NewVersion => FileOutcomeKind.NewVersion,
            _ => FileOutcomeKind.Ingested,
        },
        sha256,
        outcome.TaskCount);
}

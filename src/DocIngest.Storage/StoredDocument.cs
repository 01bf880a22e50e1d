using DocIngest.Core.Plans;

namespace DocIngest.Storage;

/// <summary>A stored plan document: where it came from, its version and its record.</summary>
public sealed record StoredDocument(
    int Id,
    string SourceName,
    string SourcePath,
    string Sha256,
    long Size,
    DateTimeOffset IngestedAt,
    string ExtractorVersion,
    int Version,
    bool IsCurrent,
    int TaskCount,
    int WeaknessCount,
    PlanRecord Record);

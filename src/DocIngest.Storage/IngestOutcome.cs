namespace DocIngest.Storage;

/// <summary>What storing a document did.</summary>
public enum IngestStatus
{
    /// <summary>A plan not seen before.</summary>
    Ingested,

    /// <summary>The same content (SHA-256) is already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>A new version of a stored plan (same number and issuer); the old one stays as history.</summary>
    NewVersion,
}

/// <summary>The result of storing one document.</summary>
public sealed record IngestOutcome(IngestStatus Status, int DocumentId, int Version, int TaskCount, int CarriedStatuses);

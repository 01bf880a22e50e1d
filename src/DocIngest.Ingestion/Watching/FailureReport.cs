using System.Text.Json.Serialization;

namespace DocIngest.Ingestion.Watching;

/// <summary>The <c>NAME.error.json</c> written next to a file in the failed folder.</summary>
public sealed record FailureReport(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("error_type")] string ErrorType,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("sha256")] string? Sha256,
    [property: JsonPropertyName("docingest_version")] string DocIngestVersion);

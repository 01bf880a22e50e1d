using System.Text.Json.Serialization;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// models/models.json: what the model files were trained with and the thresholds tuned on dev.
/// A model is used only when this file says it was built for the features of this build.
/// </summary>
public sealed record ModelManifest
{
    public const string FileName = "models.json";
    public const string SchemaId = "docingest.models/1";
    public const string BlockRolesFile = "block-roles.zip";
    public const string DeadlineKindFile = "deadline-kind.zip";

    [JsonPropertyName("schema")]
    public string Schema { get; init; } = SchemaId;

    [JsonPropertyName("block_feature_version")]
    public int BlockFeatureVersion { get; init; } = BlockFeatures.Version;

    [JsonPropertyName("deadline_feature_version")]
    public int DeadlineFeatureVersion { get; init; } = DeadlineKindFeatures.Version;

    /// <summary>The deadline-kind classifier decides a phrase the rules missed only at or above this confidence.</summary>
    [JsonPropertyName("deadline_threshold")]
    public double DeadlineThreshold { get; init; } = 0.9;

    /// <summary>The block-role classifier's owner line fills an ownerless group only at or above this confidence.</summary>
    [JsonPropertyName("owner_line_threshold")]
    public double OwnerThreshold { get; init; } = 1.01;

    /// <summary>
    /// The block-role classifier may overrule the heading shape the rules chose for a section only at
    /// or above this confidence. A manifest from before this fusion has none: off.
    /// </summary>
    [JsonPropertyName("heading_scheme_threshold")]
    public double HeadingThreshold { get; init; } = 1.01;

    [JsonPropertyName("seed")]
    public int Seed { get; init; }

    [JsonPropertyName("trained_at")]
    public string? TrainedAt { get; init; }
}

using Microsoft.ML.Data;

namespace DocIngest.Extraction.Ml;

/// <summary>One deadline phrase as the deadline-kind classifier sees it. Public because ML.NET binds columns by reflection.</summary>
public sealed class DeadlineKindInput
{
    /// <summary>recurring, due, done or none; empty at prediction time.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The phrase, NFC, lower case.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The phrase without diacritics, so "hang quy" and "hằng quý" meet.</summary>
    public string Folded { get; set; } = string.Empty;

    /// <summary>Word count and digit share, scaled to 0..1.</summary>
    [VectorType(DeadlineKindFeatures.NumericCount)]
    public float[] Numeric { get; set; } = new float[DeadlineKindFeatures.NumericCount];
}

namespace DocIngest.Extraction.Ml;

/// <summary>A multiclass prediction: the label and the per-class scores (which sum to 1 for maximum entropy).</summary>
public sealed class ClassPrediction
{
    public string PredictedLabel { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];

    /// <summary>The winning class's probability.</summary>
    public float Confidence => Score.Length == 0 ? 0f : Score.Max();
}

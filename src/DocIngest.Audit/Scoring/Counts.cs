namespace DocIngest.Audit.Scoring;

/// <summary>
/// True positives, false positives and false negatives of one item kind. Kept as integers (not
/// ratios) so that summing over documents gives an exact micro-average.
/// </summary>
public readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Items predicted (paired or not).</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Items in the gold record.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>TP / predicted; with nothing predicted it is 1 only when there was nothing to find.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1.0 : 0.0) : (double)TruePositives / Predicted;

    /// <summary>TP / gold; with an empty gold it is 1 only when nothing was predicted.</summary>
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1.0 : 0.0) : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts of <paramref name="pairs"/> pairs out of the gold and predicted totals.</summary>
    public static Counts FromPairs(int pairs, int gold, int predicted) => new(pairs, predicted - pairs, gold - pairs);

    public static Counts operator +(Counts a, Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public override string ToString() => $"tp={TruePositives} fp={FalsePositives} fn={FalseNegatives}";
}

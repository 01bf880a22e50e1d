namespace DocIngest.Audit.Scoring;

/// <summary>Correct out of total comparisons, summed exactly across documents.</summary>
public readonly record struct Accuracy(int Correct, int Total)
{
    /// <summary>Correct / total; 0 when nothing was compared, so an empty audit never passes a threshold.</summary>
    public double Value => Total == 0 ? 0.0 : (double)Correct / Total;

    /// <summary>One comparison.</summary>
    public static Accuracy Of(bool correct) => new(correct ? 1 : 0, 1);

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);

    public override string ToString() => $"{Correct}/{Total}";
}

namespace DocIngest.Extraction.Ml.Training;

/// <summary>Per-class precision / recall / F1, accuracy and the confusion matrix of one evaluation.</summary>
/// <param name="Labels">The classes, in matrix order.</param>
/// <param name="Confusion">Confusion[gold][predicted] counts.</param>
public sealed record ClassReport(IReadOnlyList<string> Labels, int[][] Confusion)
{
    public int Total => Confusion.Sum(r => r.Sum());

    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, Labels.Count).Sum(i => Confusion[i][i]) / Total;

    public double MacroF1 => Labels.Count == 0 ? 0 : Enumerable.Range(0, Labels.Count).Where(i => Support(i) > 0).Select(F1).DefaultIfEmpty(0).Average();

    public int Support(int i) => Confusion[i].Sum();

    public double Precision(int i)
    {
        var predicted = Confusion.Sum(r => r[i]);
        return predicted == 0 ? 0 : (double)Confusion[i][i] / predicted;
    }

    public double Recall(int i) => Support(i) == 0 ? 0 : (double)Confusion[i][i] / Support(i);

    public double F1(int i)
    {
        var (p, r) = (Precision(i), Recall(i));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Counts (gold, predicted) pairs over a fixed class list; unknown names count as the last class.</summary>
    public static ClassReport From(IReadOnlyList<string> labels, IEnumerable<(string Gold, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(pairs);
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var matrix = labels.Select(_ => new int[labels.Count]).ToArray();
        foreach (var (gold, predicted) in pairs)
        {
            matrix[index.GetValueOrDefault(gold, labels.Count - 1)][index.GetValueOrDefault(predicted, labels.Count - 1)]++;
        }

        return new ClassReport(labels, matrix);
    }
}

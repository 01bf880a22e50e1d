using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>Compares a corpus score with <c>--fail-under</c> thresholds.</summary>
public static class ThresholdCheck
{
    // Metrics are ratios of integers; a hair of tolerance keeps 0.8 ≥ 0.8 true after rounding.
    private const double Tolerance = 1e-9;

    /// <summary>Parses every <c>METRIC=VALUE</c> and checks them; see <see cref="Threshold.Parse"/> for errors.</summary>
    public static IReadOnlyList<ThresholdFailure> Check(CorpusScore score, IEnumerable<string> thresholds) =>
        Check(score, thresholds.Select(Threshold.Parse).ToList());

    /// <summary>The thresholds the score does not reach, in the order given.</summary>
    public static IReadOnlyList<ThresholdFailure> Check(CorpusScore score, IEnumerable<Threshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(thresholds);
        var failures = new List<ThresholdFailure>();
        foreach (var threshold in thresholds)
        {
            var actual = score.Metric(threshold.Metric);
            if (actual + Tolerance < threshold.Minimum)
            {
                failures.Add(new ThresholdFailure(threshold.Metric, threshold.Minimum, actual));
            }
        }

        return failures;
    }
}

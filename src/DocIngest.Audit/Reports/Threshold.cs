using System.Globalization;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>A minimum for one metric, as <c>--fail-under strict_task_f1=0.8</c> gives it.</summary>
public sealed record Threshold(string Metric, double Minimum)
{
    /// <summary>Parses <c>METRIC=VALUE</c> (VALUE invariant culture, e.g. 0.8).</summary>
    /// <exception cref="FormatException">Not METRIC=VALUE, VALUE not a number, or METRIC unknown (the message lists the known names).</exception>
    public static Threshold Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"Threshold '{text}' must look like METRIC=VALUE, e.g. strict_task_f1=0.8.");
        }

        var name = text[..equals].Trim().ToLowerInvariant();
        if (!AuditMetrics.TryGet(name, out _))
        {
            throw new FormatException(
                $"Threshold '{text}' names an unknown metric '{name}'. Known metrics: {string.Join(", ", AuditMetrics.Names)}.");
        }

        var valueText = text[(equals + 1)..].Trim();
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minimum)
            || !double.IsFinite(minimum) || minimum < 0)
        {
            throw new FormatException($"Threshold '{text}' has '{valueText}' where a number ≥ 0 (e.g. 0.8) was expected.");
        }

        return new Threshold(name, minimum);
    }
}

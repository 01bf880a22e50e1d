namespace DocIngest.Audit.Reports;

/// <summary>A metric that came out below its threshold.</summary>
public sealed record ThresholdFailure(string Metric, double Minimum, double Actual)
{
    public override string ToString() =>
        $"{Metric} = {ReportText.Number(Actual)} is below the required {ReportText.Number(Minimum)}";
}

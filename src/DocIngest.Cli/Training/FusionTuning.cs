using DocIngest.Extraction.Ml;

namespace DocIngest.Cli.Training;

/// <summary>One fusion's threshold sweep on dev, on top of the fusions tuned before it.</summary>
/// <param name="Name">What the model card calls the fusion.</param>
/// <param name="Rule">The evidence rule its decisions record ("ml:heading-scheme").</param>
/// <param name="Description">What it decides, for the model card.</param>
/// <param name="SecondMetric">The audit metric that breaks ties of strict task F1.</param>
/// <param name="Baseline">Dev strict task F1 and second metric before this fusion.</param>
/// <param name="Rows">Dev figures per threshold tried.</param>
/// <param name="Chosen">The threshold written to models.json; above 1 means off.</param>
internal sealed record FusionTuning(
    string Name,
    string Rule,
    string Description,
    string SecondMetric,
    (double StrictF1, double Second) Baseline,
    IReadOnlyList<(double Threshold, double StrictF1, double Second)> Rows,
    double Chosen)
{
    public bool IsOff => Chosen > 1;
}

/// <summary>A fusion the trainer tunes: how to set its threshold on a model set.</summary>
internal sealed record FusionKnob(string Name, string Rule, string Description, string SecondMetric, Func<ModelSet, double, ModelSet> WithThreshold);

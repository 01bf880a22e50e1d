using DocIngest.Core.Plans;
using Microsoft.ML;

namespace DocIngest.Extraction.Ml;

/// <summary>The trained deadline-kind classifier: recurring, due, done or none for a phrase. Thread-safe.</summary>
public sealed class DeadlineKindModel
{
    private readonly EnginePool<DeadlineKindInput, ClassPrediction> _engines;

    internal DeadlineKindModel(MLContext context, ITransformer model) => _engines = new(context, model);

    /// <summary>The kind the phrase reads as (null for "none") and the classifier's probability for it.</summary>
    public (DeadlineKind? Kind, double Confidence) Predict(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var prediction = _engines.Predict(DeadlineKindFeatures.Create(phrase));
        DeadlineKind? kind = prediction.PredictedLabel switch
        {
            "recurring" => DeadlineKind.Recurring,
            "due" => DeadlineKind.Due,
            "done" => DeadlineKind.Done,
            _ => null,
        };
        return (kind, prediction.Confidence);
    }
}

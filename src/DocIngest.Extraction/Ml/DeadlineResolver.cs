using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// The deadline normaliser with the deadline-kind classifier behind it: the rules decide when they
/// recognise a phrase; otherwise the classifier does when its confidence passes the tuned threshold
/// (combined mode) or always (ml mode). A phrase the classifier names has no date unless the rules
/// can read one from it. Thread-safe.
/// </summary>
public sealed class DeadlineResolver(ModelSet models, ClassifierMode mode)
{
    /// <summary>Rule name recorded in evidence for a kind the classifier decided.</summary>
    public const string ModelRule = ModelRules.DeadlineKind;

    private readonly DeadlineNormalizer _rules = new();

    public static DeadlineResolver RulesOnly { get; } = new(ModelSet.None, ClassifierMode.Rules);

    public ClassifierMode Mode => mode;

    /// <summary>
    /// For a phrase standing in a deadline slot (a deadline table cell, a "Thời gian …:" value, a
    /// trailing parenthesis) that <see cref="DeadlineNormalizer.Parse"/> did not recognise.
    /// </summary>
    /// <returns>The deadline and its confidence, or null when nothing decides.</returns>
    public (Deadline Deadline, double Confidence)? ResolveUnrecognised(string phrase, DeadlineContext context)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (mode == ClassifierMode.Rules || models.DeadlineKind is not { } model
            || (mode == ClassifierMode.Combined && models.DeadlineThreshold > 1))
        {
            return null;
        }

        var text = DeadlineNormalizer.CleanPhrase(phrase);
        if (text.Length == 0)
        {
            return null;
        }

        var (kind, confidence) = model.Predict(text);
        if (kind is null || (mode == ClassifierMode.Combined && confidence < models.DeadlineThreshold))
        {
            return null;
        }

        var date = kind == DeadlineKind.Recurring ? null : _rules.Parse(text, context) is { Kind: var k, Date: var d } && k == kind ? d : null;
        return (new Deadline(kind.Value, date, text), confidence);
    }

    /// <summary><see cref="DeadlineNormalizer.Parse"/>, then <see cref="ResolveUnrecognised"/>; the seam Structure/ steps should call.</summary>
    public (Deadline Deadline, string Rule, double Confidence)? Parse(string phrase, DeadlineContext context)
    {
        if (_rules.Parse(phrase, context) is { } ruled)
        {
            return (ruled, "deadline-rules", 1.0);
        }

        return ResolveUnrecognised(phrase, context) is { } decided ? (decided.Deadline, ModelRule, decided.Confidence) : null;
    }
}

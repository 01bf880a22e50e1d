using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// What the block-role classifier says about one document, for the structure rules to ask at the
/// few points where a rule guesses: which numbered lines are group headings. The document is
/// classified once, on the first question; rules-only runs never pay for it.
/// </summary>
internal sealed class ClassifierAdvice
{
    /// <summary>Rule name recorded in evidence when the classifier overrode the heading shape.</summary>
    public const string HeadingSchemeRule = ModelRules.HeadingScheme;

    private readonly ModelSet _models;
    private readonly ClassifierMode _mode;
    private readonly Lazy<Dictionary<ParagraphBlock, Prediction>?> _roles;

    public ClassifierAdvice(ModelSet models, ClassifierMode mode, DocumentModel? document)
    {
        _models = models;
        _mode = mode;
        _roles = new(() => document is null ? null : Classify(document), LazyThreadSafetyMode.None);
    }

    /// <summary>No classifier: every question is answered "no opinion".</summary>
    public static ClassifierAdvice None { get; } = new(ModelSet.None, ClassifierMode.Rules, null);

    /// <summary>
    /// The rules take the first numbered shape of a section ("a)", "1.") for its group headings; in
    /// a one-group section those lines are the tasks, and in some plans headings and tasks share
    /// one numbering. Which of <paramref name="headings"/> are tasks: when the classifier calls
    /// some of them group headings, the ones it calls tasks at the tuned confidence or more; when
    /// it calls none of them a group heading and at least half of them tasks at that confidence,
    /// all of them (a heading shape the classifier never recognises is not one).
    /// </summary>
    /// <returns>The lines that are tasks, with the confidence that decided each; empty when the rules stand.</returns>
    public IReadOnlyDictionary<ParagraphBlock, double> TasksAmong(IReadOnlyList<ParagraphBlock> headings)
    {
        var tasks = new Dictionary<ParagraphBlock, double>(ReferenceEqualityComparer.Instance);
        if (_mode == ClassifierMode.Rules || _models.BlockRoles is null || _roles.Value is not { } roles || headings.Count == 0)
        {
            return tasks;
        }

        var threshold = _mode == ClassifierMode.Ml ? 0.0 : _models.HeadingThreshold;
        var predictions = headings.Select(h => roles.GetValueOrDefault(h)).ToList();
        var confident = predictions.Select(p => p is { Role: BlockRole.Task } && p.Confidence >= threshold ? p.Confidence : (double?)null).ToList();
        if (predictions.Any(p => p?.Role == BlockRole.GroupHeading))
        {
            for (var i = 0; i < headings.Count; i++)
            {
                if (confident[i] is { } c)
                {
                    tasks[headings[i]] = c;
                }
            }
        }
        else if (confident.Count(c => c is not null) * 2 >= headings.Count)
        {
            var lowest = confident.Where(c => c is not null).Min()!.Value;
            foreach (var heading in headings)
            {
                tasks[heading] = lowest;
            }
        }

        return tasks;
    }

    private Dictionary<ParagraphBlock, Prediction>? Classify(DocumentModel document)
    {
        if (_models.BlockRoles is not { } model)
        {
            return null;
        }

        var blocks = BlockFeatures.Enumerate(document);
        var predicted = model.Predict(blocks);
        // Blocks are records: two empty paragraphs are equal by value but are different places.
        var table = new Dictionary<ParagraphBlock, Prediction>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            table.TryAdd(blocks[i].Paragraph, new Prediction(predicted[i].Role, predicted[i].Confidence));
        }

        return table;
    }

    private sealed record Prediction(BlockRole Role, double Confidence);
}

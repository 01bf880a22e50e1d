using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// What the block-role classifier says about one document, for the structure rules to ask at the
/// few points where a rule guesses: which numbered lines are group headings. Only the blocks asked
/// about are classified, once each; rules-only runs never pay for it. One per extraction, not thread-safe.
/// </summary>
internal sealed class ClassifierAdvice
{
    private readonly ModelSet _models;
    private readonly ClassifierMode _mode;
    private readonly Lazy<BlockIndex?> _blocks;
    private readonly Dictionary<ParagraphBlock, Prediction> _predicted = new(ReferenceEqualityComparer.Instance);

    public ClassifierAdvice(ModelSet models, ClassifierMode mode, DocumentModel? document)
    {
        _models = models;
        _mode = mode;
        _blocks = new(() => document is null ? null : new BlockIndex(document), LazyThreadSafetyMode.None);
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
        if (_mode == ClassifierMode.Rules || _models.BlockRoles is not { } model || _blocks.Value is not { } blocks || headings.Count == 0)
        {
            return tasks;
        }

        var threshold = _mode == ClassifierMode.Ml ? 0.0 : _models.HeadingThreshold;
        var predictions = headings.Select(h => Predict(model, blocks, h)).ToList();
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

    /// <summary>The block of <paramref name="paragraph"/> and the classifier's role for it; null without a classifier or for a paragraph with no letters.</summary>
    public (BlockSample Block, BlockRole Role, double Confidence)? Classify(ParagraphBlock paragraph)
    {
        if (_mode == ClassifierMode.Rules || _models.BlockRoles is not { } model || _blocks.Value is not { } blocks
            || blocks.Find(paragraph) is not { } block || Predict(model, blocks, paragraph) is not { } prediction)
        {
            return null;
        }

        return (block, prediction.Role, prediction.Confidence);
    }

    private Prediction? Predict(BlockRoleModel model, BlockIndex blocks, ParagraphBlock paragraph)
    {
        if (_predicted.TryGetValue(paragraph, out var known))
        {
            return known;
        }

        if (blocks.Find(paragraph) is not { } block)
        {
            return null;
        }

        var (role, confidence) = model.Predict(block);
        return _predicted[paragraph] = new Prediction(role, confidence);
    }

    private sealed record Prediction(BlockRole Role, double Confidence);
}

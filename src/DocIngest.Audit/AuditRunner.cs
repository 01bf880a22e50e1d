using DocIngest.Audit.Corpus;
using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;

namespace DocIngest.Audit;

/// <summary>
/// Runs an extractor over the documents of one split, in parallel with a bound, and scores each
/// record against its gold. The extractor is a delegate so the audit does not depend on how
/// extraction is built; an exception it throws makes that document a failure, not the run.
/// </summary>
public sealed class AuditRunner
{
    private readonly PlanScorer _scorer = new();
    private readonly int _maxParallelism;
    private readonly TimeSpan? _documentTimeout;

    /// <param name="maxParallelism">Documents extracted at once; 0 or less means one per processor.</param>
    /// <param name="documentTimeout">
    /// Cancels the token given to the extractor after this long; an extractor that then stops with
    /// <see cref="OperationCanceledException"/> makes the document a failure ("timed out"). Null: no limit.
    /// </param>
    public AuditRunner(int maxParallelism = 0, TimeSpan? documentTimeout = null)
    {
        _maxParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        _documentTimeout = documentTimeout;
    }

    /// <summary>Extracts and scores every document of <paramref name="split"/>.</summary>
    /// <param name="corpus">The loaded corpus.</param>
    /// <param name="split">train, dev, test or all.</param>
    /// <param name="extractor">Reads the file at the path and returns its plan record.</param>
    /// <param name="cancellationToken">Stops the run; the token is passed to the extractor.</param>
    /// <exception cref="ArgumentException">The split is unknown.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<AuditResult> RunAsync(
        LabelledCorpus corpus,
        string split,
        Func<string, CancellationToken, PlanRecord> extractor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(extractor);
        var documents = corpus.Select(split);
        var scores = new DocumentScore[documents.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, documents.Count, options, (i, token) =>
        {
            scores[i] = ScoreOne(documents[i], extractor, token);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var normalisedSplit = CorpusSplits.Normalise(split, CorpusSplits.Selectable)!;
        return new AuditResult(normalisedSplit, corpus.Root, documents, _scorer.Aggregate(scores), corpus.Issues);
    }

    private DocumentScore ScoreOne(CorpusDocument document, Func<string, CancellationToken, PlanRecord> extractor, CancellationToken token)
    {
        DocumentScore score;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        if (_documentTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        try
        {
            var predicted = extractor(document.DocumentPath, timeout.Token);
            score = predicted is null
                ? _scorer.ScoreFailure(document.Gold, "The extractor returned no record.")
                : _scorer.Score(document.Gold, predicted);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            score = _scorer.ScoreFailure(document.Gold, $"Timed out after {_documentTimeout}.");
        }
        catch (Exception e)
        {
            // Any failure of the extractor is a finding about that document, not a reason to stop.
            score = _scorer.ScoreFailure(document.Gold, $"{e.GetType().Name}: {e.Message}");
        }

        return score with { Name = document.Name };
    }
}

using DocIngest.Core.Documents;
using DocIngest.Core.Plans;

namespace DocIngest.Extraction;

/// <summary>
/// Turns a read document into its plan record. Immutable and thread-safe once built: the
/// watcher, the CLI and the audit share one instance. Extraction never throws on content: a
/// document that is not a plan gives a record with what it has and no invented tasks.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IExtractionStep> _steps;

    internal ExtractionPipeline(IReadOnlyList<IExtractionStep> steps) => _steps = steps;

    /// <summary>The rule-based pipeline with every default step.</summary>
    public static ExtractionPipeline CreateDefault() => new ExtractionPipelineBuilder().UseDefaultRules().Build();

    /// <summary>Names of the steps in the order they run.</summary>
    public IReadOnlyList<string> StepNames => _steps.Select(s => s.Name).ToList();

    public PlanRecord Extract(DocumentModel document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ExtractionContext(document, cancellationToken);
        foreach (var step in _steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                step.Run(context);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // Every rule regex is bounded by a match timeout so pathological text cannot hang a
                // worker; on a machine loaded enough to hit it, the step's part of the record stays
                // as far as it got and the rest of the pipeline still runs.
                continue;
            }
        }

        return context.ToRecord();
    }
}

namespace DocIngest.Extraction.Ml;

/// <summary>
/// Runs first: gives the rule steps the deadline resolver, so a deadline slot the rules cannot read
/// can ask the classifier, and the block-role advice for this document.
/// </summary>
internal sealed class ClassifierSetupStep(DeadlineResolver resolver, ModelSet models, ClassifierMode mode) : IExtractionStep
{
    public string Name => "ml-setup";

    public void Run(ExtractionContext context)
    {
        context.Deadlines = resolver;
        context.Advice = new ClassifierAdvice(models, mode, context.Document);
    }
}

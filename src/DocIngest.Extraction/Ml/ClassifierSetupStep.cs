namespace DocIngest.Extraction.Ml;

/// <summary>Runs first: gives the rule steps the deadline resolver, so a deadline slot the rules cannot read can ask the classifier.</summary>
internal sealed class ClassifierSetupStep(DeadlineResolver resolver) : IExtractionStep
{
    public string Name => "ml-setup";

    public void Run(ExtractionContext context) => context.Deadlines = resolver;
}

namespace DocIngest.Extraction;

/// <summary>One named step of the extraction pipeline.</summary>
internal interface IExtractionStep
{
    /// <summary>A short stable name, recorded as the rule in evidence.</summary>
    string Name { get; }

    void Run(ExtractionContext context);
}

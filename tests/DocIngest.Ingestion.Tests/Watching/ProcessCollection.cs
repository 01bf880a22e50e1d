namespace DocIngest.Ingestion.Tests.Watching;

/// <summary>Tests that run docingest processes share one collection, so they run one after another on a small machine.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "docingest processes";
}

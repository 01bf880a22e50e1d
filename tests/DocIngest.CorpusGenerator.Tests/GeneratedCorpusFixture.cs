namespace DocIngest.CorpusGenerator.Tests;

/// <summary>A small corpus generated once for all tests of a class.</summary>
public sealed class GeneratedCorpusFixture
{
    internal const int Seed = 7;
    internal const int Count = 24;

    internal IReadOnlyList<GeneratedDocument> Documents { get; } = new CorpusGenerator(Seed, Count).Generate();
}

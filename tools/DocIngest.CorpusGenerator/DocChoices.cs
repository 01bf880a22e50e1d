namespace DocIngest.CorpusGenerator;

/// <summary>
/// The layout decisions for one document. String values are the variation tags themselves, so the
/// manifest's classes come straight from what the generator chose.
/// </summary>
internal sealed record DocChoices
{
    public required int IssuerKind { get; init; }

    public required string HeaderLayout { get; init; }

    public required string NumberForm { get; init; }

    public required string DateForm { get; init; }

    public required string SectionForm { get; init; }

    public required bool SentenceCase { get; init; }

    public required bool Synonym { get; init; }

    public required bool TaskTable { get; init; }

    public required string GroupForm { get; init; }

    public required string WeakForm { get; init; }

    public required string TaskForm { get; init; }

    public required string DeadlinePlacement { get; init; }

    public required bool Appendix { get; init; }

    public required bool ClosingTable { get; init; }

    public required IReadOnlySet<string> Quirks { get; init; }
}

namespace DocIngest.Core.Plans;

/// <summary>
/// The plan record of shared/corpus-format.md (<c>docingest.plan/1</c>). Serialise it with
/// <see cref="PlanJson"/> to get exactly the contract's JSON.
/// </summary>
public sealed record PlanRecord
{
    /// <summary>The contract version every record carries.</summary>
    public const string SchemaId = "docingest.plan/1";

    public string Schema { get; init; } = SchemaId;

    /// <summary>File name of the input, without folders.</summary>
    public required string Source { get; init; }

    public required DocumentInfo Document { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<TaskGroup> Groups { get; init; } = [];

    /// <summary>Every task of every group, in document order.</summary>
    public IEnumerable<(TaskGroup Group, PlanTask Task)> AllTasks() =>
        Groups.SelectMany(g => g.Tasks.Select(t => (g, t)));
}

namespace DocIngest.Core.Plans;

/// <summary>A group of weaknesses with the tasks that fix them and who answers for them.</summary>
public sealed record TaskGroup
{
    /// <summary>The group's own label as printed or auto-numbered ("1", "a", "II").</summary>
    public string? Number { get; init; }

    /// <summary>Number of the section the group stands in.</summary>
    public string? Section { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Weaknesses { get; init; } = [];

    public IReadOnlyList<Party> Owners { get; init; } = [];

    public IReadOnlyList<string> Advisors { get; init; } = [];

    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>A group-level deadline line, if any.</summary>
    public Deadline? Deadline { get; init; }

    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    public Evidence? Evidence { get; init; }

    /// <summary>The task's own owners, else the group's.</summary>
    public IReadOnlyList<Party> EffectiveOwners(PlanTask task) => task.Owners ?? Owners;

    /// <summary>The task's own advisors, else the group's.</summary>
    public IReadOnlyList<string> EffectiveAdvisors(PlanTask task) => task.Advisors ?? Advisors;

    /// <summary>The task's own partners, else the group's.</summary>
    public IReadOnlyList<string> EffectivePartners(PlanTask task) => task.Partners ?? Partners;
}

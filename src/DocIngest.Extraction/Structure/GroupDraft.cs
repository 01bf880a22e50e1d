using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Structure;

/// <summary>A group as the structure rules assemble it, before it becomes an immutable <see cref="TaskGroup"/>.</summary>
internal sealed class GroupDraft(string? number, string? section, string title, Evidence evidence, int sortKey)
{
    public string? Number { get; } = number;

    public string? Section { get; } = section;

    public string Title { get; set; } = title;

    public Evidence Evidence { get; } = evidence;

    /// <summary>Body index of the group's first block, so table groups and paragraph groups keep document order.</summary>
    public int SortKey { get; } = sortKey;

    public List<string> Weaknesses { get; } = [];

    public List<Party> Owners { get; } = [];

    public List<string> Advisors { get; } = [];

    public List<string> Partners { get; } = [];

    public Deadline? Deadline { get; set; }

    public List<TaskDraft> Tasks { get; } = [];

    public TaskGroup Build() => new()
    {
        Number = Number,
        Section = Section,
        Title = Title,
        Weaknesses = Weaknesses.Distinct(StringComparer.Ordinal).ToList(),
        Owners = Owners,
        Advisors = Advisors.Distinct(StringComparer.Ordinal).ToList(),
        Partners = Partners.Distinct(StringComparer.Ordinal).ToList(),
        Deadline = Deadline,
        Tasks = Tasks.Select(t => t.Build(Deadline)).ToList(),
        Evidence = Evidence,
    };
}

/// <summary>A task being assembled: its text, its own deadline and parties if it has them.</summary>
internal sealed class TaskDraft(string text, Evidence evidence)
{
    public string Text { get; set; } = text;

    public Evidence Evidence { get; set; } = evidence;

    public Deadline? Deadline { get; set; }

    public IReadOnlyList<Party>? Owners { get; set; }

    public IReadOnlyList<string>? Advisors { get; set; }

    public IReadOnlyList<string>? Partners { get; set; }

    public IReadOnlyList<string>? Items { get; set; }

    public PlanTask Build(Deadline? groupDeadline) => new()
    {
        Text = Text,
        Deadline = Deadline ?? groupDeadline ?? Core.Plans.Deadline.NotStated,
        Owners = Owners,
        Advisors = Advisors,
        Partners = Partners,
        Items = Items,
        Evidence = Evidence,
    };
}

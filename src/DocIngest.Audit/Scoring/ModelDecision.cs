using DocIngest.Core.Plans;

namespace DocIngest.Audit.Scoring;

/// <summary>
/// One value of an extracted record that a model decided, as its evidence records it: the rule
/// carries a <c>+ml:NAME</c> segment (optionally <c>@POSITION</c>) and the confidence is the model's.
/// </summary>
/// <param name="Item">What the decision is about: "task" or "group".</param>
/// <param name="Text">The task's text or the group's title.</param>
/// <param name="Name">The model decision, e.g. <c>ml:deadline-kind</c> (without the position).</param>
/// <param name="Rule">The evidence's full rule, e.g. <c>task-item+ml:owner-line@body[12]</c>.</param>
/// <param name="Block">The evidence's block position.</param>
/// <param name="Confidence">The evidence's confidence.</param>
public sealed record ModelDecision(string Item, string Text, string Name, string Rule, string Block, double Confidence)
{
    public const string TaskItem = "task";
    public const string GroupItem = "group";

    /// <summary>The prefix every model segment of an evidence rule starts with.</summary>
    public const string ModelPrefix = "ml:";

    /// <summary>
    /// The model decision names in an evidence rule, in order: each '+'-separated segment that
    /// starts with <c>ml:</c>, cut at '@'. Empty for a rule no model touched.
    /// </summary>
    public static IReadOnlyList<string> Names(string? rule)
    {
        if (string.IsNullOrEmpty(rule))
        {
            return [];
        }

        return rule.Split('+')
            .Select(s => s.Trim())
            .Where(s => s.StartsWith(ModelPrefix, StringComparison.Ordinal))
            .Select(s => s.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 ? s[..at] : s)
            .Where(s => s.Length > ModelPrefix.Length)
            .ToList();
    }

    /// <summary>
    /// The decisions one evidence records. Evidence holds one confidence, so when two models
    /// touched the same item both decisions carry it (the last model's).
    /// </summary>
    public static IEnumerable<ModelDecision> FromEvidence(string item, string text, Evidence? evidence) =>
        evidence is null
            ? []
            : Names(evidence.Rule).Select(name => new ModelDecision(item, text, name, evidence.Rule, evidence.Block, evidence.Confidence));

    /// <summary>Every model decision in a record: groups' and tasks', in document order.</summary>
    public static IReadOnlyList<ModelDecision> FromRecord(PlanRecord? record)
    {
        if (record is null)
        {
            return [];
        }

        var decisions = new List<ModelDecision>();
        foreach (var group in record.Groups)
        {
            decisions.AddRange(FromEvidence(GroupItem, group.Title, group.Evidence));
            foreach (var task in group.Tasks)
            {
                decisions.AddRange(FromEvidence(TaskItem, task.Text, task.Evidence));
            }
        }

        return decisions;
    }
}

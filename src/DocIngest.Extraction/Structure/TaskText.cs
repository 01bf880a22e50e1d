using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Structure;

/// <summary>Turns a task line into a task: its own deadline found and stripped, sub-items split.</summary>
internal static class TaskText
{
    public static TaskDraft? Build(string text, Evidence evidence, DeadlineNormalizer deadlines, DeadlineContext context)
    {
        var body = text.Trim();
        Deadline? deadline = null;
        var rule = evidence.Rule;
        if (deadlines.Find(body, context) is { } match)
        {
            deadline = match.Deadline;
            body = (body[..match.Start] + body[(match.Start + match.Length)..]).Trim();
            rule = $"{rule}+{match.Rule}";
        }

        body = body.TrimEnd(' ', ';').Trim();
        if (body.EndsWith('.') && !body.EndsWith("..", StringComparison.Ordinal))
        {
            body = body[..^1].TrimEnd();
        }

        if (body.Length == 0 || !body.Any(char.IsLetter))
        {
            return null;
        }

        return new TaskDraft(body, evidence with { Rule = rule })
        {
            Deadline = deadline,
            Items = InlineItems.Split(body),
        };
    }
}

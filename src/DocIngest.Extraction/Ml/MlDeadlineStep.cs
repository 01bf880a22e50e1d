using System.Text.RegularExpressions;
using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Structure;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// Runs after the structure rules and revisits tasks left without any deadline (own or group):
/// the deadline cell of a task-table row the rules could not read, else the tail of the task
/// text (a clause such as "…, khi có hướng dẫn của Ban Dân vận" the normaliser has no form for).
/// The classifier decides there, records itself and its confidence in the task's evidence, and
/// the phrase it took is cut from the task text. In ml mode it also re-decides the kind of
/// deadlines the rules found, so the audit can show the model on its own.
/// </summary>
internal sealed partial class MlDeadlineStep(ModelSet models, ClassifierMode mode) : IExtractionStep
{
    private readonly DeadlineResolver _resolver = new(models, mode);

    public string Name => "ml-deadline-kind";

    [GeneratedRegex(@"^body\[(?<index>\d+)\]/r(?<row>\d+)c", RegexOptions.CultureInvariant)]
    private static partial Regex CellPosition();

    public void Run(ExtractionContext context)
    {
        if (mode == ClassifierMode.Rules || models.DeadlineKind is not { } model)
        {
            return;
        }

        foreach (var group in context.Groups)
        {
            foreach (var task in group.Tasks)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (task.Deadline is { Text: { } printed } own && mode == ClassifierMode.Ml)
                {
                    var (kind, confidence) = model.Predict(printed);
                    task.Deadline = kind is null ? Deadline.NotStated : own with { Kind = kind.Value, Date = kind == DeadlineKind.Recurring ? null : own.Date };
                    Record(task, confidence);
                }
                else if (task.Deadline is null && group.Deadline is null)
                {
                    _ = FromTableCell(context, task) || FromTail(context, task);
                }
            }
        }
    }

    private bool FromTableCell(ExtractionContext context, TaskDraft task)
    {
        if (!task.Evidence.Rule.StartsWith("table-task-row", StringComparison.Ordinal)
            || CellPosition().Match(task.Evidence.Block) is not { Success: true } position
            || !int.TryParse(position.Groups["index"].Value, out var index) || index >= context.Document.Body.Count
            || context.Document.Body[index] is not TableBlock table
            || !int.TryParse(position.Groups["row"].Value, out var row) || row >= table.Rows.Count
            || TaskTableLayout.TryDetect(table)?.ColumnOf(TaskColumn.Deadline) is not { } column
            || table.CellAt(row, column)?.Text is not { } cell || string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        // A deadline cell is a deadline slot: whatever it says, the tail of the task text is not one.
        if (_resolver.ResolveUnrecognised(cell.Replace('\n', ' '), context.DeadlineContext) is { } decided)
        {
            task.Deadline = decided.Deadline;
            Record(task, decided.Confidence);
        }

        return true;
    }

    private bool FromTail(ExtractionContext context, TaskDraft task)
    {
        (Deadline Deadline, double Confidence, int Start)? best = null;
        foreach (var (phrase, start) in DeadlineTails.Candidates(task.Text))
        {
            if (_resolver.ResolveUnrecognised(phrase, context.DeadlineContext) is { } decided
                && (best is null || decided.Confidence > best.Value.Confidence))
            {
                best = (decided.Deadline, decided.Confidence, start);
            }
        }

        if (best is not { } chosen)
        {
            return false;
        }

        var rest = task.Text[..chosen.Start].TrimEnd(' ', ',', ';', ':', '-', '(');
        if (rest.Length == 0 || !rest.Any(char.IsLetter))
        {
            return false;
        }

        task.Text = rest;
        task.Deadline = chosen.Deadline;
        Record(task, chosen.Confidence);
        return true;
    }

    private static void Record(TaskDraft task, double confidence) =>
        task.Evidence = task.Evidence with { Rule = $"{task.Evidence.Rule}+{DeadlineResolver.ModelRule}", Confidence = Math.Round(confidence, 3) };
}

using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Layout;
using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// Reads task tables: a row spanning the table (or a numbered row without a task) opens a group;
/// otherwise a weakness cell merged over several rows makes the group; every row with a task cell
/// is a task with its own deadline, lead unit, partners and leader columns.
/// </summary>
internal sealed class TaskTableStep : IExtractionStep
{
    private readonly DeadlineNormalizer _deadlines = new();
    private readonly PartyParser _parties = new();

    public string Name => "task-table";

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Document.Body.OfType<TableBlock>().Where(context.TaskTables.Contains))
        {
            var layout = TaskTableLayout.TryDetect(table)!;
            var section = context.Sections.LastOrDefault(s => s.BodyIndex < table.Position.Index);
            var sectionNumber = section?.Number;
            var groups = Read(context, table, layout, sectionNumber, section?.Title);
            context.Groups.AddRange(groups.Where(g => g.Tasks.Count > 0));
        }

        // Tables may stand between paragraph groups or in an appendix: keep document order.
        var ordered = context.Groups.OrderBy(g => g.SortKey).ToList();
        context.Groups.Clear();
        context.Groups.AddRange(ordered);
    }

    private List<GroupDraft> Read(ExtractionContext context, TableBlock table, TaskTableLayout layout, string? sectionNumber, string? sectionTitle)
    {
        var groups = new List<GroupDraft>();
        var taskColumn = layout.ColumnOf(TaskColumn.Task)!.Value;
        var weaknessColumn = layout.ColumnOf(TaskColumn.Weakness);
        var hasGroupRows = table.Rows.Skip(layout.HeaderRow + 1).Any(r => IsGroupRow(table, r, taskColumn));
        GroupDraft? current = null;
        TableCell? currentWeakness = null;
        var position = table.Position.Index;

        foreach (var row in table.Rows.Skip(layout.HeaderRow + 1))
        {
            if (IsNumberingRow(row))
            {
                continue;
            }

            if (IsGroupRow(table, row, taskColumn))
            {
                var text = string.Join(' ', row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0));
                var (label, title) = LabelSplitter.Split(text);
                current = new GroupDraft(LabelSplitter.Bare(label), sectionNumber, title.TrimEnd(':'), new Evidence(CellEvidence(table, row.Cells[0]), "table-group-row"), position);
                groups.Add(current);
                continue;
            }

            var taskCell = table.CellAt(row.Index, taskColumn);
            if (taskCell is null || taskCell.Row != row.Index || taskCell.Text.Trim().Length == 0)
            {
                continue;
            }

            var weaknessCell = weaknessColumn is { } wc ? table.CellAt(row.Index, wc) : null;
            if (weaknessCell is not null && !ReferenceEquals(weaknessCell, currentWeakness))
            {
                currentWeakness = weaknessCell;
                if (!hasGroupRows)
                {
                    var (label, title) = LabelSplitter.Split(weaknessCell.Text.Replace('\n', ' '));
                    var index = layout.ColumnOf(TaskColumn.Index) is { } ic ? table.CellAt(row.Index, ic)?.Text.Trim().TrimEnd('.') : null;
                    current = new GroupDraft(string.IsNullOrEmpty(index) ? LabelSplitter.Bare(label) : index, sectionNumber, title, new Evidence(CellEvidence(table, weaknessCell), "table-weakness-cell"), position);
                    groups.Add(current);
                }

                AddWeaknesses(current ??= NewSectionGroup(groups, sectionNumber, sectionTitle, table), weaknessCell);
            }

            current ??= NewSectionGroup(groups, sectionNumber, sectionTitle, table);
            foreach (var task in Tasks(context, table, layout, row, taskCell))
            {
                current.Tasks.Add(task);
            }
        }

        return groups;
    }

    private IEnumerable<TaskDraft> Tasks(ExtractionContext context, TableBlock table, TaskTableLayout layout, TableRow row, TableCell taskCell)
    {
        string? Cell(TaskColumn role) => layout.ColumnOf(role) is { } c ? table.CellAt(row.Index, c)?.Text : null;

        var deadlineText = Cell(TaskColumn.Deadline);
        var deadline = string.IsNullOrWhiteSpace(deadlineText) ? null : _deadlines.Parse(Join(deadlineText), context.DeadlineContext);
        var owners = Cell(TaskColumn.Owner) is { } o ? _parties.ParseOwners(Join(o)) : null;
        var advisors = Cell(TaskColumn.Advisor) is { } a ? _parties.ParseUnits(Join(a)) : null;
        var partners = Cell(TaskColumn.Partner) is { } p ? _parties.ParseUnits(Join(p)) : null;

        var paragraphs = taskCell.Paragraphs().Where(p => p.Text.Trim().Length > 0).ToList();
        var bullets = paragraphs.Count >= 2 && paragraphs.All(p => p.ListLabel is not null || LabelSplitter.Split(p.Text).Label is not null);
        var texts = bullets
            ? paragraphs.Select(p => p.ListLabel is null ? LabelSplitter.Split(p.Text).Text : p.Text)
            : [Join(string.Join(' ', paragraphs.Select(p => p.Text)))];

        foreach (var text in texts)
        {
            var task = TaskText.Build(text, new Evidence(CellEvidence(table, taskCell), "table-task-row"), _deadlines, context.DeadlineContext);
            if (task is null)
            {
                continue;
            }

            task.Deadline ??= deadline;
            task.Owners = owners;
            task.Advisors = advisors;
            task.Partners = partners;
            yield return task;
        }
    }

    private static GroupDraft NewSectionGroup(List<GroupDraft> groups, string? sectionNumber, string? sectionTitle, TableBlock table)
    {
        var group = new GroupDraft(sectionNumber, sectionNumber, sectionTitle ?? string.Empty, new Evidence(table.Position.ToString(), "table-as-group"), table.Position.Index);
        groups.Add(group);
        return group;
    }

    private static void AddWeaknesses(GroupDraft group, TableCell cell)
    {
        var paragraphs = cell.Paragraphs().Select(p => p.Text.Trim()).Where(t => t.Length > 0).ToList();
        var texts = paragraphs.Count >= 2 && paragraphs.All(t => LabelSplitter.Split(t).Label is not null)
            ? paragraphs.Select(t => LabelSplitter.Split(t).Text)
            : InlineItems.Weaknesses(Join(string.Join(' ', paragraphs)));
        group.Weaknesses.AddRange(texts.Select(t => t.Trim()).Where(t => t.Length > 0));
    }

    private static bool IsGroupRow(TableBlock table, TableRow row, int taskColumn)
    {
        if (row.Cells.Count == 0)
        {
            return false;
        }

        var span = row.Cells.Max(c => c.ColumnSpan);
        if (span >= Math.Max(2, table.ColumnCount - 1))
        {
            return true;
        }

        // "I | Nhóm …" with the remaining cells empty.
        var filled = row.Cells.Where(c => c.Text.Trim().Length > 0).ToList();
        var task = table.CellAt(row.Index, taskColumn);
        return filled.Count is 1 or 2 && filled[0].Column == 0 && LabelSplitter.Classify(LabelSplitter.Split(filled[0].Text + " x").Label) is LabelKind.Roman
            && (task is null || task.Row != row.Index || filled.Count == 2);
    }

    private static bool IsNumberingRow(TableRow row) =>
        row.Cells.Count > 1 && row.Cells.All(c => c.Text.Trim().Trim('(', ')').All(char.IsDigit));

    private static string CellEvidence(TableBlock table, TableCell cell) =>
        table.Position.InCell(cell.Row, cell.Column, 0).ToString();

    private static string Join(string text) => Core.Text.VietnameseText.CollapseWhiteSpace(text.Replace('\n', ' '));
}

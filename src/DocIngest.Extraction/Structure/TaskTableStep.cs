using System.Text.RegularExpressions;
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
internal sealed partial class TaskTableStep : IExtractionStep
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
            var host = HostGroup(context, table, sectionNumber);
            var groups = Read(context, table, layout, sectionNumber, section?.Title, host);
            context.Groups.AddRange(groups.Where(g => g.Tasks.Count > 0 && !context.Groups.Contains(g)));
        }

        // Tables may stand between paragraph groups or in an appendix: keep document order.
        var ordered = context.Groups.OrderBy(g => g.SortKey).ToList();
        context.Groups.Clear();
        context.Groups.AddRange(ordered);
    }

    /// <summary>
    /// A paragraph group heading ("1. Về quản lý thu ngân sách") in the table's section that got no
    /// tasks of its own before the table: the table lists that group's tasks.
    /// </summary>
    private static GroupDraft? HostGroup(ExtractionContext context, TableBlock table, string? sectionNumber)
    {
        var previous = context.Groups.Concat(context.EmptyGroups)
            .Where(g => g.SortKey < table.Position.Index && g.Evidence.Rule.StartsWith("group-heading", StringComparison.Ordinal))
            .MaxBy(g => g.SortKey);
        var tableBetween = context.TaskTables.Any(t => previous is not null && t.Position.Index > previous.SortKey && t.Position.Index < table.Position.Index);
        return previous is { Tasks.Count: 0 } && previous.Section == sectionNumber && !tableBetween ? previous : null;
    }

    private List<GroupDraft> Read(ExtractionContext context, TableBlock table, TaskTableLayout layout, string? sectionNumber, string? sectionTitle, GroupDraft? host)
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
                var (label, title) = GroupRowLabel(row);
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
                    // The TT cell numbers the weakness only when it is merged over the same rows;
                    // otherwise it numbers the task row.
                    var indexCell = layout.ColumnOf(TaskColumn.Index) is { } ic ? table.CellAt(row.Index, ic) : null;
                    var index = indexCell is not null && indexCell.RowSpan == weaknessCell.RowSpan ? indexCell.Text.Trim().TrimEnd('.') : null;
                    current = new GroupDraft(string.IsNullOrEmpty(index) ? LabelSplitter.Bare(label) : index, sectionNumber, title, new Evidence(CellEvidence(table, weaknessCell), "table-weakness-cell"), position);
                    groups.Add(current);
                }

                AddWeaknesses(current ??= Host(groups, host) ?? NewSectionGroup(groups, sectionNumber, sectionTitle, table), weaknessCell);
            }

            current ??= Host(groups, host) ?? NewSectionGroup(groups, sectionNumber, sectionTitle, table);
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

    private static GroupDraft? Host(List<GroupDraft> groups, GroupDraft? host)
    {
        if (host is not null)
        {
            groups.Add(host);
        }

        return host;
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
        var labelled = LabelSplitter.Classify(LabelSplitter.Split(filled[0].Text + " x").Label) is LabelKind.Roman
            || (filled.Count == 2 && GroupLabelCell().IsMatch(filled[0].Text.Trim()));
        return filled.Count is 1 or 2 && filled[0].Column == 0 && labelled
            && (task is null || task.Row != row.Index || filled.Count == 2);
    }

    /// <summary>
    /// The label and title of a group row: "I | Về đầu tư xây dựng" in two cells, or "A. HƯỚNG ĐẾN
    /// NGƯỜI BỆNH" in one (table group rows use capital letters as well as roman numerals).
    /// </summary>
    private static (string? Label, string Title) GroupRowLabel(TableRow row)
    {
        var texts = row.Cells.Select(c => Join(c.Text).Trim()).Where(t => t.Length > 0).ToList();
        if (texts.Count >= 2 && RowLabel().IsMatch(texts[0]))
        {
            return (texts[0], string.Join(' ', texts.Skip(1)));
        }

        var text = string.Join(' ', texts);
        var letter = CapitalLetterLabel().Match(text);
        return letter.Success ? (letter.Groups[1].Value, text[letter.Length..].Trim()) : LabelSplitter.Split(text);
    }

    [GeneratedRegex(@"^(?:[IVXL]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2}){0,3})[.)]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex RowLabel();

    /// <summary>A TT cell that numbers a group rather than a task: a roman numeral or a capital letter.</summary>
    [GeneratedRegex(@"^(?:[IVXL]{1,6}|[A-ZĐ])[.)]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex GroupLabelCell();

    [GeneratedRegex(@"^([A-ZĐ])[.)]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex CapitalLetterLabel();

    private static bool IsNumberingRow(TableRow row) =>
        row.Cells.Count > 1 && row.Cells.All(c => c.Text.Trim().Trim('(', ')').All(char.IsDigit));

    private static string CellEvidence(TableBlock table, TableCell cell) =>
        table.Position.InCell(cell.Row, cell.Column, 0).ToString();

    private static string Join(string text) => Core.Text.VietnameseText.CollapseWhiteSpace(text.Replace('\n', ' '));
}

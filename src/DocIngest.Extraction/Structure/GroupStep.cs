using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Layout;
using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// Builds groups, weaknesses and tasks from the paragraphs of the task sections: group headings
/// ("1. Nhóm …", "a)", bold lines), labelled lines ("Giải pháp thực hiện:", "Phân công theo dõi,
/// chỉ đạo:", "Tham mưu:", "Thời gian thực hiện:"), task bullets and their deadlines, and the
/// notes that carry the weaknesses.
/// </summary>
internal sealed class GroupStep : IExtractionStep
{
    public GroupStep() => PartyLines = new PartyLines(Parties);

    internal DeadlineNormalizer Deadlines { get; } = new();

    internal PartyParser Parties { get; } = new();

    internal PartyLines PartyLines { get; }

    public string Name => "groups";

    public void Run(ExtractionContext context)
    {
        var ranges = TaskRanges(context).ToList();
        var pending = new List<(string? Topic, string Text)>();
        var groupsBefore = 0;
        foreach (var (number, title, start, end, evidence) in ranges)
        {
            if (ranges.Count > 1 && WeaknessSection.IsWeaknessOnly(Layout.DocumentKinds.Fold(title)) && pending.Count == 0 && context.Groups.Count == 0)
            {
                pending.AddRange(WeaknessSection.Read(context.Lines.Skip(start).Take(end - start).Where(l => l.Region == LineRegion.Body && !l.IsDecoration)));
                groupsBefore = context.Groups.Count;
                continue;
            }

            var lines = context.Lines.Skip(start).Take(end - start).Where(l => l.Region == LineRegion.Body && !l.IsDecoration).ToList();
            var from = start < context.Lines.Count ? context.Lines[start].Paragraph.Position.Index : int.MaxValue;
            var to = end < context.Lines.Count ? context.Lines[end].Paragraph.Position.Index : int.MaxValue;
            var holdsTable = context.TaskTables.Any(t => t.Position.Index > from && t.Position.Index < to);
            new SectionReader(this, context, number, title, evidence, holdsTable).Read(lines);
        }

        WeaknessSection.Distribute(pending, context.Groups.Skip(groupsBefore).ToList());
    }

    private static readonly HashSet<string> NotTaskLists = new(StringComparer.Ordinal)
    {
        "Công văn", "Giấy mời", "Quyết định", "Biên bản", "Tờ trình", "Công điện", "Nghị định", "Thông tư",
    };

    private static IEnumerable<(string? Number, string Title, int Start, int End, string Evidence)> TaskRanges(ExtractionContext context)
    {
        var sections = context.Sections;
        if (sections.Count == 0)
        {
            // A letter, invitation, decision or minutes without sections lists its addressees and
            // articles, not tasks ("Kính gửi: - Các sở, ban, ngành").
            if (context.Info.Kind is { } kind && NotTaskLists.Contains(kind))
            {
                yield break;
            }

            var first = context.Lines.Skip(context.BodyStartIndex).FirstOrDefault();
            yield return (null, string.Empty, context.BodyStartIndex, context.ClosingStartIndex, first?.Evidence ?? "body[0]");
            yield break;
        }

        var chosen = sections.Where(s => TaskSections.IsTaskSection(Layout.DocumentKinds.Fold(s.Title))).ToList();

        // A closing "PHÂN CÔNG THỰC HIỆN" after the task sections plays the part of "TỔ CHỨC THỰC HIỆN".
        if (chosen.Count > 1 && TaskSections.IsOrganisation(Layout.DocumentKinds.Fold(chosen[^1].Title)))
        {
            chosen.RemoveAt(chosen.Count - 1);
        }

        if (chosen.Count == 0)
        {
            chosen = sections.Where(s => !TaskSections.IsExcluded(Layout.DocumentKinds.Fold(s.Title))).ToList();
        }

        foreach (var section in chosen)
        {
            yield return (section.Number, section.Title, section.Start, section.End, section.Evidence);
        }
    }
}

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
    private readonly DeadlineNormalizer _deadlines = new();
    private readonly PartyParser _parties = new();
    private readonly PartyLines _partyLines;

    public GroupStep() => _partyLines = new PartyLines(_parties);

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

    private static IEnumerable<(string? Number, string Title, int Start, int End, string Evidence)> TaskRanges(ExtractionContext context)
    {
        var sections = context.Sections;
        if (sections.Count == 0)
        {
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

    /// <summary>Reads one section's lines; holds the state of the walk.</summary>
    private sealed class SectionReader(GroupStep step, ExtractionContext context, string? sectionNumber, string sectionTitle, string sectionEvidence, bool holdsTaskTable)
    {
        private readonly List<GroupDraft> _groups = [];
        private GroupDraft? _current;
        private LineRole? _mode;
        private TaskDraft? _lastTask;
        private int _tasksSinceDeadlineLine;
        private readonly List<Line> _groupLines = [];
        private readonly Dictionary<GroupDraft, List<Line>> _linesByGroup = [];
        private readonly GroupParties _sectionDefaults = new();
        private bool _boldHeadingsOnly;
        private LabelKind? _parentKind;

        public void Read(IReadOnlyList<Line> lines)
        {
            var headingKind = ChooseHeadingKind(lines);
            foreach (var line in lines)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (_parentKind is { } parent && line.LabelKind == parent && LabeledLine.TryParse(line) is null && line.Text.Length < 200)
                {
                    // A parent heading closes the group before it; its own title is not a group.
                    _current = null;
                    _mode = null;
                    _lastTask = null;
                    continue;
                }

                if (IsGroupHeading(line, headingKind))
                {
                    StartGroup(line);
                    continue;
                }

                _current ??= ImplicitGroup(line);
                _linesByGroup[_current].Add(line);
                if (LabeledLine.TryParse(line) is { } labeled)
                {
                    Apply(labeled, line);
                }
                else
                {
                    AddContent(line);
                }
            }

            Finish();
        }

        private LabelKind? ChooseHeadingKind(IReadOnlyList<Line> lines)
        {
            foreach (var line in lines)
            {
                if (LabeledLine.TryParse(line) is not null)
                {
                    continue;
                }

                if (line.LabelKind is LabelKind.Decimal or LabelKind.MultiLevel or LabelKind.Letter)
                {
                    // Headings and the tasks under them may share one numbering style ("1." both,
                    // from two Word lists); then only the bold ones are headings.
                    var same = lines.Where(l => l.LabelKind == line.LabelKind && LabeledLine.TryParse(l) is null).ToList();
                    _boldHeadingsOnly = same.Any(l => l.IsBold) && same.Any(l => !l.IsBold) && line.IsBold;

                    // "1. Lĩnh vực kinh tế" over "1.1. Sản xuất nông nghiệp": the groups are the
                    // decimal sub-headings; the "1." lines above them only gather them.
                    if (line.LabelKind == LabelKind.Decimal && DecimalParents(lines))
                    {
                        _parentKind = LabelKind.Decimal;
                        return LabelKind.MultiLevel;
                    }

                    return line.LabelKind;
                }
            }

            return null;
        }

        /// <summary>True when every "1." heading with content is followed by "1.1."-style sub-headings that share its number.</summary>
        private static bool DecimalParents(IReadOnlyList<Line> lines)
        {
            var parents = lines.Where(l => l.LabelKind == LabelKind.Decimal && LabeledLine.TryParse(l) is null && l.Text.Length < 200).ToList();
            var children = lines.Where(l => l.LabelKind == LabelKind.MultiLevel && LabeledLine.TryParse(l) is null).ToList();
            if (parents.Count == 0 || children.Count < 2)
            {
                return false;
            }

            // Each child's first number names a parent ("2.1" under "2.").
            var parentNumbers = parents.Select(p => LabelSplitter.Bare(p.Label)).ToHashSet(StringComparer.Ordinal);
            return children.All(c => LabelSplitter.Bare(c.Label)?.Split('.')[0] is { } first && parentNumbers.Contains(first))
                && parents.All(p => children.Any(c => c.Index > p.Index));
        }

        private bool IsGroupHeading(Line line, LabelKind? headingKind)
        {
            if (line.Text.Length > 300 || LabeledLine.TryParse(line) is not null)
            {
                return false;
            }

            if (headingKind is { } kind)
            {
                return line.LabelKind == kind && (line.IsBold || !_boldHeadingsOnly);
            }

            // Unnumbered groups are bold lines that are not tasks themselves.
            return line.Label is null && line.IsBold && line.Text.Length < 250 && step._deadlines.Find(line.Text, context.DeadlineContext) is null;
        }

        private void StartGroup(Line line)
        {
            var title = line.Text.TrimEnd(':', ' ');
            var group = new GroupDraft(LabelSplitter.Bare(line.Label), sectionNumber, title, new Evidence(line.Evidence, "group-heading"), line.Paragraph.Position.Index);
            if (step._deadlines.Parse(title, context.DeadlineContext) is { } headingDeadline && title.Length < 40)
            {
                group.Deadline = headingDeadline;
            }

            _groups.Add(group);
            _linesByGroup[group] = [line];
            _current = group;
            _mode = null;
            _lastTask = null;
            _tasksSinceDeadlineLine = 0;
        }

        private GroupDraft ImplicitGroup(Line line)
        {
            var group = new GroupDraft(sectionNumber, sectionNumber, sectionTitle, new Evidence(sectionEvidence, "section-as-group"), line.Paragraph.Position.Index);
            _groups.Add(group);
            _linesByGroup[group] = [];
            return group;
        }

        private void Apply(LabeledLine labeled, Line line)
        {
            var group = _current!;
            switch (labeled.Role)
            {
                case LineRole.Owners:
                    step._partyLines.ReadOwnersValue(labeled.Value).AddTo(group);
                    _mode = null;
                    break;
                case LineRole.Advisors:
                    group.Advisors.AddRange(step._parties.ParseUnits(labeled.Value));
                    _mode = null;
                    break;
                case LineRole.Partners:
                    group.Partners.AddRange(step._parties.ParseUnits(labeled.Value));
                    _mode = null;
                    break;
                case LineRole.Deadline:
                    var deadline = step._deadlines.Parse(labeled.Value, context.DeadlineContext);
                    if (_lastTask is { Deadline: null } && deadline is not null && _tasksSinceDeadlineLine == 1)
                    {
                        // A deadline line right under a single task is that task's own ("a) … / Thời
                        // gian thực hiện: …"); under a list of tasks it is the group's, for the tasks
                        // that state none.
                        _lastTask.Deadline = deadline;
                    }
                    else
                    {
                        group.Deadline ??= deadline;
                    }

                    _tasksSinceDeadlineLine = 0;

                    break;
                case LineRole.Weaknesses:
                    // "Hạn chế: <text>" states the weakness on its own line, so the items after it
                    // are the solutions; only a bare "Hạn chế:" (or one ending in ":") lists
                    // weaknesses as the items below it.
                    var opensList = labeled.Value.Length == 0 || labeled.Value.EndsWith(':');
                    _mode = opensList ? LineRole.Weaknesses : null;
                    if (!labeled.Value.EndsWith(':'))
                    {
                        AddWeakness(group, labeled.Value);
                    }

                    break;
                case LineRole.Solutions:
                    _mode = LineRole.Solutions;
                    if (labeled.Value.Length > 0)
                    {
                        AddTask(line, labeled.Value, "task-after-solutions-label");
                    }

                    break;
            }
        }

        private void AddContent(Line line)
        {
            var isItem = line.Label is not null;
            if (_mode != LineRole.Weaknesses && OrdinalItems.Split(line.Text) is var (intro, items))
            {
                step._partyLines.ReadIntroduction(intro)?.AddTo(_current!);
                items.ToList().ForEach(item => AddTask(line, item, "task-ordinal"));
                return;
            }

            if (!isItem && TryGroupAssignment(line))
            {
                return;
            }

            if (!isItem && IntroducesWeaknesses(line))
            {
                _mode = LineRole.Weaknesses;
                return;
            }

            if (_mode == LineRole.Weaknesses && (isItem || _current!.Weaknesses.Count == 0))
            {
                AddWeakness(_current!, line.Text);
                return;
            }

            // A deadline on a line of its own after a task belongs to that task.
            if (_lastTask is { Deadline: null } && line.Label is null && line.Text.Length < 90 && LooksLikeDeadlineLine(line)
                && step._deadlines.Parse(line.Text.Trim('(', ')', ' ', '.'), context.DeadlineContext) is { } own)
            {
                _lastTask.Deadline = own;
                return;
            }

            if (isItem || _mode == LineRole.Solutions)
            {
                AddTask(line, line.Text, isItem ? "task-item" : "task-paragraph");
            }
        }

        /// <summary>
        /// An unlabelled sentence naming who carries the group out ("Giao Phòng X chủ trì, phối hợp
        /// với Y …", "Đ/c X - Phó Chủ nhiệm chỉ đạo thực hiện."); "Các nội dung trên do …" speaks
        /// for every group of the section.
        /// </summary>
        private bool TryGroupAssignment(Line line)
        {
            if (step._partyLines.ReadSentence(line.Text, out var sectionWide) is not { } parties)
            {
                return false;
            }

            if (sectionWide)
            {
                parties.AddTo(_sectionDefaults);
            }
            else
            {
                parties.AddTo(_current!);
            }

            _mode = null;
            return true;
        }

        /// <summary>
        /// "Qua giám sát, Thường trực HĐND huyện chỉ ra một số tồn tại, hạn chế:" opens a list of
        /// weaknesses; the "Để khắc phục …:" line after the list turns back to tasks.
        /// </summary>
        private static bool IntroducesWeaknesses(Line line) =>
            line.Text.EndsWith(':') && line.Text.Length < 300 && WeaknessCues.Any(line.Folded.Contains)
            && !SolutionCues.Any(line.Folded.Contains);

        private static readonly string[] WeaknessCues = ["han che", "ton tai", "khuyet diem", "yeu kem", "thieu sot"];

        private static readonly string[] SolutionCues = ["khac phuc", "giai phap", "bien phap", "nhiem vu", "thuc hien"];

        private static bool LooksLikeDeadlineLine(Line line) =>
            line.Text.StartsWith('(') || DeadlineCues.Any(line.Folded.StartsWith);

        private static readonly string[] DeadlineCues =
        [
            "thoi gian", "thoi han", "hoan thanh", "truoc ngay", "trong quy", "trong thang", "trong nam", "quy ", "thang ",
            "thuc hien thuong xuyen", "thuong xuyen", "dinh ky", "da hoan thanh", "hang nam", "hang quy", "hang thang", "chậm nhat", "cham nhat",
        ];

        private void AddWeakness(GroupDraft group, string text)
        {
            foreach (var weakness in InlineItems.Weaknesses(text))
            {
                if (!Layout.DocumentKinds.Fold(weakness).StartsWith("khong", StringComparison.Ordinal) || weakness.Length > 12)
                {
                    group.Weaknesses.Add(weakness);
                }
            }
        }

        private void AddTask(Line line, string text, string rule)
        {
            var task = TaskText.Build(text, new Evidence(line.Evidence, rule), step._deadlines, context.DeadlineContext);
            if (task is null)
            {
                return;
            }

            // "giao X chủ trì, phối hợp với Y" inside a task names that task's own units.
            if (step._parties.FindAssignment(task.Text) is { Advisors.Count: > 0 } assignment)
            {
                task.Advisors = assignment.Advisors;
                task.Partners = assignment.Partners;
                if (assignment.Length > 0)
                {
                    task.Text = (task.Text[..assignment.Start] + task.Text[(assignment.Start + assignment.Length)..]).Trim().TrimEnd('.', ';', ' ');
                }
            }

            _current!.Tasks.Add(task);
            _lastTask = task;
            _tasksSinceDeadlineLine++;
        }

        private void Finish()
        {
            // Numbered items that never got tasks of their own are the tasks of one section-wide group
            // (unless a task table in the section lists their tasks).
            if (_groups.Count > 1 && !holdsTaskTable && _groups.All(g => g.Tasks.Count == 0 && g.Owners.Count == 0 && g.Weaknesses.Count == 0))
            {
                var merged = new GroupDraft(sectionNumber, sectionNumber, sectionTitle, new Evidence(sectionEvidence, "section-as-group"), _groups[0].SortKey);
                foreach (var g in _groups)
                {
                    var line = _linesByGroup[g][0];
                    if (TaskText.Build(line.Text, new Evidence(line.Evidence, "numbered-item-task"), step._deadlines, context.DeadlineContext) is { } task)
                    {
                        merged.Tasks.Add(task);
                    }
                }

                _groups.Clear();
                _groups.Add(merged);
                _linesByGroup[merged] = [];
            }

            ApplySectionDefaults();
            foreach (var group in _groups)
            {
                AttachNotes(group, _linesByGroup[group]);
                if (group.Tasks.Count > 0 || group.Weaknesses.Count > 0 || group.Owners.Count > 0)
                {
                    context.Groups.Add(group);
                }
                else if (group.Evidence.Rule == "group-heading")
                {
                    context.EmptyGroups.Add(group);
                }
            }
        }

        /// <summary>
        /// Parties named for the whole section ("Các nội dung trên do …", or a "Phân công theo dõi
        /// chung:" line before the first group heading) go to every group that names none itself.
        /// </summary>
        private void ApplySectionDefaults()
        {
            if (_groups.Count > 1 && _groups[0].Evidence.Rule == "section-as-group" && _groups[0].Tasks.Count == 0 && _groups[0].Weaknesses.Count == 0)
            {
                var lead = _groups[0];
                _sectionDefaults.Owners.AddRange(lead.Owners);
                _sectionDefaults.Advisors.AddRange(lead.Advisors);
                _sectionDefaults.Partners.AddRange(lead.Partners);
                _groups.RemoveAt(0);
            }

            if (!_sectionDefaults.IsEmpty)
            {
                _groups.ForEach(_sectionDefaults.FillGaps);
            }
        }

        private void AttachNotes(GroupDraft group, IReadOnlyList<Line> lines)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in lines.Select(l => l.Paragraph).Distinct().SelectMany(p => p.NoteReferences))
            {
                if (seen.Add($"{reference.Kind}:{reference.NoteId}") && context.Document.FindNote(reference.Kind, reference.NoteId) is { } note)
                {
                    AddWeakness(group, NoteText(note));
                }
            }
        }

        private static string NoteText(Note note) =>
            Core.Text.VietnameseText.CollapseWhiteSpace(string.Join(' ', note.Paragraphs.Select(p => p.DisplayText)));
    }
}

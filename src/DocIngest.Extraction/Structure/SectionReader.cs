using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>Reads one section's lines; holds the state of the walk.</summary>
internal sealed class SectionReader(GroupStep step, ExtractionContext context, string? sectionNumber, string sectionTitle, string sectionEvidence, bool holdsTaskTable)
{
    private readonly List<GroupDraft> _groups = [];
    private GroupDraft? _current;
    private LineRole? _mode;
    private TaskDraft? _lastTask;
    private int _tasksSinceDeadlineLine;
    private readonly Dictionary<GroupDraft, List<Line>> _linesByGroup = [];
    private readonly GroupParties _sectionDefaults = new();
    private HeadingScheme _scheme = HeadingScheme.None;
    private readonly Dictionary<ParagraphBlock, double> _overruled = new(ReferenceEqualityComparer.Instance);
    private double? _schemeOverruled;

    public void Read(IReadOnlyList<Line> lines)
    {
        _scheme = HeadingScheme.Choose(lines);
        OverruleScheme(lines);
        foreach (var line in lines)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (_scheme.ParentKind is { } parent && line.LabelKind == parent && LabeledLine.TryParse(line) is null && line.Text.Length < 200)
            {
                // A parent heading closes the group before it; its own title is not a group.
                _current = null;
                _mode = null;
                _lastTask = null;
                continue;
            }

            if (IsGroupHeading(line))
            {
                StartGroup(line);
                continue;
            }

            _current ??= ImplicitGroup(line);
            _linesByGroup[_current].Add(line);
            if (LabeledLine.TryParse(line) is { } labeled)
            {
                foreach (var part in labeled.WithPacked())
                {
                    Apply(part, line);
                }
            }
            else
            {
                AddContent(line);
            }
        }

        Finish();
    }

    /// <summary>
    /// The first numbered shape is a guess: in a one-group section "a) … d)" are the tasks and the
    /// groups, if any, are bold unnumbered lines; in some plans a few lines of the heading shape are
    /// tasks. The block-role classifier decides those lines; when it calls every one of them a
    /// task, the section has no numbered headings at all.
    /// </summary>
    private void OverruleScheme(IReadOnlyList<Line> lines)
    {
        if (_scheme.Kind is null)
        {
            return;
        }

        var headings = lines.Where(IsGroupHeading).ToList();
        foreach (var (line, confidence) in context.Advice.TasksAmong(headings.Select(h => h.Paragraph).ToList()))
        {
            _overruled[line] = confidence;
        }

        if (headings.Count > 0 && _overruled.Count == headings.Count)
        {
            _schemeOverruled = _overruled.Values.Min();
            _scheme = HeadingScheme.None;
        }
    }

    /// <summary>Evidence of a value the classifier's overrule decided, with its confidence.</summary>
    private static Evidence Decided(Evidence evidence, double? confidence) =>
        confidence is { } p
            ? evidence with { Rule = $"{evidence.Rule}+{Ml.ModelRules.HeadingScheme}", Confidence = Math.Round(p, 3) }
            : evidence;

    private bool IsGroupHeading(Line line)
    {
        if (line.Text.Length > 300 || LabeledLine.TryParse(line) is not null || _overruled.ContainsKey(line.Paragraph))
        {
            return false;
        }

        if (_scheme.Kind is { } kind)
        {
            return line.LabelKind == kind && (line.IsBold || !_scheme.BoldOnly);
        }

        // Unnumbered groups are bold lines that are not tasks themselves.
        return line.Label is null && line.IsBold && line.Text.Length < 250 && step.Deadlines.Find(line.Text, context.DeadlineContext) is null;
    }

    private void StartGroup(Line line)
    {
        var title = line.Text.TrimEnd(':', ' ');
        var group = new GroupDraft(LabelSplitter.Bare(line.Label), sectionNumber, title, Decided(new Evidence(line.Evidence, "group-heading"), _schemeOverruled), line.Paragraph.Position.Index);
        if (step.Deadlines.Parse(title, context.DeadlineContext) is { } headingDeadline && title.Length < 40)
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
        var group = new GroupDraft(sectionNumber, sectionNumber, sectionTitle, Decided(new Evidence(sectionEvidence, "section-as-group"), _schemeOverruled), line.Paragraph.Position.Index);
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
                step.PartyLines.ReadOwnersValue(labeled.Value).AddTo(group);
                _mode = null;
                break;
            case LineRole.Advisors:
                group.Advisors.AddRange(step.Parties.ParseUnits(labeled.Value));
                _mode = null;
                break;
            case LineRole.Partners:
                group.Partners.AddRange(step.Parties.ParseUnits(labeled.Value));
                _mode = null;
                break;
            case LineRole.Deadline:
                var deadline = step.Deadlines.Parse(labeled.Value, context.DeadlineContext);
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
            step.PartyLines.ReadIntroduction(intro)?.AddTo(_current!);
            items.ToList().ForEach(item => AddTask(line, item, "task-ordinal"));
            return;
        }

        if (!isItem && TryGroupAssignment(line))
        {
            return;
        }

        if (!isItem && LineCues.IntroducesWeaknesses(line))
        {
            _mode = LineRole.Weaknesses;
            return;
        }

        if (!isItem && _mode != LineRole.Solutions && LineCues.InlineWeaknessList(line) is { } listed)
        {
            listed.ToList().ForEach(w => AddWeakness(_current!, w));
            return;
        }

        // Praise, then "Tuy nhiên, <weakness>": only before the group's solutions begin.
        if (!isItem && _mode is null && _current!.Tasks.Count == 0 && LineCues.PivotWeakness(line) is { } pivot)
        {
            AddWeakness(_current, pivot);
            return;
        }

        if (_mode == LineRole.Weaknesses && (isItem || _current!.Weaknesses.Count == 0))
        {
            AddWeakness(_current!, line.Text);
            return;
        }

        // A deadline on a line of its own after a task belongs to that task.
        if (_lastTask is { Deadline: null } && line.Label is null && line.Text.Length < 90 && LineCues.LooksLikeDeadlineLine(line)
            && step.Deadlines.Parse(line.Text.Trim('(', ')', ' ', '.'), context.DeadlineContext) is { } own)
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
        if (step.PartyLines.ReadSentence(line.Text, out var sectionWide) is not { } parties)
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
        var evidence = new Evidence(line.Evidence, rule);
        var task = TaskText.Build(text, Decided(evidence, _overruled.GetValueOrDefault(line.Paragraph) is var p and > 0 ? p : null), step.Deadlines, context.DeadlineContext);
        if (task is null)
        {
            return;
        }

        // "giao X chủ trì, phối hợp với Y" inside a task names that task's own units.
        if (step.Parties.FindAssignment(task.Text) is { Advisors.Count: > 0 } assignment)
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
                if (TaskText.Build(line.Text, new Evidence(line.Evidence, "numbered-item-task"), step.Deadlines, context.DeadlineContext) is { } task)
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
            else if (group.Evidence.Rule.StartsWith("group-heading", StringComparison.Ordinal))
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
        if (_groups.Count > 1 && _groups[0].Evidence.Rule.StartsWith("section-as-group", StringComparison.Ordinal) && _groups[0].Tasks.Count == 0 && _groups[0].Weaknesses.Count == 0)
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

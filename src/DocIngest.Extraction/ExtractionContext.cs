using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Layout;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Structure;

namespace DocIngest.Extraction;

/// <summary>
/// The working state one extraction passes from step to step. Each step reads what earlier
/// steps found and adds its own part; the finished record is built from it at the end.
/// </summary>
internal sealed class ExtractionContext(DocumentModel document, CancellationToken cancellationToken)
{
    public DocumentModel Document { get; } = document;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<Line> Lines { get; set; } = [];

    public HashSet<TableBlock> TaskTables { get; } = [];

    /// <summary>Index of the line holding the document kind ("KẾ HOẠCH"), or -1.</summary>
    public int KindLineIndex { get; set; } = -1;

    /// <summary>Index of the first line after the title block (preamble or first section).</summary>
    public int BodyStartIndex { get; set; }

    /// <summary>Index of the "Nơi nhận" / signature block in the body, or the line count when none.</summary>
    public int ClosingStartIndex { get; set; }

    public DocumentInfo Info { get; set; } = DocumentInfo.Empty;

    public DeadlineContext DeadlineContext { get; set; } = new(null, null);

    /// <summary>
    /// The deadline normaliser with the classifier behind it (set by <c>UseClassifiers</c>): Structure
    /// steps call <see cref="DeadlineResolver.ResolveUnrecognised"/> where Parse returned null for a deadline slot.
    /// </summary>
    public DeadlineResolver Deadlines { get; set; } = DeadlineResolver.RulesOnly;

    /// <summary>The block-role classifier's view of this document (set by <c>UseClassifiers</c>); rules-only has none.</summary>
    public ClassifierAdvice Advice { get; set; } = ClassifierAdvice.None;

    public List<SectionSpan> Sections { get; } = [];

    public List<GroupDraft> Groups { get; } = [];

    /// <summary>Group headings the paragraph rules found nothing under; a task table right after one fills it.</summary>
    public List<GroupDraft> EmptyGroups { get; } = [];

    public PlanRecord ToRecord() => new()
    {
        Source = Document.SourceName,
        Document = Info,
        Sections = Sections.Select(s => s.ToSection()).ToList(),
        Groups = Groups.Select(g => g.Build()).ToList(),
    };
}

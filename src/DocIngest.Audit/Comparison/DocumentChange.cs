using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Comparison;

/// <summary>
/// One document whose score or record differs between the baseline mode (rules) and the
/// candidate (combined): the figures before and after, the mismatches the candidate fixed and
/// introduced, and the model decisions in the candidate's record (why it differs).
/// </summary>
/// <param name="Name">The document's corpus-relative name.</param>
/// <param name="Before">The baseline's score.</param>
/// <param name="After">The candidate's score.</param>
/// <param name="Fixed">Mismatches of the baseline that the candidate no longer has.</param>
/// <param name="Introduced">Mismatches of the candidate that the baseline did not have.</param>
/// <param name="RecordChanged">The extracted records differ in a contract field (evidence aside).</param>
public sealed record DocumentChange(
    string Name,
    DocumentScore Before,
    DocumentScore After,
    IReadOnlyList<Mismatch> Fixed,
    IReadOnlyList<Mismatch> Introduced,
    bool RecordChanged)
{
    /// <summary>The model decisions in the candidate's record for this document.</summary>
    public IReadOnlyList<ModelDecision> Decisions => After.ModelDecisions;

    /// <summary>The per-document figures shown before → after, by report name.</summary>
    public static IReadOnlyList<(string Name, Func<ScoreSheet, double> Value)> Figures { get; } =
    [
        ("strict_task_f1", s => s.StrictTasks.F1),
        ("task_f1", s => s.Tasks.F1),
        ("weakness_f1", s => s.Weaknesses.F1),
        ("group_f1", s => s.Groups.F1),
    ];

    /// <summary>Change of the document's strict task F1 (after minus before).</summary>
    public double StrictTaskF1Delta => After.Sheet.StrictTasks.F1 - Before.Sheet.StrictTasks.F1;
}

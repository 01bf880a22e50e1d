using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Comparison;

/// <summary>
/// Audits of the same split in several modes (rules, ml, combined — any subset), side by side:
/// the headline metrics per mode, the documents the candidate (combined) changed from the
/// baseline (rules) and why, and who decided what in the primary mode.
/// </summary>
/// <param name="Primary">The run whose metrics are the audit's headline (the <c>--mode</c> that ran).</param>
/// <param name="Runs">Every run, primary included, in the order rules, ml, combined, then others.</param>
/// <param name="Baseline">The mode changes are measured from; null when it did not run or nothing else did.</param>
/// <param name="Candidate">The mode changes are measured to; null when fewer than two modes ran.</param>
/// <param name="ChangedDocuments">Documents whose score or record differs from baseline to candidate, biggest loss of strict task F1 first.</param>
/// <param name="DecisionsBySource">Items of the primary run per deciding source.</param>
/// <param name="Note">Why only one mode ran, when it did (e.g. models missing, <c>--no-compare</c>).</param>
public sealed record ModeComparison(
    AuditResult Primary,
    IReadOnlyList<AuditResult> Runs,
    string? Baseline,
    string? Candidate,
    IReadOnlyList<DocumentChange> ChangedDocuments,
    IReadOnlyList<DecisionSource> DecisionsBySource,
    string? Note = null)
{
    /// <summary>Row name of the mean of the six document-field accuracies.</summary>
    public const string DocFieldsMean = "doc_fields_accuracy_mean";

    private static readonly string[] ModeOrder = ["rules", "ml", "combined"];

    private static readonly string[] DocFieldMetrics =
    [
        "doc_number_accuracy", "doc_kind_accuracy", "doc_issued_on_accuracy",
        "doc_signer_name_accuracy", "doc_issuer_accuracy", "doc_title_accuracy",
    ];

    /// <summary>The metrics compared side by side, in row order (the last is the document-field mean).</summary>
    public static IReadOnlyList<string> HeadlineMetrics { get; } =
    [
        "strict_task_f1", "task_f1", "weakness_f1", "group_f1",
        "task_deadline_kind_accuracy", "task_deadline_date_accuracy", "task_owners_accuracy", "task_group_accuracy",
        DocFieldsMean,
    ];

    /// <summary>True when at least two modes ran.</summary>
    public bool Compared => Runs.Count > 1;

    /// <summary>The modes that ran, in column order.</summary>
    public IEnumerable<string> Modes => Runs.Select(r => r.Mode);

    /// <summary>A headline metric of a run: a catalogue metric or <see cref="DocFieldsMean"/>.</summary>
    public static double Metric(CorpusScore score, string name)
    {
        ArgumentNullException.ThrowIfNull(score);
        return name == DocFieldsMean ? DocFieldMetrics.Average(score.Metric) : score.Metric(name);
    }

    /// <summary>
    /// Compares the runs. The baseline is <c>rules</c>; the candidate is <c>combined</c>, else the
    /// first other mode. Runs must be of the same split; each mode may appear once.
    /// </summary>
    /// <param name="primary">The headline run; added to <paramref name="others"/> if missing.</param>
    /// <param name="others">The other runs (may be empty).</param>
    /// <param name="note">Why only one mode ran, for the report.</param>
    /// <exception cref="ArgumentException">Runs of different splits, or a mode twice.</exception>
    public static ModeComparison Build(AuditResult primary, IEnumerable<AuditResult> others, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(others);
        var runs = others.Where(r => !ReferenceEquals(r, primary)).Prepend(primary).ToList();
        if (runs.Any(r => r.Split != primary.Split))
        {
            throw new ArgumentException("Every compared run must audit the same split.", nameof(others));
        }

        if (runs.GroupBy(r => r.Mode, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Each mode may be compared once.", nameof(others));
        }

        runs = runs.OrderBy(r => Array.IndexOf(ModeOrder, r.Mode) is var i and >= 0 ? i : ModeOrder.Length).ToList();
        var baseline = runs.Count > 1 ? runs.FirstOrDefault(r => r.Mode == "rules") : null;
        var candidate = baseline is null
            ? null
            : runs.FirstOrDefault(r => r.Mode == "combined") ?? runs.First(r => r.Mode != baseline.Mode);
        var changes = baseline is null || candidate is null ? [] : Changes(baseline, candidate);
        return new ModeComparison(primary, runs, baseline?.Mode, candidate?.Mode, changes, CountSources(primary), note);
    }

    /// <summary>Documents (by name) whose score, mismatches or record differ between the two runs.</summary>
    public static IReadOnlyList<DocumentChange> Changes(AuditResult baseline, AuditResult candidate)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var after = candidate.Score.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var changes = new List<DocumentChange>();
        foreach (var before in baseline.Score.Documents)
        {
            if (!after.TryGetValue(before.Name, out var now))
            {
                continue;
            }

            var fixedOnes = RecordDiff.Missing(before.Mismatches, now.Mismatches);
            var introduced = RecordDiff.Missing(now.Mismatches, before.Mismatches);
            var recordChanged = RecordDiff.Differ(before.Predicted, now.Predicted);
            if (recordChanged || fixedOnes.Count > 0 || introduced.Count > 0 || before.Sheet != now.Sheet || before.Error != now.Error)
            {
                changes.Add(new DocumentChange(before.Name, before, now, fixedOnes, introduced, recordChanged));
            }
        }

        return changes.OrderBy(c => c.StrictTaskF1Delta).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Groups and tasks of a run per deciding source: rules first, then each model decision, then items without evidence.</summary>
    public static IReadOnlyList<DecisionSource> CountSources(AuditResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var items = new List<(string Source, bool IsTask, double? Confidence)>();
        void Add(bool isTask, Core.Plans.Evidence? evidence)
        {
            if (evidence is null)
            {
                items.Add((DecisionSource.NoEvidence, isTask, null));
                return;
            }

            var names = ModelDecision.Names(evidence.Rule);
            foreach (var source in names.Count == 0 ? [DecisionSource.Rules] : names.Distinct(StringComparer.Ordinal))
            {
                items.Add((source, isTask, evidence.Confidence));
            }
        }

        foreach (var record in run.Score.Documents.Select(d => d.Predicted).OfType<Core.Plans.PlanRecord>())
        {
            foreach (var group in record.Groups)
            {
                Add(isTask: false, group.Evidence);
                foreach (var task in group.Tasks)
                {
                    Add(isTask: true, task.Evidence);
                }
            }
        }

        return items
            .GroupBy(i => i.Source, StringComparer.Ordinal)
            .Select(g =>
            {
                var confidences = g.Select(i => i.Confidence).OfType<double>().ToList();
                return new DecisionSource(
                    g.Key,
                    g.Count(i => i.IsTask),
                    g.Count(i => !i.IsTask),
                    confidences.Count == 0 ? 0 : confidences.Average(),
                    confidences.Count == 0 ? 0 : confidences.Min());
            })
            .OrderBy(s => s.Source switch { DecisionSource.Rules => 0, DecisionSource.NoEvidence => 2, _ => 1 })
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }
}

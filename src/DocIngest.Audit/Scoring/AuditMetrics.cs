namespace DocIngest.Audit.Scoring;

/// <summary>
/// The catalogue of metric names. report.json, the threshold check and docs/metrics.md all use
/// these names, so renaming one is a breaking change.
/// </summary>
public static class AuditMetrics
{
    /// <summary>Every metric, headline first.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } = Build();

    private static readonly Dictionary<string, MetricDefinition> ByName =
        All.ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>Every metric name, in catalogue order.</summary>
    public static IEnumerable<string> Names => All.Select(m => m.Name);

    public static bool TryGet(string name, out MetricDefinition metric) =>
        ByName.TryGetValue(name.Trim().ToLowerInvariant(), out metric!);

    /// <exception cref="ArgumentException">The name is not a known metric; the message lists the known ones.</exception>
    public static MetricDefinition Get(string name) =>
        TryGet(name, out var metric)
            ? metric
            : throw new ArgumentException(
                $"Unknown metric '{name}'. Known metrics: {string.Join(", ", Names)}.", nameof(name));

    private static List<MetricDefinition> Build()
    {
        var list = new List<MetricDefinition>();
        void AddCounts(string prefix, string what, Func<ScoreSheet, Counts> counts)
        {
            string Detail(CorpusScore s) => counts(s.Totals).ToString();
            list.Add(new($"{prefix}_f1", $"F1 of {what}", s => counts(s.Totals).F1, Detail));
            list.Add(new($"{prefix}_precision", $"Precision of {what}", s => counts(s.Totals).Precision, Detail));
            list.Add(new($"{prefix}_recall", $"Recall of {what}", s => counts(s.Totals).Recall, Detail));
        }

        void AddAccuracy(string name, string what, Func<ScoreSheet, Accuracy> accuracy) =>
            list.Add(new(name, what, s => accuracy(s.Totals).Value, s => accuracy(s.Totals).ToString()));

        AddCounts("strict_task", "tasks, counting only strict-correct pairs (kind, date, owners, advisors) as true positives", s => s.StrictTasks);
        AddCounts("task", "task pairing (sim(text) ≥ 0.6)", s => s.Tasks);
        AddAccuracy("task_deadline_kind_accuracy", "Paired tasks whose deadline kind is equal", s => s.TaskDeadlineKind);
        AddAccuracy("task_deadline_date_accuracy", "Paired tasks whose deadline date is equal", s => s.TaskDeadlineDate);
        AddAccuracy("task_owners_accuracy", "Paired tasks whose effective owners are equal as sets of keys", s => s.TaskOwners);
        AddAccuracy("task_advisors_accuracy", "Paired tasks whose effective advisors are equal as sets", s => s.TaskAdvisors);
        AddAccuracy("task_partners_accuracy", "Paired tasks whose effective partners are equal as sets", s => s.TaskPartners);
        AddAccuracy("task_group_accuracy", "Paired tasks placed in a group with the same number", s => s.TaskGroup);
        AddCounts("weakness", "weakness pairing (sim ≥ 0.6)", s => s.Weaknesses);
        AddAccuracy("weakness_group_accuracy", "Paired weaknesses placed in a group with the same number", s => s.WeaknessGroup);
        AddCounts("group", "group pairing (sim(title) ≥ 0.6)", s => s.Groups);
        AddAccuracy("doc_number_accuracy", "Documents whose number is equal (norm, white space removed)", s => s.DocNumber);
        AddAccuracy("doc_kind_accuracy", "Documents whose kind is equal after norm", s => s.DocKind);
        AddAccuracy("doc_issued_on_accuracy", "Documents whose issue date is equal", s => s.DocIssuedOn);
        AddAccuracy("doc_signer_name_accuracy", "Documents whose signer name is equal after norm (both null = equal)", s => s.DocSignerName);
        AddAccuracy("doc_issuer_accuracy", "Documents whose issuer has sim ≥ 0.8", s => s.DocIssuer);
        AddAccuracy("doc_title_accuracy", "Documents whose title has sim ≥ 0.9", s => s.DocTitle);
        AddCounts("reference", "cited document numbers (set of norm(number), white space removed)", s => s.References);
        AddCounts("recipient", "recipients (paired at sim ≥ 0.8)", s => s.Recipients);
        list.Add(new("documents", "Documents audited", s => s.Documents.Count, _ => string.Empty));
        list.Add(new("failed_documents", "Documents the extractor failed on", s => s.Documents.Count(d => d.Failed), _ => string.Empty));
        return list;
    }
}

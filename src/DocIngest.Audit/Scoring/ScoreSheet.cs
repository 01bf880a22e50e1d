namespace DocIngest.Audit.Scoring;

/// <summary>
/// Every count the contract scores, for one document or summed over many. All members are
/// integer counts, so the sum of documents' sheets is the exact micro-average.
/// </summary>
public sealed record ScoreSheet
{
    public static ScoreSheet Empty { get; } = new();

    /// <summary>Task pairing (sim ≥ 0.6): pairs / predicted / gold.</summary>
    public Counts Tasks { get; init; }

    /// <summary>Like <see cref="Tasks"/> but only strict-correct pairs are true positives.</summary>
    public Counts StrictTasks { get; init; }

    public Accuracy TaskDeadlineKind { get; init; }

    public Accuracy TaskDeadlineDate { get; init; }

    public Accuracy TaskOwners { get; init; }

    public Accuracy TaskAdvisors { get; init; }

    public Accuracy TaskPartners { get; init; }

    public Accuracy TaskGroup { get; init; }

    public Counts Weaknesses { get; init; }

    public Accuracy WeaknessGroup { get; init; }

    public Counts Groups { get; init; }

    public Accuracy DocNumber { get; init; }

    public Accuracy DocKind { get; init; }

    public Accuracy DocIssuedOn { get; init; }

    public Accuracy DocSignerName { get; init; }

    public Accuracy DocIssuer { get; init; }

    public Accuracy DocTitle { get; init; }

    public Counts References { get; init; }

    public Counts Recipients { get; init; }

    /// <summary>Document fields (of the six) that were wrong.</summary>
    public int DocFieldMisses =>
        DocNumber.Total - DocNumber.Correct + DocKind.Total - DocKind.Correct + DocIssuedOn.Total - DocIssuedOn.Correct
        + DocSignerName.Total - DocSignerName.Correct + DocIssuer.Total - DocIssuer.Correct + DocTitle.Total - DocTitle.Correct;

    public static ScoreSheet operator +(ScoreSheet a, ScoreSheet b) => new()
    {
        Tasks = a.Tasks + b.Tasks,
        StrictTasks = a.StrictTasks + b.StrictTasks,
        TaskDeadlineKind = a.TaskDeadlineKind + b.TaskDeadlineKind,
        TaskDeadlineDate = a.TaskDeadlineDate + b.TaskDeadlineDate,
        TaskOwners = a.TaskOwners + b.TaskOwners,
        TaskAdvisors = a.TaskAdvisors + b.TaskAdvisors,
        TaskPartners = a.TaskPartners + b.TaskPartners,
        TaskGroup = a.TaskGroup + b.TaskGroup,
        Weaknesses = a.Weaknesses + b.Weaknesses,
        WeaknessGroup = a.WeaknessGroup + b.WeaknessGroup,
        Groups = a.Groups + b.Groups,
        DocNumber = a.DocNumber + b.DocNumber,
        DocKind = a.DocKind + b.DocKind,
        DocIssuedOn = a.DocIssuedOn + b.DocIssuedOn,
        DocSignerName = a.DocSignerName + b.DocSignerName,
        DocIssuer = a.DocIssuer + b.DocIssuer,
        DocTitle = a.DocTitle + b.DocTitle,
        References = a.References + b.References,
        Recipients = a.Recipients + b.Recipients,
    };
}

using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Comparison;

/// <summary>
/// A rules run and a combined run of the same two documents: in p/date.md rules read the wrong
/// date and the deadline-kind model (confidence 0.93) read the right one; p/same.md is equal in both.
/// </summary>
internal static class ComparisonRuns
{
    public const string TaskText = "rà soát hồ sơ cán bộ";

    public static PlanRecord Gold() => Record(Group("1", "nhóm", Task(TaskText, DeadlineKind.Due, "2026-06-30")));

    public static AuditResult Rules() => Run("rules", Record(Group("1", "nhóm",
        Task(TaskText, DeadlineKind.Due, "2026-09-30", new Evidence("body[12]", "task-item")))));

    public static AuditResult Combined() => Run("combined", Record(Group("1", "nhóm",
        Task(TaskText, DeadlineKind.Due, "2026-06-30", new Evidence("body[12]", "task-item+ml:deadline-kind", 0.93)))));

    public static AuditResult Run(string mode, PlanRecord dateDocument, string split = "test")
    {
        var scorer = new PlanScorer();
        var gold = Gold();
        var same = Record(Group("1", "nhóm", Task(TaskText, DeadlineKind.Due, "2026-06-30", new Evidence("body[3]", "task-item"))));
        DocumentScore[] documents =
        [
            scorer.Score(gold, dateDocument) with { Name = "p/date.md" },
            scorer.Score(gold, same) with { Name = "p/same.md" },
        ];
        return new AuditResult(split, "/corpus", [], scorer.Aggregate(documents), []) { Mode = mode };
    }
}

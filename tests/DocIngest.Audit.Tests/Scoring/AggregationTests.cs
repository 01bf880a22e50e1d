using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Scoring;

public sealed class AggregationTests
{
    private readonly PlanScorer _scorer = new();

    [Fact]
    public void Aggregate_SumsCounts_MicroNotMacroAverage()
    {
        // Document A: 1 task, strict-correct → strict F1 1.
        var goldA = Record(Group("1", "nhóm", Task("rà soát hồ sơ", DeadlineKind.Recurring)));
        var a = _scorer.Score(goldA, goldA);

        // Document B: 3 tasks all paired, only one strict-correct → strict F1 1/3.
        var goldB = Record(Group("1", "nhóm",
            Task("ban hành kế hoạch", DeadlineKind.Recurring),
            Task("kiện toàn bộ máy", DeadlineKind.Recurring),
            Task("đổi thẻ đảng viên", DeadlineKind.Recurring)));
        var predictedB = Record(Group("1", "nhóm",
            Task("ban hành kế hoạch", DeadlineKind.Recurring),
            Task("kiện toàn bộ máy", DeadlineKind.Done),
            Task("đổi thẻ đảng viên", DeadlineKind.Done)));
        var b = _scorer.Score(goldB, predictedB);
        b.Sheet.StrictTasks.F1.ShouldBe(1.0 / 3, 1e-12);

        var corpus = _scorer.Aggregate([a, b]);

        // Micro: tp 2, fp 2, fn 2 → 0.5. The macro mean would be (1 + 1/3) / 2 ≈ 0.667.
        corpus.Totals.StrictTasks.ShouldBe(new Counts(2, 2, 2));
        corpus.Metric("strict_task_f1").ShouldBe(0.5, 1e-12);
        corpus.Metric("task_f1").ShouldBe(1.0, 1e-12);
        corpus.Metric("task_deadline_kind_accuracy").ShouldBe(2.0 / 4, 1e-12);
        corpus.Metric("documents").ShouldBe(2);
        corpus.Metric("failed_documents").ShouldBe(0);
    }

    [Fact]
    public void Aggregate_FailedDocument_CountedAndListed()
    {
        var gold = Record(Group("1", "nhóm", Task("rà soát hồ sơ", DeadlineKind.Recurring)));
        var ok = _scorer.Score(gold, gold);
        var failed = _scorer.ScoreFailure(gold with { Source = "bad.docx" }, "boom");

        var corpus = _scorer.Aggregate([ok, failed]);

        corpus.Metric("failed_documents").ShouldBe(1);
        corpus.Failures.ShouldHaveSingleItem().Name.ShouldBe("bad.docx");
        // tp 1, fp 0, fn 1 → P 1, R 0.5, F1 2/3.
        corpus.Metric("strict_task_recall").ShouldBe(0.5, 1e-12);
        corpus.Metric("strict_task_f1").ShouldBe(2.0 / 3, 1e-12);
        corpus.Metric("doc_number_accuracy").ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void Metrics_ContainEveryDocumentedName()
    {
        var names = _scorer.Aggregate([]).Metrics().Select(m => m.Key).ToList();

        names.ShouldBe(
        [
            "strict_task_f1", "strict_task_precision", "strict_task_recall",
            "task_f1", "task_precision", "task_recall",
            "task_deadline_kind_accuracy", "task_deadline_date_accuracy", "task_owners_accuracy",
            "task_advisors_accuracy", "task_partners_accuracy", "task_group_accuracy",
            "weakness_f1", "weakness_precision", "weakness_recall", "weakness_group_accuracy",
            "group_f1", "group_precision", "group_recall",
            "doc_number_accuracy", "doc_kind_accuracy", "doc_issued_on_accuracy", "doc_signer_name_accuracy",
            "doc_issuer_accuracy", "doc_title_accuracy",
            "reference_f1", "reference_precision", "reference_recall",
            "recipient_f1", "recipient_precision", "recipient_recall",
            "documents", "failed_documents",
        ]);
    }

    [Fact]
    public void Metric_UnknownName_ThrowsWithKnownNames()
    {
        var ex = Should.Throw<ArgumentException>(() => _scorer.Aggregate([]).Metric("task_f2"));

        ex.Message.ShouldContain("task_f2");
        ex.Message.ShouldContain("strict_task_f1");
    }
}

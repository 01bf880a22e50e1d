using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Comparison;

public sealed class ModelDecisionTests
{
    [Theory]
    [InlineData("task-item+ml:deadline-kind", "ml:deadline-kind")]
    [InlineData("task-item+ml:owner-line@body[12]", "ml:owner-line")]
    [InlineData("group-heading+ml:heading-scheme", "ml:heading-scheme")]
    public void Names_RuleWithModelSegment_GivesTheDecisionName(string rule, string expected) =>
        ModelDecision.Names(rule).ShouldBe([expected]);

    [Theory]
    [InlineData("task-item")]
    [InlineData("table-task-row+deadline-paren")]
    [InlineData("")]
    [InlineData(null)]
    public void Names_RuleNoModelTouched_IsEmpty(string? rule) => ModelDecision.Names(rule).ShouldBeEmpty();

    [Fact]
    public void Names_TwoModelsOnOneTask_GivesBothInOrder() =>
        ModelDecision.Names("task-item+ml:deadline-kind+ml:owner-line@body[4]").ShouldBe(["ml:deadline-kind", "ml:owner-line"]);

    [Fact]
    public void Score_PredictedWithModelEvidence_RecordsDecisionWithConfidence()
    {
        var gold = Record(Group("1", "nhóm", Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-06-30")));
        var predicted = Record(
            Group("1", "nhóm", Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-06-30", new Evidence("body[12]", "task-item+ml:deadline-kind", 0.93))) with
            {
                Evidence = new Evidence("body[10]", "group-heading+ml:heading-scheme", 0.71),
            },
            Group("2", "nhóm hai", Task("kiện toàn bộ máy", DeadlineKind.Recurring, evidence: new Evidence("body[20]", "task-item"))));

        var score = new PlanScorer().Score(gold, predicted);

        score.ModelDecisions.Count.ShouldBe(2);
        score.ModelDecisions[0].ShouldBe(new ModelDecision("group", "nhóm", "ml:heading-scheme", "group-heading+ml:heading-scheme", "body[10]", 0.71));
        score.ModelDecisions[1].ShouldBe(new ModelDecision("task", "rà soát hồ sơ cán bộ", "ml:deadline-kind", "task-item+ml:deadline-kind", "body[12]", 0.93));
        score.Predicted.ShouldBeSameAs(predicted);
    }

    [Fact]
    public void ScoreFailure_HasNoRecordAndNoDecisions()
    {
        var score = new PlanScorer().ScoreFailure(Record(Group("1", "nhóm", Task("rà soát"))), "boom");

        score.Predicted.ShouldBeNull();
        score.ModelDecisions.ShouldBeEmpty();
    }
}

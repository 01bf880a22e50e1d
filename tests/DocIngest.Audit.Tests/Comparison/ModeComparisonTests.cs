using DocIngest.Audit.Comparison;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.Comparison.ComparisonRuns;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Comparison;

public sealed class ModeComparisonTests
{
    [Fact]
    public void Build_ModelFixesADate_ListsTheDocumentWithFixedMismatchAndDecision()
    {
        var combined = Combined();

        var comparison = ModeComparison.Build(combined, [Rules()]);

        comparison.Modes.ShouldBe(["rules", "combined"]);
        comparison.Baseline.ShouldBe("rules");
        comparison.Candidate.ShouldBe("combined");
        var change = comparison.ChangedDocuments.ShouldHaveSingleItem();
        change.Name.ShouldBe("p/date.md");
        change.Before.Sheet.StrictTasks.F1.ShouldBe(0);
        change.After.Sheet.StrictTasks.F1.ShouldBe(1);
        change.RecordChanged.ShouldBeTrue();
        var fixedOne = change.Fixed.ShouldHaveSingleItem();
        fixedOne.Field.ShouldBe("task.deadline.date");
        fixedOne.Gold.ShouldBe("2026-06-30");
        fixedOne.Predicted.ShouldBe("2026-09-30");
        change.Introduced.ShouldBeEmpty();
        var decision = change.Decisions.ShouldHaveSingleItem();
        decision.Name.ShouldBe("ml:deadline-kind");
        decision.Confidence.ShouldBe(0.93);
        decision.Text.ShouldBe(TaskText);
    }

    [Fact]
    public void Changes_CandidateWorse_MismatchIsIntroducedNotFixed()
    {
        var change = ModeComparison.Changes(Combined(), Rules() with { Mode = "ml" }).ShouldHaveSingleItem();

        change.Fixed.ShouldBeEmpty();
        change.Introduced.ShouldHaveSingleItem().Field.ShouldBe("task.deadline.date");
        change.StrictTaskF1Delta.ShouldBe(-1);
    }

    [Fact]
    public void Changes_OnlyEvidenceDiffers_DocumentIsNotChanged()
    {
        // Same wrong date in both runs; only the rule text differs because a model confirmed it.
        var confirmed = Run("combined", Record(Group("1", "nhóm",
            Task(TaskText, DeadlineKind.Due, "2026-09-30", new Evidence("body[12]", "task-item+ml:deadline-kind", 0.6)))));

        ModeComparison.Changes(Rules(), confirmed).ShouldBeEmpty();
    }

    [Fact]
    public void Build_OneMode_NotComparedAndKeepsTheNote()
    {
        var comparison = ModeComparison.Build(Rules(), [], "skipped");

        comparison.Compared.ShouldBeFalse();
        comparison.Baseline.ShouldBeNull();
        comparison.Candidate.ShouldBeNull();
        comparison.ChangedDocuments.ShouldBeEmpty();
        comparison.Note.ShouldBe("skipped");
    }

    [Fact]
    public void Build_RunsOfDifferentSplits_Throws() =>
        Should.Throw<ArgumentException>(() => ModeComparison.Build(Rules(), [Run("combined", Gold(), split: "dev")]));

    [Fact]
    public void CountSources_CombinedRun_CountsRulesAndEachModelDecision()
    {
        var sources = ModeComparison.CountSources(Combined());

        // Two groups without evidence, one task by the deadline-kind model, one by rules.
        sources.Select(s => s.Source).ShouldBe(["rules", "ml:deadline-kind", DecisionSource.NoEvidence]);
        sources[0].ShouldBe(new DecisionSource("rules", 1, 0, 1.0, 1.0));
        sources[1].ShouldBe(new DecisionSource("ml:deadline-kind", 1, 0, 0.93, 0.93));
        sources[2].ShouldBe(new DecisionSource(DecisionSource.NoEvidence, 0, 2, 0, 0));
    }

    [Fact]
    public void Metric_DocFieldsMean_IsTheMeanOfTheSixAccuracies()
    {
        var scorer = new DocIngest.Audit.Scoring.PlanScorer();
        var gold = WithDocument(DocumentInfo.Empty with { Number = "12-KH/BTCTU", Title = "Kế hoạch" });
        var predicted = WithDocument(DocumentInfo.Empty with { Number = "13-KH/BTCTU", Title = "Kế hoạch" });
        var score = scorer.Aggregate([scorer.Score(gold, predicted)]);

        // Number wrong, the other five right (both empty or equal).
        ModeComparison.Metric(score, ModeComparison.DocFieldsMean).ShouldBe(5.0 / 6, 1e-12);
    }
}

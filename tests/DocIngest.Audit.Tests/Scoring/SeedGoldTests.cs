using System.Text.Json;
using System.Text.Json.Nodes;
using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using Json.Schema;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Scoring;

public sealed class SeedGoldTests
{
    private readonly PlanScorer _scorer = new();

    [Fact]
    public void Score_SeedAgainstItself_EveryMetricIsOne()
    {
        var seed = Seed();

        var corpus = _scorer.Aggregate([_scorer.Score(seed, Seed())]);

        corpus.Documents.ShouldHaveSingleItem().Mismatches.ShouldBeEmpty();
        corpus.Totals.Tasks.ShouldBe(new Counts(13, 0, 0));
        corpus.Totals.Weaknesses.ShouldBe(new Counts(6, 0, 0));
        corpus.Totals.Groups.ShouldBe(new Counts(5, 0, 0));
        corpus.Totals.References.ShouldBe(new Counts(5, 0, 0));
        corpus.Totals.Recipients.ShouldBe(new Counts(4, 0, 0));
        foreach (var (name, value) in corpus.Metrics())
        {
            var expected = name switch { "documents" => 1.0, "failed_documents" => 0.0, _ => 1.0 };
            value.ShouldBe(expected, name);
        }
    }

    [Fact]
    public void Score_SeedWithOneWrongDateAndOneMissingTask_ExactFigures()
    {
        var seed = Seed();
        var groups = seed.Groups.ToList();
        var first = groups[0];
        var tasks = first.Tasks.ToList();
        // Task 3 of group 1 is "hoàn thành trong Quý II/2026" → 2026-06-30; predict Quý III.
        tasks[2] = tasks[2] with { Deadline = tasks[2].Deadline with { Date = new DateOnly(2026, 9, 30) } };
        groups[0] = first with { Tasks = tasks };
        groups[4] = groups[4] with { Tasks = [] };
        var predicted = seed with { Groups = groups };

        var score = _scorer.Aggregate([_scorer.Score(seed, predicted)]);

        // 13 gold tasks, 12 predicted, 12 pairs; 11 of them strict-correct.
        score.Totals.Tasks.ShouldBe(new Counts(12, 0, 1));
        score.Totals.StrictTasks.ShouldBe(new Counts(11, 1, 2));
        score.Metric("task_precision").ShouldBe(1.0);
        score.Metric("task_recall").ShouldBe(12.0 / 13, 1e-12);
        score.Metric("task_f1").ShouldBe(24.0 / 25, 1e-12);
        score.Metric("strict_task_precision").ShouldBe(11.0 / 12, 1e-12);
        score.Metric("strict_task_recall").ShouldBe(11.0 / 13, 1e-12);
        score.Metric("strict_task_f1").ShouldBe(22.0 / 25, 1e-12);
        score.Metric("task_deadline_date_accuracy").ShouldBe(11.0 / 12, 1e-12);
        score.Metric("task_deadline_kind_accuracy").ShouldBe(1.0);
        score.Metric("weakness_f1").ShouldBe(1.0);
        score.Metric("group_f1").ShouldBe(1.0);
        var mismatches = score.Documents.ShouldHaveSingleItem().Mismatches;
        mismatches.Count.ShouldBe(2);
        mismatches.ShouldContain(m => m.Field == "task.deadline.date" && m.Gold == "2026-06-30" && m.Predicted == "2026-09-30");
        mismatches.ShouldContain(m => m.Field == "task.missed" && m.Gold!.StartsWith("Sắp xếp công việc", StringComparison.Ordinal));
    }

    [Fact]
    public void SeedGold_ValidatesAgainstPlanSchema()
    {
        var result = Evaluate(File.ReadAllText(Fixture(SeedGold)));

        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void PlanSchema_RejectsARecordWithABadDeadlineKind()
    {
        var node = JsonNode.Parse(File.ReadAllText(Fixture(SeedGold)))!;
        node["groups"]![0]!["tasks"]![0]!["deadline"]!["kind"] = "soon";

        Evaluate(node.ToJsonString()).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void PlanJson_RoundTripOfSeed_ValidatesAndIsSemanticallyEqual()
    {
        var original = File.ReadAllText(Fixture(SeedGold));

        var serialized = PlanJson.Serialize(PlanJson.Deserialize(original));

        Evaluate(serialized).IsValid.ShouldBeTrue();
        // The seed omits the optional group "partners"; the serializer writes [] for "none".
        var expected = JsonNode.Parse(original)!;
        foreach (var group in expected["groups"]!.AsArray())
        {
            if (group!["partners"] is null)
            {
                group.AsObject()["partners"] = new JsonArray();
            }
        }

        JsonNode.DeepEquals(expected, JsonNode.Parse(serialized)).ShouldBeTrue(serialized);
        _scorer.Score(Seed(), PlanJson.Deserialize(serialized)).Mismatches.ShouldBeEmpty();
    }

    private static EvaluationResults Evaluate(string json)
    {
        var schema = JsonSchema.FromText(
            File.ReadAllText(Fixture("plan.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}

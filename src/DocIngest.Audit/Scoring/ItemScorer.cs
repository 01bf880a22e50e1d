using DocIngest.Core.Plans;
using DocIngest.Core.Text;

namespace DocIngest.Audit.Scoring;

/// <summary>Scores the pooled items of a record: tasks, weaknesses and groups.</summary>
internal static class ItemScorer
{
    public static ScoreSheet ScoreTasks(PlanRecord gold, PlanRecord predicted, ScoreSheet sheet, List<Mismatch> mismatches)
    {
        var goldTasks = gold.AllTasks().ToList();
        var predictedTasks = predicted.AllTasks().ToList();
        var pairs = GreedyPairing.Pair(
            goldTasks.Select(t => (string?)t.Task.Text).ToList(),
            predictedTasks.Select(t => (string?)t.Task.Text).ToList(),
            PlanScorer.PairThreshold);

        Accuracy kind = default, date = default, owners = default, advisors = default, partners = default, group = default;
        var strict = 0;
        foreach (var (g, p, _) in pairs)
        {
            var (goldGroup, goldTask) = goldTasks[g];
            var (predictedGroup, predictedTask) = predictedTasks[p];
            var evidence = predictedTask.Evidence ?? predictedGroup.Evidence;
            void Miss(string field, string goldValue, string predictedValue) =>
                mismatches.Add(new Mismatch(field, goldValue, predictedValue, goldTask.Text, evidence));

            var kindOk = goldTask.Deadline.Kind == predictedTask.Deadline.Kind;
            if (!kindOk)
            {
                Miss("task.deadline.kind", ValueText.Kind(goldTask.Deadline.Kind), ValueText.Kind(predictedTask.Deadline.Kind));
            }

            var dateOk = goldTask.Deadline.Date == predictedTask.Deadline.Date;
            if (!dateOk)
            {
                Miss("task.deadline.date", ValueText.Date(goldTask.Deadline.Date), ValueText.Date(predictedTask.Deadline.Date));
            }

            var goldOwners = goldGroup.EffectiveOwners(goldTask);
            var predictedOwners = predictedGroup.EffectiveOwners(predictedTask);
            var ownersOk = ValueText.SameSet(goldOwners.Select(ValueText.PartyKey), predictedOwners.Select(ValueText.PartyKey));
            if (!ownersOk)
            {
                Miss("task.owners", ValueText.Parties(goldOwners), ValueText.Parties(predictedOwners));
            }

            var goldAdvisors = goldGroup.EffectiveAdvisors(goldTask);
            var predictedAdvisors = predictedGroup.EffectiveAdvisors(predictedTask);
            var advisorsOk = ValueText.SameSet(goldAdvisors.Select(TextSimilarity.Norm), predictedAdvisors.Select(TextSimilarity.Norm));
            if (!advisorsOk)
            {
                Miss("task.advisors", ValueText.List(goldAdvisors), ValueText.List(predictedAdvisors));
            }

            var goldPartners = goldGroup.EffectivePartners(goldTask);
            var predictedPartners = predictedGroup.EffectivePartners(predictedTask);
            var partnersOk = ValueText.SameSet(goldPartners.Select(TextSimilarity.Norm), predictedPartners.Select(TextSimilarity.Norm));
            if (!partnersOk)
            {
                Miss("task.partners", ValueText.List(goldPartners), ValueText.List(predictedPartners));
            }

            var groupOk = TextSimilarity.Norm(goldGroup.Number) == TextSimilarity.Norm(predictedGroup.Number);
            if (!groupOk)
            {
                Miss("task.group", ValueText.Group(goldGroup), ValueText.Group(predictedGroup));
            }

            kind += Accuracy.Of(kindOk);
            date += Accuracy.Of(dateOk);
            owners += Accuracy.Of(ownersOk);
            advisors += Accuracy.Of(advisorsOk);
            partners += Accuracy.Of(partnersOk);
            group += Accuracy.Of(groupOk);
            strict += kindOk && dateOk && ownersOk && advisorsOk ? 1 : 0;
        }

        ReportUnpaired(pairs, goldTasks, predictedTasks, "task",
            t => t.Task.Text, t => t.Task.Evidence ?? t.Group.Evidence, mismatches);
        return sheet with
        {
            Tasks = Counts.FromPairs(pairs.Count, goldTasks.Count, predictedTasks.Count),
            StrictTasks = Counts.FromPairs(strict, goldTasks.Count, predictedTasks.Count),
            TaskDeadlineKind = kind,
            TaskDeadlineDate = date,
            TaskOwners = owners,
            TaskAdvisors = advisors,
            TaskPartners = partners,
            TaskGroup = group,
        };
    }

    public static ScoreSheet ScoreWeaknesses(PlanRecord gold, PlanRecord predicted, ScoreSheet sheet, List<Mismatch> mismatches)
    {
        static List<(TaskGroup Group, string Text)> Pool(PlanRecord record) =>
            record.Groups.SelectMany(g => g.Weaknesses.Select(w => (g, w))).ToList();

        var goldItems = Pool(gold);
        var predictedItems = Pool(predicted);
        var pairs = GreedyPairing.Pair(
            goldItems.Select(w => (string?)w.Text).ToList(),
            predictedItems.Select(w => (string?)w.Text).ToList(),
            PlanScorer.PairThreshold);

        Accuracy group = default;
        foreach (var (g, p, _) in pairs)
        {
            var goldGroup = goldItems[g].Group;
            var predictedGroup = predictedItems[p].Group;
            var ok = TextSimilarity.Norm(goldGroup.Number) == TextSimilarity.Norm(predictedGroup.Number);
            if (!ok)
            {
                mismatches.Add(new Mismatch("weakness.group", ValueText.Group(goldGroup), ValueText.Group(predictedGroup),
                    goldItems[g].Text, predictedGroup.Evidence));
            }

            group += Accuracy.Of(ok);
        }

        ReportUnpaired(pairs, goldItems, predictedItems, "weakness", w => w.Text, w => w.Group.Evidence, mismatches);
        return sheet with
        {
            Weaknesses = Counts.FromPairs(pairs.Count, goldItems.Count, predictedItems.Count),
            WeaknessGroup = group,
        };
    }

    public static ScoreSheet ScoreGroups(PlanRecord gold, PlanRecord predicted, ScoreSheet sheet, List<Mismatch> mismatches)
    {
        var pairs = GreedyPairing.Pair(
            gold.Groups.Select(g => (string?)g.Title).ToList(),
            predicted.Groups.Select(g => (string?)g.Title).ToList(),
            PlanScorer.PairThreshold);
        ReportUnpaired(pairs, gold.Groups, predicted.Groups, "group", ValueText.Group, g => g.Evidence, mismatches);
        return sheet with { Groups = Counts.FromPairs(pairs.Count, gold.Groups.Count, predicted.Groups.Count) };
    }

    private static void ReportUnpaired<T>(
        IReadOnlyList<(int Gold, int Predicted, double Sim)> pairs,
        IReadOnlyList<T> gold,
        IReadOnlyList<T> predicted,
        string item,
        Func<T, string> text,
        Func<T, Evidence?> evidence,
        List<Mismatch> mismatches)
    {
        var goldPaired = pairs.Select(p => p.Gold).ToHashSet();
        var predictedPaired = pairs.Select(p => p.Predicted).ToHashSet();
        for (var i = 0; i < gold.Count; i++)
        {
            if (!goldPaired.Contains(i))
            {
                mismatches.Add(new Mismatch($"{item}.missed", text(gold[i]), null));
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!predictedPaired.Contains(i))
            {
                mismatches.Add(new Mismatch($"{item}.spurious", null, text(predicted[i]), Evidence: evidence(predicted[i])));
            }
        }
    }
}

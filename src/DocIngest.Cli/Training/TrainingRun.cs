using System.Diagnostics;
using System.Text.Json;
using DocIngest.Audit;
using DocIngest.Audit.Corpus;
using DocIngest.Core.Plans;
using DocIngest.Extraction;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Ml.Training;
using DocIngest.Reading;

namespace DocIngest.Cli.Training;

/// <summary>
/// Trains both classifiers on the train split, evaluates them on dev and test, tunes the deadline
/// threshold on dev by the audit's strict task F1, writes the models and measures rules against
/// combined on test.
/// </summary>
internal static class TrainingRun
{
    public static readonly double[] Thresholds = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5];

    /// <summary>Above every probability: the classifier never decides.</summary>
    public const double Off = 1.01;

    public static async Task<TrainingOutcome> RunAsync(string corpusDir, string outDir, int seed, string command, Action<string> log, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var corpus = CorpusLoader.Load(corpusDir, cancellationToken);
        var readers = DocumentReaderRegistry.CreateDefault();
        var problems = corpus.Issues.Select(i => i.ToString()).ToList();
        var examples = TrainingData.Build(corpus, readers, problems, cancellationToken);
        var readTime = total.Elapsed;
        log($"read {examples.Count} documents in {readTime.TotalSeconds:0.0} s");

        List<DocumentExamples> Split(string name) => examples.Where(e => e.Document.Split == name).ToList();
        var (train, dev, test) = (Split(CorpusSplits.Train), Split(CorpusSplits.Dev), Split(CorpusSplits.Test));

        var fit = Stopwatch.StartNew();
        var deadlineModel = ClassifierTrainer.TrainDeadlineKind(train.SelectMany(e => e.Deadlines).ToList(), seed);
        log($"deadline-kind fitted in {fit.Elapsed.TotalSeconds:0.0} s");
        var blockModel = ClassifierTrainer.TrainBlockRoles(train.SelectMany(e => e.BlockRows()).ToList(), seed);
        var fitTime = fit.Elapsed;
        log($"block-roles fitted, {fitTime.TotalSeconds:0.0} s for both");

        Directory.CreateDirectory(outDir);
        ClassifierTrainer.Save<DeadlineKindInput>(deadlineModel, Path.Combine(outDir, ModelManifest.DeadlineKindFile), seed);
        ClassifierTrainer.Save<BlockRoleInput>(blockModel, Path.Combine(outDir, ModelManifest.BlockRolesFile), seed);
        WriteManifest(outDir, seed, Off, Off);

        var deadlines = ClassifierTrainer.AsDeadlineModel(deadlineModel, seed);
        var blocks = ClassifierTrainer.AsBlockModel(blockModel, seed);
        var deadlineLabels = new[] { "recurring", "due", "done", TrainingData.NoneLabel };
        ClassReport DeadlineReport(List<DocumentExamples> split) => ClassReport.From(deadlineLabels,
            split.SelectMany(e => e.Deadlines).Select(r => (r.Label, TrainingData.Label(deadlines.Predict(r.Text).Kind ?? DeadlineKind.None))));
        var roleLabels = Enum.GetNames<BlockRole>();
        ClassReport BlockReport(List<DocumentExamples> split) => ClassReport.From(roleLabels,
            split.SelectMany(e => e.Alignment.Roles.Zip(blocks.Predict(e.Blocks), (gold, predicted) => (gold.ToString(), predicted.Role.ToString()))));

        // Tune on dev with the models as saved, through the same loader the audit uses.
        var saved = ModelSet.FromFolder(outDir);
        var runner = new AuditRunner();
        async Task<AuditResult> Audit(string split, ModelSet models, ClassifierMode mode) =>
            await runner.RunAsync(corpus, split, Extractor(readers, models, mode), cancellationToken).ConfigureAwait(false);

        var devRules = await Audit(CorpusSplits.Dev, ModelSet.None, ClassifierMode.Rules).ConfigureAwait(false);
        var baseline = devRules.Score.Metric("strict_task_f1");
        var tuning = new List<(double Threshold, double F1, double Kind)>();
        foreach (var threshold in Thresholds)
        {
            var result = await Audit(CorpusSplits.Dev, saved.WithDeadlineThreshold(threshold), ClassifierMode.Combined).ConfigureAwait(false);
            var (f1, kind) = (result.Score.Metric("strict_task_f1"), result.Score.Metric("task_deadline_kind_accuracy"));
            tuning.Add((threshold, f1, kind));
            log($"dev threshold {threshold:0.00}: strict_task_f1 {f1:0.000}, deadline kind accuracy {kind:0.000}");
        }

        var bestThreshold = ChooseThreshold(tuning, baseline, devRules.Score.Metric("task_deadline_kind_accuracy"));
        // The owner-line fusion is tuned second, on top of the chosen deadline threshold.
        var withDeadline = saved.WithDeadlineThreshold(bestThreshold);
        var devDeadline = await Audit(CorpusSplits.Dev, withDeadline, ClassifierMode.Combined).ConfigureAwait(false);
        var ownerTuning = new List<(double Threshold, double F1, double Owners)>();
        foreach (var threshold in Thresholds)
        {
            var result = await Audit(CorpusSplits.Dev, withDeadline.WithOwnerThreshold(threshold), ClassifierMode.Combined).ConfigureAwait(false);
            var (f1, owners) = (result.Score.Metric("strict_task_f1"), result.Score.Metric("task_owners_accuracy"));
            ownerTuning.Add((threshold, f1, owners));
            log($"dev owner-line threshold {threshold:0.00}: strict_task_f1 {f1:0.000}, owners accuracy {owners:0.000}");
        }

        var ownerThreshold = ChooseThreshold(ownerTuning, devDeadline.Score.Metric("strict_task_f1"), devDeadline.Score.Metric("task_owners_accuracy"));
        WriteManifest(outDir, seed, bestThreshold, ownerThreshold);
        var tuned = ModelSet.FromFolder(outDir);
        var testRules = await Audit(CorpusSplits.Test, ModelSet.None, ClassifierMode.Rules).ConfigureAwait(false);
        var testCombined = await Audit(CorpusSplits.Test, tuned, ClassifierMode.Combined).ConfigureAwait(false);
        var testMl = await Audit(CorpusSplits.Test, tuned, ClassifierMode.Ml).ConfigureAwait(false);
        var changed = Changes(testRules, testCombined, readers, tuned, cancellationToken);

        List<string> Unaligned(IEnumerable<DocumentExamples> split) => split.SelectMany(e => e.Alignment.Unaligned.Select(u => $"{e.Document.Name}: {u}")).ToList();
        return new TrainingOutcome
        {
            Command = command,
            Seed = seed,
            Sizes = new[] { (CorpusSplits.Train, train), (CorpusSplits.Dev, dev), (CorpusSplits.Test, test) }.ToDictionary(
                s => s.Item1, s => (s.Item2.Count, s.Item2.Sum(e => e.Blocks.Count), s.Item2.Sum(e => e.Deadlines.Count), s.Item2.Sum(e => e.Alignment.Unaligned.Count))),
            DeadlineLabelCounts = new[] { (CorpusSplits.Train, train), (CorpusSplits.Dev, dev), (CorpusSplits.Test, test) }.ToDictionary(
                s => s.Item1, s => (IReadOnlyDictionary<string, int>)s.Item2.SelectMany(e => e.Deadlines).GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count())),
            BlockDev = BlockReport(dev),
            BlockTest = BlockReport(test),
            DeadlineDev = DeadlineReport(dev),
            DeadlineTest = DeadlineReport(test),
            Tuning = tuning,
            DevRulesStrictF1 = baseline,
            Threshold = bestThreshold,
            OwnerTuning = ownerTuning,
            DevDeadlineStrictF1 = devDeadline.Score.Metric("strict_task_f1"),
            OwnerThreshold = ownerThreshold,
            TestRules = testRules,
            TestCombined = testCombined,
            TestMl = testMl,
            Changed = changed,
            UnalignedExamples = Unaligned(train.Concat(dev).Concat(test)),
            Problems = problems,
            ReadTime = readTime,
            FitTime = fitTime,
            TotalTime = total.Elapsed,
        };
    }

    public static Func<string, CancellationToken, PlanRecord> Extractor(DocumentReaderRegistry readers, ModelSet models, ClassifierMode mode)
    {
        var pipeline = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(models, mode).Build();
        return (path, token) => pipeline.Extract(readers.ReadFile(path, token), token);
    }

    private static List<(string, string, IReadOnlyList<string>)> Changes(AuditResult rules, AuditResult combined, DocumentReaderRegistry readers, ModelSet models, CancellationToken cancellationToken)
    {
        var extract = Extractor(readers, models, ClassifierMode.Combined);
        var changes = new List<(string, string, IReadOnlyList<string>)>();
        for (var i = 0; i < rules.Documents.Count; i++)
        {
            var (before, after) = (rules.Score.Documents[i].Sheet, combined.Score.Documents[i].Sheet);
            if (before == after)
            {
                continue;
            }

            var change = $"strict tp {before.StrictTasks.TruePositives}→{after.StrictTasks.TruePositives}, "
                + $"deadline kind {before.TaskDeadlineKind.Correct}/{before.TaskDeadlineKind.Total}→{after.TaskDeadlineKind.Correct}/{after.TaskDeadlineKind.Total}, "
                + $"date {before.TaskDeadlineDate.Correct}→{after.TaskDeadlineDate.Correct}, task pairs {before.Tasks.TruePositives}→{after.Tasks.TruePositives}";
            var record = extract(rules.Documents[i].DocumentPath, cancellationToken);
            var decisions = record.Groups.SelectMany(g => g.Tasks.Select(t => (Group: g, Task: t)))
                .Where(x => x.Task.Evidence?.Rule.Contains("ml:", StringComparison.Ordinal) == true)
                .Select(x => Describe(x.Group, x.Task))
                .ToList();
            changes.Add((rules.Documents[i].Name, change, decisions));
        }

        return changes;
    }

    /// <summary>
    /// The middle of the thresholds that share the best dev strict F1 (then deadline-kind accuracy):
    /// dev is small, so the edge of the plateau is as much luck as the drop beside it. Off when no
    /// threshold beats rules-only.
    /// </summary>
    internal static double ChooseThreshold(IReadOnlyList<(double Threshold, double F1, double Kind)> tuning, double rulesF1, double rulesKind)
    {
        var best = tuning.OrderByDescending(t => t.F1).ThenByDescending(t => t.Kind).FirstOrDefault();
        if (tuning.Count == 0 || best.F1 < rulesF1 - 1e-9 || (Math.Abs(best.F1 - rulesF1) < 1e-9 && best.Kind <= rulesKind + 1e-9))
        {
            return Off;
        }

        var plateau = tuning.Where(t => Math.Abs(t.F1 - best.F1) < 1e-9 && Math.Abs(t.Kind - best.Kind) < 1e-9)
            .Select(t => t.Threshold).OrderDescending().ToList();
        // An even plateau has two middles: the higher threshold, where the classifier decides less.
        return plateau[(plateau.Count - 1) / 2];
    }

    private static string Describe(TaskGroup group, PlanTask task)
    {
        var evidence = task.Evidence!;
        var by = evidence.Rule[evidence.Rule.IndexOf("ml:", StringComparison.Ordinal)..];
        var deadline = $"{TrainingData.Label(task.Deadline.Kind)} {task.Deadline.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)"}";
        var owners = string.Join("; ", group.EffectiveOwners(task).Select(o => o.Key));
        return $"[{by}, p = {evidence.Confidence:0.00}, {evidence.Block}] \"{Short(task.Text)}\": deadline \"{task.Deadline.Text}\" = {deadline}; owners {owners}";
    }

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "…";

    private static void WriteManifest(string outDir, int seed, double threshold, double ownerThreshold)
    {
        var manifest = new ModelManifest { Seed = seed, DeadlineThreshold = threshold, OwnerThreshold = ownerThreshold, TrainedAt = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) };
        File.WriteAllText(Path.Combine(outDir, ModelManifest.FileName), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}

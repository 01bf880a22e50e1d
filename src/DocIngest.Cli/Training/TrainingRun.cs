using System.Diagnostics;
using System.Text.Json;
using DocIngest.Audit;
using DocIngest.Audit.Comparison;
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
        WriteManifest(outDir, seed, Off, Off, Off);

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

        // Each fusion is tuned on dev on top of those before it, in pipeline order: the heading
        // shape decides which lines are tasks at all, deadlines and owners are read from tasks.
        var fusions = new List<FusionTuning>();
        var current = saved.WithHeadingThreshold(Off).WithDeadlineThreshold(Off).WithOwnerThreshold(Off);
        var devBefore = await Audit(CorpusSplits.Dev, ModelSet.None, ClassifierMode.Rules).ConfigureAwait(false);
        var baseline = devBefore.Score.Metric("strict_task_f1");
        foreach (var knob in Knobs)
        {
            var start = (devBefore.Score.Metric("strict_task_f1"), devBefore.Score.Metric(knob.SecondMetric));
            var rows = new List<(double Threshold, double F1, double Second)>();
            foreach (var threshold in Thresholds)
            {
                var result = await Audit(CorpusSplits.Dev, knob.WithThreshold(current, threshold), ClassifierMode.Combined).ConfigureAwait(false);
                var (f1, second) = (result.Score.Metric("strict_task_f1"), result.Score.Metric(knob.SecondMetric));
                rows.Add((threshold, f1, second));
                log($"dev {knob.Name} threshold {threshold:0.00}: strict_task_f1 {f1:0.000}, {knob.SecondMetric} {second:0.000}");
            }

            var chosen = ChooseThreshold(rows, start.Item1, start.Item2);
            fusions.Add(new FusionTuning(knob.Name, knob.Rule, knob.Description, knob.SecondMetric, start, rows, chosen));
            current = knob.WithThreshold(current, chosen);
            devBefore = await Audit(CorpusSplits.Dev, current, ClassifierMode.Combined).ConfigureAwait(false);
        }

        WriteManifest(outDir, seed, current.HeadingThreshold, current.DeadlineThreshold, current.OwnerThreshold);
        var tuned = ModelSet.FromFolder(outDir);
        var testRules = await Audit(CorpusSplits.Test, ModelSet.None, ClassifierMode.Rules).ConfigureAwait(false);
        var testCombined = await Audit(CorpusSplits.Test, tuned, ClassifierMode.Combined).ConfigureAwait(false);
        var testMl = await Audit(CorpusSplits.Test, tuned, ClassifierMode.Ml).ConfigureAwait(false);
        var changed = ModeComparison.Changes(testRules with { Mode = "rules" }, testCombined with { Mode = "combined" });

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
            DevRulesStrictF1 = baseline,
            Fusions = fusions,
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

    /// <summary>The fusions in the order they are tuned.</summary>
    internal static readonly IReadOnlyList<FusionKnob> Knobs =
    [
        new("heading-scheme", ModelRules.HeadingScheme,
            "the rules take the first numbered shape of a task section (\"a)\", \"1.\") for its group headings; a line of that shape the block-role classifier calls `Task` at or above the threshold is a task instead, and when it says so of every such line the section's groups are its bold unnumbered lines (or the section itself). The tasks and groups that decision made record it",
            "group_f1", (m, t) => m.WithHeadingThreshold(t)),
        new("deadline-kind", ModelRules.DeadlineKind,
            "a deadline rule that fires decides; for a task left with no deadline at all (neither its own nor its group's) the deadline-kind classifier is asked about the task-table deadline cell the rules could not read, else the tail candidates of the task text; the most confident non-`none` answer at or above the threshold decides, the phrase is cut from the task text, and the date comes from the rule normaliser when it reads the same kind from that phrase (else null)",
            "task_deadline_kind_accuracy", (m, t) => m.WithDeadlineThreshold(t)),
        new("owner-line", ModelRules.OwnerLine,
            "a paragraph group the rules left with no owner at all takes the owners `PartyParser` reads from the first body paragraph inside the group that the block-role classifier calls `OwnerLine` at or above the threshold (the text after a leading \"…:\" cue when there is one)",
            "task_owners_accuracy", (m, t) => m.WithOwnerThreshold(t)),
    ];

    public static Func<string, CancellationToken, PlanRecord> Extractor(DocumentReaderRegistry readers, ModelSet models, ClassifierMode mode)
    {
        var pipeline = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(models, mode).Build();
        return (path, token) => pipeline.Extract(readers.ReadFile(path, token), token);
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

    private static void WriteManifest(string outDir, int seed, double headingThreshold, double deadlineThreshold, double ownerThreshold)
    {
        var manifest = new ModelManifest { Seed = seed, HeadingThreshold = headingThreshold, DeadlineThreshold = deadlineThreshold, OwnerThreshold = ownerThreshold, TrainedAt = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) };
        File.WriteAllText(Path.Combine(outDir, ModelManifest.FileName), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}

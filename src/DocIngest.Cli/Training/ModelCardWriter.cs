using System.Globalization;
using System.Text;
using DocIngest.Audit;
using DocIngest.Audit.Scoring;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Ml.Training;

namespace DocIngest.Cli.Training;

/// <summary>Writes models/MODEL_CARD.md: data, features, trainer, metrics per class, the audit comparison, and where ML does not help.</summary>
internal static class ModelCardWriter
{
    /// <summary>Heading of the hand-written speed section, which a retrain keeps (a benchmark is not part of training).</summary>
    public const string SpeedHeading = "## Speed (measured by hand)";

    /// <summary>The card for <paramref name="o"/>, keeping the hand-measured speed section of <paramref name="previousCard"/>, if any.</summary>
    public static string Write(TrainingOutcome o, string? previousCard)
    {
        var card = Write(o);
        var speed = previousCard?.IndexOf("\n" + SpeedHeading, StringComparison.Ordinal) ?? -1;
        return speed < 0 ? card : card.TrimEnd('\n') + "\n" + previousCard![speed..];
    }

    public static string Write(TrainingOutcome o)
    {
        var b = new StringBuilder();
        void L(string line = "") => b.Append(line).Append('\n');
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

        L("# DocIngest classifiers: model card");
        L();
        L($"Trained {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `{o.Command}` (seed {o.Seed}; ML.NET 5.0.1). "
            + $"Reading {o.ReadTime.TotalSeconds:0.0} s, fitting both models {o.FitTime.TotalSeconds:0.0} s, whole run with tuning and audits {o.TotalTime.TotalSeconds:0.0} s.");
        L();
        L("Files: `block-roles.zip`, `deadline-kind.zip`, `models.json` (feature versions, seed, tuned threshold). "
            + "A missing, corrupt or version-mismatched file makes the classifiers unavailable with a warning; extraction then runs rules-only.");
        L();
        L("## Data");
        L();
        L("| split | documents | blocks | deadline rows | gold items not aligned |");
        L("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (split, s) in o.Sizes)
        {
            L($"| {split} | {s.Documents} | {s.Blocks} | {s.DeadlineRows} | {s.Unaligned} |");
        }

        L();
        L("Deadline rows per label: " + string.Join("; ", o.DeadlineLabelCounts.Select(kv => $"{kv.Key}: " + string.Join(", ", kv.Value.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key} {x.Value}")))));
        L();
        L("Block labels come from `BlockAligner`: each block takes the role of the gold string it matches best by `TextSimilarity` "
            + "(sim, or coverage of the gold string when the block is at most 6 tokens longer), accepted at ≥ 0.75; date lines, "
            + "signature authority lines and \"Nơi nhận\" by shape; the rest is `Other`. Gold sections, groups, weaknesses and tasks "
            + "that no block matched are counted above (\"not aligned\"); examples:");
        L();
        foreach (var u in o.UnalignedExamples.Take(12))
        {
            L($"- {u}");
        }

        L();
        L("Deadline rows: every distinct gold deadline phrase (task and group) with its kind, and as `none` the tails of the gold "
            + "task texts (`DeadlineTails`: trailing parenthesis, last clause, last 1–6 words), which is exactly what the fusion step asks about at run time.");
        L();
        L("## Features and trainer");
        L();
        L($"- Text: {ClassifierTrainer.TextDescription}, on the NFC lower-case text and again on the diacritic-folded text.");
        L("- Block roles also: folded header of the table column (word unigrams); one-hot list-label shape, part (body / cell / note) and previous block's role "
            + "(gold when training, predicted when decoding left to right); relative position, bold share, italic share, note marks, superscript, heading level, list level, length, upper-case share, header row, column, trailing colon.");
        L("- Deadline kind also: word count, digit share, slash.");
        L($"- Trainer: {ClassifierTrainer.TrainerDescription}, `new MLContext(seed: {o.Seed})`, rows in corpus order. Two runs give identical metrics (tested).");
        L();
        Report(b, "Block roles, dev", o.BlockDev);
        Report(b, "Block roles, test", o.BlockTest);
        Report(b, "Deadline kind, dev (gold phrases and gold task tails)", o.DeadlineDev);
        Report(b, "Deadline kind, test", o.DeadlineTest);
        L("## Fusion and threshold (dev)");
        L();
        L("Combined mode: a deadline rule that fires decides. For a task left with no deadline at all (neither its own nor its group's), "
            + "`MlDeadlineStep` asks the deadline-kind classifier about the task-table deadline cell the rules could not read, else the tail candidates of the task text; "
            + "the most confident non-`none` answer at or above the threshold decides, the phrase is cut from the task text, the date comes from the rule normaliser "
            + $"when it reads the same kind from that phrase (else null), and the task's evidence gets `+{DeadlineResolver.ModelRule}` with the probability. "
            + "Ml mode lets the classifier decide at any confidence and re-decide the kind of deadlines the rules found.");
        L();
        L($"Rules-only dev strict task F1: {F(o.DevRulesStrictF1)}.");
        L();
        L("| threshold | dev strict_task_f1 | dev deadline kind accuracy |");
        L("| ---: | ---: | ---: |");
        foreach (var (t, f1, kind) in o.Tuning)
        {
            L($"| {t:0.00} | {F(f1)} | {F(kind)} |");
        }

        L();
        L(o.Threshold > 1 ? "**No threshold beat rules-only on dev: the deadline classifier is switched off (threshold above 1).**"
            : $"Chosen threshold: **{o.Threshold:0.00}** (the middle of the thresholds sharing the best dev strict task F1 and deadline-kind accuracy; dev is small, so the middle of the plateau is preferred to its edge).");
        L();
        L("Owner-line fusion (block-role classifier, tuned second, on top of the deadline threshold): a paragraph group the rules left "
            + "with no owner at all (neither its own nor any task's) takes the owners `PartyParser` reads from the first body paragraph inside "
            + "the group that the classifier calls `OwnerLine` at or above the threshold (the text after a leading \"…:\" cue when there is one); "
            + $"the group's tasks record `+{OwnerRuleName}@block` with the probability.");
        L();
        L($"Dev strict task F1 with the deadline fusion alone: {F(o.DevDeadlineStrictF1)}.");
        L();
        L("| owner-line threshold | dev strict_task_f1 | dev owners accuracy |");
        L("| ---: | ---: | ---: |");
        foreach (var (t, f1, owners) in o.OwnerTuning)
        {
            L($"| {t:0.00} | {F(f1)} | {F(owners)} |");
        }

        L();
        L(o.OwnerThreshold > 1 ? "**No owner-line threshold beat the deadline fusion alone on dev: the owner-line fusion is switched off (threshold above 1).**"
            : $"Chosen owner-line threshold: **{o.OwnerThreshold:0.00}** (middle of the best dev plateau).");
        L();
        Comparison(b, o);
        return b.ToString();
    }

    private const string OwnerRuleName = "ml:owner-line";

    private static void Comparison(StringBuilder b, TrainingOutcome o)
    {
        void L(string line = "") => b.Append(line).Append('\n');
        L("## Test split: rules vs combined vs ml");
        L();
        L("| metric | rules | combined | ml | combined − rules |");
        L("| --- | ---: | ---: | ---: | ---: |");
        var worse = new List<string>();
        foreach (var metric in AuditMetrics.All.Where(m => m.Name is not ("documents" or "failed_documents")))
        {
            var (r, c, m) = (metric.Value(o.TestRules.Score), metric.Value(o.TestCombined.Score), metric.Value(o.TestMl.Score));
            if (c < r - 1e-9)
            {
                worse.Add(metric.Name);
            }

            L($"| {metric.Name} | {r:0.000} | {c:0.000} | {m:0.000} | {c - r:+0.000;-0.000;0} |");
        }

        L();
        L(worse.Count == 0 ? "Combined is at least as good as rules-only on every metric of the test split."
            : $"**Combined is worse than rules-only on: {string.Join(", ", worse)}.**");
        L();
        L("### Where ML helps and where not");
        L();
        var strict = (o.TestRules.Score.Metric("strict_task_f1"), o.TestCombined.Score.Metric("strict_task_f1"));
        if (o.Threshold > 1 && o.OwnerThreshold > 1)
        {
            // Said first and plainly: with both fusions off, combined mode is rules-only plus the model load.
            L("- **Both fusions are switched off**: no threshold improved on rules-only on dev, so combined mode takes exactly the rules' decisions and only adds cost: loading the models once per process, and consulting them on each document (see the speed section). The classifiers' own held-out figures above do not depend on the rules; what changed is that on dev no classifier decision, at any threshold tried, raised strict task F1 or owners accuracy over the rules.");
        }

        if (strict.Item2 <= strict.Item1 + 1e-9)
        {
            L($"- **The headline strict task F1 on test is not improved** ({strict.Item1:0.000} → {strict.Item2:0.000})"
                + (o.Changed.Count > 0 ? ": the decisions below fix deadline kinds, but those tasks still fail on another field or the date." : "."));
        }
        else
        {
            L($"- Strict task F1 on test: {strict.Item1:0.000} rules-only → {strict.Item2:0.000} combined.");
        }

        var ownerChanges = o.Changed.Count(c => c.Decisions.Any(d => d.Contains(OwnerRuleName, StringComparison.Ordinal)));
        if (o.OwnerThreshold <= 1)
        {
            L(ownerChanges == 0
                ? "- The owner-line fusion changed no test document (it helped on dev only)."
                : $"- The owner-line fusion changed {ownerChanges} test document(s), listed below.");
        }

        if (o.Threshold <= 1)
        {
            L("- Dates: the classifier names a kind only; a due phrase the rule normaliser cannot read keeps a null date, so `task_deadline_date_accuracy` gains little.");
        }

        var mlStrict = o.TestMl.Score.Metric("strict_task_f1");
        L(mlStrict < strict.Item1 - 1e-9
            ? $"- Ml mode (the classifiers deciding everywhere, overriding rule kinds) is worse than rules-only on test (strict task F1 {mlStrict:0.000}): the rules stay first."
            : $"- Ml mode on test: strict task F1 {mlStrict:0.000} against {strict.Item1:0.000} for rules-only.");
        var weak = Enumerable.Range(0, o.BlockTest.Labels.Count).Where(i => o.BlockTest.Support(i) > 0 && o.BlockTest.F1(i) < 0.7).Select(i => $"{o.BlockTest.Labels[i]} (F1 {o.BlockTest.F1(i):0.000})").ToList();
        if (weak.Count > 0)
        {
            L($"- Block-role classes too weak on test to drive a decision: {string.Join(", ", weak)}.");
        }

        L();
        L("### Test documents that changed");
        L();
        if (o.Changed.Count == 0)
        {
            L("None: on test the classifier took no decision that changed a score, so ML does not help there yet.");
        }

        foreach (var (document, change, decisions) in o.Changed)
        {
            L($"- `{document}`: {change}");
            foreach (var d in decisions)
            {
                L($"  - {d}");
            }
        }

        L();
    }

    private static void Report(StringBuilder b, string title, ClassReport report)
    {
        void L(string line = "") => b.Append(line).Append('\n');
        L($"## {title}");
        L();
        L($"Accuracy {report.Accuracy:0.000}, macro F1 {report.MacroF1:0.000} over {report.Total} rows.");
        L();
        L("| class | support | precision | recall | F1 |");
        L("| --- | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < report.Labels.Count; i++)
        {
            L($"| {report.Labels[i]} | {report.Support(i)} | {report.Precision(i):0.000} | {report.Recall(i):0.000} | {report.F1(i):0.000} |");
        }

        L();
        L("Confusion (rows gold, columns predicted):");
        L();
        L("| gold \\ predicted | " + string.Join(" | ", report.Labels.Select(Abbrev)) + " |");
        L("| --- |" + string.Concat(report.Labels.Select(_ => " ---: |")));
        for (var i = 0; i < report.Labels.Count; i++)
        {
            L($"| {report.Labels[i]} | " + string.Join(" | ", report.Confusion[i]) + " |");
        }

        L();
    }

    private static string Abbrev(string label) => label.Length <= 6 ? label : label[..6];
}

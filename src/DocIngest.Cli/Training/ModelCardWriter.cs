using System.Globalization;
using System.Text;
using DocIngest.Audit;
using DocIngest.Audit.Comparison;
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
        L("- Block roles also: folded header of the table column (word unigrams); one-hot list-label shape, part (body / cell / note) and the previous block's shape "
            + "(its label shape, bold or plain, part); relative position, bold share, italic share, note marks, superscript, heading level, list level, length, upper-case share, header row, column, trailing colon.");
        L("- Not the previous block's predicted role: with it (decoding left to right) dev accuracy was 0.895, without it 0.897, "
            + "but classifying any block then meant classifying every block before it, and combined extraction of the three-page seed cost "
            + "+2.7 ms over rules (BenchmarkDotNet), above the 1 ms budget. Each block is now classified alone, only when a fusion asks about it.");
        L("- Deadline kind also: word count, digit share, slash.");
        L($"- Trainers: {ClassifierTrainer.TrainerDescription}, `new MLContext(seed: {o.Seed})`, rows in corpus order. Two runs give identical metrics (tested).");
        L();
        Report(b, "Block roles, dev", o.BlockDev);
        Report(b, "Block roles, test", o.BlockTest);
        Report(b, "Deadline kind, dev (gold phrases and gold task tails)", o.DeadlineDev);
        Report(b, "Deadline kind, test", o.DeadlineTest);
        L("## Fusions and thresholds (tuned on dev)");
        L();
        L("Combined mode: where a rule fires with high precision it decides; at the points below, where a rule guesses, the classifier decides "
            + "when its probability passes a threshold tuned on dev (ml mode: at any probability). Every decision appends the fusion's name to the "
            + "evidence rule (`task-item+ml:deadline-kind`) and records the probability as the evidence confidence. Fusions are tuned one after "
            + "another, in pipeline order, each on top of the thresholds chosen before it; a threshold is chosen only when it beats what came before "
            + "on dev strict task F1 (ties broken by the fusion's own metric), at the middle of the best plateau (dev is small, so the edge of a plateau is as much luck as the drop beside it).");
        L();
        L($"Rules-only dev strict task F1: {F(o.DevRulesStrictF1)}.");
        L();
        foreach (var fusion in o.Fusions)
        {
            L($"### {fusion.Name} (`+{fusion.Rule}`)");
            L();
            L(char.ToUpperInvariant(fusion.Description[0]) + fusion.Description[1..] + ".");
            L();
            L($"Before it, dev strict task F1 {F(fusion.Baseline.StrictF1)}, {fusion.SecondMetric} {F(fusion.Baseline.Second)}.");
            L();
            L($"| threshold | dev strict_task_f1 | dev {fusion.SecondMetric} |");
            L("| ---: | ---: | ---: |");
            foreach (var (t, f1, second) in fusion.Rows)
            {
                L($"| {t:0.00} | {F(f1)} | {F(second)} |");
            }

            L();
            L(fusion.IsOff ? $"**No threshold beat what came before on dev: the {fusion.Name} fusion is switched off (threshold above 1).**"
                : $"Chosen threshold: **{fusion.Chosen:0.00}**.");
            L();
        }

        Comparison(b, o);
        return b.ToString();
    }

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
        if (o.Fusions.All(f => f.IsOff))
        {
            // Said first and plainly: with every fusion off, combined mode is rules-only plus the model load.
            L("- **Every fusion is switched off**: no threshold improved on rules-only on dev, so combined mode takes exactly the rules' decisions and only adds the cost of loading and consulting the models.");
        }

        if (strict.Item2 <= strict.Item1 + 1e-9)
        {
            L($"- **The headline strict task F1 on test is not improved** ({strict.Item1:0.000} → {strict.Item2:0.000}).");
        }
        else
        {
            L($"- Strict task F1 on test: {strict.Item1:0.000} rules-only → {strict.Item2:0.000} combined.");
        }

        foreach (var fusion in o.Fusions)
        {
            var changes = o.Changed.Count(c => c.Decisions.Any(d => d.Name == fusion.Rule));
            L(fusion.IsOff
                ? $"- {fusion.Name}: off (no dev gain), so it decides nothing."
                : changes == 0
                    ? $"- {fusion.Name}: on (threshold {fusion.Chosen:0.00}), but it changed no test document."
                    : $"- {fusion.Name}: on (threshold {fusion.Chosen:0.00}); it took decisions in {changes} of the changed test documents below.");
        }

        if (o.Fusions.FirstOrDefault(f => f.Rule == ModelRules.DeadlineKind) is { IsOff: false })
        {
            L("- Dates: the deadline classifier names a kind only; a due phrase the rule normaliser cannot read keeps a null date, so `task_deadline_date_accuracy` gains little.");
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

        foreach (var change in o.Changed)
        {
            var figures = string.Join(", ", DocumentChange.Figures.Select(f => $"{f.Name} {f.Value(change.Before.Sheet):0.000} → {f.Value(change.After.Sheet):0.000}"));
            L($"- `{change.Name}`: {figures}; {change.Fixed.Count} mismatch(es) fixed, {change.Introduced.Count} introduced");
            foreach (var d in change.Decisions)
            {
                L($"  - [{d.Name}, p = {d.Confidence:0.00}, {d.Block}] {d.Item} \"{Short(d.Text)}\"");
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

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "…";

    private static string Abbrev(string label) => label.Length <= 6 ? label : label[..6];
}

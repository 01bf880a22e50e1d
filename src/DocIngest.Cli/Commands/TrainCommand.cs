using System.CommandLine;
using DocIngest.Cli.Training;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest train CORPUS_DIR [--out models] [--seed 1]</c>: trains the block-role and
/// deadline-kind classifiers on the train split, tunes the threshold on dev, writes the models
/// and MODEL_CARD.md.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "The labelled corpus folder." };
        var output = new Option<string>("--out") { Description = "Folder for block-roles.zip, deadline-kind.zip, models.json and MODEL_CARD.md.", DefaultValueFactory = _ => "models" };
        var seed = new Option<int>("--seed") { Description = "Seed of the ML context (training is deterministic for a seed).", DefaultValueFactory = _ => 1 };
        var command = new Command("train", "Train the ML.NET classifiers that back up the rules.") { corpus, output, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(corpus)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{folder}: no such folder. Give the corpus folder (e.g. corpus).");
                return ExitCodes.Usage;
            }

            var outDir = parse.GetValue(output)!;
            var line = $"docingest train {folder} --out {outDir} --seed {parse.GetValue(seed)}";
            var outcome = await TrainingRun.RunAsync(folder, outDir, parse.GetValue(seed), line, Console.Error.WriteLine, cancellationToken);
            var card = Path.Combine(outDir, "MODEL_CARD.md");
            var previous = File.Exists(card) ? await File.ReadAllTextAsync(card, cancellationToken) : null;
            await File.WriteAllTextAsync(card, ModelCardWriter.Write(outcome, previous), cancellationToken);
            Console.Out.WriteLine($"block roles: dev accuracy {outcome.BlockDev.Accuracy:0.000}, test {outcome.BlockTest.Accuracy:0.000}");
            Console.Out.WriteLine($"deadline kind: dev accuracy {outcome.DeadlineDev.Accuracy:0.000}, test {outcome.DeadlineTest.Accuracy:0.000}");
            Console.Out.WriteLine("thresholds: " + string.Join(", ", outcome.Fusions.Select(f => $"{f.Name} {(f.IsOff ? "off" : f.Chosen.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))}")));
            Console.Out.WriteLine($"test strict_task_f1: rules {outcome.TestRules.Score.Metric("strict_task_f1"):0.000}, combined {outcome.TestCombined.Score.Metric("strict_task_f1"):0.000}");
            Console.Out.WriteLine($"wrote {outDir}: {string.Join(", ", Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal))} in {outcome.TotalTime.TotalSeconds:0.0} s");
            return ExitCodes.Success;
        });
        return command;
    }
}

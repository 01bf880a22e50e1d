using System.CommandLine;
using DocIngest.Audit;
using DocIngest.Audit.Corpus;
using DocIngest.Audit.Reports;
using DocIngest.Extraction;
using DocIngest.Extraction.Ml;
using DocIngest.Reading;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest audit CORPUS_DIR [--split test|dev|train|all] [--mode rules|ml|combined] [--models DIR] [--report DIR] [--fail-under METRIC=VALUE ...]</c>:
/// scores extraction against the labelled corpus, as corpus-format.md defines it.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "The labelled corpus folder (NAME.gold.json beside each document)." };
        var split = new Option<string>("--split") { Description = "test | dev | train | all.", DefaultValueFactory = _ => "test" };
        var report = new Option<string?>("--report") { Description = "Write report.md, report.html and report.json into this folder." };
        var mode = new Option<string>("--mode") { Description = "rules | ml | combined: which deciders extract (ml and combined need trained models).", DefaultValueFactory = _ => "rules" };
        var models = new Option<string>("--models") { Description = "Folder of the trained models (block-roles.zip, deadline-kind.zip, models.json).", DefaultValueFactory = _ => ClassifierOptions.DefaultModelsFolder() };
        var failUnder = new Option<string[]>("--fail-under") { Description = "METRIC=VALUE; exit 1 when a metric is below it (e.g. strict_task_f1=0.8).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("audit", "Score extraction against the labelled corpus.") { corpus, split, report, mode, models, failUnder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(corpus)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{folder}: no such folder. Give the corpus folder (e.g. corpus).");
                return ExitCodes.Usage;
            }

            List<Threshold> thresholds;
            try
            {
                thresholds = (parse.GetValue(failUnder) ?? []).Select(Threshold.Parse).ToList();
            }
            catch (FormatException error)
            {
                Console.Error.WriteLine($"--fail-under: {error.Message}");
                return ExitCodes.Usage;
            }

            var labelled = CorpusLoader.Load(folder, cancellationToken);
            foreach (var issue in labelled.Issues)
            {
                Console.Error.WriteLine(issue.ToString());
            }

            try
            {
                // Validates the split name before any work is done.
                _ = labelled.Select(parse.GetValue(split)!);
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine($"--split: {error.Message}");
                return ExitCodes.Usage;
            }

            if (!Enum.TryParse<ClassifierMode>(parse.GetValue(mode), ignoreCase: true, out var requested) || !Enum.IsDefined(requested))
            {
                Console.Error.WriteLine($"--mode: '{parse.GetValue(mode)}' is not one of rules, ml, combined.");
                return ExitCodes.Usage;
            }

            var (modelSet, ran) = ClassifierModes.Resolve(requested, parse.GetValue(models)!, Console.Error.WriteLine);
            Console.Out.WriteLine($"mode: {ran.ToString().ToLowerInvariant()}{(ran == requested ? string.Empty : $" (requested {requested.ToString().ToLowerInvariant()}; models unavailable)")}");
            var readers = DocumentReaderRegistry.CreateDefault();
            var pipeline = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(modelSet, ran).Build();
            var result = await new AuditRunner().RunAsync(labelled, parse.GetValue(split)!, (path, token) => pipeline.Extract(readers.ReadFile(path, token), token), cancellationToken);
            result = result with { Mode = ClassifierModes.Name(ran) };
            Console.Out.Write(SummaryTableWriter.Write(result));
            if (parse.GetValue(report) is { } reportFolder)
            {
                var paths = await ReportFiles.WriteAsync(result, reportFolder, cancellationToken);
                Console.Out.WriteLine($"reports: {paths.Markdown}, {paths.Html}, {paths.Json}");
            }

            var failures = ThresholdCheck.Check(result.Score, thresholds);
            foreach (var failure in failures)
            {
                Console.Error.WriteLine($"below threshold: {failure.Metric} = {failure.Actual:0.000} < {failure.Minimum:0.000}");
            }

            return failures.Count > 0 || labelled.Errors.Any() ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}

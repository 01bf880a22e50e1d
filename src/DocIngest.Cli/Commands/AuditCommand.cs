using System.CommandLine;
using DocIngest.Audit;
using DocIngest.Audit.Comparison;
using DocIngest.Audit.Corpus;
using DocIngest.Audit.Reports;
using DocIngest.Extraction;
using DocIngest.Extraction.Ml;
using DocIngest.Core.Documents;
using DocIngest.Reading;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest audit CORPUS_DIR [--split test|dev|train|all] [--mode rules|ml|combined] [--models DIR] [--report DIR] [--fail-under METRIC=VALUE ...] [--no-compare]</c>:
/// scores extraction against the labelled corpus, as corpus-format.md defines it. --mode is the
/// headline (thresholds and exit code); the other modes run beside it for the side-by-side report.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "The labelled corpus folder (NAME.gold.json beside each document)." };
        var split = new Option<string>("--split") { Description = "test | dev | train | all.", DefaultValueFactory = _ => "test" };
        var report = new Option<string?>("--report") { Description = "Write report.md, report.html and report.json into this folder." };
        var mode = new Option<string>("--mode") { Description = "combined | rules | ml: the mode whose figures are the headline and the --fail-under gate (ml and combined need trained models).", DefaultValueFactory = _ => "combined" };
        var models = new Option<string>("--models") { Description = "Folder of the trained models (block-roles.zip, deadline-kind.zip, models.json).", DefaultValueFactory = _ => ClassifierOptions.DefaultModelsFolder() };
        var failUnder = new Option<string[]>("--fail-under") { Description = "METRIC=VALUE; exit 1 when a --mode metric is below it (e.g. strict_task_f1=0.8).", AllowMultipleArgumentsPerToken = true };
        var noCompare = new Option<bool>("--no-compare") { Description = "Run only --mode; by default the other modes also run on the split (when the models load) for the side-by-side report." };
        var command = new Command("audit", "Score extraction against the labelled corpus.") { corpus, split, report, mode, models, failUnder, noCompare };
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
            var documents = new ReadOnceCache<DocumentModel>((path, token) => readers.ReadFile(path, token));
            var splitName = parse.GetValue(split)!;
            var result = await RunAsync(labelled, splitName, documents, modelSet, ran, cancellationToken);
            Console.Out.Write(SummaryTableWriter.Write(result));

            var comparison = await CompareAsync(
                labelled, splitName, documents, result, (modelSet, ran, requested), parse.GetValue(models)!, parse.GetValue(noCompare), cancellationToken);
            Console.Out.WriteLine();
            Console.Out.Write(ComparisonSummaryWriter.Write(comparison));
            if (parse.GetValue(report) is { } reportFolder)
            {
                var paths = await ReportFiles.WriteAsync(result, comparison, reportFolder, cancellationToken);
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

    private static async Task<AuditResult> RunAsync(
        LabelledCorpus corpus, string split, ReadOnceCache<DocumentModel> documents, ModelSet models, ClassifierMode mode, CancellationToken cancellationToken)
    {
        var pipeline = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(models, mode).Build();
        var result = await new AuditRunner().RunAsync(corpus, split, (path, token) => pipeline.Extract(documents.Read(path, token), token), cancellationToken);
        return result with { Mode = ClassifierModes.Name(mode) };
    }

    /// <summary>
    /// Runs the modes other than the primary on the same documents (read once) when models are
    /// usable; otherwise the comparison holds the primary alone and says why.
    /// </summary>
    private static async Task<ModeComparison> CompareAsync(
        LabelledCorpus corpus,
        string split,
        ReadOnceCache<DocumentModel> documents,
        AuditResult primary,
        (ModelSet Models, ClassifierMode Ran, ClassifierMode Requested) resolved,
        string modelsFolder,
        bool skip,
        CancellationToken cancellationToken)
    {
        if (skip)
        {
            return ModeComparison.Build(primary, [], "the other modes were skipped (--no-compare).");
        }

        // A rules-only request has not loaded models yet; one that fell back to rules already warned why.
        var models = resolved.Ran != ClassifierMode.Rules
            ? resolved.Models
            : resolved.Requested == ClassifierMode.Rules ? ClassifierModes.TryLoad(modelsFolder) : null;
        if (models is null)
        {
            return ModeComparison.Build(
                primary, [], $"comparing rules, ml and combined needs the trained models (none usable in {Path.GetFullPath(modelsFolder)}; see --models).");
        }

        var others = new List<AuditResult>();
        foreach (var mode in Enum.GetValues<ClassifierMode>().Where(m => m != resolved.Ran))
        {
            others.Add(await RunAsync(corpus, split, documents, mode == ClassifierMode.Rules ? ModelSet.None : models, mode, cancellationToken));
        }

        return ModeComparison.Build(primary, others);
    }
}

using System.CommandLine;
using DocIngest.Extraction;
using DocIngest.Ingestion;
using DocIngest.Reading;
using Spectre.Console;

namespace DocIngest.Cli.Commands;

/// <summary><c>docingest ingest PATH... [--db PATH] [--mode rules|ml|combined] [--models DIR]</c>: reads, extracts and stores plans.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively for .docx, .md, .txt).", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Database();
        var mode = ClassifierOptions.Mode();
        var models = ClassifierOptions.Models();
        var command = new Command("ingest", "Read, extract and store plan documents in the database.") { paths, db, mode, models };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(paths)!,
            parse.GetValue(db),
            () => ClassifierOptions.CreatePipeline(parse.GetValue(mode), parse.GetValue(models), Console.Error),
            cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string? dbPath, Func<ExtractionPipeline> createPipeline, CancellationToken cancellationToken)
    {
        var readers = DocumentReaderRegistry.CreateDefault();
        var (files, missing) = InputFiles.Expand(paths, readers);
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"{path}: no such file or folder.");
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("No .docx, .md or .txt documents to ingest. Give files or folders that hold plan documents.");
            return ExitCodes.Usage;
        }

        var pipeline = createPipeline();
        using var store = StoreOptions.Open(dbPath);
        var ingestor = new DocumentIngestor(readers, pipeline, store);
        var outcomes = new List<FileOutcome>();
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            foreach (var file in files)
            {
                var outcome = ingestor.Ingest(file, cancellationToken);
                outcomes.Add(outcome);
                Console.Out.WriteLine($"{outcome.Kind.ToString().ToLowerInvariant(),-11} {file}{(outcome.Error is null ? $" ({outcome.TaskCount} tasks)" : string.Empty)}");
            }
        }
        else
        {
            AnsiConsole.Progress().AutoClear(true).Start(progress =>
            {
                var bar = progress.AddTask("Ingesting", maxValue: files.Count);
                foreach (var file in files)
                {
                    bar.Description = Markup.Escape(Path.GetFileName(file));
                    outcomes.Add(ingestor.Ingest(file, cancellationToken));
                    bar.Increment(1);
                }
            });
        }

        var failed = outcomes.Where(o => o.Kind == FileOutcomeKind.Failed).ToList();
        Console.Out.WriteLine(
            $"ingested {outcomes.Count(o => o.Kind == FileOutcomeKind.Ingested)}, unchanged {outcomes.Count(o => o.Kind == FileOutcomeKind.Unchanged)}, " +
            $"new versions {outcomes.Count(o => o.Kind == FileOutcomeKind.NewVersion)}, failed {failed.Count} (database: {store.Path})");
        foreach (var failure in failed)
        {
            Console.Error.WriteLine(failure.Error);
        }

        return failed.Count > 0 || missing.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}

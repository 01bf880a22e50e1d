using System.CommandLine;
using System.Text;
using DocIngest.Core.Plans;
using DocIngest.Core.Reading;
using DocIngest.Extraction;
using DocIngest.Reading;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest extract PATH... [--out DIR] [--mode rules|ml|combined] [--models DIR]</c>: plan records as JSON, one file per input with
/// --out, else on standard output (one record, or an array for several).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively for .docx, .md, .txt).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Write DIR/NAME.json for each input instead of printing." };
        var mode = ClassifierOptions.Mode();
        var models = ClassifierOptions.Models();
        var command = new Command("extract", "Extract plan records (sections, groups, weaknesses, tasks, deadlines, owners) as JSON.") { paths, output, mode, models };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(paths)!,
            parse.GetValue(output),
            () => ClassifierOptions.CreatePipeline(parse.GetValue(mode), parse.GetValue(models), Console.Error),
            cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string? outputDirectory, Func<ExtractionPipeline> createPipeline, CancellationToken cancellationToken)
    {
        var readers = DocumentReaderRegistry.CreateDefault();
        var pipeline = createPipeline();
        var (files, missing) = InputFiles.Expand(paths, readers);
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"{path}: no such file or folder.");
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("No .docx, .md or .txt documents to extract. Give files or folders that hold plan documents.");
            return ExitCodes.Usage;
        }

        if (outputDirectory is not null)
        {
            Directory.CreateDirectory(outputDirectory);
        }

        var records = new PlanRecord?[files.Count];
        var failures = new string?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                var model = readers.ReadFile(files[i], cancellationToken);
                var record = pipeline.Extract(model, cancellationToken);
                if (outputDirectory is not null)
                {
                    var target = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(files[i]) + ".json");
                    File.WriteAllText(target, PlanJson.Serialize(record) + "\n", new UTF8Encoding(false));
                }
                else
                {
                    records[i] = record;
                }
            }
            catch (DocumentReadException error)
            {
                failures[i] = error.Message;
            }
            catch (IOException error)
            {
                failures[i] = $"{Path.GetFileName(files[i])}: cannot be opened ({error.Message}). Check that it exists and is not locked by another program.";
            }
            catch (UnauthorizedAccessException)
            {
                failures[i] = $"{Path.GetFileName(files[i])}: permission denied. Check the file's permissions.";
            }
        });

        if (outputDirectory is null)
        {
            var done = records.Where(r => r is not null).Cast<PlanRecord>().ToList();
            var json = done.Count == 1 && files.Count == 1
                ? PlanJson.Serialize(done[0])
                : System.Text.Json.JsonSerializer.Serialize(done, PlanJson.Options);
            Console.Out.WriteLine(json);
        }

        foreach (var failure in failures.Where(f => f is not null))
        {
            Console.Error.WriteLine(failure);
        }

        return failures.Any(f => f is not null) || missing.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}

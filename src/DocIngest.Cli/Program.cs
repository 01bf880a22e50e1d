using System.CommandLine;
using System.Text;
using DocIngest.Cli.Commands;

// The composition root: the only place that picks concrete readers, pipelines, stores and writers.
Console.OutputEncoding = Encoding.UTF8;
var time = TimeProvider.System;
var root = new RootCommand("DocIngest: reads Vietnamese plan documents and extracts their tasks, deadlines and owners.")
{
    ReadCommand.Create(),
    ExtractCommand.Create(),
    AuditCommand.Create(),
    TrainCommand.Create(),
    CorpusCommand.Create(),
    IngestCommand.Create(),
    WatchCommand.Create(),
    TasksCommand.Create(time),
    DocumentCommands.Docs(),
    DocumentCommands.Show(),
    DocumentCommands.Done(time),
    DocumentCommands.Reopen(),
};

try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        // System.CommandLine answers a malformed command line with exit code 1; DocIngest keeps 1
        // for "some inputs failed" and gives usage errors their own code.
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine(error.Message);
        }

        Console.Error.WriteLine("Run 'docingest --help' (or 'docingest COMMAND --help') to see the usage.");
        return ExitCodes.Usage;
    }

    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException error)
{
    Console.Error.WriteLine(error.Message);
    return ExitCodes.Usage;
}
catch (LiteDB.LiteException error)
{
    Console.Error.WriteLine($"The database could not be used: {error.Message} Check the --db path, or that no other program holds the file.");
    return ExitCodes.SomeFailed;
}

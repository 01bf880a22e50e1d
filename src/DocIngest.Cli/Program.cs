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
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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

using System.CommandLine;
using System.Text;
using DocIngest.Cli.Commands;

// The composition root: the only place that picks concrete readers, pipelines and writers.
Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("DocIngest: reads Vietnamese plan documents and extracts their tasks, deadlines and owners.")
{
    ReadCommand.Create(),
    ExtractCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
